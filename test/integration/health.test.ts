import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { createJobQueue } from '../../src/jobs/queue.js';
import { startOperationsServer } from '../../src/routes/operations.routes.js';
import { createStorage } from '../../src/storage/object-storage.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { testRedisUrl } from '../helpers/redis.js';

const targets = await testTargets();
const redisUrl = await testRedisUrl();

/** Nothing listens on port 1 of the loopback address: connections are refused at once. */
const CLOSED = '127.0.0.1:1';
const S3_UNREACHABLE = {
  S3_ENDPOINT: `http://${CLOSED}`,
  S3_BUCKET: 'rosterhub-test',
  S3_ACCESS_KEY_ID: 'test-access-key',
  S3_SECRET_ACCESS_KEY: 'test-secret-key',
};

const ALL_OK = { database: 'ok', redis: 'not_configured', storage: 'ok' };

/** A 503 answer: the failed dependencies by name, and nothing about hosts, ports or errors. */
function expectUnavailable(r: LightMyRequestResponse, failed: string[]): void {
  expect(r.statusCode, r.body).toBe(503);
  expect(r.json()).toEqual({ status: 'unavailable', failed });
  expect(r.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|error|postgres/i);
}

describe.each(targets)('health endpoints on $name', (target) => {
  let db: Database;
  let dataDir: string;
  const apps: FastifyInstance[] = [];

  const configWith = (env: Record<string, string> = {}): Config =>
    loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, ...env });
  let auth: Auth;
  async function app(env: Record<string, string> = {}, over: Database = db): Promise<FastifyInstance> {
    const a = await buildApp({ config: configWith(env), db: over });
    apps.push(a);
    return a;
  }
  /**
   * An app whose Redis is down after start: token revocation, which refuses to start without its
   * store, is given from a configuration without Redis, and no jobs run here (the shared queue
   * lives in Redis too).
   */
  async function appWithRedisDown(env: Record<string, string> = {}, over: Database = db) {
    const a = await buildApp({
      config: configWith({ REDIS_URL: `redis://${CLOSED}`, RH_JOBS_IN_API: 'false', ...env }),
      db: over,
      auth,
    });
    apps.push(a);
    return a;
  }
  const get = (a: FastifyInstance, url: string) => a.inject({ method: 'GET', url });

  beforeAll(async () => {
    db = await target.open();
    dataDir = tempDir('rh-health-');
    auth = await createAuth(configWith(), db);
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await auth?.close();
    await db?.close();
    await target.cleanup();
  });

  it('answers /health/live without touching a dependency, even with the database gone', async () => {
    const other = await target.open();
    const a = await app({}, other);
    await other.close();
    const r = await get(a, '/health/live');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('answers ready with every check when the database is migrated and storage writable; /health alike', async () => {
    const a = await app();
    for (const url of ['/health/ready', '/health']) {
      const r = await get(a, url);
      expect(r.statusCode, url).toBe(200);
      expect(r.json(), url).toEqual({ status: 'ok', checks: ALL_OK });
    }
  });

  it('answers 503 naming the database when it is gone', async () => {
    const other = await target.open();
    const a = await app({}, other);
    await other.close();
    expectUnavailable(await get(a, '/health/ready'), ['database']);
    expectUnavailable(await get(a, '/health'), ['database']);
  });

  it('answers 503 naming the database while a bundled migration is not applied', async () => {
    const other = await target.open();
    try {
      const a = await app({}, other);
      const latest = await sql<{ version: number; name: string }>`
        SELECT version, name FROM schema_migrations ORDER BY version DESC LIMIT 1`.execute(other.kysely);
      const { version, name } = latest.rows[0]!;
      await sql`DELETE FROM schema_migrations WHERE version = ${version}`.execute(other.kysely);
      try {
        expectUnavailable(await get(a, '/health/ready'), ['database']);
      } finally {
        await sql`INSERT INTO schema_migrations (version, name) VALUES (${version}, ${name})`.execute(
          other.kysely,
        );
      }
      // A second app: the first one shares a check for a second.
      expect((await get(await app({}, other), '/health/ready')).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('answers 503 naming Redis when REDIS_URL points at a closed port', async () => {
    const a = await appWithRedisDown();
    expectUnavailable(await get(a, '/health/ready'), ['redis']);
    // Liveness does not depend on Redis.
    expect((await get(a, '/health/live')).statusCode).toBe(200);
  });

  it.skipIf(!redisUrl)('checks Redis with PING when it is configured', async () => {
    const a = await app({ REDIS_URL: redisUrl! });
    const r = await get(a, '/health/ready');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', checks: { ...ALL_OK, redis: 'ok' } });
  });

  it('answers 503 naming storage when the S3 endpoint is unreachable', async () => {
    const a = await app(S3_UNREACHABLE);
    expectUnavailable(await get(a, '/health/ready'), ['storage']);
  });

  it('answers 503 naming storage when the local storage folder cannot be written', async () => {
    const dir = tempDir('rh-health-storage-');
    const a = await app({ RH_DATA_DIR: dir });
    expect((await get(a, '/health/ready')).statusCode).toBe(200);
    // A file where the objects folder should be: no write under it can succeed, even as root.
    rmSync(join(dir, 'objects'), { recursive: true, force: true });
    writeFileSync(join(dir, 'objects'), '');
    const b = await app({ RH_DATA_DIR: dir });
    expectUnavailable(await get(b, '/health/ready'), ['storage']);
  });

  it('names every failed dependency at once', async () => {
    const other = await target.open();
    const a = await appWithRedisDown(S3_UNREACHABLE, other);
    await other.close();
    expectUnavailable(await get(a, '/health/ready'), ['database', 'redis', 'storage']);
  });

  it.runIf(target.name === 'pglite')(
    'stays ready while an import transaction holds the embedded database’s one connection',
    async () => {
      const a = await app();
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const tx = db.transaction(async () => {
        entered();
        await held;
      });
      await inside;
      try {
        const r = await get(a, '/health/ready');
        expect(r.statusCode, r.body).toBe(200);
      } finally {
        release();
        await tx;
      }
    },
  );

  it('serves the operations endpoints alone on their own port (rosterhub worker --metrics-port)', async () => {
    const config = configWith({ RH_METRICS_TOKEN: 'a-worker-metrics-token' });
    const jobs = createJobQueue({ redisUrl: null });
    const storage = createStorage(config);
    const server = await startOperationsServer({ config, db, jobs, storage, host: '127.0.0.1', port: 0 });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(server.port).toBeGreaterThan(0);
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', checks: ALL_OK });
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const metrics = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer a-worker-metrics-token' },
      });
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await metrics.text();
      expect(text).toContain('rosterhub_queue_jobs{state="waiting"} 0');
      expect(text).toContain('rosterhub_ready{dependency="database"} 1');
      // Only the operations routes: the API is not served here.
      expect((await fetch(`${base}/ims/oneroster/rostering/v1p2/users`)).status).toBe(404);
    } finally {
      await server.close();
      await jobs.close();
      await storage.close();
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/health/live`)).rejects.toThrow();
  });
});
