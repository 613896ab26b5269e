import { STATUS_CODES } from 'node:http';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from '../config/config.js';
import { loggableUrl, loggerOptions } from '../observability/logger.js';
import { requestId } from '../observability/request-log.js';
import {
  codeMinorOfStatus,
  imsxBody,
  internalErrorDescription,
  internalErrorDescriptionJa,
} from '../routes/imsx.js';
import { ADMIN_BASE } from '../routes/admin/index.js';
import { ROSTERING_BASE } from '../routes/rostering.routes.js';

/** Deepest JSON nesting (objects and arrays) a request body may have; deeper bodies get 400. */
export const MAX_JSON_DEPTH = 32;

/** Receiving a whole request (large bundle uploads included) may take at most this long. */
export const REQUEST_TIMEOUT_MS = 10 * 60 * 1000;
/** An idle socket (no bytes either way) is closed after this long. */
export const CONNECTION_TIMEOUT_MS = 2 * 60 * 1000;

// Redaction and URL masking live with the rest of the logging setup; re-exported for the HTTP layer.
export { LOG_REDACT_PATHS, loggableUrl } from '../observability/logger.js';

/**
 * Fastify constructor options: body limit, timeouts, request ids, and the logger (silent in tests
 * unless `logStream` is given) with redaction. Spread into `Fastify({...})`.
 */
export function serverOptions(config: Config, logStream?: DestinationStream): FastifyServerOptions {
  const logger =
    config.env === 'test' && !logStream
      ? false
      : {
          // A given stream is a capture, never a terminal: JSON.
          ...loggerOptions(config, { fd: 1, isTTY: !logStream && Boolean(process.stdout.isTTY) }),
          serializers: {
            // Fastify's default fields, with query values masked; other objects logged
            // under `req` pass through (the redact paths still apply to them).
            req: (req: FastifyRequest): Record<string, unknown> =>
              typeof req?.method === 'string' && typeof req.url === 'string'
                ? { method: req.method, url: loggableUrl(req.url), host: req.host, remoteAddress: req.ip }
                : (req as unknown as Record<string, unknown>),
          },
          ...(logStream ? { stream: logStream } : {}),
        };
  return {
    logger,
    bodyLimit: config.httpLimits.bodyLimitBytes,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // A sane X-Request-Id from the caller or a proxy, else a UUID (observability/request-log.ts).
    genReqId: requestId,
    // One line per request, with route, status, duration and tenant (observability/request-log.ts),
    // instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A URL the router cannot decode is answered before any hook: the request id is echoed here.
    frameworkErrors: answerFrameworkError,
    // sourcedIds may be long (a URL-encoded GUID list is not, but vendor ids can be).
    routerOptions: { maxParamLength: 1024 },
    ajv: {
      customOptions: {
        // Unknown body keys are refused rather than silently dropped (additionalProperties: false).
        removeAdditional: false,
      },
    },
    // Behind a reverse proxy, the client address comes from X-Forwarded-For (rate limits, audit).
    ...trustProxyOption(config.httpLimits.trustProxy),
  };
}

function answerFrameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode ?? 400;
  void reply
    .code(status)
    .header('x-request-id', req.id)
    .send(errorBody(req.url, status, status >= 500 ? 'Internal server error' : err.message));
}

/** Throws a 400 error when `text` (JSON) nests objects/arrays deeper than `max`; one pass, no parse. */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character; a quote ends the string.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max)
        throw Object.assign(new Error(`JSON nesting deeper than ${max} levels`), {
          statusCode: 400,
          code: 'RH_JSON_TOO_DEEP',
        });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

const NUL_IN_URL = /%00/i;
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** Whether a parsed query or body holds a number (or numeric text) too large to be finite. */
function overflows(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string')
    return value.length > 3 && NUMERIC.test(value) && !Number.isFinite(Number(value));
  if (typeof value !== 'object' || value === null || depth > 32) return false;
  for (const v of Object.values(value)) if (overflows(v, depth + 1)) return true;
  return false;
}

function nulError(): Error {
  return Object.assign(new Error('NUL characters are not accepted'), { statusCode: 400, code: 'RH_NUL' });
}

type Surface = 'rostering' | 'oauth' | 'admin' | 'other';

function surface(url: string): Surface {
  if (url === ROSTERING_BASE || url.startsWith(`${ROSTERING_BASE}/`)) return 'rostering';
  if (url.startsWith(`${ADMIN_BASE}/`)) return 'admin';
  if (url.startsWith('/oauth/')) return 'oauth';
  return 'other';
}

/** An error body in the form the path's clients expect (imsx, OAuth, or Fastify's JSON error). */
function errorBody(url: string, status: number, message: string): unknown {
  switch (surface(url.split('?')[0]!)) {
    case 'rostering':
      return imsxBody(status === 429 ? 'server_busy' : 'invaliddata', message);
    case 'oauth':
      return { error: 'invalid_request', error_description: message };
    case 'admin':
      return {
        ...imsxBody(codeMinorOfStatus(status), message),
        error: {
          code: status === 413 ? 'payload_too_large' : 'bad_request',
          message,
          messageJa:
            status === 413
              ? `リクエストが大きすぎます: ${message}`
              : `リクエストを処理できません: ${message}`,
        },
      };
    default:
      return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
  }
}

/** A 500 in the path's error form, naming the request id that finds the logged error. */
export function internalErrorBody(url: string, reqId: string): unknown {
  const message = internalErrorDescription(reqId);
  switch (surface(url.split('?')[0]!)) {
    case 'rostering':
      return imsxBody('internal_server_error', message);
    case 'oauth':
      return { error: 'server_error', error_description: message };
    case 'admin':
      return {
        ...imsxBody('internal_server_error', message),
        error: { code: 'internal_error', message, messageJa: internalErrorDescriptionJa(reqId) },
      };
    default:
      return {
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
        requestId: reqId,
      };
  }
}

function cspDirectives(https: boolean, docs: boolean, styleNonce?: string): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Swagger UI sets style attributes in its markup; the admin UI's style elements (emotion)
    // carry the nonce of the page that loaded them.
    'style-src': docs
      ? ["'self'", "'unsafe-inline'"]
      : styleNonce
        ? ["'self'", `'nonce-${styleNonce}'`]
        : ["'self'"],
    // Only when served over HTTPS: on plain-HTTP development servers it would break every asset.
    'upgrade-insecure-requests': https ? [] : null,
  };
}

/** The admin UI page's policy: the default one, plus style elements carrying `styleNonce`. */
export function adminPagePolicy(config: Config, styleNonce: string): string {
  const directives = cspDirectives(config.http.publicUrl.startsWith('https://'), false, styleNonce);
  return Object.entries(directives)
    .filter((e): e is [string, string[]] => e[1] !== null)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * Security headers (helmet; CSP for a same-origin React admin UI, relaxed only for `/docs`; HSTS
 * only when the public URL is https), CORS for the configured origins only, a JSON parser with a
 * depth limit, an early 413 on declared oversized bodies, and root error / not-found handlers that
 * never answer stack traces, SQL or driver messages. Register before any route.
 */
export async function registerHardening(app: FastifyInstance, config: Config): Promise<void> {
  const https = config.http.publicUrl.startsWith('https://');
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(https, false) },
    hsts: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  // Swagger UI (registered later) gets the relaxed policy; helmet reads `config.helmet` per request.
  const docsHelmet = {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(https, true) },
  };
  app.addHook('onRoute', (route) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/'))
      route.config = { ...(route.config ?? {}), helmet: docsHelmet } as typeof route.config;
  });

  if (config.httpLimits.corsOrigins.length) {
    await app.register(cors, {
      origin: config.httpLimits.corsOrigins,
      methods: ['GET', 'HEAD', 'POST'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'Accept-Language'],
      exposedHeaders: [
        'Link',
        'X-Total-Count',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
        'Retry-After',
        'X-Request-Id',
      ],
      credentials: false,
      maxAge: 600,
    });
  }

  // The default JSON parser (prototype-poisoning checks included), after a cheap depth scan.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    try {
      checkJsonDepth(body as string);
      // PostgreSQL text cannot hold NUL: refused here rather than failing in the database.
      if ((body as string).includes('\\u0000')) throw nulError();
    } catch (err) {
      done(err as Error, undefined);
      return;
    }
    void parseJson(req, body as string, done);
  });

  // A declared oversized body is refused before it is read, in the path's error form (the scoped
  // error handlers would turn a parser 413 into 400); undeclared (chunked) ones hit bodyLimit.
  const bodyLimit = config.httpLimits.bodyLimitBytes;
  app.addHook('onRequest', async (req, reply) => {
    if (NUL_IN_URL.test(req.url) || req.url.includes('\0')) throw nulError();
    const length = Number(req.headers['content-length'] ?? 0);
    const limit = req.routeOptions.bodyLimit ?? bodyLimit;
    if (length > limit) {
      return reply
        .code(413)
        .header('Connection', 'close')
        .send(errorBody(req.url, 413, `Request body larger than ${limit} bytes`));
    }
  });

  // Schema coercion reads `1e309` as Infinity, which passes integer checks: refused before validation.
  app.addHook('preValidation', (req, _reply, done) => {
    if (overflows(req.query) || overflows(req.body)) {
      done(
        Object.assign(new Error('A number is out of range'), { statusCode: 400, code: 'RH_NUMBER_RANGE' }),
      );
      return;
    }
    done();
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (validation, parsing, limits) carry safe messages.
      const message =
        err.code?.startsWith('FST_') || err.code?.startsWith('RH_') ? err.message : STATUS_CODES[status];
      return reply.code(status).send(errorBody(req.url, status, message ?? 'Bad request'));
    }
    // The error goes to the log under the request id the body names; never a body or the error's
    // text to the client.
    req.log.error({ err }, 'request failed');
    return reply.code(500).send(internalErrorBody(req.url, req.id));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send(errorBody(req.url, 404, `No route ${req.method} ${req.url.split('?')[0]}`)),
  );
}

function trustProxyOption(
  value: Config['httpLimits']['trustProxy'],
): Pick<FastifyServerOptions, 'trustProxy'> {
  if (value === null) return {};
  if (typeof value === 'number') return { trustProxy: (_addr: string, hop: number) => hop < value };
  return { trustProxy: typeof value === 'string' ? value.split(',').map((a) => a.trim()) : value };
}
