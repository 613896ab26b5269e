import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { DataVersions } from './api/data-versions.js';
import { localisedRosteringSpec } from './api/openapi/discovery.js';
import { Presenter } from './api/presenter.js';
import { ResponseCache } from './api/response-cache.js';
import { createAuth, type Auth } from './auth/index.js';
import { AuditWriter } from './audit/audit-writer.js';
import { registerAuditHooks } from './audit/http.js';
import { schedulePurge } from './audit/retention.js';
import type { Config } from './config/config.js';
import { loadPiiCipher } from './crypto/pii-cipher.js';
import type { Database } from './db/database.js';
import { registerHardening, serverOptions } from './http/hardening.js';
import { registerHttpMetrics } from './observability/http-metrics.js';
import { registerRequestLog } from './observability/request-log.js';
import { webRoutes } from './routes/web.routes.js';
import { registerRateLimits, type TenantLimit } from './http/rate-limits.js';
import { tenantSettingsLimits } from './http/tenant-limits.js';
import { ADMIN_BASE, adminRoutes } from './routes/admin/index.js';
import { oauthRoutes } from './routes/oauth.routes.js';
import { openApiRoutes } from './routes/openapi.routes.js';
import { operationsRoutes } from './routes/operations.routes.js';
import { ROSTERING_BASE, rosteringRoutes } from './routes/rostering.routes.js';
import { RosteringService } from './services/rostering.service.js';
import { startUploads, type UploadSystem } from './uploads/index.js';

export interface AppDeps {
  config: Config;
  db: Database;
  /** Token and client services; created from the configuration when not given. */
  auth?: Auth;
  /** Where the log goes (stdout by default); given in tests, it enables logging under NODE_ENV=test. */
  logStream?: DestinationStream;
  /** Per-tenant rate-limit overrides (the tenant settings seam); the configured defaults otherwise. */
  tenantLimit?: TenantLimit;
  /** Audit writer (buffered); created, flushed and closed with the app when not given; `false`: no request audit (benchmark baseline). */
  audit?: AuditWriter | false;
  /** Upload machinery (storage, jobs); started from the configuration and closed with the app when not given. */
  uploads?: UploadSystem;
}

/** Builds the HTTP application; `server.ts` only listens. Tests drive it with `app.inject`. */
export async function buildApp({
  config,
  db,
  auth: given,
  logStream,
  tenantLimit,
  audit: givenAudit,
  uploads: givenUploads,
}: AppDeps): Promise<FastifyInstance> {
  // Body limit, timeouts, request ids; a logger redacting credentials and secrets (http/hardening.ts).
  const app = Fastify(serverOptions(config, logStream));
  // First hook: X-Request-Id on every response, one log line per request (src/observability).
  registerRequestLog(app);
  // Security headers, CORS, JSON depth, root error handlers, then rate limits: before every route.
  await registerHardening(app, config);
  // Requests by route template, status and latency for /metrics (src/observability).
  registerHttpMetrics(app);
  const limits = tenantLimit ?? tenantSettingsLimits(db);
  await registerRateLimits(app, { config, tenantLimit: limits });
  const auth = given ?? (await createAuth(config, db));
  if (!given) app.addHook('onClose', () => auth.close());

  // Audit: one event per API/token request, buffered off the request path (src/audit).
  const audit =
    givenAudit === false
      ? null
      : (givenAudit ?? new AuditWriter(db, { warn: (obj, msg) => app.log.warn(obj, msg) }));
  app.decorate('audit', audit);
  if (audit && !givenAudit) app.addHook('onClose', () => audit.close());
  if (audit)
    registerAuditHooks(app, audit, {
      apiPrefix: ROSTERING_BASE,
      tokenRoute: '/oauth/token',
      adminPrefix: ADMIN_BASE,
      signInRoute: `${ADMIN_BASE}/session`,
    });
  const stopPurge = schedulePurge(db, config.audit.retentionDays, app.log);
  app.addHook('onClose', (_app, done) => {
    stopPurge();
    done();
  });

  const publicUrl = config.http.publicUrl;
  // On the root context (not registered as a child) and before every route, so each is documented.
  await openApiRoutes(app, { publicUrl });

  await app.register(oauthRoutes, auth);
  // Production refuses to start without RH_ENCRYPTION_KEY (loadPiiCipher throws).
  const pii = await loadPiiCipher(config);
  // Uploads: storage and background jobs (run here unless RH_JOBS_IN_API=false), src/uploads.
  const uploads =
    givenUploads ??
    (await startUploads(config, db, {
      runJobs: config.jobs.inApi,
      pii,
      log: app.log.child({ module: 'uploads' }),
    }));
  if (!givenUploads) {
    // A running import gets the shutdown grace to commit; after it, it rolls back and is queued
    // again. It winds down alongside the HTTP drain (preClose), not after it: on the embedded
    // database, requests in flight may be waiting for the import's connection.
    let draining: Promise<void> | undefined;
    const drain = () => (draining ??= uploads.close(config.lifecycle.shutdownGraceMs));
    app.addHook('preClose', (done) => {
      // Awaited (and its failure reported) by the onClose hook.
      drain().catch(() => undefined);
      done();
    });
    app.addHook('onClose', () => drain());
  }
  // /health, /health/live, /health/ready and /metrics (src/routes/operations.routes.ts).
  await app.register(operationsRoutes, { config, db, jobs: uploads.jobs, storage: uploads.storage });
  // Admin API: session sign-in, tenants, users, API clients, settings, uploads (src/routes/admin).
  await app.register(adminRoutes, {
    prefix: ADMIN_BASE,
    config,
    db,
    auth,
    uploads: uploads.service,
    pii,
    tenantLimit: limits,
  });

  const service = new RosteringService(
    db,
    new Presenter(`${publicUrl}${ROSTERING_BASE}`),
    new DataVersions(db.kysely),
    new ResponseCache(config.api.cacheBytes),
    config.api.maxLimit,
    pii,
  );
  app.addHook('onClose', () => service.drain());
  const discovery = JSON.stringify(localisedRosteringSpec(publicUrl, ROSTERING_BASE));
  await app.register(rosteringRoutes, {
    prefix: ROSTERING_BASE,
    service,
    tokens: auth.tokens,
    publicUrl,
    discovery: () => discovery,
  });

  // The admin UI (built into dist/web by `npm run build`), src/routes/web.routes.ts.
  await app.register(webRoutes, { config });

  await app.ready();
  return app;
}
