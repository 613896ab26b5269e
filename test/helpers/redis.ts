import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * The Redis URL Redis-backed suites run against, or null to skip them. Under CI (CI=true) an
 * unreachable Redis fails the run instead, as an unreachable PostgreSQL does.
 */
export async function testRedisUrl(): Promise<string | null> {
  if (await redisReachable()) return TEST_REDIS_URL;
  if (process.env.CI === 'true')
    throw new Error(`Redis is required under CI but ${TEST_REDIS_URL} is unreachable`);
  console.warn(`Redis unreachable at ${TEST_REDIS_URL}: skipping the Redis-backed revocation tests`);
  return null;
}
