import type { Expected } from './soak-bundles.js';
import { at, type Fault, type ReadinessWatcher } from './soak-faults.js';
import { sleep, type PrivatePostgres, type PrivateRedis } from './soak-infra.js';
import type { SoakRig } from './soak-rig.js';
import type { UploadClient } from './soak-uploads.js';

/** When things happen during the load: an upload every minute, and the three faults. */

/** How long after the worker says an upload is applying it is killed. */
const APPLY_DELAY_MS = 200;

export interface PlanContext {
  t0: number;
  loadMs: number;
  running: () => boolean;
  uploads: UploadClient;
  next: () => Expected;
  log: (s: string) => void;
}

export interface FaultContext extends PlanContext {
  pg: PrivatePostgres;
  redis: PrivateRedis;
  rig: SoakRig;
  env: Record<string, string>;
  ready: ReadinessWatcher;
  workerReady: ReadinessWatcher | null;
}

/** At 0:20, 1:20, 2:20…: offset from the faults (at 30/50/70 %) so most uploads run in calm periods. */
export async function minuteUploads(c: PlanContext): Promise<void> {
  for (let k = 0; 20_000 + k * 60_000 < c.loadMs - 10_000; k++)
    await at(c.t0, 20_000 + k * 60_000, c.running, async () => {
      const bundle = c.next();
      const sent = await c.uploads.post(bundle, 'minute');
      c.log(`upload v${bundle.variant}: ${sent ? `accepted ${sent.uploadId.slice(0, 8)}` : 'not accepted'}`);
    });
}

/** A 10-s outage: long enough for several readiness polls to see it. */
async function restartPostgres(c: FaultContext): Promise<Fault> {
  c.log('fault: PostgreSQL stopped (fast), started again after 10 s');
  const start = Date.now();
  await c.pg.stop('fast');
  await sleep(10_000);
  await c.pg.start();
  return {
    name: 'postgres restart',
    start,
    end: Date.now(),
    watcher: c.ready,
    excusesReads: true,
    detail: {},
  };
}

async function restartRedis(c: FaultContext): Promise<Fault> {
  c.log('fault: Redis killed, started again after 5 s (empty: no persistence)');
  const start = Date.now();
  await c.redis.kill();
  await sleep(5000);
  await c.redis.start();
  return { name: 'redis restart', start, end: Date.now(), watcher: c.ready, excusesReads: true, detail: {} };
}

/**
 * An upload is sent and the worker killed once it is applying (the worst moment: inside the
 * import's transaction), then started again 5 s later as a supervisor would.
 */
async function killWorker(c: FaultContext): Promise<Fault> {
  const from = c.rig.workerLogSize();
  const sent = await c.uploads.post(c.next(), 'kill');
  let killedDuring: string | null = null;
  if (sent && (await c.rig.workerApplying(sent.uploadId, from, 120_000))) {
    // Into the import's transaction (applies took 0.6–3 s here), not at its first statement.
    await sleep(APPLY_DELAY_MS);
    killedDuring = 'applying';
  } else if (sent) killedDuring = (await c.uploads.status(sent.uploadId).catch(() => null))?.status ?? null;
  c.log(
    `fault: worker killed (SIGKILL) while its upload was ${killedDuring ?? 'unknown'}, restarted after 5 s`,
  );
  const start = Date.now();
  await c.rig.killWorker();
  await sleep(5000);
  await c.rig.startWorker(c.env);
  return {
    name: 'worker killed',
    start,
    end: Date.now(),
    watcher: c.workerReady ?? c.ready,
    excusesReads: false,
    detail: { uploadId: sent?.uploadId ?? null, killedDuring },
  };
}

/** Runs the faults at 30, 50 and 70 % of the load, one after the other; each is pushed to `faults` when it ends. */
export async function runFaults(c: FaultContext, faults: Fault[]): Promise<void> {
  for (const [share, fault] of [
    [0.3, restartPostgres],
    [0.5, restartRedis],
    [0.7, killWorker],
  ] as const)
    await at(c.t0, c.loadMs * share, c.running, async () => void faults.push(await fault(c)));
}
