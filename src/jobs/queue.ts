import { BullMqJobQueue } from './bullmq-queue.js';
import { resolvePolicies, type JobCatalogue, type JobName, type JobPolicy } from './catalogue.js';
import { InProcessJobQueue } from './in-process-queue.js';

export {
  DEFAULT_CLOSE_GRACE_MS,
  JOB_NAMES,
  JOB_POLICIES,
  PermanentJobError,
  type JobCatalogue,
  type JobName,
  type JobPolicy,
} from './catalogue.js';

export interface JobContext {
  id: string;
  /** 1-based: 2 is the first retry. */
  attempt: number;
  /** Aborted when the queue closes and its grace period is over: stop and throw. */
  signal: AbortSignal;
  /** Best effort (BullMQ records it on the job; the in-process backend drops it). */
  progress(data: Record<string, unknown>): void;
}

export type JobHandler<K extends JobName> = (payload: JobCatalogue[K], ctx: JobContext) => Promise<void>;

export type JobHandlers = { [K in JobName]?: JobHandler<K> };

export interface EnqueueOptions {
  /** Deduplicates: enqueuing an id whose job is still pending (delayed, waiting, active or between retries) is a no-op. */
  jobId?: string;
  delayMs?: number;
}

export interface JobQueueStats {
  waiting: number;
  active: number;
  delayed: number;
  /** Jobs that used up their attempts: those BullMQ keeps (7 days), or in-process since the process started. */
  failed: number;
  /** Age of the oldest job ready to run but not started, null when none is. */
  oldestWaitingMs: number | null;
}

export interface JobQueue {
  readonly kind: 'in-process' | 'bullmq';
  /** `jobId` deduplicates: enqueuing an id already waiting/active is a no-op. */
  enqueue<K extends JobName>(name: K, payload: JobCatalogue[K], opts?: EnqueueOptions): Promise<void>;
  /** Starts consuming with these handlers (call once per process that runs jobs). */
  work(handlers: JobHandlers, opts: { concurrency: number }): Promise<void>;
  /** Runs `name` every `everyMs` (one schedule cluster-wide for BullMQ: upsertJobScheduler). */
  schedule(name: 'uploads.housekeeping', everyMs: number): Promise<void>;
  /** Waiting/active/delayed/failed counts and the age in ms of the oldest waiting job (metrics). */
  stats(): Promise<JobQueueStats>;
  /** Stops taking new jobs, waits up to `graceMs` for running ones (then aborts their signal), closes connections. */
  close(graceMs?: number): Promise<void>;
}

export interface JobQueueLog {
  warn(obj: object, msg: string): void;
}

export interface JobQueueOptions {
  /** BullMQ on this Redis when set, so API processes and workers share one queue; else in-process. */
  redisUrl: string | null;
  /** Redis key prefix (BullMQ only). */
  prefix?: string;
  log?: JobQueueLog;
  /**
   * BullMQ: how long a running job's lock lasts without renewal, which is also how soon a job of
   * a killed worker is run again (default 30 s).
   */
  lockMs?: number;
  /** Replaces parts of JOB_POLICIES (tests use short back-offs). */
  policies?: Partial<Record<JobName, Partial<JobPolicy>>>;
}

export const DEFAULT_JOB_PREFIX = 'rosterhub';

// Failures must reach an operator even when the caller passes no logger.
const stderrLog: JobQueueLog = {
  warn: (obj, msg) => console.warn(msg, obj),
};

export function createJobQueue(opts: JobQueueOptions): JobQueue {
  const policies = resolvePolicies(opts.policies);
  const log = opts.log ?? stderrLog;
  return opts.redisUrl
    ? new BullMqJobQueue({
        redisUrl: opts.redisUrl,
        prefix: opts.prefix ?? DEFAULT_JOB_PREFIX,
        log,
        policies,
        lockMs: opts.lockMs ?? 30_000,
      })
    : new InProcessJobQueue({ log, policies });
}
