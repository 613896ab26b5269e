import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loggableUrl } from './logger.js';

/** Request ids taken from a client or proxy: short, and only characters that are safe in a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id (Fastify's `genReqId`): the caller's `X-Request-Id` when it is sane, so one id
 * follows a request through a proxy, the server and its logs; otherwise a fresh UUID, since the
 * header is client-controlled and would otherwise write arbitrary bytes into every log line.
 */
export function requestId(req: Pick<IncomingMessage, 'headers'>): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Who a request acted for: ids only (never names, e-mail addresses or login names). */
function actor(req: FastifyRequest): { tenantId?: string; clientId?: string; userId?: string } {
  const claims = req.claims;
  if (claims) return { tenantId: claims.tenantId, clientId: claims.clientId };
  const tenantId = req.adminTenant?.id;
  const clientId = req.adminClientId ?? undefined;
  const userId = req.identity?.user.id;
  return {
    ...(tenantId ? { tenantId } : {}),
    ...(clientId ? { clientId } : {}),
    ...(userId ? { userId } : {}),
  };
}

function logCompleted(req: FastifyRequest, reply: FastifyReply): void {
  const statusCode = reply.statusCode;
  const route = req.routeOptions.url;
  const line = {
    method: req.method,
    ...(route ? { route } : {}),
    url: loggableUrl(req.url),
    statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
    ...actor(req),
  };
  if (statusCode >= 500) req.log.error(line, 'request completed');
  else req.log.info(line, 'request completed');
}

/**
 * Echoes the request id on every response (errors, 404s and early refusals included: added
 * before any other hook) and writes one log line per completed request, in place of Fastify's two
 * (`disableRequestLogging`). The line carries the route template rather than the path where it
 * can, and never a body or a query value that could hold data.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    done();
  });
  app.addHook('onResponse', (req, reply, done) => {
    logCompleted(req, reply);
    done();
  });
}
