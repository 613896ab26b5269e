import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../config/config.js';
import { countRateLimitRejection } from '../observability/metrics.js';
import { imsxBody } from '../routes/imsx.js';
import { ROSTERING_BASE } from '../routes/rostering.routes.js';

/** Every limit counts requests per hour (fixed window, starting at a key's first request). */
export const HOUR_MS = 60 * 60 * 1000;

/**
 * The limits a tenant may override; the tenant settings table answers through `tenantLimit`.
 * `reads`: rostering API requests per API client; `uploads`: bundle uploads per tenant.
 */
export type TenantLimitKind = 'reads' | 'uploads';

/**
 * Per-tenant override: requests per hour for the tenant, or undefined for the configured default.
 * Called on every limited request: keep it cached (it may be async).
 */
export type TenantLimit = (
  tenantId: string,
  kind: TenantLimitKind,
) => number | undefined | Promise<number | undefined>;

export interface RateLimitDeps {
  config: Config;
  tenantLimit?: TenantLimit;
}

/** The Redis key prefix of every counter; keys are `rh:rl:<kind>:<client id | tenant id | ip>`. */
export const RATE_LIMIT_NAMESPACE = 'rh:rl:';

const TOKEN_PATH = '/oauth/token';

function setHeaders(reply: FastifyReply, max: number, remaining: number, resetSeconds: number): void {
  void reply
    .header('X-RateLimit-Limit', String(max))
    .header('X-RateLimit-Remaining', String(remaining))
    .header('X-RateLimit-Reset', String(resetSeconds));
}

function tooMany(retryAfter: number): string {
  return `Too many requests: retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}`;
}

/**
 * A limiter hook answering 429 itself (with `Retry-After` and the body `reject` builds), so the
 * route's error handler cannot rewrite it; on every counted request it sets the X-RateLimit headers.
 */
function limiterHook(
  app: FastifyInstance,
  options: RateLimitOptions,
  reject: (req: FastifyRequest, retryAfter: number) => unknown,
): onRequestAsyncHookHandler {
  const check = app.createRateLimit({ timeWindow: HOUR_MS, skipOnError: true, ...options });
  return async (req, reply) => {
    const r = await check(req);
    if (r.isAllowed) return;
    setHeaders(reply, r.max, r.remaining, r.ttlInSeconds);
    if (!r.isExceeded) return;
    const retryAfter = Math.max(1, r.ttlInSeconds);
    const limit = r.key.split(':')[0]!;
    countRateLimitRejection(limit);
    req.log.warn({ limit, max: r.max }, 'rate limit exceeded');
    return reply
      .code(429)
      .header('Retry-After', String(retryAfter))
      .header('Cache-Control', 'no-store')
      .send(reject(req, retryAfter));
  };
}

function addHook(route: RouteOptions, name: 'onRequest' | 'preHandler', hook: unknown): void {
  const current = route[name] as unknown;
  route[name] = (
    Array.isArray(current) ? [...(current as unknown[]), hook] : current ? [current, hook] : [hook]
  ) as never;
}

/**
 * Rate limits (@fastify/rate-limit, never global), counted in Redis when `config.redis.url` is set
 * (shared by every instance) and in memory otherwise. Must be registered before the routes:
 *
 * - rostering API (GET/HEAD under ROSTERING_BASE): `readsPerHour` per API client, counted after
 *   authentication (preHandler, keyed by the token's client id; the unauthenticated discovery
 *   files by IP); a tenant may override it. 429 answers the imsx body with codeMinor `server_busy`.
 * - `POST /oauth/token`: `tokensPerHour` per IP, counted before the body is read (onRequest).
 *   429 answers `{ error: 'slow_down', error_description }` (RFC 6749 has no rate-limit code;
 *   `slow_down` is RFC 8628's, the closest registered OAuth error).
 *
 * Other routes opt in through their route `config` with `signInLimit` / `uploadLimit`.
 * Storage failures (Redis down) let requests through rather than fail the API (logged by ioredis).
 */
export async function registerRateLimits(app: FastifyInstance, deps: RateLimitDeps): Promise<void> {
  const { config, tenantLimit } = deps;
  let redis: Redis | undefined;
  if (config.redis.url) {
    // Short timeouts: a slow Redis must not hold requests (skipOnError lets them through).
    redis = new Redis(config.redis.url, {
      connectTimeout: 1000,
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
    });
    redis.on('error', (err: Error) => app.log.warn({ err: err.message }, 'rate-limit redis error'));
    const client = redis;
    app.addHook('onClose', async () => {
      await client.quit().catch(() => client.disconnect());
    });
  }
  await app.register(rateLimit, {
    global: false,
    timeWindow: HOUR_MS,
    skipOnError: true,
    ...(redis ? { redis, nameSpace: RATE_LIMIT_NAMESPACE } : {}),
  });

  const reads = limiterHook(
    app,
    {
      keyGenerator: (req) => (req.claims ? `reads:client:${req.claims.clientId}` : `reads:ip:${req.ip}`),
      max: async (req) =>
        (req.claims && (await tenantLimit?.(req.claims.tenantId, 'reads'))) || config.rateLimits.readsPerHour,
    },
    (_req, retryAfter) => imsxBody('server_busy', tooMany(retryAfter)),
  );
  const tokens = limiterHook(
    app,
    { keyGenerator: (req) => `token:ip:${req.ip}`, max: config.rateLimits.tokensPerHour },
    (_req, retryAfter) => ({ error: 'slow_down', error_description: tooMany(retryAfter) }),
  );

  // Applied by path, so the route modules need not know about limits.
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (route.url.startsWith(`${ROSTERING_BASE}/`) && methods.every((m) => m === 'GET' || m === 'HEAD'))
      addHook(route, 'preHandler', reads);
    else if (route.url === TOKEN_PATH && methods.includes('POST')) addHook(route, 'onRequest', tokens);
  });
}

/** The 429 error of limits applied through route `config`; the route's error handler renders it. */
function rateLimitError(limit: 'signin' | 'uploads') {
  return (_req: FastifyRequest, ctx: { after: string; ttl: number }): Error => {
    countRateLimitRejection(limit);
    return Object.assign(new Error(`Too many requests: retry in ${ctx.after}`), {
      statusCode: 429,
      code: 'RH_RATE_LIMITED',
    });
  };
}

/**
 * Route `config.rateLimit` for the admin sign-in: `signInsPerHour` per IP, counted before the body
 * is read, separately from token requests. Usage: `{ config: { rateLimit: signInLimit(config) } }`.
 * The 429 reaches the route's error handler as an error with `statusCode: 429`; Retry-After and
 * X-RateLimit-* are already set on the reply.
 */
export function signInLimit(config: Config): RateLimitOptions {
  return {
    hook: 'onRequest',
    max: config.rateLimits.signInsPerHour,
    timeWindow: HOUR_MS,
    keyGenerator: (req) => `signin:ip:${req.ip}`,
    errorResponseBuilder: rateLimitError('signin'),
  };
}

/**
 * Route `config.rateLimit` for bundle uploads: `uploadsPerHour` per tenant (or the tenant's
 * override). `tenantOf` reads the tenant of the authenticated request, so the limit runs as a
 * preHandler, after the route's authentication; requests without a tenant are keyed by IP.
 */
export function uploadLimit(
  config: Config,
  tenantOf: (req: FastifyRequest) => string | undefined,
  tenantLimit?: TenantLimit,
): RateLimitOptions {
  return {
    hook: 'preHandler',
    timeWindow: HOUR_MS,
    keyGenerator: (req) => {
      const tenant = tenantOf(req);
      return tenant ? `uploads:tenant:${tenant}` : `uploads:ip:${req.ip}`;
    },
    max: async (req) => {
      const tenant = tenantOf(req);
      return (tenant && (await tenantLimit?.(tenant, 'uploads'))) || config.rateLimits.uploadsPerHour;
    },
    errorResponseBuilder: rateLimitError('uploads'),
  };
}
