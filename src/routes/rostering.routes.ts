import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { OPERATIONS, type Operation } from '../api/operations.js';
import { operations as officialOperations } from '../api/openapi/official-spec.js';
import type { AccessClaims, TokenService } from '../auth/index.js';
import { DomainError } from '../services/errors.js';
import type { RosteringRequest, RosteringService } from '../services/rostering.service.js';
import { IMSX_OF_DOMAIN, imsxBody, internalErrorDescription } from './imsx.js';
import { pagingLinks } from './paging-links.js';

export const ROSTERING_BASE = '/ims/oneroster/rostering/v1p2';

export interface RosteringRouteDeps {
  service: RosteringService;
  tokens: TokenService;
  /** Absolute base URL of this deployment (no trailing slash). */
  publicUrl: string;
  /** The localised OpenAPI document served for discovery. */
  discovery: () => string;
}

declare module 'fastify' {
  interface FastifyRequest {
    claims?: AccessClaims;
  }
}

/** The discovery file names in circulation (binding §2.5 and the conformance guide). */
export const DISCOVERY_FILES = [
  'onerosterv1p2rostersservice_openapi3_v1p0.json',
  'imsorv1p2_rostering_openapi3_v1p0.json',
];

/**
 * The 41 GET operations of the rostering service, registered with the prefix ROSTERING_BASE.
 * Everything under the base answers in OneRoster's error form, including unknown paths (404) and
 * other methods (405).
 */
export function rosteringRoutes(
  app: FastifyInstance,
  deps: RosteringRouteDeps,
  done: (err?: Error) => void,
): void {
  const scopes = new Map(officialOperations().map((o) => [o.operationId, o.scopes]));
  // Link headers by total and request URL, per app (they embed its public URL): a hot page is
  // answered without re-parsing URLs.
  const links = new LRUCache<string, string>({ max: 10_000 });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof DomainError) {
      const { status, codeMinor } = IMSX_OF_DOMAIN[err.code];
      if (status === 401) void reply.header('WWW-Authenticate', 'Bearer realm="rosterhub"');
      return reply.code(status).send(imsxBody(codeMinor, err.message));
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply
        .code(status === 429 ? 429 : 400)
        .send(imsxBody(status === 429 ? 'server_busy' : 'invaliddata', (err as Error).message));
    }
    req.log.error({ err }, 'rostering request failed');
    return reply.code(500).send(imsxBody('internal_server_error', internalErrorDescription(req.id)));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send(imsxBody('unknownobject', `No rostering endpoint at ${req.url.split('?')[0]}`)),
  );

  for (const name of DISCOVERY_FILES) {
    app.get(`/discovery/${name}`, { schema: { hide: true } }, (_req, reply) =>
      reply.type('application/json; charset=utf-8').send(deps.discovery()),
    );
  }

  for (const op of OPERATIONS) {
    const required = scopes.get(op.operationId);
    if (!required) throw new Error(`${op.operationId} is not in the official OpenAPI file`);
    // Documented from the official file (routes/openapi.routes.ts), not from a route schema.
    app.get(
      op.path,
      { schema: { hide: true }, preHandler: authorize(deps.tokens, required) },
      (req, reply) =>
        op.kind === 'collection' ? collection(deps, links, op, req, reply) : single(deps, op, req, reply),
    );
  }

  app.route({
    method: ['POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/*',
    schema: { hide: true },
    handler: (req, reply) =>
      reply
        .code(405)
        .header('Allow', 'GET')
        .send(imsxBody('invaliddata', `${req.method} is not supported: the rostering service is read-only`)),
  });
  done();
}

function authorize(tokens: TokenService, required: readonly string[]) {
  return async (req: FastifyRequest): Promise<void> => {
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new DomainError(
        'unauthorisedrequest',
        'A Bearer access token is required',
        'Bearer アクセストークンが必要です',
      );
    }
    const claims = await tokens.verify(match[1]!);
    if (!claims.scopes.some((s) => required.includes(s))) {
      throw new DomainError(
        'forbidden',
        `This operation needs one of the scopes: ${required.join(' ')}`,
        `この操作には次のいずれかのスコープが必要です: ${required.join(' ')}`,
      );
    }
    req.claims = claims;
  };
}

/** Every data query is scoped to the tenant of the verified token, never to anything the client sends. */
function rosteringRequest(op: Operation, req: FastifyRequest): RosteringRequest {
  return {
    tenantId: req.claims!.tenantId,
    operation: op,
    params: req.params as Record<string, string>,
    query: req.query as Record<string, unknown>,
  };
}

async function collection(
  deps: RosteringRouteDeps,
  links: LRUCache<string, string>,
  op: Operation,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const page = await deps.service.list(rosteringRequest(op, req));
  const linkKey = `${page.total} ${req.url}`;
  let link = links.get(linkKey);
  if (link === undefined) links.set(linkKey, (link = pagingLinks(deps.publicUrl, req.url, page)));
  return reply
    .header('X-Total-Count', String(page.total))
    .header('Link', link)
    .type('application/json; charset=utf-8')
    .send(page.body);
}

async function single(
  deps: RosteringRouteDeps,
  op: Operation,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const body = await deps.service.get(rosteringRequest(op, req));
  return reply.type('application/json; charset=utf-8').send(body);
}
