import { describe, expect, it } from 'vitest';
import { decoyHash, hashSecret, verifySecret } from '../../src/auth/secret-hash.js';

describe('secret hashing', () => {
  it('stores a self-describing scrypt hash with a random salt', async () => {
    const a = await hashSecret('s3cret');
    const b = await hashSecret('s3cret');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
  });

  it('verifies the right secret and rejects others', async () => {
    const h = await hashSecret('correct horse');
    expect(await verifySecret('correct horse', h)).toBe(true);
    expect(await verifySecret('correct hors', h)).toBe(false);
    expect(await verifySecret('', h)).toBe(false);
  });

  it('rejects malformed or hostile hashes without throwing', async () => {
    const h = await hashSecret('x');
    for (const bad of [
      '',
      'plain',
      h.replace('scrypt', 'bcrypt'),
      h.replace('$32768$', '$0$'),
      h.replace('$32768$', '$1073741824$'),
      `${h}$extra`,
    ])
      expect(await verifySecret('x', bad)).toBe(false);
  });

  it('has a decoy hash that nothing matches', async () => {
    const d = await decoyHash();
    expect(d).toBe(await decoyHash());
    expect(await verifySecret('', d)).toBe(false);
  });
});
