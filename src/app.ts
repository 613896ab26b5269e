import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';

export interface AppDeps {
  config: Config;
  db: Database;
}

/** Builds the HTTP application; `server.ts` only listens. Tests drive it with `app.inject`. */
export async function buildApp({ config, db }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.env === 'test' ? false : { level: config.log.level },
  });

  app.get('/health', async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(db.kysely);
      return { status: 'ok', database: db.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', failed: ['database'] });
    }
  });

  await app.ready();
  return app;
}
