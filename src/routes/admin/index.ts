import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { Auth } from '../../auth/index.js';
import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import { AdminClientService } from '../../identity/clients.js';
import { HttpError } from '../../identity/errors.js';
import { IdentityService, SESSION_COOKIE, sameToken } from '../../identity/identity.service.js';
import { DomainError } from '../../services/errors.js';
import {
  codeMinorOfStatus,
  imsxBody,
  internalErrorDescription,
  internalErrorDescriptionJa,
} from '../imsx.js';
import { guardFor } from './guard.js';
import { sessionRoutes } from './session.routes.js';
import { tenantRoutes } from './tenant.routes.js';
import { auditRoutes } from './audit.routes.js';
import { settingsRoutes } from './settings.routes.js';
import { uploadRoutes } from './upload.routes.js';
import { webhookRoutes } from './webhook.routes.js';
import { statsRoutes } from './stats.routes.js';
import { recordsRoutes } from './records.routes.js';
import { sampleRoutes } from './sample.routes.js';
import type { UploadService } from '../../uploads/upload.service.js';
import type { TenantLimit } from '../../http/rate-limits.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';

export const ADMIN_BASE = '/api/v1';

export interface AdminRoutesOptions {
  config: Config;
  db: Database;
  auth: Auth;
  uploads: UploadService;
  /** Encrypts stored secrets (webhook signing secrets) as it does PII. */
  pii: PiiCipher;
  tenantLimit?: TenantLimit;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const DOMAIN_STATUS: Record<string, number> = {
  invalid_input: 400,
  unusable_input: 400,
  payload_too_large: 413,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorisedrequest: 401,
};

/**
 * Admin errors carry the OneRoster `imsx_*` status fields (so one parser serves both APIs) and an
 * `error` object with a specific code and the message in English and Japanese.
 */
function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  messageJa: string,
  details?: Record<string, unknown>,
) {
  return reply.code(status).send({
    ...imsxBody(codeMinorOfStatus(status), message),
    error: { code, message, messageJa, ...(details ? { details } : {}) },
  });
}

/**
 * The admin API under `/api/v1` (register with that prefix): session sign-in with an HTTP-only
 * `rh_session` cookie, CSRF token on state-changing requests, permissions per route.
 */
export async function adminRoutes(app: FastifyInstance, opts: AdminRoutesOptions): Promise<void> {
  const { config, db, auth } = opts;
  const identities = new IdentityService(db, { sessionTtlHours: config.sessions.ttlHours });
  const clients = new AdminClientService(db, auth);
  const guard = guardFor(db, identities, auth.tokens);

  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  if (!app.hasDecorator('rateLimit')) await app.register(rateLimit, { global: false });
  app.decorateRequest('identity', null);
  app.decorateRequest('adminTenant', null);
  app.decorateRequest('adminRole', null);
  app.decorateRequest('adminClientId', null);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    return payload;
  });

  // Session from the cookie, then CSRF: a state-changing request riding on a session must echo its token.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.identity = await identities.resolve(token);
    const exempt = request.routeOptions.config.csrf === false;
    if (!request.identity || exempt || !STATE_CHANGING.has(request.method)) return;
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, request.identity.session.csrfToken))
      throw new HttpError(
        403,
        'csrf_token_invalid',
        'Missing or wrong X-CSRF-Token header (get it from GET /api/v1/session)',
        'X-CSRF-Token ヘッダーがないか正しくありません（GET /api/v1/session で取得してください）',
      );
  });

  app.setErrorHandler((err: FastifyError | HttpError | DomainError, request, reply) => {
    if (err instanceof HttpError) {
      if (err.retryAfter) reply.header('Retry-After', String(err.retryAfter));
      return sendError(reply, err.statusCode, err.code, err.message, err.messageJa);
    }
    if (err instanceof DomainError)
      return sendError(
        reply,
        DOMAIN_STATUS[err.code] ?? 400,
        err.code,
        err.message,
        err.messageJa,
        err.details,
      );
    if ('validation' in err && err.validation)
      return sendError(reply, 400, 'invalid_input', err.message, `入力が正しくありません: ${err.message}`);
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 429)
      return sendError(
        reply,
        429,
        'rate_limited',
        'Too many requests: try again later',
        'リクエストが多すぎます。しばらくしてから再試行してください',
      );
    if (status >= 400 && status < 500)
      return sendError(
        reply,
        status,
        'bad_request',
        err.message,
        `リクエストを処理できません: ${err.message}`,
      );
    request.log.error({ err }, 'admin request failed');
    return sendError(
      reply,
      500,
      'internal_error',
      internalErrorDescription(request.id),
      internalErrorDescriptionJa(request.id),
    );
  });

  // Housekeeping: ended sessions are kept a week (for "your sessions" and investigations), then dropped.
  const purge = setInterval(() => {
    void identities.purgeSessions(new Date(Date.now() - 7 * 86_400_000)).catch((err: unknown) => {
      app.log.warn({ err }, 'session purge failed');
    });
  }, 3_600_000);
  purge.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(purge);
    done();
  });

  await app.register(sessionRoutes, { config, identities, guard });
  await app.register(tenantRoutes, {
    config,
    db,
    identities,
    clients,
    guard,
    tenantStatus: auth.tenantStatus,
  });
  await app.register(settingsRoutes, { config, db, guard });
  await app.register(auditRoutes, { db, guard });
  await app.register(uploadRoutes, {
    config,
    uploads: opts.uploads,
    identities,
    guard,
    tenantLimit: opts.tenantLimit,
  });
  await app.register(webhookRoutes, { config, db, guard, pii: opts.pii });
  await app.register(statsRoutes, { config, db, guard, pii: opts.pii });
  await app.register(recordsRoutes, { config, db, guard, pii: opts.pii });
  await app.register(sampleRoutes, { guard });
}
