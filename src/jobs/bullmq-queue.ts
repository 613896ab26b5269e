import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import {
  DEFAULT_CLOSE_GRACE_MS,
  PermanentJobError,
  ABORT_SETTLE_MS,
  settlesWithin,
  type JobCatalogue,
  type JobName,
  type JobPolicies,
} from './catalogue.js';
import type {
  EnqueueOptions,
  JobContext,
  JobHandlers,
  JobQueue,
  JobQueueLog,
  JobQueueStats,
} from './queue.js';
import { withSpan } from '../observability/tracing.js';

/** One queue holds every job kind: workers take whatever is next, whichever handler it needs. */
export const BULLMQ_QUEUE_NAME = 'jobs';
const KEEP_COMPLETED = { count: 1000 };
const KEEP_FAILED = { age: 7 * 24 * 3600, count: 10_000 };

type Payload = JobCatalogue[JobName];
type AnyHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/**
 * Jobs in Redis through BullMQ, shared by every API process and `rosterhub worker`. Jobs outlive a
 * crash: one that was running when its worker died is taken up again by another once its lock
 * expires.
 */
export class BullMqJobQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly redisUrl: string;
  private readonly prefix: string;
  private readonly log: JobQueueLog;
  private readonly policies: JobPolicies;
  private readonly connection: Redis;
  private readonly queue: Queue<Payload, void, JobName>;
  private worker: Worker<Payload, void, JobName> | null = null;
  private workerConnection: Redis | null = null;
  private readonly shutdown = new AbortController();
  private closing: Promise<void> | null = null;

  private readonly lockMs: number;

  constructor(opts: {
    redisUrl: string;
    prefix: string;
    log: JobQueueLog;
    policies: JobPolicies;
    lockMs: number;
  }) {
    this.lockMs = opts.lockMs;
    this.redisUrl = opts.redisUrl;
    this.prefix = opts.prefix;
    this.log = opts.log;
    this.policies = opts.policies;
    // An upload request should fail while Redis is away, not hang until it returns: few retries,
    // and no waiting for the connection before sending (skipWaitingForReady below).
    this.connection = new Redis(opts.redisUrl, { maxRetriesPerRequest: 3 });
    this.queue = new Queue<Payload, void, JobName>(BULLMQ_QUEUE_NAME, {
      connection: this.connection,
      prefix: this.prefix,
      skipWaitingForReady: true,
      defaultJobOptions: { removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
    });
    this.queue.on('error', outageLogger(this.log, this.connection, 'Job queue Redis error'));
  }

  async enqueue<K extends JobName>(
    name: K,
    payload: JobCatalogue[K],
    opts: EnqueueOptions = {},
  ): Promise<void> {
    if (this.closing) throw new Error('The job queue is closed');
    await this.queue.add(name, payload, {
      ...this.retryOptions(name),
      ...(opts.delayMs && opts.delayMs > 0 ? { delay: opts.delayMs } : {}),
      // Deduplication rather than a custom job id: BullMQ ignores an id it still keeps, so a
      // completed or failed job (kept for inspection) would block running the same id again.
      ...(opts.jobId !== undefined ? { deduplication: { id: bullMqSafeId(opts.jobId) } } : {}),
    });
  }

  async work(handlers: JobHandlers, opts: { concurrency: number }): Promise<void> {
    if (this.closing) throw new Error('The job queue is closed');
    if (this.worker) throw new Error('work() was already called on this job queue');
    if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1)
      throw new RangeError('concurrency must be a positive integer');
    // BullMQ's blocking reads need commands that wait for Redis forever instead of failing.
    const connection = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnection = connection;
    this.worker = new Worker<Payload, void, JobName>(
      BULLMQ_QUEUE_NAME,
      (job, _token, signal) => this.process(job, handlers, signal),
      {
        connection,
        prefix: this.prefix,
        concurrency: opts.concurrency,
        // A killed worker's job is found stalled and run again after about this long.
        lockDuration: this.lockMs,
        stalledInterval: this.lockMs,
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
      },
    );
    this.worker.on('error', outageLogger(this.log, connection, 'Job worker error'));
    await this.worker.waitUntilReady();
  }

  async schedule(name: 'uploads.housekeeping', everyMs: number): Promise<void> {
    if (this.closing) throw new Error('The job queue is closed');
    if (!Number.isFinite(everyMs) || everyMs <= 0) throw new RangeError('everyMs must be positive');
    // Upserting under the job's name leaves one schedule however many processes call this.
    await this.queue.upsertJobScheduler(
      name,
      { every: everyMs },
      {
        name,
        data: {},
        opts: { ...this.retryOptions(name), removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
      },
    );
  }

  async stats(): Promise<JobQueueStats> {
    const [counts, oldest] = await Promise.all([
      this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
      this.queue.getWaiting(0, 0),
    ]);
    const job = oldest[0];
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      // A delayed job starts waiting when its delay ends, not when it was added.
      oldestWaitingMs: job ? Math.max(0, Date.now() - job.timestamp - (job.delay ?? 0)) : null,
    };
  }

  close(graceMs = DEFAULT_CLOSE_GRACE_MS): Promise<void> {
    this.closing ??= this.shutDown(graceMs);
    return this.closing;
  }

  private async shutDown(graceMs: number): Promise<void> {
    const worker = this.worker;
    if (worker) {
      // Stops fetching at once, then resolves when the running jobs have finished.
      const finished = worker.close();
      if (!(await settlesWithin(finished, graceMs))) {
        this.shutdown.abort(new Error('The job queue is closing'));
        if (!(await settlesWithin(finished, ABORT_SETTLE_MS))) {
          // Their jobs stay active in Redis and are run again elsewhere once their locks expire.
          this.log.warn({}, 'Jobs still running after the job queue closed');
          this.workerConnection?.disconnect();
        }
      }
      finished.catch((err: unknown) => this.log.warn({ err }, 'Job worker did not close cleanly'));
    }
    await this.queue
      .close()
      .catch((err: unknown) => this.log.warn({ err }, 'Job queue did not close cleanly'));
    await Promise.all([quit(this.connection), this.workerConnection && quit(this.workerConnection)]);
  }

  private retryOptions(name: JobName): Pick<JobsOptions, 'attempts' | 'backoff'> {
    const policy = this.policies[name];
    return policy.attempts > 1
      ? { attempts: policy.attempts, backoff: { type: 'exponential', delay: policy.backoffMs } }
      : { attempts: 1 };
  }

  private async process(
    job: Job<Payload, void, JobName>,
    handlers: JobHandlers,
    lockSignal: AbortSignal | undefined,
  ): Promise<void> {
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? 1;
    const ctx: JobContext = {
      id: job.id ?? '',
      attempt,
      // BullMQ's own signal fires when this worker loses the job's lock (another will run it).
      signal: lockSignal ? AbortSignal.any([this.shutdown.signal, lockSignal]) : this.shutdown.signal,
      progress: (data) => void job.updateProgress(data).catch(() => undefined),
    };
    try {
      const handler = handlers[job.name] as AnyHandler | undefined;
      if (!handler) throw new PermanentJobError(`No handler for ${job.name} jobs`);
      await withSpan(`job ${job.name}`, { 'job.id': ctx.id, 'job.attempt': attempt }, () =>
        handler(job.data, ctx),
      );
    } catch (err) {
      const permanent = err instanceof PermanentJobError;
      if (permanent || attempt >= attempts)
        this.log.warn({ job: job.name, jobId: job.id, attempt, attempts, err }, 'Job failed');
      if (permanent) throw new UnrecoverableError(err.message);
      throw err instanceof Error ? err : new Error(String(err));
    }
  }
}

/**
 * Ids end up in Redis keys, whose parts BullMQ separates with `:`, so they must not contain one;
 * `%` is escaped too, keeping distinct ids distinct.
 */
export function bullMqSafeId(id: string): string {
  return id.replaceAll('%', '%25').replaceAll(':', '%3A');
}

/**
 * While Redis is down every reconnect attempt fails the same way: that is logged once, and again
 * only when the error changes or after Redis has been back.
 */
function outageLogger(log: JobQueueLog, redis: Redis, msg: string): (err: Error) => void {
  let last: string | null = null;
  redis.on('ready', () => {
    last = null;
  });
  return (err) => {
    if (err.message === last) return;
    last = err.message;
    log.warn({ err }, msg);
  };
}

/**
 * QUIT lets pending replies arrive first, but with Redis unreachable it would wait for a reconnect:
 * it gets a moment, then the socket is dropped (a no-op once QUIT has ended it).
 */
async function quit(redis: Redis): Promise<void> {
  if (redis.status !== 'end') await settlesWithin(redis.quit(), ABORT_SETTLE_MS);
  redis.disconnect();
}
