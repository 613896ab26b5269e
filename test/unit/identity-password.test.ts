import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/identity/errors.js';
import { assertPasswordAcceptable, passwordProblem } from '../../src/identity/password-policy.js';
import { PERMISSIONS, roleGrants } from '../../src/identity/permissions.js';

describe('password policy', () => {
  it('refuses passwords under 12 characters, counting code points', () => {
    expect(passwordProblem('Abc!1234567')?.code).toBe('password_too_short');
    expect(passwordProblem('パスワード1234567')).toBeNull();
    expect(passwordProblem('😀😀😀😀😀😀ab')?.code).toBe('password_too_short');
  });

  it('refuses common passwords whatever their case', () => {
    for (const p of ['password1234', 'PASSWORD1234', 'qwertyuiop123', '123456789012'])
      expect(passwordProblem(p)?.code, p).toBe('password_too_common');
  });

  it('refuses the email address or its local part, and near-constant strings', () => {
    expect(passwordProblem('teacher.one@example.jp', { email: 'Teacher.One@example.jp' })?.code).toBe(
      'password_too_common',
    );
    expect(passwordProblem('zzzzzzzzzzzzzzzz')?.code).toBe('password_too_common');
  });

  it('accepts a long unusual passphrase', () => {
    expect(passwordProblem('correct horse battery staple 42')).toBeNull();
  });

  it('throws a 400 with English and Japanese messages', () => {
    try {
      assertPasswordAcceptable('short');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      const e = err as HttpError;
      expect(e.statusCode).toBe(400);
      expect(e.message).toMatch(/12 characters/);
      expect(e.messageJa).toMatch(/12 文字以上/);
    }
  });
});

describe('permissions', () => {
  it('maps roles to permissions', () => {
    expect(roleGrants('reader', 'tenant.read')).toBe(true);
    expect(roleGrants('reader', 'tenant.upload')).toBe(false);
    expect(roleGrants('uploader', 'tenant.upload')).toBe(true);
    expect(roleGrants('uploader', 'clients.manage')).toBe(false);
    for (const p of ['clients.manage', 'users.manage', 'settings.manage'] as const)
      expect(roleGrants('admin', p)).toBe(true);
    expect(PERMISSIONS['platform.tenants']).toEqual([]);
    expect(roleGrants('admin', 'platform.tenants')).toBe(false);
  });
});
