import type { Database } from '../db/database.js';
import { auditRepository } from '../repositories/audit.repository.js';
import type { AuditEvent } from './event.js';

export interface AuditWriterOptions {
  /** Flush period in ms (default 500). */
  intervalMs?: number;
  /** Buffered events that trigger an immediate flush (default 1,000); also the rows per INSERT. */
  batchSize?: number;
  /** Most events held while the database is unreachable; the oldest are dropped beyond it (default 100,000). */
  maxBuffered?: number;
  /** Where problems are reported (default: console.warn). */
  warn?: (obj: Record<string, unknown>, msg: string) => void;
}

export interface AuditWriterStats {
  buffered: number;
  written: number;
  dropped: number;
  failedFlushes: number;
}

/** The part of an audit writer producers need: synchronous and O(1), never throws. */
export interface AuditSink {
  record(event: AuditEvent): void;
}

/**
 * In-process buffered audit writer. `record` only pushes to an array (the request path pays
 * nothing else); a timer flushes every `intervalMs`, or as soon as `batchSize` events wait, with
 * one multi-row INSERT per batch as the owner role (events of many tenants are mixed). A failing
 * database keeps the events buffered (bounded: the oldest are dropped, counted and reported) and
 * never reaches the caller. `close()` flushes what remains.
 */
export class AuditWriter implements AuditSink {
  private buffer: AuditEvent[] = [];
  private readonly timer: NodeJS.Timeout;
  private inFlight: Promise<void> | null = null;
  private kick: NodeJS.Immediate | null = null;
  private closed = false;
  private lastWarning = 0;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly maxBuffered: number;
  private readonly warn: NonNullable<AuditWriterOptions['warn']>;
  readonly stats: AuditWriterStats = { buffered: 0, written: 0, dropped: 0, failedFlushes: 0 };

  constructor(
    private readonly db: Pick<Database, 'transaction'>,
    opts: AuditWriterOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 500;
    this.batchSize = opts.batchSize ?? 1000;
    this.maxBuffered = Math.max(opts.maxBuffered ?? 100_000, this.batchSize);
    this.warn = opts.warn ?? ((obj, msg) => console.warn(msg, obj));
    this.timer = setInterval(() => void this.flushSafely(), this.intervalMs);
    this.timer.unref();
  }

  record(event: AuditEvent): void {
    if (this.closed) return;
    event.at ??= new Date();
    this.buffer.push(event);
    // Dropped a tenth at a time, so a long outage costs one splice per 10,000 events, not per event.
    if (this.buffer.length > this.maxBuffered)
      this.drop(this.buffer.length - Math.floor(this.maxBuffered * 0.9));
    if (this.buffer.length >= this.batchSize && !this.kick && !this.inFlight) {
      this.kick = setImmediate(() => {
        this.kick = null;
        void this.flushSafely();
      });
    }
  }

  /** Writes everything buffered so far; resolves when done (rejects if the database refused). */
  async flush(): Promise<void> {
    // Wait out a flush in progress, then write what it did not take (including re-queued events).
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    if (!this.buffer.length) return;
    const run = this.writeAll();
    this.inFlight = run;
    try {
      await run;
    } finally {
      this.inFlight = null;
    }
  }

  /** Stops the timer and flushes; events recorded afterwards are ignored. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    if (this.kick) clearImmediate(this.kick);
    this.kick = null;
    await this.flush().catch(() => undefined);
  }

  get buffered(): number {
    return this.buffer.length;
  }

  private async flushSafely(): Promise<void> {
    if (this.inFlight || !this.buffer.length) return;
    try {
      await this.flush();
    } catch {
      // Reported in writeAll; the events stay buffered for the next attempt.
    }
  }

  private async writeAll(): Promise<void> {
    while (this.buffer.length) {
      const batch = this.buffer.splice(0, this.batchSize);
      try {
        await this.db.transaction((tx) => auditRepository.appendMany(tx, batch));
        this.stats.written += batch.length;
      } catch (err) {
        this.stats.failedFlushes++;
        // Back in front, in order; the bound still holds.
        this.buffer.unshift(...batch);
        if (this.buffer.length > this.maxBuffered) this.drop(this.buffer.length - this.maxBuffered);
        this.report('audit events could not be written; kept for the next attempt', err);
        throw err;
      } finally {
        this.stats.buffered = this.buffer.length;
      }
    }
  }

  private drop(n: number): void {
    this.buffer.splice(0, n);
    this.stats.dropped += n;
    this.report('audit buffer full: oldest events dropped');
  }

  /** At most one warning every 10 s, with the running totals. */
  private report(msg: string, err?: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.warn(
      {
        buffered: this.buffer.length,
        dropped: this.stats.dropped,
        failedFlushes: this.stats.failedFlushes,
        ...(err
          ? { err: err instanceof Error ? err.message : typeof err === 'string' ? err : 'unknown error' }
          : {}),
      },
      msg,
    );
  }
}

/** A sink that drops everything (tools and tests that audit nothing). */
export const NO_AUDIT: AuditSink = { record: () => undefined };
