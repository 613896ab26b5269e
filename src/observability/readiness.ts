import { Redis } from 'ioredis';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';
import type { ObjectStorage } from '../storage/object-storage.js';
import {
  setReadiness,
  withTimeout,
  type Dependency,
  type DependencyState,
  type ReadinessChecks,
} from './metrics.js';

/** A dependency that has not answered within this long counts as down (probes usually time out at 5 s). */
export const CHECK_TIMEOUT_MS = 2000;

export interface ReadinessDeps {
  db: Database;
  /** Checked with PING when set (rate limits, revocation and the shared queue live there). */
  redisUrl: string | null;
  storage: ObjectStorage | null;
  log?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  timeoutMs?: number;
}

/**
 * Whether this process can do its work: the database answers and carries every bundled migration,
 * Redis answers PING when configured, object storage takes a write. Checks run in parallel, each
 * bounded; the reasons go to the log (once per change), never into the answer.
 */
export class ReadinessProbe {
  readonly #deps: ReadinessDeps;
  #redis: Redis | null = null;
  #closed = false;
  #last: { at: number; checks: Promise<ReadinessChecks>; settled: boolean } | null = null;
  readonly #state: Partial<Record<Dependency, DependencyState>> = {};

  constructor(deps: ReadinessDeps) {
    this.#deps = deps;
  }

  /** Runs the checks, or shares one in flight or finished less than `maxAgeMs` ago. */
  check(maxAgeMs = 0): Promise<ReadinessChecks> {
    const last = this.#last;
    if (last && (!last.settled || Date.now() - last.at < maxAgeMs)) return last.checks;
    const entry = { at: Date.now(), checks: this.#run(), settled: false };
    void entry.checks.finally(() => (entry.settled = true));
    this.#last = entry;
    return entry.checks;
  }

  close(): void {
    this.#closed = true;
    this.#redis?.disconnect();
    this.#redis = null;
  }

  async #run(): Promise<ReadinessChecks> {
    const { redisUrl, storage } = this.#deps;
    const [database, redis, store] = await Promise.all([
      this.#bounded('database', () => this.#database()),
      redisUrl ? this.#bounded('redis', () => this.#ping(redisUrl)) : ('not_configured' as const),
      storage ? this.#bounded('storage', () => storage.ping()) : ('not_configured' as const),
    ]);
    const checks: ReadinessChecks = { database, redis, storage: store };
    setReadiness(checks);
    return checks;
  }

  async #bounded(dependency: Dependency, check: () => Promise<void>): Promise<DependencyState> {
    let state: DependencyState = 'ok';
    let reason: string | undefined;
    try {
      await withTimeout(check(), this.#deps.timeoutMs ?? CHECK_TIMEOUT_MS);
    } catch (err) {
      state = 'failed';
      reason = err instanceof Error ? err.message : String(err);
    }
    const before = this.#state[dependency];
    this.#state[dependency] = state;
    if (state === 'failed' && before !== 'failed')
      this.#deps.log?.warn({ dependency, reason }, 'readiness check failed');
    else if (state === 'ok' && before === 'failed')
      this.#deps.log?.info({ dependency }, 'readiness check passes again');
    return state;
  }

  async #database(): Promise<void> {
    const { db } = this.#deps;
    // PGlite is one in-process connection: while an import's transaction holds it the database is
    // up and busy, and a probe queued behind the import would report it down for the import's length.
    if (db.kind === 'pglite' && db.poolStats().idle === 0) return;
    const pending = await pendingMigrations(db);
    if (pending.length) throw new Error(`migrations not applied: ${pending.join(', ')}`);
  }

  async #ping(url: string): Promise<void> {
    if (this.#closed) throw new Error('readiness probe closed');
    this.#redis ??= redisClient(url);
    await this.#redis.ping();
  }
}

/** A connection of its own, so a probe never queues behind (or disturbs) the rate limiter's or the queue's. */
function redisClient(url: string): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 1,
    // Reconnects in the background at a gentle pace; the next PING tells whether Redis is back.
    retryStrategy: (times) => Math.min(times * 500, 5000),
  });
  // Reported (once per change) by the check; an unhandled 'error' event would end the process.
  redis.on('error', () => undefined);
  return redis;
}
