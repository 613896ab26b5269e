import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { tempDir } from '../helpers/bundle.js';
import { scratchDatabase, testTargets } from '../helpers/db.js';
import { ensureBuilt, freePort } from '../e2e/server.js';
import {
  accessToken,
  cli,
  createClient,
  sharedKeys,
  startProcess,
  totalOf,
  uploadState,
  uploadZip,
  waitFor,
  waitUpload,
  type RunningProcess,
} from '../helpers/processes.js';

/*
 * SIGTERM to a real `rosterhub serve` process: while clients read (requests in flight finish, the
 * process exits 0) and while an import applies (it rolls back, the upload is queued again, nothing
 * half-applied, and the next start finishes it).
 */
const targets = await testTargets();
const onPostgres = targets.some((t) => t.name === 'postgres');

interface Outcome {
  status: number | 'error';
  complete: boolean;
}

/** Requests `url` in `loops` parallel loops until `stop()`; records each request's outcome and timing. */
function readLoad(url: string, token: string, loops: number) {
  const done: (Outcome & { startedAt: number; endedAt: number })[] = [];
  const inFlight = new Set<{ startedAt: number }>();
  let running = true;
  let sent = 0;
  const loop = async () => {
    while (running) {
      const mark = { startedAt: performance.now() };
      inFlight.add(mark);
      let outcome: Outcome;
      try {
        // A different page each time: rendered, not served from the page cache, so it takes a while.
        const page = `${url}?limit=1000&offset=${(sent++ % 20) * 1000}`;
        const r = await fetch(page, { headers: { authorization: `Bearer ${token}` } });
        const text = await r.text();
        let complete = true;
        if (r.status === 200) {
          try {
            JSON.parse(text);
          } catch {
            complete = false;
          }
        }
        outcome = { status: r.status, complete };
      } catch {
        outcome = { status: 'error', complete: false };
      }
      inFlight.delete(mark);
      done.push({ ...outcome, startedAt: mark.startedAt, endedAt: performance.now() });
      // After the server went away, retrying in a tight loop only burns the CPU the test needs.
      if (outcome.status === 'error') await new Promise((r) => setTimeout(r, 50));
    }
  };
  const all = Promise.all(Array.from({ length: loops }, loop));
  return {
    done,
    inFlightSince: () => [...inFlight].map((m) => m.startedAt),
    async stop() {
      running = false;
      await all;
    },
  };
}

describe('graceful shutdown of a real server process', { timeout: 240_000 }, () => {
  beforeAll(() => ensureBuilt(), 600_000);

  it('finishes the requests in flight at SIGTERM, refuses new ones, and exits 0 (embedded database)', async () => {
    const dataDir = tempDir('rh-shutdown-');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      RH_DATA_DIR: dataDir,
      PORT: String(port),
      RH_PUBLIC_URL: base,
      RH_RATE_LIMIT_READS_PER_HOUR: '1000000',
      RH_SHUTDOWN_GRACE_SECONDS: '20',
    };
    const bundle = join(tempDir(), 'b.zip');
    await generateBundle({ out: bundle, schools: 2, students: 1500, seed: 5 });
    await cli(['import', bundle, '--tenant', 'shut'], env);
    const client = await createClient(env, 'shut');
    const server = startProcess(['serve'], env);
    try {
      await waitFor(`${base}/health`, server);
      const token = await accessToken(base, client);
      const load = readLoad(`${base}/ims/oneroster/rostering/v1p2/enrollments`, token, 12);
      await new Promise((r) => setTimeout(r, 2_000));
      const signalAt = performance.now();
      const inFlight = load.inFlightSince();
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const exitedAt = performance.now();
      await load.stop();

      expect(code, server.output()).toBe(0);
      expect(inFlight.length).toBeGreaterThan(0);
      // Every request in flight at the signal got a whole answer: the page when the server had
      // begun it, else 503 (closing; the client retries elsewhere) — never a cut connection.
      const caught = load.done.filter((d) => inFlight.includes(d.startedAt));
      expect(caught).toHaveLength(inFlight.length);
      for (const d of caught) {
        expect([200, 503]).toContain(d.status);
        expect(d.complete).toBe(true);
      }
      expect(caught.filter((d) => d.status === 200).length).toBeGreaterThan(0);
      // Before the signal everything succeeded; nothing anywhere was a server error or a cut answer.
      expect(load.done.filter((d) => d.endedAt < signalAt && d.status !== 200)).toEqual([]);
      expect(
        load.done.filter((d) => typeof d.status === 'number' && d.status >= 500 && d.status !== 503),
      ).toEqual([]);
      expect(load.done.filter((d) => d.status === 200 && !d.complete)).toEqual([]);
      // Once it exited, the port is closed.
      expect(load.done.filter((d) => d.startedAt > exitedAt).every((d) => d.status === 'error')).toBe(true);
      expect(server.output()).toMatch(/shutting down/);
    } finally {
      await server.stop('SIGKILL');
    }
  });

  describe.skipIf(!onPostgres)('during an import (PostgreSQL)', () => {
    const database = scratchDatabase('rh_shutdown');
    beforeAll(() => database.create());
    afterAll(() => database.drop());

    it('rolls a running import back, queues the upload again, and the next start applies it whole', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = {
        DATABASE_URL: database.url,
        RH_DATA_DIR: tempDir('rh-shutdown-pg-'),
        PORT: String(port),
        RH_PUBLIC_URL: base,
        // One second: the import cannot finish in it, so the stop must roll it back.
        RH_SHUTDOWN_GRACE_SECONDS: '1',
        ...sharedKeys(),
      };
      const bundle = join(tempDir(), 'big.zip');
      await generateBundle({ out: bundle, schools: 6, students: 12_000, seed: 9 });
      const client = await createClient(env, 'imp', ['uploader']);
      let server: RunningProcess = startProcess(['serve'], env);
      try {
        await waitFor(`${base}/health`, server);
        const token = await accessToken(base, client);
        const id = await uploadZip(base, token, bundle);
        await waitUpload(base, token, id, (s) => s.status === 'applying');
        expect(await server.stop('SIGTERM')).toBe(0);
        expect(server.output()).toMatch(/shutting down/);

        // Stopped: nothing of the bundle is in the store, and the upload waits to run again.
        const db = new pg.Client({ connectionString: database.url });
        await db.connect();
        try {
          const users = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
          expect(users.rows[0]!.n).toBe(0);
          const upload = await db.query<{ status: string }>(`SELECT status FROM uploads WHERE id = $1`, [id]);
          expect(upload.rows[0]!.status, server.output()).toBe('queued');
        } finally {
          await db.end();
        }

        server = startProcess(['serve'], env);
        await waitFor(`${base}/health`, server);
        const token2 = await accessToken(base, client);
        const final = await waitUpload(base, token2, id, (s) => ['completed', 'failed'].includes(s.status));
        expect(final.status).toBe('completed');
        expect(await totalOf(base, token2, 'users')).toBeGreaterThan(12_000);
        expect((await uploadState(base, token2, id)).status).toBe('completed');
        expect(await server.stop('SIGTERM')).toBe(0);
      } finally {
        await server.stop('SIGKILL');
      }
    });
  });
});
