import { setPriority } from 'node:os';
import type { Config } from '../config/config.js';
import { loadPiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { createLogger } from '../observability/logger.js';
import { stopSignal } from '../lifecycle/signals.js';
import { startOperationsServer } from '../routes/operations.routes.js';
import { DomainError } from '../services/errors.js';
import { startUploads } from '../uploads/index.js';
import { EXIT, type Outcome } from './output.js';

/**
 * `rosterhub worker`: runs upload jobs from the shared BullMQ queue until SIGTERM/SIGINT, so API
 * processes (RH_JOBS_IN_API=false) and workers scale apart. Logs go to stderr as JSON lines; the
 * outcome (one JSON object with --json) is printed when it stops.
 */
export async function workerCommand(
  config: Config,
  db: Database,
  opts: { concurrency?: number; metricsPort?: number; onReady?: () => void },
): Promise<Outcome> {
  if (db.kind !== 'postgres' || !config.redis.url)
    throw new DomainError(
      'invalid_input',
      'A separate worker needs DATABASE_URL (PostgreSQL) and REDIS_URL: with the embedded database, the server runs jobs itself',
      '別プロセスのワーカーには DATABASE_URL（PostgreSQL）と REDIS_URL が必要です。組み込みデータベースではサーバー自身がジョブを実行します',
    );
  const log = createLogger(config, 2, { process: 'worker' });
  // Imports are background work: on a machine shared with API processes, reads get the CPU first.
  try {
    setPriority(config.jobs.workerNice);
  } catch (err) {
    log.warn({ err }, 'could not lower the worker priority');
  }
  const concurrency = opts.concurrency ?? config.jobs.concurrency;
  const uploads = await startUploads({ ...config, jobs: { ...config.jobs, concurrency } }, db, {
    runJobs: true,
    pii: await loadPiiCipher(config),
    log,
  });
  // Probes and scrapes of a process that serves no API: /health/live, /health/ready, /metrics.
  const operations =
    opts.metricsPort === undefined
      ? null
      : await startOperationsServer({
          config,
          db,
          jobs: uploads.jobs,
          storage: uploads.storage,
          host: config.http.host,
          port: opts.metricsPort,
          log,
        });
  log.info({ concurrency, queue: uploads.jobs.kind, metricsPort: operations?.port }, 'worker started');
  opts.onReady?.();
  const signal = await stopSignal((s) => log.warn({ signal: s }, 'second signal: exiting at once'));
  log.info({ signal, graceMs: config.lifecycle.shutdownGraceMs }, 'worker stopping');
  // A running upload gets the grace to commit; after it, it rolls back and is queued again.
  await uploads.close(config.lifecycle.shutdownGraceMs);
  await operations?.close();
  log.info('worker stopped');
  return {
    exitCode: EXIT.ok,
    json: { worker: 'stopped', signal, concurrency },
    text: `worker stopped (${signal})`,
  };
}
