/**
 * Soak and fault test (issue 8): N minutes of mixed load on the deployed shape — an API process
 * (`dist/server.js`, jobs off) and a `rosterhub worker`, on a PostgreSQL 15 cluster and a Redis of
 * the bench's own (loopback ports, a temporary directory, removed at the end) — with faults
 * injected while it runs: PostgreSQL restarted (~30 %), Redis killed and restarted (~50 %), the
 * worker killed under a running upload and restarted (~70 %).
 *
 *   npm run bench:soak                        # 10 minutes, faults on
 *   npm run bench:soak -- --minutes 2 --no-faults
 *   npm run bench:soak -- --keep              # keep the temporary directory (logs, database)
 *
 * Load: `--connections` (100) loops reading users, classes, a user and enrollments; a delta poll
 * every 5 s; an upload every minute (each a different variant of one generated bundle). Reported:
 * per 30-s window requests, errors, read p50/p99, RSS per process and readiness; the RSS trend over
 * steady windows; per fault when /health/ready said so and how long recovery took; every upload's
 * outcome; and whether the store equals the last applied bundle. Errors between a fault's start
 * and 5 s after readiness is back belong to the fault; any other error fails the run (exit 1), as
 * does an upload not completed, a store that is not the last bundle or a delta consumer that
 * diverged. Hard bound: minutes + 5.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SoakBundles } from './lib/soak-bundles.js';
import {
  checkDelta,
  checkKilledUpload,
  checkStore,
  checkUploads,
  lastApplied,
  type Check,
} from './lib/soak-consistency.js';
import { analyseFault, ReadinessWatcher, type Fault } from './lib/soak-faults.js';
import { freePort, PrivatePostgres, PrivateRedis, sleep } from './lib/soak-infra.js';
import { DeltaPoller, runReaders, TokenKeeper } from './lib/soak-load.js';
import { minuteUploads, runFaults } from './lib/soak-plan.js';
import { Recorder } from './lib/soak-recorder.js';
import { buildReport } from './lib/soak-report.js';
import { SoakRig } from './lib/soak-rig.js';
import { UploadClient } from './lib/soak-uploads.js';

const { values: opt } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    students: { type: 'string', default: '2000' },
    faults: { type: 'boolean', default: true },
    'no-faults': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const MINUTES = Number(opt.minutes);
const CONNECTIONS = Number(opt.connections);
const FAULTS = opt.faults && !opt['no-faults'];
if (!(MINUTES > 0) || !(CONNECTIONS > 0)) {
  console.error('usage: soak.bench.ts [--minutes N] [--connections N] [--students N] [--no-faults] [--keep]');
  process.exit(2);
}
const LOAD_MS = MINUTES * 60_000;
const DEADLINE = Date.now() + LOAD_MS + 5 * 60_000;
const log = (s: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${s}`);

const tmp = mkdtempSync(join(tmpdir(), 'rh-soak-'));
chmodSync(tmp, 0o755); // the postgres OS user reaches its directory through it
const rig = new SoakRig(tmp, log);

let finished = false;
async function finish(code: number, why?: string): Promise<never> {
  // Called again (the deadline during a cleanup, say): the first call finishes the job.
  if (finished) return new Promise<never>(() => undefined);
  finished = true;
  if (why) log(why);
  await rig.close();
  if (opt.keep || code !== 0) {
    const kept = opt.keep ? tmp : join(tmpdir(), `rh-soak-logs-${Date.now()}`);
    if (!opt.keep && existsSync(join(tmp, 'logs'))) {
      cpSync(join(tmp, 'logs'), kept, { recursive: true });
      if (existsSync(join(tmp, 'pg', 'postgres.log')))
        cpSync(join(tmp, 'pg', 'postgres.log'), join(kept, 'postgres.log'));
    }
    log(`logs kept in ${kept}`);
  }
  if (!opt.keep) rmSync(tmp, { recursive: true, force: true });
  log('cleaned up');
  process.exit(code);
}
// `on`, not `once`: Ctrl-C reaches this process several times (from the terminal, relayed by npm
// and by tsx), and a repeat must not kill it before PostgreSQL (in a process group of its own) stops.
process.on('SIGINT', () => void finish(130, 'interrupted: cleaning up'));
process.on('SIGTERM', () => void finish(143, 'terminated: cleaning up'));
setTimeout(() => void finish(1, 'hard deadline reached: stopping'), DEADLINE - Date.now());

/** The service processes' environment: the private stores, production mode, budgets out of the way. */
function serviceEnv(pg: PrivatePostgres, redis: PrivateRedis): Record<string, string> {
  return {
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    RH_DATA_DIR: join(tmp, 'data'),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RH_ENCRYPTION_KEY: `soak:${randomBytes(32).toString('base64')}`,
    RH_TOKEN_SIGNING_KEYS: `soak:${randomBytes(32).toString('base64url')}`,
    RH_JOBS_IN_API: 'false',
    // The load, not the per-client hourly budgets, is the subject here.
    RH_RATE_LIMIT_READS_PER_HOUR: '999999999',
    RH_RATE_LIMIT_TOKENS_PER_HOUR: '1000000',
    RH_RATE_LIMIT_UPLOADS_PER_HOUR: '100000',
  };
}

async function setUp() {
  log(
    `${cpus().length} cores, Node ${process.version}; ${MINUTES} min, ${CONNECTIONS} connections, faults ${FAULTS ? 'on' : 'off'}`,
  );
  await rig.build(!opt['no-build']);
  mkdirSync(join(tmp, 'logs'));
  const pg = new PrivatePostgres(tmp, await freePort(55432));
  const redis = new PrivateRedis(await freePort(56379));
  await rig.startStores(pg, redis);
  const bundles = new SoakBundles(join(tmp, 'bundles'));
  const base = await bundles.generate({ schools: 4, students: Number(opt.students) });
  const env = serviceEnv(pg, redis);
  const clients = await rig.setUp(env, base);
  const apiBase = await rig.startApi(env, await freePort(53000));
  await rig.startWorker(env, await freePort(53001));
  return { pg, redis, bundles, base, env, apiBase, ...clients };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

async function load(s: Setup) {
  const t0 = Date.now();
  const rec = new Recorder(t0, 30_000, LOAD_MS);
  const ready = new ReadinessWatcher('api', await rig.readinessUrl(s.apiBase));
  const workerReady = rig.workerReadyUrl ? new ReadinessWatcher('worker', rig.workerReadyUrl) : null;
  ready.start();
  workerReady?.start();
  const readerKeeper = new TokenKeeper(s.apiBase, s.reader, rec);
  const uploads = new UploadClient(s.apiBase, new TokenKeeper(s.apiBase, s.uploader, rec), rec);
  const userIds = await rig.userIds(s.apiBase, await readerKeeper.get());
  const delta = new DeltaPoller(s.apiBase, readerKeeper, rec, new Date());
  const running = () => Date.now() < t0 + LOAD_MS && !finished;
  let variant = 0;
  const plan = { t0, loadMs: LOAD_MS, running, uploads, next: () => s.bundles.variant(++variant), log };
  const faults: Fault[] = [];
  const rss = async () => {
    for (; running(); await sleep(5000)) rig.sampleRss(rec);
  };
  log(`load for ${MINUTES} min on ${s.apiBase}`);
  const mix = { userIds, ...rig.counts(s.base) };
  await Promise.all([
    runReaders({ base: s.apiBase, connections: CONNECTIONS, keeper: readerKeeper, rec, running, mix }),
    delta.run(running, 5000),
    minuteUploads(plan),
    FAULTS
      ? runFaults({ ...plan, pg: s.pg, redis: s.redis, rig, env: s.env, ready, workerReady }, faults)
      : null,
    rss(),
  ]);
  return { t0, runEnd: Date.now(), rec, ready, workerReady, readerKeeper, uploads, delta, faults };
}

type Run = Awaited<ReturnType<typeof load>>;

async function verify(s: Setup, r: Run): Promise<Check[]> {
  log('load ended: waiting for every upload to end');
  const all = await r.uploads.drain(Math.min(6 * 60_000, DEADLINE - Date.now() - 60_000));
  const { expected, uploadId } = lastApplied(r.uploads.sent, s.base);
  log(`store should equal bundle v${expected.variant}${uploadId ? ` (upload ${uploadId.slice(0, 8)})` : ''}`);
  const killedDuring = r.faults.find((f) => f.name === 'worker killed')?.detail.killedDuring as string | null;
  const killed = checkKilledUpload(r.uploads.sent, killedDuring ?? null);
  const rel = (t: number) => `${((t - r.t0) / 1000).toFixed(0)} s`;
  const crashes = rig.crashes.map(
    (c) =>
      `${c.label} at ${rel(c.at)} (${c.exit}), ${c.restartedAt ? `running again at ${rel(c.restartedAt)}` : 'not restarted'}`,
  );
  return [
    ...checkUploads(all),
    ...(killed ? [killed] : []),
    ...(await checkStore(s.apiBase, r.readerKeeper, expected)),
    await checkDelta(r.delta, r.uploads.sent, expected, s.bundles.baseGivenNames),
    { name: 'no process exited by itself', ok: crashes.length === 0, detail: crashes.join('; ') || 'none' },
  ];
}

async function main(): Promise<number> {
  const s = await setUp();
  const r = await load(s);
  const checks = await verify(s, r);
  await r.ready.stop();
  await r.workerReady?.stop();
  const report = buildReport({
    rec: r.rec,
    runEnd: r.runEnd,
    faults: r.faults.map((f) => analyseFault(f, r.rec, r.runEnd)),
    ready: r.ready,
    readyNote:
      r.ready.url.replace(s.apiBase, '') + (rig.readyFallback ? ' (/health/ready answered 404)' : ''),
    sent: r.uploads.sent,
    refused: r.uploads.refused,
    checks,
    labels: ['api', 'worker'],
    settings: {
      minutes: MINUTES,
      connections: CONNECTIONS,
      faults: FAULTS,
      students: Number(opt.students),
      cores: cpus().length,
      node: process.version,
    },
  });
  console.log(report.text);
  console.log(JSON.stringify(report.json));
  if (!report.pass) rig.printLogTails();
  return report.pass ? 0 : 1;
}

main().then(
  (code) => finish(code),
  (err: unknown) => finish(1, `failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
);
