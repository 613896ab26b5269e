import {
  DEFAULT_CLOSE_GRACE_MS,
  PermanentJobError,
  retryDelayMs,
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

type AnyHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

interface PendingJob {
  readonly id: string;
  readonly name: JobName;
  readonly payload: unknown;
  readonly dedupeKey: string | null;
  attempt: number;
  /** When it last became ready to run: the start of its wait. */
  readyAt: number;
}

/**
 * Jobs in this process's memory, for single-process deployments without Redis. Nothing survives a
 * restart: work that matters is recorded in the database first, so a lost job is found again from
 * there.
 */
export class InProcessJobQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly log: JobQueueLog;
  private readonly policies: JobPolicies;
  /** Ready jobs, oldest first. */
  private readonly ready: PendingJob[] = [];
  /** Delayed jobs and jobs backing off before a retry. */
  private readonly timers = new Map<PendingJob, NodeJS.Timeout>();
  /** `jobId`s of jobs not yet finished (delayed, ready, running or between retries). */
  private readonly pendingKeys = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private readonly schedules = new Map<JobName, NodeJS.Timeout>();
  private readonly shutdown = new AbortController();
  private handlers: JobHandlers | null = null;
  private concurrency = 0;
  /** Jobs that exhausted their attempts since the process started. */
  private failed = 0;
  private nextId = 1;
  private closed = false;
  private closing: Promise<void> | null = null;

  constructor(opts: { log: JobQueueLog; policies: JobPolicies }) {
    this.log = opts.log;
    this.policies = opts.policies;
  }

  enqueue<K extends JobName>(name: K, payload: JobCatalogue[K], opts: EnqueueOptions = {}): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The job queue is closed'));
    const dedupeKey = opts.jobId ?? null;
    if (dedupeKey !== null) {
      if (this.pendingKeys.has(dedupeKey)) return Promise.resolve();
      this.pendingKeys.add(dedupeKey);
    }
    const job: PendingJob = { id: String(this.nextId++), name, payload, dedupeKey, attempt: 1, readyAt: 0 };
    this.after(job, opts.delayMs ?? 0);
    return Promise.resolve();
  }

  work(handlers: JobHandlers, opts: { concurrency: number }): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The job queue is closed'));
    if (this.handlers) return Promise.reject(new Error('work() was already called on this job queue'));
    if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1)
      return Promise.reject(new RangeError('concurrency must be a positive integer'));
    this.handlers = handlers;
    this.concurrency = opts.concurrency;
    this.pump();
    return Promise.resolve();
  }

  schedule(name: 'uploads.housekeeping', everyMs: number): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The job queue is closed'));
    if (!Number.isFinite(everyMs) || everyMs <= 0)
      return Promise.reject(new RangeError('everyMs must be positive'));
    clearInterval(this.schedules.get(name));
    // The fixed jobId keeps a slow run from piling up the next ones behind it.
    const fire = () => void this.enqueue(name, {}, { jobId: `schedule.${name}` }).catch(() => undefined);
    // BullMQ's `every` schedule also starts with a run.
    fire();
    const timer = setInterval(fire, everyMs);
    timer.unref();
    this.schedules.set(name, timer);
    return Promise.resolve();
  }

  stats(): Promise<JobQueueStats> {
    const oldest = this.ready[0];
    return Promise.resolve({
      waiting: this.ready.length,
      active: this.running.size,
      delayed: this.timers.size,
      failed: this.failed,
      oldestWaitingMs: oldest ? Date.now() - oldest.readyAt : null,
    });
  }

  close(graceMs = DEFAULT_CLOSE_GRACE_MS): Promise<void> {
    this.closing ??= this.shutDown(graceMs);
    return this.closing;
  }

  private async shutDown(graceMs: number): Promise<void> {
    this.closed = true;
    for (const timer of this.schedules.values()) clearInterval(timer);
    this.schedules.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    const dropped = this.ready.length + this.timers.size;
    this.timers.clear();
    this.ready.length = 0;
    if (dropped) this.log.warn({ dropped }, 'Job queue closed with jobs not run');
    if (await settlesWithin(Promise.all(this.running), graceMs)) return;
    this.shutdown.abort(new Error('The job queue is closing'));
    if (!(await settlesWithin(Promise.all(this.running), ABORT_SETTLE_MS)))
      this.log.warn({ running: this.running.size }, 'Jobs still running after the job queue closed');
  }

  private after(job: PendingJob, delayMs: number): void {
    if (delayMs <= 0) {
      this.makeReady(job);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(job);
      this.makeReady(job);
    }, delayMs);
    // A pending job alone must not keep the process alive: it is lost on exit either way.
    timer.unref();
    this.timers.set(job, timer);
  }

  private makeReady(job: PendingJob): void {
    job.readyAt = Date.now();
    this.ready.push(job);
    this.pump();
  }

  private pump(): void {
    const handlers = this.handlers;
    if (!handlers || this.closed) return;
    while (this.running.size < this.concurrency) {
      const job = this.ready.shift();
      if (!job) return;
      const run: Promise<void> = this.run(job, handlers).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  /** Never rejects: a failure becomes a retry or a warning. */
  private async run(job: PendingJob, handlers: JobHandlers): Promise<void> {
    const policy = this.policies[job.name];
    const ctx: JobContext = {
      id: job.id,
      attempt: job.attempt,
      signal: this.shutdown.signal,
      progress: () => undefined,
    };
    try {
      const handler = handlers[job.name] as AnyHandler | undefined;
      if (!handler) throw new PermanentJobError(`No handler for ${job.name} jobs`);
      await withSpan(`job ${job.name}`, { 'job.id': job.id, 'job.attempt': job.attempt }, () =>
        handler(job.payload, ctx),
      );
    } catch (err) {
      const retriable = !(err instanceof PermanentJobError) && job.attempt < policy.attempts;
      if (retriable && !this.closed) {
        const delayMs = retryDelayMs(policy, job.attempt);
        job.attempt += 1;
        this.after(job, delayMs);
        return;
      }
      this.failed += 1;
      this.log.warn(
        { job: job.name, jobId: job.id, attempt: job.attempt, attempts: policy.attempts, err },
        retriable ? 'Job failed and the queue closed before its retry' : 'Job failed',
      );
    }
    if (job.dedupeKey !== null) this.pendingKeys.delete(job.dedupeKey);
  }
}
