import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROSTER_SCOPES, SCOPE_ROSTER } from '../../src/auth/scopes.js';
import { tempDir } from '../helpers/bundle.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source on a private embedded database (no shell, no inherited database or Redis). */
function cli(dataDir: string, extraEnv: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        cwd: ROOT,
        timeout: 110_000,
        env: {
          ...process.env,
          DATABASE_URL: '',
          REDIS_URL: '',
          RH_TOKEN_SIGNING_KEYS: '',
          RH_DATA_DIR: dataDir,
          ...extraEnv,
        },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function oneJsonObject(stdout: string): Record<string, unknown> {
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as Record<string, unknown>;
}

// Each spawn costs a second or more: the steps share one data directory and run in sequence.
describe('rosterhub client and keys', { timeout: 120_000 }, () => {
  it('creates a client (secret shown once), lists it without the secret, revokes it', async () => {
    const dir = join(tempDir(), 'data');
    expect((await cli(dir, {}, 'tenant', 'create', 'cli-auth', '--json')).code).toBe(0);

    const created = await cli(dir, {}, 'client', 'create', '--tenant', 'cli-auth', '--name', 'SIS', '--json');
    expect(created.code).toBe(0);
    const out = oneJsonObject(created.stdout) as {
      client: { id: string; name: string; scopes: string[] };
      clientSecret: string;
      notice: string;
    };
    expect(out.client.id).toMatch(/^rh_[A-Za-z0-9]{24}$/);
    expect(out.client).toMatchObject({ name: 'SIS', scopes: ROSTER_SCOPES });
    expect(out.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(out.notice).toMatch(/only now/);

    const unknown = await cli(
      dir,
      {},
      'client',
      'create',
      '--tenant',
      'cli-auth',
      '--scopes',
      'gradebook.readonly',
      '--json',
    );
    expect(unknown.code).toBe(2);
    expect(oneJsonObject(unknown.stdout)).toMatchObject({ error: { code: 'invalid_input' } });

    const narrow = await cli(
      dir,
      {},
      'client',
      'create',
      '--tenant',
      'cli-auth',
      '--scopes',
      'roster.readonly',
      '--json',
    );
    expect(oneJsonObject(narrow.stdout)).toMatchObject({ client: { scopes: [SCOPE_ROSTER] } });

    const listed = await cli(dir, {}, 'client', 'list', '--tenant', 'cli-auth', '--json');
    expect(listed.code).toBe(0);
    const list = oneJsonObject(listed.stdout) as { clients: { id: string; revokedAt: string | null }[] };
    expect(list.clients.map((c) => c.id)).toContain(out.client.id);
    expect(list.clients).toHaveLength(2);
    expect(listed.stdout).not.toContain(out.clientSecret);
    expect(listed.stdout).not.toContain('scrypt');

    const revoked = await cli(dir, {}, 'client', 'revoke', out.client.id, '--json');
    expect(revoked.code).toBe(0);
    const after = oneJsonObject(revoked.stdout) as { client: { id: string; revokedAt: string | null } };
    expect(after.client.id).toBe(out.client.id);
    expect(Date.parse(after.client.revokedAt ?? '')).toBeGreaterThan(0);
  });

  it('exits 2 for an unknown tenant or an unknown client', async () => {
    // One data directory each: two processes must never open the same embedded database.
    const [tenant, revoke] = await Promise.all([
      cli(join(tempDir(), 'data'), {}, 'client', 'list', '--tenant', 'nobody', '--json'),
      cli(join(tempDir(), 'data'), {}, 'client', 'revoke', 'rh_nosuchclientnosuchclient', '--json'),
    ]);
    for (const r of [tenant, revoke]) {
      expect(r.code).toBe(2);
      expect(oneJsonObject(r.stdout)).toHaveProperty('error');
    }
  });

  it('rotates the embedded key file and refuses when keys come from the environment', async () => {
    const dir = join(tempDir(), 'data');
    const rotated = await cli(dir, {}, 'keys', 'rotate', '--json');
    expect(rotated.code).toBe(0);
    const body = oneJsonObject(rotated.stdout) as { kid: string; keys: { kid: string }[] };
    expect(body.keys[0]?.kid).toBe(body.kid);
    expect(body.keys).toHaveLength(2);
    expect((await stat(join(dir, 'token-signing-keys.json'))).mode & 0o777).toBe(0o600);
    expect(rotated.stdout).not.toMatch(/secret/);

    const env = { RH_TOKEN_SIGNING_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64url')}` };
    const refused = await cli(dir, env, 'keys', 'rotate', '--json');
    expect(refused.code).toBe(2);
    expect(oneJsonObject(refused.stdout)).toMatchObject({ error: { code: 'invalid_input' } });
  });
});
