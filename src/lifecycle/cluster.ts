import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { loadSigningKeys } from '../auth/signing-keys.js';
import { loadPiiCipher } from '../crypto/pii-cipher.js';
import { DATABASE_WAIT_MS, openDatabase } from '../db/database.js';
import { ensureFirstRunAdmin } from '../identity/first-run.js';
import { createLogger } from '../observability/logger.js';
import { DomainError } from '../services/errors.js';
import { aggregateWorkerMetrics, scrapeThroughPrimary } from './cluster-metrics.js';
import { runHttpServer, type HttpServerOptions } from './http-server.js';
import { stopRequest, stopSignal } from './signals.js';

/** A worker that dies this often within RESTART_WINDOW_MS means a fault restarts cannot mend. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

/**
 * `rosterhub serve --workers N`: one API process per core behind one listening socket (node:cluster;
 * the primary accepts and hands connections round-robin). Node runs JavaScript on one thread, and
 * the measured bottleneck of the API is that thread (docs/performance.md), so N processes serve
 * about N times the requests. The primary migrates and creates the first administrator once, then
 * only supervises: restarts a worker that dies, and on SIGTERM/SIGINT asks every worker to stop
 * gracefully and exits when they all have.
 */
export async function runServe(
  config: Config,
  workers: number,
  opts: Pick<HttpServerOptions, 'onStopped'> = {},
) {
  if (workers <= 1) return runHttpServer(config, { firstRun: true, ...opts });
  if (cluster.isWorker) {
    scrapeThroughPrimary();
    return runHttpServer(config, { firstRun: false, ...opts });
  }
  if (!config.database.url)
    throw new DomainError(
      'invalid_input',
      '--workers needs DATABASE_URL (PostgreSQL): the embedded database belongs to one process',
      '--workers には DATABASE_URL（PostgreSQL）が必要です。組み込みデータベースは 1 プロセス専用です',
    );
  const log = createLogger(config, 1, { process: 'primary' });
  if (!config.redis.url)
    log.warn('without REDIS_URL each worker process keeps its own rate limits and token revocations');
  // Keys kept in the data directory are created here, once: workers starting together would each
  // write their own, and tokens signed by one would not verify on another.
  await loadSigningKeys(config);
  await loadPiiCipher(config);
  const db = await openDatabase(config.database, { waitForServerMs: DATABASE_WAIT_MS });
  try {
    await ensureFirstRunAdmin(db, {
      sessionTtlHours: config.sessions.ttlHours,
      signInUrl: `${config.http.publicUrl}/`,
    });
  } finally {
    await db.close();
  }
  aggregateWorkerMetrics();
  await supervise(workers, log);
}

async function supervise(count: number, log: Logger): Promise<void> {
  let stopping = false;
  const exits: number[] = [];
  const codes: number[] = [];
  const fork = () => cluster.fork();
  const allExited = new Promise<void>((resolve) => {
    cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
      if (stopping) {
        codes.push(code ?? 1);
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
        return;
      }
      const now = Date.now();
      exits.push(now);
      while (exits.length && now - exits[0]! > RESTART_WINDOW_MS) exits.shift();
      log.error({ pid: worker.process.pid, code, signal }, 'API worker process exited; starting another');
      if (exits.length > MAX_RESTARTS) {
        log.fatal({ restarts: exits.length }, 'API workers keep exiting: stopping');
        stopping = true;
        codes.push(1);
        for (const w of Object.values(cluster.workers ?? {})) w?.send(stopRequest());
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
        return;
      }
      setTimeout(() => stopping || fork(), RESTART_DELAY_MS).unref();
    });
  });
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === count) log.info({ workers: count }, 'API workers listening');
  });
  for (let i = 0; i < count; i++) fork();

  const signal = await Promise.race([stopSignal(), allExited.then(() => null)]);
  if (signal) {
    stopping = true;
    log.info({ signal }, 'stopping API workers');
    for (const w of Object.values(cluster.workers ?? {})) w?.send(stopRequest());
    if (Object.keys(cluster.workers ?? {}).length > 0) await allExited;
  }
  const failed = codes.some((c) => c !== 0);
  log.info({ failed }, 'stopped');
  process.exit(failed ? 1 : 0);
}
