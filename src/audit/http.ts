import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditSink, AuditWriter } from './audit-writer.js';
import type { ActorType, AuditEvent } from './event.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's buffered audit writer (`buildApp`): record from routes, flush in tests. */
    audit: AuditWriter | null;
  }
}

export interface AuditHookOptions {
  /** Requests under this prefix are audited (the rostering API). */
  apiPrefix: string;
  /** The token endpoint's route pattern (audited as `auth.token`). */
  tokenRoute: string;
  /** Requests under this prefix are audited as `admin.request` (the admin API; sign-ins separately). */
  adminPrefix?: string;
  /** The sign-in route, audited by its handler as `auth.signin` (with the outcome) instead. */
  signInRoute?: string;
}

/** Identifiers echoed into the log are cut to this length (they come from the client). */
const MAX_ID = 128;

/**
 * Audits every request of the rostering API and the token endpoint once, when the response is
 * sent: `api.request`, or `auth.denied` for 401/403, or `auth.token` (success: 200). Recorded:
 * tenant, client, method, the route pattern (never the URL: query strings may carry PII in
 * filters), status, duration and IP; never a body. Must be added before the routes are registered.
 */
export function registerAuditHooks(app: FastifyInstance, sink: AuditSink, opts: AuditHookOptions): void {
  const { apiPrefix, tokenRoute, adminPrefix, signInRoute } = opts;
  const unmatched = `${apiPrefix}/*`;
  const issued = new WeakMap<FastifyRequest, { tenantId: string | null; clientId: string | null }>();

  // A successful token response names its tenant and client only in the token it carries. Added to
  // the token route alone (a global onSend hook would cost every API response).
  const onTokenSend = (
    req: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
    done: (err: null, p: unknown) => void,
  ) => {
    if (reply.statusCode === 200 && typeof payload === 'string') {
      try {
        const token = (JSON.parse(payload) as { access_token?: unknown }).access_token;
        const claims = typeof token === 'string' ? jwtClaims(token) : null;
        if (claims) issued.set(req, claims);
      } catch {
        // Not a token response; audited without a tenant.
      }
    }
    done(null, payload);
  };
  app.addHook('onRoute', (route) => {
    if (route.url !== tokenRoute) return;
    const own = route.onSend;
    route.onSend = own ? [...(Array.isArray(own) ? own : [own]), onTokenSend] : [onTokenSend];
  });

  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url;
    const status = reply.statusCode;
    let event: AuditEvent | null = null;
    if (route === tokenRoute) {
      const who = issued.get(req);
      event = {
        tenantId: who?.tenantId ?? null,
        kind: 'auth.token',
        actorType: 'client',
        actorId: who?.clientId ?? requestedClientId(req),
        details: { outcome: status === 200 ? 'success' : 'failure' },
      };
    } else if (req.url.startsWith(apiPrefix)) {
      const claims = req.claims;
      if (status === 401 || status === 403) {
        // A 403 comes after the token was verified (only its scopes fell short): its claims are sound.
        // A 401 token was not accepted: nothing in it is trusted.
        const verified = status === 403 ? bearerClaims(req) : null;
        event = {
          tenantId: claims?.tenantId ?? verified?.tenantId ?? null,
          kind: 'auth.denied',
          actorType: claims || verified ? 'client' : 'anonymous',
          actorId: claims?.clientId ?? verified?.clientId ?? null,
          details: { reason: status === 401 ? 'unauthenticated' : 'forbidden' },
        };
      } else {
        event = {
          tenantId: claims?.tenantId ?? null,
          kind: 'api.request',
          actorType: claims ? 'client' : 'anonymous',
          actorId: claims?.clientId ?? null,
        };
      }
    } else if (
      adminPrefix &&
      req.url.startsWith(adminPrefix) &&
      !(route === signInRoute && req.method === 'POST')
    ) {
      event = adminEvent(req, status);
    }
    if (event) {
      event.method = req.method;
      event.route = route ?? unmatched;
      event.status = status;
      event.durationMs = Math.round(reply.elapsedTime);
      event.ip = req.ip;
      sink.record(event);
    }
    done();
  });
}

/** An admin API request: by the signed-in user or the API client, in the tenant it addressed. */
function adminEvent(req: FastifyRequest, status: number): AuditEvent {
  const userId = req.identity?.user.id ?? null;
  const clientId = req.adminClientId ?? null;
  return {
    tenantId: req.adminTenant?.id ?? null,
    kind: status === 401 || status === 403 ? 'auth.denied' : 'admin.request',
    actorType: userId ? 'user' : clientId ? 'client' : 'anonymous',
    actorId: userId ?? clientId,
    ...(status === 401 || status === 403
      ? { details: { reason: status === 401 ? 'unauthenticated' : 'forbidden' } }
      : {}),
  };
}

/** The client a token request names (never its secret), from Basic credentials or the body. */
function requestedClientId(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  const m = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  let id: string | null = null;
  if (m) {
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    id = colon >= 0 ? decoded.slice(0, colon) : null;
  } else if (req.body && typeof req.body === 'object') {
    const v = (req.body as Record<string, unknown>).client_id;
    id = typeof v === 'string' ? v : null;
  }
  return id === null ? null : id.slice(0, MAX_ID);
}

function bearerClaims(req: FastifyRequest): { tenantId: string | null; clientId: string | null } | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m ? jwtClaims(m[1]!) : null;
}

/** The tenant and client of a JWT already verified elsewhere (payload decoded, not checked). */
function jwtClaims(token: string): { tenantId: string | null; clientId: string | null } | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      tid?: unknown;
      sub?: unknown;
    };
    return {
      tenantId: typeof payload.tid === 'string' && UUID.test(payload.tid) ? payload.tid : null,
      clientId: typeof payload.sub === 'string' ? payload.sub.slice(0, MAX_ID) : null,
    };
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SignInAttempt {
  /** The tenant signed in to, when known. */
  tenantId: string | null;
  success: boolean;
  /** The user's internal id when known; never the login name or e-mail address typed (PII). */
  userId?: string | null;
  /** Why it failed (`bad_credentials`, `locked`, `rate_limited`…): a code, not free text. */
  reason?: string;
  method?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  ip?: string | null;
  /** `user` by default; `anonymous` when the user is unknown. */
  actorType?: ActorType;
}

/** Records a sign-in attempt (`auth.signin`) for the login routes; synchronous, never throws. */
export function auditSignIn(sink: AuditSink, a: SignInAttempt): void {
  sink.record({
    tenantId: a.tenantId,
    kind: 'auth.signin',
    actorType: a.actorType ?? (a.userId ? 'user' : 'anonymous'),
    actorId: a.userId ?? null,
    method: a.method ?? null,
    route: a.route ?? null,
    status: a.status ?? null,
    durationMs: a.durationMs ?? null,
    ip: a.ip ?? null,
    details: { outcome: a.success ? 'success' : 'failure', ...(a.reason ? { reason: a.reason } : {}) },
  });
}

/** `auditSignIn` from inside a route handler: method, route pattern, IP and elapsed time from the request. */
export function auditSignInRequest(
  sink: AuditSink,
  req: FastifyRequest,
  a: Omit<SignInAttempt, 'method' | 'route' | 'ip'>,
): void {
  auditSignIn(sink, { ...a, method: req.method, route: req.routeOptions.url, ip: req.ip });
}
