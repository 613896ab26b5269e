/**
 * Uploads over HTTP (issue 6 targets), on PostgreSQL (DATABASE_URL, default the local server) with
 * Redis (REDIS_URL, default the local server):
 *   1. the same ~1M-row bundle imported by the CLI and uploaded over HTTP (request time, and time to
 *      `completed` against the CLI's);
 *   2. p99 of `GET /users?limit=100` on the uploading tenant, idle and while an upload changing
 *      every 20th user validates and applies (response cache off so every read reaches the
 *      database), with the job in a separate `rosterhub worker` process and, for comparison, in
 *      the API process itself.
 *
 *   npm run bench:upload
 *   BENCH_UPLOAD_STUDENTS=11000 npm run bench:upload    # ~100k rows instead
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openAsBlob,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cli, spawnNode, stop, token as tokenAt, waitHealthy as healthyAt } from './lib/processes.js';
import pg from 'pg';
import { generateBundle } from '../src/generate/index.js';

const CACHE = join(import.meta.dirname, '.cache');
const STUDENTS = Number(process.env.BENCH_UPLOAD_STUDENTS ?? 110_000);
const SECONDS = Number(process.env.BENCH_UPLOAD_SECONDS ?? 10);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DB_NAME = 'rosterhub_bench_upload';
const PORT = 3471;
const BASE = `http://127.0.0.1:${PORT}`;

function dbUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function bundle(seed: string): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `upload-${STUDENTS}-${seed}.zip`);
  if (!existsSync(path)) {
    console.error(`generating ${path}…`);
    await generateBundle({
      out: path,
      students: STUDENTS,
      schools: Math.max(2, Math.round(STUDENTS / 600)),
      seed,
    });
  }
  return path;
}

/** Sends a zip, or a folder's CSV files as one part each, streamed from disk; resolves on the 202. */
async function post(bundle: string, bearer: string): Promise<{ id: string; requestMs: number }> {
  const form = new FormData();
  if (bundle.endsWith('.zip')) form.set('bundle', await openAsBlob(bundle), 'bundle.zip');
  else
    for (const f of readdirSync(bundle).filter((n) => n.endsWith('.csv')))
      form.set(f.replace(/\.csv$/, ''), await openAsBlob(join(bundle, f)), f);
  const t0 = performance.now();
  const r = await fetch(`${BASE}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}` },
    body: form,
  });
  const requestMs = performance.now() - t0;
  if (r.status !== 202) throw new Error(`upload: ${r.status} ${await r.text()}`);
  return { id: ((await r.json()) as { uploadId: string }).uploadId, requestMs };
}

/** The bundle as a folder with every 20th user renamed: a nightly export's worth of changes. */
async function withRenamedUsers(zip: string, dir: string): Promise<string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const users = join(dir, 'users.csv');
  const out = createWriteStream(`${users}.new`);
  let given = -1;
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(users), crlfDelay: Infinity })) {
    const cells = line.slice(1, -1).split('","');
    if (given < 0) given = cells.findIndex((c) => c.replace(/^\uFEFF"?/, '') === 'givenName');
    else if (++n % 20 === 0) cells[given] = `${cells[given]}子`;
    out.write(`"${cells.join('","')}"\r\n`);
  }
  await new Promise((r) => out.end(r));
  rmSync(users);
  execFileSync('mv', [`${users}.new`, users]);
  return dir;
}

interface UploadState {
  status: string;
  timings: Record<string, number>;
  progress: { phase?: string };
}

async function state(id: string, bearer: string): Promise<UploadState> {
  const r = await fetch(`${BASE}/api/v1/uploads/${id}`, { headers: { authorization: `Bearer ${bearer}` } });
  return (await r.json()) as UploadState;
}

async function until(id: string, bearer: string, wanted: (s: UploadState) => boolean): Promise<UploadState> {
  for (;;) {
    const s = await state(id, bearer);
    if (wanted(s)) return s;
    if (['failed', 'cancelled'].includes(s.status)) throw new Error(`upload ${id} ${s.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One load run for as long as `going()` holds (checked every 200 ms): one histogram over the whole window. */
async function readsWhile(
  bearer: string,
  going: () => Promise<boolean>,
): Promise<{ p50: number; p99: number; rps: number; errors: number; seconds: number }> {
  const t0 = performance.now();
  let instance: autocannon.Instance | undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${BASE}/ims/oneroster/rostering/v1p2/users?limit=100`,
        headers: { authorization: `Bearer ${bearer}` },
        connections: 10,
        duration: 3600,
        timeout: 10,
      },
      (err, r) => (err ? reject(err as Error) : resolve(r)),
    );
  });
  while (await going()) await new Promise((r) => setTimeout(r, 200));
  instance!.stop();
  const r = await result;
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    errors: r.errors + r.non2xx + r.timeouts,
    seconds: Math.round((performance.now() - t0) / 1000),
  };
}

async function reads(
  bearer: string,
  seconds: number,
): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  const r = await autocannon({
    url: `${BASE}/ims/oneroster/rostering/v1p2/users?limit=100`,
    headers: { authorization: `Bearer ${bearer}` },
    connections: 10,
    duration: seconds,
    timeout: 10,
  });
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    errors: r.errors + r.non2xx + r.timeouts,
  };
}

async function main(): Promise<void> {
  const a = await bundle('bench');
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const fresh = async (name: string) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'rh-bench-upload-'));
  const delta = await withRenamedUsers(a, join(dataDir, 'delta'));
  const env: Record<string, string> = {
    DATABASE_URL: dbUrl(DB_NAME),
    REDIS_URL,
    RH_DATA_DIR: dataDir,
    RH_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    RH_TOKEN_SIGNING_KEYS: `bench:${Buffer.alloc(32, 9).toString('base64url')}`,
    RH_QUEUE_PREFIX: `bench-upload-${Date.now()}`,
    RH_API_CACHE_MB: '0',
    RH_MAX_FILE_BYTES: String(2 ** 30),
    RH_RATE_LIMIT_READS_PER_HOUR: '100000000',
    RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1000',
    PORT: String(PORT),
    HOST: '127.0.0.1',
  };
  const out: string[] = [`bundle: ${(statSync(a).size / 1e6).toFixed(1)} MB zip`];
  let api: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  try {
    // 1. The CLI's import of bundle A into a database of its own (then dropped, with its autovacuum work).
    const cliDb = `${DB_NAME}_cli`;
    await fresh(cliDb);
    const t0 = performance.now();
    const cliRun = await cli(['import', a, '--tenant', 'cli'], { ...env, DATABASE_URL: dbUrl(cliDb) });
    const cliMs = performance.now() - t0;
    await admin.query(`DROP DATABASE ${cliDb} WITH (FORCE)`);
    await admin.query('CHECKPOINT');
    const rows = Object.values(cliRun.files as Record<string, { rows: number }>).reduce(
      (n, f) => n + f.rows,
      0,
    );
    out.push(`rows: ${rows}`);
    out.push(
      `CLI import: ${(cliMs / 1000).toFixed(1)} s wall, ${((cliRun.durationMs as number) / 1000).toFixed(1)} s in the import`,
    );

    // 2. The same bundle over HTTP into a fresh database: API process and a separate worker.
    await fresh(DB_NAME);
    await cli(['tenant', 'create', 'http'], env);
    const created = await cli(['client', 'create', '--tenant', 'http', '--roles', 'uploader'], env);
    const client = { id: (created.client as { id: string }).id, secret: created.clientSecret as string };
    api = spawnNode(['src/server.ts'], { ...env, RH_JOBS_IN_API: 'false' });
    worker = spawnNode(['src/cli/main.ts', 'worker'], env);
    await healthyAt(BASE);
    const bearer = await tokenAt(BASE, client);
    const t1 = performance.now();
    const first = await post(a, bearer);
    const done = await until(first.id, bearer, (st) => st.status === 'completed');
    const httpMs = performance.now() - t1;
    out.push(
      `HTTP upload: request ${first.requestMs.toFixed(0)} ms; completed after ${(httpMs / 1000).toFixed(1)} s ` +
        `(validate ${(done.timings.validateMs! / 1000).toFixed(1)} s, apply ${(done.timings.applyMs! / 1000).toFixed(1)} s) ` +
        `→ ${(httpMs / cliMs).toFixed(2)}× the CLI's wall time, ${(httpMs / (cliRun.durationMs as number)).toFixed(2)}× its import time`,
    );
    await admin.query('CHECKPOINT');

    // 3. Reads of the same tenant, idle and while an upload (every 20th user renamed) validates and applies.
    for (const mode of ['separate worker', 'jobs in the API process'] as const) {
      if (mode === 'jobs in the API process') {
        await stop(worker);
        await stop(api);
        worker = null;
        api = spawnNode(['src/server.ts'], { ...env, RH_JOBS_IN_API: 'true' });
        await healthyAt(BASE);
      }
      const reader = await tokenAt(BASE, client);
      await reads(reader, 3); // warm-up: compiled code and a warm pool before the idle figure
      const idle = await reads(reader, SECONDS);
      // Alternating: each upload differs from the tenant's last one (the same content is a no-op).
      const up = await post(mode === 'separate worker' ? delta : a, reader);
      const phaseIs = (wanted: string) => async () => (await state(up.id, reader)).status === wanted;
      await until(up.id, reader, (st) => st.status !== 'queued');
      const validating = await readsWhile(reader, phaseIs('validating'));
      const applying = await readsWhile(reader, phaseIs('applying'));
      const finished = await until(up.id, reader, (st) => st.status === 'completed');
      out.push(
        `${mode}: GET /users?limit=100 (cache off, 10 connections) idle p50 ${idle.p50} ms p99 ${idle.p99} ms (${idle.rps} req/s); ` +
          `validating p99 ${validating.p99} ms (${validating.seconds} s); applying p50 ${applying.p50} ms p99 ${applying.p99} ms ` +
          `(${applying.rps} req/s, ${applying.seconds} s) → p99 ${(applying.p99 / Math.max(1, idle.p99)).toFixed(2)}× idle; ` +
          `errors ${idle.errors + validating.errors + applying.errors}; the upload (${JSON.stringify(finished.timings)})`,
      );
    }
  } finally {
    await stop(worker);
    await stop(api);
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(out.join('\n'));
}

await main();
