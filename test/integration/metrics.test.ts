import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, ROSTER_SCOPES, type Auth } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { generateBundle, type GenerateResult } from '../../src/generate/index.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { readCsv, writeCsv } from '../helpers/api.js';
import { folderParts, zipPart } from '../helpers/multipart.js';
import { accepted, sendBundle, settle, UPLOAD_ENV } from '../helpers/uploads.js';

const BASE = '/ims/oneroster/rostering/v1p2';
const METRICS_TOKEN = 'metrics-token-for-the-test-suite';
const targets = await testTargets();

type Labels = Record<string, string>;

/** The samples of one metric in Prometheus text format, with their labels. */
function samples(text: string, name: string): { labels: Labels; value: number }[] {
  const out: { labels: Labels; value: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1]!, x[2]!]),
    );
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of the sample whose labels include `labels`; 0 when there is none (a counter not yet seen). */
function value(text: string, name: string, labels: Labels = {}): number {
  const found = samples(text, name).find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found?.value ?? 0;
}

async function scrape(app: FastifyInstance, token?: string): Promise<string> {
  const r = await app.inject({
    method: 'GET',
    url: '/metrics',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(r.statusCode, r.body).toBe(200);
  expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return r.body;
}

describe.each(targets)('GET /metrics on $name', (target) => {
  let db: Database;
  let dataDir: string;
  let auth: Auth;
  let app: FastifyInstance;
  let tenantId: string;
  let clientId: string;
  let token: string;
  const extra: FastifyInstance[] = [];

  const configWith = (env: Record<string, string> = {}) =>
    loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, ...UPLOAD_ENV, ...env });
  async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
    const a = await buildApp({ config: configWith(env), db, auth });
    extra.push(a);
    return a;
  }
  const read = (a: FastifyInstance, path: string) =>
    a.inject({ method: 'GET', url: `${BASE}${path}`, headers: { authorization: `Bearer ${token}` } });
  async function bundle(seed: number): Promise<{ zip: string; result: GenerateResult }> {
    const zip = join(tempDir('rh-metrics-'), `roster-${seed}.zip`);
    return { zip, result: await generateBundle({ out: zip, schools: 1, students: 12, seed }) };
  }

  /** A generated bundle folder whose first user has an invalid boolean: validation fails, nothing applies. */
  async function invalidBundle(seed: number): Promise<{ dir: string; rows: number }> {
    const dir = join(tempDir('rh-metrics-'), 'bundle');
    const { totalRows } = await generateBundle({ out: dir, schools: 1, students: 12, seed });
    const users = readCsv(join(dir, 'users.csv'));
    users.rows[0]!.enabledUser = 'yes';
    writeCsv(join(dir, 'users.csv'), users);
    return { dir, rows: totalRows };
  }

  beforeAll(async () => {
    db = await target.open();
    dataDir = tempDir('rh-metrics-');
    auth = await createAuth(configWith(), db);
    tenantId = (await createTenant(db, 'metrics')).tenant.id;
    const created = await auth.clients.create(tenantId, {
      name: 'metrics test',
      scopes: ROSTER_SCOPES,
      roles: ['uploader'],
    });
    clientId = created.client.id;
    token = (await auth.tokens.issue(created.client, ROSTER_SCOPES)).access_token;
    app = await buildApp({ config: configWith(), db, auth });
  });
  afterAll(async () => {
    for (const a of extra) await a.close();
    await app?.close();
    await auth?.close();
    await db?.close();
    await target.cleanup();
  });

  it('counts requests by route template, never by path, tenant or record id', async () => {
    const sourcedId = 'student-4711-never-a-label';
    const route = { method: 'GET', route: `${BASE}/users/:sourcedId`, status: '404' };
    const list = { method: 'GET', route: `${BASE}/users`, status: '200' };
    const unmatched = { method: 'GET', route: 'unmatched', status: '404' };
    const before = await scrape(app);
    expect((await read(app, `/users/${sourcedId}`)).statusCode).toBe(404);
    expect((await read(app, '/users')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/no/such/place-8843' })).statusCode).toBe(404);
    const after = await scrape(app);

    const requests = 'rosterhub_http_requests_total';
    expect(value(after, requests, route) - value(before, requests, route)).toBe(1);
    expect(value(after, requests, list) - value(before, requests, list)).toBe(1);
    expect(value(after, requests, unmatched) - value(before, requests, unmatched)).toBe(1);
    for (const secret of [sourcedId, 'place-8843', tenantId, clientId]) expect(after).not.toContain(secret);
    // Every route label is a template: no concrete path segment ever becomes a series.
    const routes = new Set(samples(after, requests).map((s) => s.labels.route));
    for (const r of routes) expect(r === 'unmatched' || r!.startsWith('/'), r).toBe(true);
    expect([...routes].filter((r) => r!.includes('4711'))).toEqual([]);
  });

  it('times requests in a histogram from 1 ms to 5 s', async () => {
    const before = await scrape(app);
    await read(app, '/users');
    const after = await scrape(app);
    const name = 'rosterhub_http_request_duration_seconds';
    const labels = { method: 'GET', route: `${BASE}/users` };
    const les = samples(after, `${name}_bucket`)
      .filter((s) => s.labels.route === labels.route)
      .map((s) => s.labels.le);
    expect(les).toEqual([
      '0.001',
      '0.0025',
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '5',
      '+Inf',
    ]);
    expect(value(after, `${name}_count`, labels) - value(before, `${name}_count`, labels)).toBe(1);
    expect(value(after, `${name}_bucket`, { ...labels, le: '+Inf' })).toBe(
      value(after, `${name}_count`, labels),
    );
  });

  it('asks for the bearer token when RH_METRICS_TOKEN is set', async () => {
    const a = await appWith({ RH_METRICS_TOKEN: METRICS_TOKEN });
    const get = (authorization?: string) =>
      a.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    for (const authorization of [
      undefined,
      `Bearer ${METRICS_TOKEN.slice(0, -1)}X`,
      `Bearer ${METRICS_TOKEN}-longer`,
      `Bearer ${METRICS_TOKEN.slice(0, 8)}`,
      `Basic ${Buffer.from(`metrics:${METRICS_TOKEN}`).toString('base64')}`,
      METRICS_TOKEN,
    ]) {
      const r = await get(authorization);
      expect(r.statusCode, authorization).toBe(401);
      expect(r.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(r.body).not.toContain('rosterhub_');
    }
    expect(await scrape(a, METRICS_TOKEN)).toContain('rosterhub_http_requests_total');
  });

  it('reports the database pool, process metrics and event-loop lag', async () => {
    const text = await scrape(app);
    const max = target.name === 'pglite' ? 1 : 10;
    expect(value(text, 'rosterhub_db_pool_max_connections', { pool: 'primary' })).toBe(max);
    const inUse = samples(text, 'rosterhub_db_pool_connections').filter((s) => s.labels.pool === 'primary');
    expect(inUse.map((s) => s.labels.state).sort()).toEqual(['idle', 'in_use']);
    for (const s of inUse) expect(s.value).toBeLessThanOrEqual(max);
    expect(samples(text, 'rosterhub_db_pool_waiting_requests')).toEqual([
      { labels: { pool: 'primary' }, value: 0 },
    ]);
    expect(text).not.toContain('pool="replica"');
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
    ])
      expect(samples(text, name).length, name).toBe(1);
  });

  it('reports readiness per configured dependency', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    const text = await scrape(app);
    expect(samples(text, 'rosterhub_ready')).toEqual([
      { labels: { dependency: 'database' }, value: 1 },
      { labels: { dependency: 'storage' }, value: 1 },
    ]);
  });

  it('counts import jobs by outcome with their rows and duration after real uploads', async () => {
    const applied = await bundle(61);
    const dryRun = await bundle(62);
    const before = await scrape(app);
    const caller = { bearer: token };
    const one = accepted(await sendBundle(app, caller, [zipPart(applied.zip)]));
    expect((await settle(app, caller, one.links.self)).status).toBe('completed');
    const two = accepted(await sendBundle(app, caller, [zipPart(dryRun.zip)], { query: 'dryRun=true' }));
    expect((await settle(app, caller, two.links.self)).status).toBe('completed');
    const invalid = await invalidBundle(64);
    const three = accepted(await sendBundle(app, caller, folderParts(invalid.dir)));
    expect((await settle(app, caller, three.links.self)).status).toBe('failed');
    const after = await scrape(app);

    const delta = (name: string, labels: Labels) => value(after, name, labels) - value(before, name, labels);
    expect(delta('rosterhub_import_jobs_total', { outcome: 'applied' })).toBe(1);
    expect(delta('rosterhub_import_jobs_total', { outcome: 'dry_run' })).toBe(1);
    expect(delta('rosterhub_import_jobs_total', { outcome: 'invalid' })).toBe(1);
    expect(delta('rosterhub_import_jobs_total', { outcome: 'failed' })).toBe(0);
    expect(delta('rosterhub_import_duration_seconds_count', { outcome: 'applied' })).toBe(1);
    expect(delta('rosterhub_import_duration_seconds_sum', { outcome: 'applied' })).toBeGreaterThan(0);
    expect(delta('rosterhub_import_rows_total', { phase: 'apply' })).toBe(applied.result.totalRows);
    expect(delta('rosterhub_import_rows_total', { phase: 'validate' })).toBe(
      applied.result.totalRows + dryRun.result.totalRows + invalid.rows,
    );
  });

  it('counts rate-limit rejections by limit name', async () => {
    const a = await appWith({ RH_RATE_LIMIT_READS_PER_HOUR: '1' });
    const before = await scrape(a);
    expect((await read(a, '/users')).statusCode).toBe(200);
    expect((await read(a, '/users')).statusCode).toBe(429);
    expect((await read(a, '/orgs')).statusCode).toBe(429);
    const after = await scrape(a);
    const name = 'rosterhub_rate_limit_rejections_total';
    expect(value(after, name, { limit: 'reads' }) - value(before, name, { limit: 'reads' })).toBe(2);
    expect(samples(after, name).map((s) => s.labels.limit)).toEqual(['reads']);
  });

  it('reports queue depth and the age of the oldest waiting job (read at scrape time)', async () => {
    // The newest app is the one scrapes read: this one runs no jobs, so its upload waits.
    const idle = await appWith({ RH_JOBS_IN_API: 'false' });
    const empty = await scrape(idle);
    expect(value(empty, 'rosterhub_queue_jobs', { state: 'waiting' })).toBe(0);
    const { zip } = await bundle(63);
    accepted(await sendBundle(idle, { bearer: token }, [zipPart(zip)]));
    // Stats are cached for two seconds: a scrape after the cache expires sees the job.
    let text = empty;
    for (let i = 0; i < 50 && value(text, 'rosterhub_queue_jobs', { state: 'waiting' }) === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      text = await scrape(idle);
    }
    expect(value(text, 'rosterhub_queue_jobs', { state: 'waiting' })).toBe(1);
    expect(value(text, 'rosterhub_queue_jobs', { state: 'active' })).toBe(0);
    expect(samples(text, 'rosterhub_queue_oldest_waiting_seconds')).toHaveLength(1);
    // Enqueued before at least one of the pauses above.
    expect(value(text, 'rosterhub_queue_oldest_waiting_seconds')).toBeGreaterThan(0);
  });
});
