import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE, loadSigningKeys, parseSigningKeys } from '../../src/auth/signing-keys.js';
import { ConfigError } from '../../src/config/config.js';
import { tempDir } from '../helpers/bundle.js';

const secret = (bytes = 32) => randomBytes(bytes).toString('base64url');
const fileConfig = (dataDir: string, tokenTtlSeconds = 3600) => ({
  auth: { tokenTtlSeconds, signingKeys: null },
  database: { url: null, dataDir },
});

describe('parseSigningKeys', () => {
  it('reads kid:secret pairs, newest first', () => {
    const [a, b] = [secret(), secret(48)];
    const keys = parseSigningKeys(`k2:${a}, k1:${b}`);
    expect(keys.map((k) => k.kid)).toEqual(['k2', 'k1']);
    expect(Buffer.from(keys[1]!.secret).toString('base64url')).toBe(b);
  });

  it('lists every problem at once', () => {
    let err: unknown;
    try {
      parseSigningKeys(`short:${secret(16)},nokid,k:${secret()},k:${secret()},bad:not*base64`);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toContain('16 bytes, at least 32');
    expect(problems).toContain('entry 2: expected kid:secret');
    expect(problems).toContain('kid "k" appears twice');
    expect(problems).toContain('not base64url');
  });

  it('refuses rotation of keys that come from the environment', async () => {
    const keys = await loadSigningKeys({
      auth: { tokenTtlSeconds: 60, signingKeys: `env1:${secret()}` },
      database: { url: null, dataDir: tempDir() },
    });
    expect(keys.source).toBe('environment');
    expect(keys.current().kid).toBe('env1');
    await expect(keys.rotate()).rejects.toThrow(/RH_TOKEN_SIGNING_KEYS/);
  });
});

describe('embedded key file', () => {
  it('is generated on first use with mode 0600 and reused afterwards', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const first = await loadSigningKeys(fileConfig(dir));
    const path = join(dir, KEY_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(first.current().secret.length).toBeGreaterThanOrEqual(32);
    const again = await loadSigningKeys(fileConfig(dir));
    expect(again.current().kid).toBe(first.current().kid);
    expect(Buffer.from(again.current().secret).equals(Buffer.from(first.current().secret))).toBe(true);
  });

  it('agrees on one key when several processes start at once', async () => {
    const dir = tempDir();
    const all = await Promise.all([1, 2, 3, 4].map(() => loadSigningKeys(fileConfig(dir))));
    expect(new Set(all.map((k) => k.current().kid)).size).toBe(1);
  });

  it('rotates: a new key in front, old keys still verify, and the file follows', async () => {
    const dir = tempDir();
    const keys = await loadSigningKeys(fileConfig(dir));
    const old = keys.current();
    const fresh = await keys.rotate();
    expect(keys.current().kid).toBe(fresh.kid);
    expect(keys.byKid(old.kid)?.supersededAt).toBeTruthy();
    const reread = await loadSigningKeys(fileConfig(dir));
    expect(reread.list().map((k) => k.kid)).toEqual([fresh.kid, old.kid]);
    expect((await stat(join(dir, KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('prunes keys superseded longer ago than twice the token lifetime', async () => {
    const dir = tempDir();
    const keys = await loadSigningKeys(fileConfig(dir, 60));
    const path = join(dir, KEY_FILE);
    const data = JSON.parse(await readFile(path, 'utf8')) as { keys: Record<string, string>[] };
    data.keys.push({
      kid: 'ancient',
      secret: secret(),
      createdAt: '2020-01-01T00:00:00.000Z',
      supersededAt: '2020-01-02T00:00:00.000Z',
    });
    await writeFile(path, JSON.stringify(data));
    const reloaded = await loadSigningKeys(fileConfig(dir, 60));
    expect(reloaded.byKid('ancient')).toBeDefined();
    const first = keys.current().kid;
    await reloaded.rotate();
    expect(reloaded.list().map((k) => k.kid)).toEqual([reloaded.current().kid, first]);
  });

  it('refuses a damaged key file instead of silently replacing it', async () => {
    const dir = tempDir();
    await writeFile(join(dir, KEY_FILE), JSON.stringify({ keys: [{ kid: 'k', secret: 'c2hvcnQ' }] }));
    await expect(loadSigningKeys(fileConfig(dir))).rejects.toThrow(/no usable signing keys/);
  });
});
