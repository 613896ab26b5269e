import type { Config } from '../config/config.js';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { createJobQueue, type JobQueue } from '../jobs/queue.js';
import { createStorage, type ObjectStorage } from '../storage/object-storage.js';
import { LiveUploads } from './progress.js';
import { HOUSEKEEPING_EVERY_MS, recoverUploads, STALE_RUN_MS, uploadJobHandlers } from './upload-jobs.js';
import type { UploadRunnerDeps } from './upload-runner.js';
import { UploadService } from './upload.service.js';

export interface UploadSystem {
  service: UploadService;
  jobs: JobQueue;
  storage: ObjectStorage;
  /** Stops taking jobs, lets running ones finish within `graceMs`, closes connections. */
  close(graceMs?: number): Promise<void>;
}

export interface UploadSystemOptions {
  /** Run upload jobs in this process (API processes unless RH_JOBS_IN_API=false; always for `rosterhub worker`). */
  runJobs: boolean;
  log: UploadRunnerDeps['log'];
  /** Encrypts PII of applied uploads. */
  pii: PiiCipher;
  /** Given by tests (a queue with a private prefix or short back-offs); created from the configuration otherwise. */
  jobs?: JobQueue;
  storage?: ObjectStorage;
}

/**
 * The upload machinery of one process: storage, the job queue (BullMQ when Redis and PostgreSQL are
 * configured, so separate workers can share it; in-process otherwise: an embedded database belongs
 * to one process), the service the routes call, and — when this process runs jobs — the handlers,
 * recovery of uploads a dead process left unfinished, and the housekeeping schedule.
 */
export async function startUploads(
  config: Config,
  db: Database,
  opts: UploadSystemOptions,
): Promise<UploadSystem> {
  const storage = opts.storage ?? createStorage(config);
  const shared = config.redis.url && db.kind === 'postgres' ? config.redis.url : null;
  const jobs =
    opts.jobs ??
    createJobQueue({
      redisUrl: shared,
      prefix: config.jobs.queuePrefix,
      lockMs: config.jobs.lockMs,
      log: opts.log,
    });
  const live = new LiveUploads();
  const service = new UploadService({ config, db, storage, jobs, live, log: opts.log });
  if (opts.runJobs) {
    const deps: UploadRunnerDeps = { config, db, storage, jobs, live, pii: opts.pii, log: opts.log };
    await jobs.work(uploadJobHandlers(deps), { concurrency: config.jobs.concurrency });
    // An in-process queue died with the previous process: its waiting uploads are queued again. On
    // the embedded database no other process can be running one, so no run can be fresh either.
    await recoverUploads(deps, {
      staleMs: db.kind === 'pglite' ? 0 : STALE_RUN_MS,
      queued: jobs.kind === 'in-process',
    });
    await jobs.schedule('uploads.housekeeping', HOUSEKEEPING_EVERY_MS);
  }
  return {
    service,
    jobs,
    storage,
    async close(graceMs) {
      await jobs.close(graceMs);
      await storage.close();
    },
  };
}
