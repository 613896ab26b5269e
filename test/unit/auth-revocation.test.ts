import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import {
  databaseRevocationStore,
  pollingRevocationList,
  redisRevocationStore,
  type RevocationStore,
} from '../../src/auth/revocation.js';
import { testTargets, useDatabase } from '../helpers/db.js';
import { testRedisUrl } from '../helpers/redis.js';

const targets = await testTargets();
const redisUrl = await testRedisUrl();

const inFuture = (ms = 60_000) => new Date(Date.now() + ms);

/** The contract every shared store keeps, run against each real store. */
function storeContract(open: () => RevocationStore) {
  it('returns the ids that have not expired', async () => {
    const store = open();
    try {
      const live = randomUUID();
      const dead = randomUUID();
      await store.add(live, inFuture());
      await store.add(dead, new Date(Date.now() - 1000));
      const ids = await store.active(new Date());
      expect(ids).toContain(live);
      expect(ids).not.toContain(dead);
    } finally {
      await store.close();
    }
  });

  it('shares revocations between instances within a refresh', async () => {
    const a = pollingRevocationList(open(), 50);
    const b = pollingRevocationList(open(), 50);
    try {
      await Promise.all([a.start(), b.start()]);
      const jti = randomUUID();
      expect(b.isRevoked(jti)).toBe(false);
      await a.revoke(jti, inFuture());
      expect(a.isRevoked(jti)).toBe(true);
      await expect.poll(() => b.isRevoked(jti), { timeout: 2000, interval: 20 }).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('forgets an id once its token would have expired', async () => {
    const list = pollingRevocationList(open(), 50);
    try {
      await list.start();
      const jti = randomUUID();
      await list.revoke(jti, inFuture(300));
      expect(list.isRevoked(jti)).toBe(true);
      await expect.poll(() => list.isRevoked(jti), { timeout: 3000, interval: 50 }).toBe(false);
    } finally {
      await list.close();
    }
  });
}

describe.each(targets)('revocation list in the database on $name', (target) => {
  const database = useDatabase(target);
  storeContract(() => databaseRevocationStore(database()));
});

describe.runIf(redisUrl)('revocation list in Redis', () => {
  const key = `rosterhub:test:revoked:${randomUUID()}`;
  storeContract(() => redisRevocationStore(redisUrl!, key));

  it('keeps a sorted set scored by expiry and prunes expired ids', async () => {
    const store = redisRevocationStore(redisUrl!, key);
    const redis = new Redis(redisUrl!);
    try {
      const expiry = inFuture();
      await store.add('scored', expiry);
      expect(await redis.zscore(key, 'scored')).toBe(String(expiry.getTime()));
      await store.add('stale', new Date(Date.now() - 10));
      await store.active(new Date());
      expect(await redis.zscore(key, 'stale')).toBeNull();
    } finally {
      await redis.del(key);
      redis.disconnect();
      await store.close();
    }
  });

  it('fails to start when Redis is unreachable, and closes cleanly', async () => {
    const list = pollingRevocationList(redisRevocationStore('redis://127.0.0.1:1'));
    await expect(list.start()).rejects.toThrow();
    await list.close();
  });
});
