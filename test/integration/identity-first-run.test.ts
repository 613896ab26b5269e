import { describe, expect, it } from 'vitest';
import { adminCreateCommand } from '../../src/cli/admin.command.js';
import { loadConfig } from '../../src/config/config.js';
import { ensureFirstRunAdmin } from '../../src/identity/first-run.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { DomainError } from '../../src/services/errors.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

describe.each(targets)('first run and `admin create` on $name', (target) => {
  const db = useDatabase(target);

  it('creates one platform administrator with a one-time password, printed once', async () => {
    const printed: string[] = [];
    const out = (t: string) => printed.push(t);
    const [first, second] = await Promise.all([
      ensureFirstRunAdmin(db(), { out }),
      ensureFirstRunAdmin(db(), { out }),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await ensureFirstRunAdmin(db(), { out })).toBe(false);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('admin@localhost');
    expect(printed[0]).toContain('ワンタイムパスワード');
    const password = /one-time password \/ ワンタイムパスワード: (\S+)/.exec(printed[0]!)![1]!;
    const identities = new IdentityService(db(), { sessionTtlHours: 1 });
    const { user } = await identities.login('admin@localhost', password);
    expect(user).toMatchObject({ isPlatformAdmin: true, mustChangePassword: true });
  });

  it('`rosterhub admin create` prints a one-time password; a duplicate email is a conflict', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const r = await adminCreateCommand(db(), config, { email: 'Ops@Example.test', platform: true });
    expect(r.exitCode).toBe(0);
    expect(r.json).toMatchObject({ user: { email: 'ops@example.test', isPlatformAdmin: true } });
    expect(r.text).toContain(String(r.json.oneTimePassword));
    await expect(adminCreateCommand(db(), config, { email: 'ops@example.test' })).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(adminCreateCommand(db(), config, { email: 'nope' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
