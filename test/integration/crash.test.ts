import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { importBundle } from '../../src/services/import.service.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { snapshot } from '../helpers/store.js';

const targets = await testTargets({ pgliteDataDir: join(tempDir('rh-crash-'), 'data') });

/** Starts the import in a child process and SIGKILLs it once it is writing enrollments. */
function importAndKill(
  bundle: string,
  tenant: string,
  env: Record<string, string>,
): Promise<{ killedDuring: string; sawDone: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/helpers/import-child.ts', bundle, tenant],
      {
        env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    let killedDuring = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /progress enrollments (\d+)/.exec(out);
      if (m && !killedDuring) {
        killedDuring = `enrollments at row ${m[1]}`;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ killedDuring, sawDone: out.includes('done ') }));
  });
}

describe.each(targets)('an import killed mid-apply on $name', (target) => {
  afterAll(() => target.cleanup());

  it('leaves the store exactly as it was, and the next import still works', async () => {
    const dir = tempDir('rh-crash-bundles-');
    const small = join(dir, 'small.zip');
    const large = join(dir, 'large.zip');
    await generateBundle({ out: small, students: 300, seed: 'crash' });
    await generateBundle({ out: large, students: 20_000, seed: 'crash' });

    let db = await target.open();
    expect((await importBundle(db, small, { tenant: 'crash' })).status).toBe('completed');
    const before = await snapshot(db, 'crash');
    await db.close();

    const { killedDuring, sawDone } = await importAndKill(large, 'crash', target.env());
    expect(killedDuring).not.toBe('');
    expect(sawDone).toBe(false);

    db = await target.open();
    try {
      expect(await snapshot(db, 'crash')).toEqual(before);
      const again = await importBundle(db, small, { tenant: 'crash' });
      expect(again.status).toBe('completed');
      expect(Object.values(again.files).every((c) => c.created + c.updated + c.deleted === 0)).toBe(true);
    } finally {
      await db.close();
    }
  }, 180_000);
});
