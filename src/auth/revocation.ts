import { Redis } from 'ioredis';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';

export interface RevocationList {
  /** Records the id as revoked until `expiresAt` (after which the token is dead anyway). */
  revoke(jti: string, expiresAt: Date): Promise<void>;
  /** Synchronous and O(1): runs on every API request. May lag other instances by one refresh. */
  isRevoked(jti: string): boolean;
  /** Loads the list and starts refreshing it; throws when the shared store is unreachable. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Where revocations are shared between instances. */
export interface RevocationStore {
  add(jti: string, expiresAt: Date): Promise<void>;
  /** Ids not yet expired; may drop expired ones as a side effect. */
  active(now: Date): Promise<string[]>;
  close(): Promise<void>;
}

export const REFRESH_MS = 1000;

/**
 * Keeps the store's ids in a Set refreshed every second, so the hot path never waits on I/O.
 * A failed refresh keeps the previous Set: a store outage must not take the API down with it.
 */
export function pollingRevocationList(
  store: RevocationStore,
  refreshMs = REFRESH_MS,
  onError: (err: unknown) => void = () => undefined,
): RevocationList {
  let revoked = new Set<string>();
  // Local revocations by sequence number: a load that began before one was stored may miss it.
  const local = new Map<string, number>();
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let closed = false;

  async function load(): Promise<void> {
    const started = seq;
    const next = new Set(await store.active(new Date()));
    for (const [jti, at] of local) {
      if (at >= started) next.add(jti);
      else local.delete(jti);
    }
    revoked = next;
  }
  function refresh(): Promise<void> {
    inFlight ??= load().finally(() => (inFlight = undefined));
    return inFlight;
  }
  return {
    async revoke(jti, expiresAt) {
      await store.add(jti, expiresAt);
      local.set(jti, seq++);
      revoked.add(jti);
      if (timer) void refresh().catch(onError);
    },
    isRevoked: (jti) => revoked.has(jti),
    async start() {
      if (timer || closed) return;
      await refresh();
      timer = setInterval(() => void refresh().catch(onError), refreshMs);
      timer.unref();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await inFlight?.catch(() => undefined);
      await store.close();
    },
  };
}

/** The `revoked_tokens` table: the shared store when no Redis is configured. */
export function databaseRevocationStore(db: Database): RevocationStore {
  let lastPrune = 0;
  return {
    async add(jti, expiresAt) {
      await db.kysely
        .insertInto('revoked_tokens')
        .values({ jti, expires_at: expiresAt })
        .onConflict((oc) => oc.column('jti').doUpdateSet({ expires_at: expiresAt }))
        .execute();
    },
    async active(now) {
      // Expired rows are harmless to read past but pile up; pruning once a minute is plenty.
      if (now.getTime() - lastPrune > 60_000) {
        lastPrune = now.getTime();
        await db.kysely.deleteFrom('revoked_tokens').where('expires_at', '<=', now).execute();
      }
      const rows = await db.kysely
        .selectFrom('revoked_tokens')
        .select('jti')
        .where('expires_at', '>', now)
        .execute();
      return rows.map((r) => r.jti);
    },
    // The database belongs to the caller.
    close: () => Promise.resolve(),
  };
}

export const REDIS_KEY = 'rosterhub:revoked';

/** A Redis sorted set of ids scored by expiry (ms), so expired ids are dropped by score. */
export function redisRevocationStore(url: string, key = REDIS_KEY): RevocationStore {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  // Connection errors also reject the pending commands, which report them; ioredis would print them too.
  redis.on('error', () => undefined);
  let connected: Promise<void> | undefined;
  const ready = () => (connected ??= redis.connect());
  return {
    async add(jti, expiresAt) {
      await ready();
      await redis.zadd(key, expiresAt.getTime(), jti);
    },
    async active(now) {
      await ready();
      const result = await redis
        .multi()
        .zremrangebyscore(key, '-inf', now.getTime())
        .zrangebyscore(key, `(${now.getTime()}`, '+inf')
        .exec();
      const [err, ids] = result?.[1] ?? [new Error('redis transaction aborted'), null];
      if (err) throw err;
      return ids as string[];
    },
    async close() {
      if (connected) await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

/**
 * Redis when configured (instances share it), otherwise the database's table. `onError` hears of
 * failed refreshes, during which the last loaded list stays in force.
 */
export function createRevocationList(
  config: Pick<Config, 'redis'>,
  db: Database,
  onError?: (err: unknown) => void,
): RevocationList {
  return pollingRevocationList(
    config.redis.url ? redisRevocationStore(config.redis.url) : databaseRevocationStore(db),
    REFRESH_MS,
    onError,
  );
}
