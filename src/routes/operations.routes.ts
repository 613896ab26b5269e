import { createHash, timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { JobQueue } from '../jobs/queue.js';
import { attachMetricsSource, renderMetrics, type Dependency } from '../observability/metrics.js';
import { ReadinessProbe } from '../observability/readiness.js';
import type { ObjectStorage } from '../storage/object-storage.js';

export interface OperationsRoutesOptions {
  config: Config;
  db: Database;
  /** Its depth and oldest waiting job are reported at scrape time. */
  jobs?: JobQueue | null;
  /** Checked for readiness when given. */
  storage?: ObjectStorage | null;
}

const DEPENDENCIES: readonly Dependency[] = ['database', 'redis', 'storage'];
/** Probes from several orchestrators (or a flood of requests) share one check per second at most. */
const READY_MAX_AGE_MS = 1000;

const Optional = Type.Union([Type.Literal('ok'), Type.Literal('not_configured')]);
const Ready = Type.Object({
  status: Type.Literal('ok'),
  checks: Type.Object({ database: Type.Literal('ok'), redis: Optional, storage: Optional }),
});
const Unavailable = Type.Object({
  status: Type.Literal('unavailable'),
  failed: Type.Array(Type.Union(DEPENDENCIES.map((d) => Type.Literal(d))), {
    description: 'The dependencies that did not answer (details are in the server log)',
  }),
});
const readySchema = {
  tags: ['operations'],
  response: { 200: Ready, 503: Unavailable },
};

/**
 * Operations endpoints: liveness (`/health/live`: the process answers), readiness
 * (`/health/ready`, and `/health` for existing probes: database reachable and migrated, Redis and
 * object storage when configured; 503 names what failed) and Prometheus metrics (`/metrics`,
 * behind a bearer token when RH_METRICS_TOKEN is set). Answers carry no hosts, errors or tenant data.
 */
export function operationsRoutes(
  app: FastifyInstance,
  o: OperationsRoutesOptions,
  done: (err?: Error) => void,
): void {
  const probe = new ReadinessProbe({
    db: o.db,
    redisUrl: o.config.redis.url,
    storage: o.storage ?? null,
    log: app.log,
  });
  const jobs = o.jobs;
  const detach = attachMetricsSource({
    pools: () => [
      { pool: 'primary', stats: o.db.poolStats() },
      ...(o.db.replica ? [{ pool: 'replica' as const, stats: o.db.replica.poolStats() }] : []),
    ],
    ...(jobs ? { queueStats: () => jobs.stats() } : {}),
    readiness: (maxAgeMs) => probe.check(maxAgeMs),
  });
  app.addHook('onClose', (_app, next) => {
    detach();
    probe.close();
    next();
  });

  const ready = async () => {
    const checks = await probe.check(READY_MAX_AGE_MS);
    const failed = DEPENDENCIES.filter((d) => checks[d] === 'failed');
    return failed.length
      ? { code: 503 as const, body: { status: 'unavailable' as const, failed } }
      : { code: 200 as const, body: { status: 'ok' as const, checks } };
  };
  for (const [url, summary] of [
    ['/health/ready', 'Readiness: database reachable and migrated, Redis and object storage when configured'],
    ['/health', 'Readiness (as /health/ready)'],
  ] as const)
    app.get(url, { schema: { summary, ...readySchema } }, async (_req, reply) => {
      const r = await ready();
      return reply.code(r.code).header('Cache-Control', 'no-store').send(r.body);
    });

  app.get(
    '/health/live',
    {
      schema: {
        summary: 'Liveness: the process answers (no dependency is checked)',
        tags: ['operations'],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async (_req, reply) => reply.header('Cache-Control', 'no-store').send({ status: 'ok' as const }),
  );

  const token = o.config.observability.metricsToken;
  app.get(
    '/metrics',
    {
      schema: {
        summary: token
          ? 'Prometheus metrics (text exposition format); needs Authorization: Bearer <RH_METRICS_TOKEN>'
          : 'Prometheus metrics (text exposition format)',
        tags: ['operations'],
        response: {
          200: Type.String({ description: 'Prometheus text format 0.0.4' }),
          401: Type.Object({ statusCode: Type.Integer(), error: Type.String(), message: Type.String() }),
        },
      },
    },
    async (req, reply) => {
      if (token !== null && !bearerMatches(req.headers.authorization, token))
        return reply
          .code(401)
          .header('WWW-Authenticate', 'Bearer realm="metrics"')
          .send({ statusCode: 401, error: 'Unauthorized', message: 'The metrics token is required' });
      const { contentType, body } = await renderMetrics();
      return reply.header('Cache-Control', 'no-store').type(contentType).send(body);
    },
  );
  done();
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Compares digests, so neither the token's content nor its length leaks through timing. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(sha256(m[1]!), sha256(token));
}

export interface OperationsServerOptions extends OperationsRoutesOptions {
  host: string;
  /** 0 picks a free port (the one chosen is returned). */
  port: number;
  /** Logs readiness changes; request lines are left out (probes and scrapes come every few seconds). */
  log?: FastifyBaseLogger;
}

/**
 * The operations endpoints alone on their own port, for processes without the HTTP API
 * (`rosterhub worker --metrics-port`).
 */
export async function startOperationsServer(
  o: OperationsServerOptions,
): Promise<{ port: number; close(): Promise<void> }> {
  const app = Fastify({
    ...(o.log ? { loggerInstance: o.log } : { logger: false }),
    logController: new LogController({ disableRequestLogging: true }),
  });
  await app.register(operationsRoutes, { config: o.config, db: o.db, jobs: o.jobs, storage: o.storage });
  await app.listen({ host: o.host, port: o.port });
  const address = app.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : o.port,
    close: () => app.close(),
  };
}
