import { setPriority } from 'node:os';
import { pino } from 'pino';
import type { Config } from '../config/config.js';
import { loadPiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../services/errors.js';
import { startUploads } from '../uploads/index.js';
import { EXIT, type Outcome } from './output.js';

/** How long a stopping worker lets a running upload reach its commit or rollback. */
const STOP_GRACE_MS = 30_000;

/**
 * `rosterhub worker`: runs upload jobs from the shared BullMQ queue until SIGTERM/SIGINT, so API
 * processes (RH_JOBS_IN_API=false) and workers scale apart. Logs go to stderr as JSON lines; the
 * outcome (one JSON object with --json) is printed when it stops.
 */
export async function workerCommand(
  config: Config,
  db: Database,
  opts: { concurrency?: number; onReady?: () => void },
): Promise<Outcome> {
  if (db.kind !== 'postgres' || !config.redis.url)
    throw new DomainError(
      'invalid_input',
      'A separate worker needs DATABASE_URL (PostgreSQL) and REDIS_URL: with the embedded database, the server runs jobs itself',
      '別プロセスのワーカーには DATABASE_URL（PostgreSQL）と REDIS_URL が必要です。組み込みデータベースではサーバー自身がジョブを実行します',
    );
  const log = pino({ level: config.log.level, base: { process: 'worker' } }, pino.destination(2));
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
  log.info({ concurrency, queue: uploads.jobs.kind }, 'worker started');
  opts.onReady?.();
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log.info({ signal }, 'worker stopping');
  await uploads.close(STOP_GRACE_MS);
  log.info('worker stopped');
  return {
    exitCode: EXIT.ok,
    json: { worker: 'stopped', signal, concurrency },
    text: `worker stopped (${signal})`,
  };
}
