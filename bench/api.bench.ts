/**
 * REST API throughput and latency (issue 4 targets), on PostgreSQL (DATABASE_URL, default the local
 * server) with a tenant of ~200k users and 1M+ enrollments from the generator, and on PGlite.
 *
 *   npm run bench:api
 *   BENCH_API_SECONDS=5 npm run bench:api     # shorter runs
 *   npm run bench:api -- --workers-only        # only `rosterhub serve --workers 2` against 1
 *
 * Each server runs in its own process on a loopback port; autocannon drives it from this process.
 * The baseline is a plain Fastify + pg handler selecting the same page and JSON.stringify-ing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cli, spawnNode, startServer, stop, token, waitHealthy } from './lib/processes.js';
import pg from 'pg';
import { generateBundle } from '../src/generate/index.js';

const CACHE = join(import.meta.dirname, '.cache');
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 20);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'rosterhub_bench_api';
const TENANT = 'bench';
/**
 * The bench database outlives a run, so the PII key its records were encrypted with must too: a
 * fixed key for generated, fictional data (a per-run key left every later run unable to decrypt).
 */
const BENCH_PII_KEY = `bench:${createHash('sha256').update('rosterhub bench data').digest('base64')}`;
const BASE = '/ims/oneroster/rostering/v1p2';

function dbUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: number;
}

/**
 * One load run. A single autocannon thread tops out near 2,000 responses/s of ~150 KB each on
 * this machine (it, not the server, was the bottleneck), so fixed-URL runs use two worker threads.
 * `walk` makes every request a different page (offset 0, 100, 200…): responses are rendered, not
 * served from the cache.
 */
async function load(
  url: string,
  headers: Record<string, string>,
  opts: { walk?: boolean; pages?: number; connections?: number } = {},
): Promise<Load> {
  let n = 0;
  const r = await autocannon({
    url,
    headers,
    connections: opts.connections ?? 100,
    duration: SECONDS,
    timeout: 10,
    ...(opts.walk
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const u = new URL(url);
                u.searchParams.set('offset', String((n++ % (opts.pages ?? 1000)) * 100));
                return { ...req, path: `${u.pathname}${u.search}` };
              },
            },
          ],
        }
      : { workers: 2 }),
  });
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

/** Creates (once) the bench database with the big tenant imported; returns the tenant id. */
async function preparePostgres(): Promise<{ tenantId: string; users: number; enrollments: number }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const env = { DATABASE_URL: dbUrl(DB_NAME), RH_ENCRYPTION_KEY: BENCH_PII_KEY };
  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const counts = async () => {
    const r = await db
      .query<{ id: string; users: string; enrollments: string }>(
        `SELECT t.id, (SELECT count(*) FROM users u WHERE u.tenant_id = t.id) AS users,
                (SELECT count(*) FROM enrollments e WHERE e.tenant_id = t.id) AS enrollments
         FROM tenants t WHERE slug = $1`,
        [TENANT],
      )
      .catch(() => ({ rows: [] as { id: string; users: string; enrollments: string }[] }));
    return r.rows[0];
  };
  let row = await counts();
  if (!row || Number(row.enrollments) < 1_000_000) {
    mkdirSync(CACHE, { recursive: true });
    const bundle = join(CACHE, 'bundle-api.zip');
    if (!existsSync(bundle)) {
      console.error('generating the API bundle (200k users)…');
      await generateBundle({ out: bundle, students: 190_000, schools: 320, seed: 'bench-api' });
    }
    console.error('importing it into PostgreSQL…');
    await cli(['import', bundle, '--tenant', TENANT], env);
    await db.query('VACUUM ANALYZE');
    row = await counts();
  }
  await db.end();
  return { tenantId: row!.id, users: Number(row!.users), enrollments: Number(row!.enrollments) };
}

/** Median wall time of the repository's own page query, run in-process against PostgreSQL. */
async function databaseTimes(
  tenantId: string,
): Promise<{ deltaMs: number; deltaRows: number; deepMs: number }> {
  const { openDatabase } = await import('../src/db/database.js');
  const { loadConfig } = await import('../src/config/config.js');
  const { ENTITIES } = await import('../src/api/entities.js');
  const { parseCollectionParams, sortExpression } = await import('../src/api/query/params.js');
  const { compileFilter } = await import('../src/api/query/filter-compiler.js');
  const { rosteringRepository } = await import('../src/repositories/rostering.repository.js');
  const db = await openDatabase(loadConfig({ DATABASE_URL: dbUrl(DB_NAME) }).database);
  const entity = ENTITIES.user;
  // A delta poll needs a delta: 100 users touched after the import (bench database only).
  const since = new Date().toISOString();
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE users SET date_last_modified = now() + interval '1 second'
       WHERE tenant_id = $1 AND sourced_id IN (SELECT sourced_id FROM users WHERE tenant_id = $1 ORDER BY sourced_id DESC LIMIT 100)`,
      [tenantId],
    );
  });
  const time = async (query: Record<string, string>) => {
    const q = parseCollectionParams(query, entity, 10_000);
    const filter = q.filter ? compileFilter(entity, q.filter) : null;
    const sort = q.sort ? { expr: sortExpression(q.sort), direction: q.direction } : null;
    const runs: number[] = [];
    let rows = 0;
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      const page = await rosteringRepository.page(db.kysely, tenantId, entity, {
        subsets: [],
        filter,
        sort,
        limit: q.limit,
        offset: q.offset,
      });
      runs.push(performance.now() - t);
      rows = page.length;
    }
    runs.sort((a, b) => a - b);
    return { ms: runs[10]!, rows };
  };
  const delta = await time({ filter: `dateLastModified>'${since}'`, limit: '100' });
  const deep = await time({ offset: '100000', limit: '100' });
  await db.close();
  return { deltaMs: delta.ms, deltaRows: delta.rows, deepMs: deep.ms };
}

async function createClient(env: Record<string, string>): Promise<{ id: string; secret: string }> {
  const r = (await cli(['client', 'create', '--tenant', TENANT, '--name', 'bench'], env)) as {
    client: { id: string };
    clientSecret: string;
  };
  return { id: r.client.id, secret: r.clientSecret };
}

const best = (l: Load[]) => l.reduce((a, b) => (a.reqPerSec >= b.reqPerSec ? a : b));
const fmt = (l: Load) =>
  `${l.reqPerSec.toLocaleString('en')} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, errors ${l.errors}, timeouts ${l.timeouts}, non-2xx ${l.non2xx}`;

console.error(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${SECONDS} s per run`,
);
const { tenantId, users, enrollments } = await preparePostgres();
console.error(
  `PostgreSQL tenant: ${users.toLocaleString('en')} users, ${enrollments.toLocaleString('en')} enrollments`,
);
// Throughput is the question here, not the per-client hourly budget (1,000 reads by default).
// The servers run with NODE_ENV=production, which requires an encryption key.
const LIMITS = {
  RH_RATE_LIMIT_READS_PER_HOUR: '100000000',
  RH_RATE_LIMIT_TOKENS_PER_HOUR: '1000000',
  RH_ENCRYPTION_KEY: BENCH_PII_KEY,
};
const pgEnv = { DATABASE_URL: dbUrl(DB_NAME), ...LIMITS };
const client = await createClient(pgEnv);
const results: string[] = [];

/**
 * `rosterhub serve --workers N` (node:cluster) for N = 1 and 2, alternating: cached pages (the
 * serving path alone) and a page walk with the cache off (rendering). The load generator shares
 * the machine's cores with the server processes, which caps what a second process can add here.
 */
async function clusterRuns(): Promise<string[]> {
  const rows: string[] = [];
  const by: Record<string, Load[]> = {};
  for (const workers of [1, 2, 1, 2]) {
    for (const walk of [false, true]) {
      const env = { ...pgEnv, PORT: '3815', HOST: '127.0.0.1', ...(walk ? { RH_API_CACHE_MB: '0' } : {}) };
      const server = spawnNode(['src/cli/main.ts', 'serve', '--workers', String(workers)], env, 'inherit');
      await waitHealthy('http://127.0.0.1:3815', server);
      const h = { authorization: `Bearer ${await token('http://127.0.0.1:3815', client)}` };
      const l = await load(`http://127.0.0.1:3815${BASE}/users?limit=100`, h, { walk });
      const key = `${walk ? 'page walk, page cache off' : 'GET /users?limit=100'}|${workers}`;
      (by[key] ??= []).push(l);
      console.error(`serve --workers ${workers}, ${key.split('|')[0]}: ${fmt(l)}`);
      await stop(server, 30_000);
    }
  }
  for (const what of ['GET /users?limit=100', 'page walk, page cache off']) {
    const one = best(by[`${what}|1`]!);
    const two = best(by[`${what}|2`]!);
    rows.push(`| serve --workers 1, ${what} (best of 2) | ${fmt(one)} |`);
    rows.push(
      `| serve --workers 2, ${what} (best of 2) | ${fmt(two)} (${(two.reqPerSec / one.reqPerSec).toFixed(2)}×) |`,
    );
  }
  return rows;
}

if (process.argv.includes('--workers-only')) {
  const rows = await clusterRuns();
  console.log(`| run | result |\n| --- | --- |\n${rows.join('\n')}`);
  process.exit(0);
}

const baseline = await startServer(
  'bench/api-baseline-server.ts',
  { ...pgEnv, BENCH_TENANT_ID: tenantId },
  3811,
);
const base = await load(`http://127.0.0.1:3811/users?limit=100`, {});
await stop(baseline, 10_000);
results.push(`| plain Fastify + pg, GET /users?limit=100 | ${fmt(base)} |`);
console.error(results.at(-1));

// Audit on (as deployed) and off, alternating, to separate the audit's cost from the drift.
const runs: Record<'on' | 'off', Load[]> = { on: [], off: [] };
for (const audit of ['on', 'off', 'on', 'off'] as const) {
  const env = { ...pgEnv, BENCH_AUDIT: audit === 'on' ? '1' : '0' };
  const server = await startServer('bench/api-server.ts', env, 3812);
  const bearer = { authorization: `Bearer ${await token(`http://127.0.0.1:3812`, client)}` };
  runs[audit].push(await load(`http://127.0.0.1:3812${BASE}/users?limit=100`, bearer));
  console.error(`audit ${audit}: ${fmt(runs[audit].at(-1)!)}`);
  await stop(server, 10_000);
}
const mean = (l: Load[]) => l.reduce((n, r) => n + r.reqPerSec, 0) / l.length;
const hub = best(runs.on);
results.push(`| RosterHub, GET /users?limit=100 (audit on, best of 2) | ${fmt(hub)} |`);
results.push(`| RosterHub, same without request audit (best of 2) | ${fmt(best(runs.off))} |`);
console.error(results.slice(-2).join('\n'));
const auditCost = 1 - mean(runs.on) / mean(runs.off);

// Rendering throughput: page cache off (totals stay cached, as for any walk through pages).
const uncached = await startServer('bench/api-server.ts', { ...pgEnv, RH_API_CACHE_MB: '0' }, 3813);
const bearer2 = { authorization: `Bearer ${await token(`http://127.0.0.1:3813`, client)}` };
const walk = await load(`http://127.0.0.1:3813${BASE}/users?limit=100`, bearer2, { walk: true });
results.push(`| RosterHub, page walk, page cache off | ${fmt(walk)} |`);
console.error(results.at(-1));
await stop(uncached, 10_000);

const times = await databaseTimes(tenantId);
results.push(
  `| delta poll (${times.deltaRows} of ${users.toLocaleString('en')} users), database time | ${times.deltaMs.toFixed(2)} ms |`,
);
results.push(`| offset=100000 page, database time | ${times.deepMs.toFixed(2)} ms |`);
console.error(results.slice(-2).join('\n'));

// Embedded mode: a PGlite data directory with a smaller tenant.
const dir = mkdtempSync(join(tmpdir(), 'rh-bench-api-'));
try {
  const liteEnv = { RH_DATA_DIR: dir, ...LIMITS };
  const small = join(CACHE, 'bundle-100k.zip');
  if (!existsSync(small)) await generateBundle({ out: small, students: 11_000, schools: 18, seed: 'bench' });
  await cli(['import', small, '--tenant', TENANT], liteEnv);
  const liteClient = await createClient(liteEnv);
  for (const [label, walk, extra] of [
    ['PGlite, GET /users?limit=100', false, {}],
    ['PGlite, page walk, page cache off', true, { RH_API_CACHE_MB: '0' }],
  ] as const) {
    const lite = await startServer('src/server.ts', { ...liteEnv, ...extra }, 3814);
    const h = { authorization: `Bearer ${await token(`http://127.0.0.1:3814`, liteClient)}` };
    const l = await load(`http://127.0.0.1:3814${BASE}/users?limit=100`, h, { walk, pages: 200 });
    results.push(`| ${label} | ${fmt(l)} |`);
    console.error(results.at(-1));
    await stop(lite, 10_000);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

results.push(...(await clusterRuns()));
console.log(`| run | result |\n| --- | --- |\n${results.join('\n')}`);
console.log(`\nRosterHub / baseline throughput: ${(hub.reqPerSec / base.reqPerSec).toFixed(2)}×`);
console.log(`Request audit cost (mean of 2 runs each): ${(auditCost * 100).toFixed(1)} % of throughput`);
