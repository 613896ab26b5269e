import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { DataVersions } from './api/data-versions.js';
import { localisedRosteringSpec } from './api/openapi/discovery.js';
import { Presenter } from './api/presenter.js';
import { ResponseCache } from './api/response-cache.js';
import { createAuth, type Auth } from './auth/index.js';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import { oauthRoutes } from './routes/oauth.routes.js';
import { openApiRoutes } from './routes/openapi.routes.js';
import { ROSTERING_BASE, rosteringRoutes } from './routes/rostering.routes.js';
import { RosteringService } from './services/rostering.service.js';

export interface AppDeps {
  config: Config;
  db: Database;
  /** Token and client services; created from the configuration when not given. */
  auth?: Auth;
}

/** Builds the HTTP application; `server.ts` only listens. Tests drive it with `app.inject`. */
export async function buildApp({ config, db, auth: given }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.env === 'test'
        ? false
        : {
            level: config.log.level,
            // Tokens and client secrets travel in these headers; they never reach the log.
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
  });
  const auth = given ?? (await createAuth(config, db));
  if (!given) app.addHook('onClose', () => auth.close());

  const publicUrl = config.http.publicUrl;
  // On the root context (not registered as a child) and before every route, so each is documented.
  await openApiRoutes(app, { publicUrl });

  app.get(
    '/health',
    { schema: { summary: 'Liveness and database check', tags: ['operations'] } },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(db.kysely);
        return { status: 'ok', database: db.kind };
      } catch {
        return reply.code(503).send({ status: 'unavailable', failed: ['database'] });
      }
    },
  );

  await app.register(oauthRoutes, auth);

  const service = new RosteringService(
    db,
    new Presenter(`${publicUrl}${ROSTERING_BASE}`),
    new DataVersions(db.kysely),
    new ResponseCache(config.api.cacheBytes),
    config.api.maxLimit,
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

  await app.ready();
  return app;
}
