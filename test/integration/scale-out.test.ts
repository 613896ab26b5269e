import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { tempDir } from '../helpers/bundle.js';
import { scratchDatabase, testTargets } from '../helpers/db.js';
import { nginxAvailable, startProxy, type Proxy } from '../helpers/nginx.js';
import {
  accessToken,
  cli,
  createClient,
  sharedKeys,
  startProcess,
  totalOf,
  uploadZip,
  waitFor,
  waitUpload,
  type RunningProcess,
} from '../helpers/processes.js';
import { testRedisUrl } from '../helpers/redis.js';
import { ensureBuilt, freePort } from '../e2e/server.js';

/*
 * The scale-out topology on real engines: two stateless API processes (RH_JOBS_IN_API=false) and
 * one job worker on the CI PostgreSQL and Redis, behind nginx round-robin on loopback.
 */
const onPostgres = (await testTargets()).some((t) => t.name === 'postgres');
const redisUrl = await testRedisUrl();
const runnable = onPostgres && redisUrl !== null && nginxAvailable();

const READS_PER_HOUR = 30;
const ROSTERING = '/ims/oneroster/rostering/v1p2';

describe.skipIf(!runnable)(
  'two API processes and a worker behind a round-robin proxy',
  { timeout: 300_000 },
  () => {
    const database = scratchDatabase('rh_scale');
    let env: Record<string, string>;
    const apis: { proc: RunningProcess; url: string; hostPort: string }[] = [];
    let worker: RunningProcess;
    /** The worker's own /health and /metrics (it serves no API). */
    let workerMetrics: string;
    let proxy: Proxy;

    beforeAll(async () => {
      ensureBuilt();
      await database.create();
      env = {
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl!,
        // A queue of this suite's own: workers of other suites on the same Redis never see its jobs.
        RH_QUEUE_PREFIX: `rh-scale-${database.name}`,
        RH_JOBS_IN_API: 'false',
        RH_DATA_DIR: tempDir('rh-scale-'),
        RH_RATE_LIMIT_READS_PER_HOUR: String(READS_PER_HOUR),
        RH_TRUST_PROXY: '127.0.0.1',
        ...sharedKeys(),
      };
      await cli(['migrate'], env);
      // Every process knows the deployment by the proxy's address (tokens name it as their issuer).
      const proxyPort = await freePort();
      env.RH_PUBLIC_URL = `http://127.0.0.1:${proxyPort}`;
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const proc = startProcess(['serve'], { ...env, PORT: String(port) });
        apis.push({ proc, url, hostPort: `127.0.0.1:${port}` });
      }
      workerMetrics = `http://127.0.0.1:${await freePort()}`;
      worker = startProcess(['worker', '--metrics-port', new URL(workerMetrics).port], env);
      await Promise.all([
        ...apis.map((a) => waitFor(`${a.url}/health/ready`, a.proc)),
        waitFor(`${workerMetrics}/health/ready`, worker),
      ]);
      proxy = await startProxy(
        proxyPort,
        apis.map((a) => a.hostPort),
      );
    }, 600_000);

    afterAll(async () => {
      await proxy?.stop();
      const codes = await Promise.all([...apis.map((a) => a.proc.stop()), worker?.stop()]);
      await database.drop();
      // Every process of the topology stops cleanly on SIGTERM.
      expect(codes).toEqual([0, 0, 0]);
    });

    it('alternates between the two API processes', async () => {
      const served = new Set<string>();
      for (let i = 0; i < 4; i++) {
        const r = await fetch(`${proxy.url}/health/live`);
        expect(r.status).toBe(200);
        served.add(r.headers.get('x-upstream')!);
      }
      expect([...served].sort()).toEqual(apis.map((a) => a.hostPort).sort());
    });

    it('processes an upload accepted by one API process in the worker and serves it from the other', async () => {
      const uploader = await createClient(env, 'scale', ['uploader']);
      const bundle = join(tempDir(), 'scale.zip');
      await generateBundle({ out: bundle, schools: 2, students: 300, seed: 17 });
      const token = await accessToken(proxy.url, uploader);
      const form = new FormData();
      form.append(
        'bundle',
        new Blob([await import('node:fs').then((fs) => fs.readFileSync(bundle))]),
        'scale.zip',
      );
      const sent = await fetch(`${proxy.url}/api/v1/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(sent.status).toBe(202);
      const acceptedBy = sent.headers.get('x-upstream');
      const id = ((await sent.json()) as { uploadId: string }).uploadId;
      const other = apis.find((a) => a.hostPort !== acceptedBy)!;

      const done = await waitUpload(other.url, token, id, (s) => ['completed', 'failed'].includes(s.status));
      expect(done.status).toBe('completed');
      // The API processes run no jobs: the worker did it, and its metrics say so.
      expect(worker.output()).toContain(id);
      const metrics = await (await fetch(`${workerMetrics}/metrics`)).text();
      expect(metrics).toMatch(/^rosterhub_import_jobs_total\{outcome="applied"\} 1$/m);
      for (const a of apis)
        expect(a.proc.output()).not.toMatch(new RegExp(`"upload applying".*${id}|${id}.*"upload applying"`));

      const reader = await createClient(env, 'scale');
      const readToken = await accessToken(other.url, reader);
      const users = await totalOf(other.url, readToken, 'users');
      expect(users).toBeGreaterThan(300);
      expect(await totalOf(proxy.url, readToken, 'users')).toBe(users);
      // A second upload of the same bundle through the proxy is recognised on either process.
      expect(await uploadZip(proxy.url, token, bundle)).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("counts one client's reads once across both processes (Redis), refusing past the hourly budget", async () => {
      const client = await createClient(env, 'limits');
      const token = await accessToken(proxy.url, client);
      const statuses: number[] = [];
      const servedBy = new Set<string>();
      for (let i = 0; i < READS_PER_HOUR + 10; i++) {
        const r = await fetch(`${proxy.url}${ROSTERING}/orgs?limit=1`, {
          headers: { authorization: `Bearer ${token}` },
        });
        await r.arrayBuffer();
        statuses.push(r.status);
        servedBy.add(r.headers.get('x-upstream')!);
      }
      expect(servedBy.size).toBe(2);
      expect(statuses.filter((s) => s === 200)).toHaveLength(READS_PER_HOUR);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    });

    it("refuses a revoked client's token on every process within seconds", async () => {
      const client = await createClient(env, 'revoke');
      const token = await accessToken(proxy.url, client);
      const read = (base: string) =>
        fetch(`${base}${ROSTERING}/orgs?limit=1`, { headers: { authorization: `Bearer ${token}` } }).then(
          async (r) => (await r.arrayBuffer(), r.status),
        );
      for (const a of apis) expect(await read(a.url)).toBe(200);
      // Revoked by a third process (the CLI): the others learn of it through Redis.
      await cli(['client', 'revoke', client.id], env);
      const deadline = Date.now() + 10_000;
      const poll = async (): Promise<number[]> => {
        await new Promise((r) => setTimeout(r, 250));
        const statuses = await Promise.all(apis.map((a) => read(a.url)));
        return statuses.some((s) => s !== 401) && Date.now() < deadline ? poll() : statuses;
      };
      const statuses = await poll();
      expect(statuses).toEqual([401, 401]);
    });
  },
);
