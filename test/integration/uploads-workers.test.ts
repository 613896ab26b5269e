import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadPiiCipher } from '../../src/crypto/pii-cipher.js';
import { generateBundle } from '../../src/generate/index.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { startUploads } from '../../src/uploads/index.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { fileParts, folderParts, multipart } from '../helpers/multipart.js';
import { testRedisUrl } from '../helpers/redis.js';
import { ADMIN, useSecurity } from '../helpers/security.js';
import { snapshot } from '../helpers/store.js';

/**
 * Uploads processed by other processes: a separate `rosterhub worker` over BullMQ and PostgreSQL,
 * and crash recovery — a process killed while it applies an upload leaves the store untouched,
 * and the upload then runs to completion (BullMQ finds the stalled job; a restarted embedded
 * server re-queues what it left unfinished).
 */

const redisUrl = await testRedisUrl();
const quiet = { LOG_LEVEL: 'info' };

interface Child {
  proc: ChildProcess;
  output: () => string;
  /** Resolves when the output contains `text` (rejects after `ms`). */
  waitFor: (text: string, ms?: number) => Promise<void>;
  exited: Promise<number | null>;
}

function start(args: string[], env: Record<string, string>, stream: 'stdout' | 'stderr'): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    // Only the services named in `env`: CI exports DATABASE_URL and REDIS_URL for everyone.
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc[stream].setEncoding('utf8').on('data', (c: string) => (out += c));
  proc[stream === 'stdout' ? 'stderr' : 'stdout'].resume();
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    output: () => out,
    exited,
    waitFor: async (text, ms = 60_000) => {
      const until = Date.now() + ms;
      while (!out.includes(text)) {
        if (Date.now() > until || proc.exitCode !== null)
          throw new Error(`no "${text}" from the child; it said:\n${out.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

const pgTargets = (await testTargets()).filter((t) => t.name === 'postgres');

describe.runIf(redisUrl && pgTargets.length).each(pgTargets)(
  'uploads with BullMQ and a separate worker process on $name',
  (target) => {
    const fx = useSecurity(target, { RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1000' });
    const dataDir = tempDir('rh-workers-');
    const prefix = `rh-test-${process.pid}-${Date.now()}`;
    const env = () => ({
      ...target.env(),
      ...quiet,
      REDIS_URL: redisUrl!,
      RH_DATA_DIR: dataDir,
      RH_QUEUE_PREFIX: prefix,
      RH_JOB_LOCK_SECONDS: '2',
    });
    const children: Child[] = [];
    const worker = () => {
      const c = start(['src/cli/main.ts', 'worker', '--json'], env(), 'stderr');
      children.push(c);
      return c;
    };
    afterAll(() => {
      for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    });

    const upload = async (dir: string) => {
      const app = await fx().api.buildAppWith({
        ...env(),
        RH_JOBS_IN_API: 'false',
        RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1000',
      });
      const body = multipart(folderParts(dir));
      const r = await app.inject({
        method: 'POST',
        url: `${ADMIN}/uploads`,
        headers: { ...body.headers, authorization: `Bearer ${fx().clientA.token}` },
        payload: body.payload,
      });
      expect(r.statusCode, r.body).toBe(202);
      return { app, id: r.json<{ uploadId: string }>().uploadId };
    };
    const statusOf = async (id: string) => {
      const r = await fx().call(fx().who.adminA, 'GET', `${ADMIN}/uploads/${id}?tenant=a`);
      return r.json<{ status: string; attempts: number; files: Record<string, { created: number }> }>();
    };
    const until = async (id: string, wanted: string, ms = 90_000) => {
      const end = Date.now() + ms;
      for (;;) {
        const s = await statusOf(id);
        if (s.status === wanted) return s;
        if (Date.now() > end || ['failed', 'cancelled'].includes(s.status))
          throw new Error(`upload ${id} is ${s.status}, not ${wanted}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    it('an upload accepted by an API process that runs no jobs is completed by the worker', async () => {
      const w = worker();
      await w.waitFor('worker started');
      const dir = tempDir();
      await generateBundle({ out: dir, schools: 1, students: 40, seed: 'worker-flow' });
      const { id } = await upload(dir);
      const done = await until(id, 'completed', 40_000).catch((err: Error) => {
        throw new Error(`${err.message}\nworker said:\n${w.output().slice(-3000)}`);
      });
      expect(done.files.users!.created).toBeGreaterThan(0);
      w.proc.kill('SIGTERM');
      expect(await w.exited).toBe(0);
    }, 120_000);

    it('a worker killed mid-apply leaves the store unchanged, and the upload is run again to completion', async () => {
      const dir = tempDir();
      await generateBundle({ out: dir, schools: 3, students: 8_000, seed: 'worker-crash' });
      const w1 = worker();
      await w1.waitFor('worker started');
      const before = await snapshot(fx().db, 'a');
      const { id } = await upload(dir);
      await w1.waitFor('upload applying');
      await new Promise((r) => setTimeout(r, 300));
      w1.proc.kill('SIGKILL');
      await w1.exited;
      expect((await statusOf(id)).status).toBe('applying');
      expect(await snapshot(fx().db, 'a')).toEqual(before);

      const w2 = worker();
      const done = await until(id, 'completed');
      expect(done.attempts).toBe(2);
      expect(await snapshot(fx().db, 'a')).not.toEqual(before);
      w2.proc.kill('SIGTERM');
      expect(await w2.exited).toBe(0);
    }, 150_000);
  },
);

const pgliteDir = join(tempDir('rh-upload-crash-'), 'data');
describe('an embedded server killed while it applies an upload', () => {
  it('leaves the store unchanged; on restart the upload is re-queued and completes', async () => {
    const config = loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: pgliteDir, ...quiet });
    const { openDatabase } = await import('../../src/db/database.js');
    const small = tempDir();
    const large = tempDir();
    await generateBundle({ out: small, schools: 1, students: 50, seed: 'pglite-crash' });
    await generateBundle({ out: large, schools: 2, students: 5_000, seed: 'pglite-crash' });
    const log = { info: () => undefined, warn: () => undefined };

    let db = await openDatabase(config.database);
    expect((await importBundle(db, small, { tenant: 'crash' })).status).toBe('completed');
    const tenant = await requireTenant(db, 'crash');
    const pii = await loadPiiCipher(config);
    const idle = await startUploads(config, db, { runJobs: false, pii, log });
    const { view } = await idle.service.accept(tenant, { type: 'system', id: null }, fileParts(large), {});
    await idle.close();
    const before = await snapshot(db, 'crash');
    await db.close();

    const child = start(['test/helpers/upload-runner-child.ts'], { RH_DATA_DIR: pgliteDir }, 'stdout');
    await child.waitFor('upload applying');
    await new Promise((r) => setTimeout(r, 300));
    child.proc.kill('SIGKILL');
    await child.exited;

    db = await openDatabase(config.database);
    try {
      expect(await snapshot(db, 'crash')).toEqual(before);
      const running = await startUploads(config, db, { runJobs: true, pii, log });
      let status = '';
      for (let i = 0; i < 600 && status !== 'completed'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        status = (await running.service.get(tenant, view.uploadId)).status;
        expect(['queued', 'validating', 'applying', 'completed']).toContain(status);
      }
      expect(status).toBe('completed');
      expect((await running.service.get(tenant, view.uploadId)).attempts).toBe(2);
      expect(await snapshot(db, 'crash')).not.toEqual(before);
      await running.close();
    } finally {
      await db.close();
    }
  }, 150_000);
});
