import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { localisedRosteringSpec } from '../api/openapi/discovery.js';
import { ROSTER_SCOPES } from '../auth/index.js';
import { ROSTERING_BASE } from './rostering.routes.js';

const VERSION = '0.1.0';

/**
 * RosterHub's own OpenAPI document at `/openapi.json`, browsable at `/docs`: the routes RosterHub
 * declares (token endpoint, health, and the admin API as it grows) generated from their route
 * schemas, plus the rostering service's operations and schemas taken from the official file, so
 * the two can never disagree. Must be registered before the routes it documents.
 */
export async function openApiRoutes(app: FastifyInstance, opts: { publicUrl: string }): Promise<void> {
  const tokenUrl = `${opts.publicUrl}/oauth/token`;
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'RosterHub API',
        version: VERSION,
        description:
          'OneRoster 1.2 rostering service (Japan Profile) and RosterHub operations. ' +
          'Rostering operations need an OAuth 2.0 client-credentials token from /oauth/token.',
      },
      servers: [{ url: opts.publicUrl }],
      components: {
        securitySchemes: {
          OAuth2CC: {
            type: 'oauth2',
            flows: {
              clientCredentials: {
                tokenUrl,
                scopes: Object.fromEntries(ROSTER_SCOPES.map((s) => [s, s.split('/').at(-1)!])),
              },
            },
          },
        },
      },
    },
    transformObject: (documents) => {
      const doc = 'openapiObject' in documents ? documents.openapiObject : documents.swaggerObject;
      const rostering = localisedRosteringSpec(opts.publicUrl, ROSTERING_BASE);
      const paths: Record<string, unknown> = { ...(doc.paths ?? {}) };
      for (const [path, item] of Object.entries(rostering.paths)) paths[`${ROSTERING_BASE}${path}`] = item;
      const components = (doc as { components?: Record<string, Record<string, unknown>> }).components ?? {};
      // The official file's schemas are plain OpenAPI 3.0 objects; only the typings differ.
      return {
        ...doc,
        tags: [...(rostering.tags ?? []), ...((doc as { tags?: unknown[] }).tags ?? [])],
        paths,
        components: {
          ...components,
          schemas: { ...(components.schemas ?? {}), ...rostering.components.schemas },
        },
      } as typeof doc;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
