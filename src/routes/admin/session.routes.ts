import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../config/config.js';
import { signInLimit } from '../../http/rate-limits.js';
import { SESSION_COOKIE, type Identity, type IdentityService } from '../../identity/identity.service.js';
import { requireIdentity, type Guard } from './guard.js';
import { DateTime, Password, responses, SessionInfo } from './schemas.js';
import { HttpError } from '../../identity/errors.js';
import { auditSignInRequest, NO_AUDIT } from '../../audit/index.js';

const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 320 }), password: Password },
  { additionalProperties: false },
);
const PasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
const SessionIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{64}$' }) });
const SessionList = Type.Object({
  sessions: Type.Array(
    Type.Object({
      id: Type.String(),
      current: Type.Boolean(),
      createdAt: DateTime,
      lastSeenAt: DateTime,
      expiresAt: DateTime,
      ip: Type.Union([Type.String(), Type.Null()]),
      userAgent: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

const tags = ['admin: session'];

/** Registers its routes synchronously; the promise satisfies the plugin contract. */
export function sessionRoutes(
  app: FastifyInstance,
  o: { config: Config; identities: IdentityService; guard: Guard },
): Promise<void> {
  const { identities, guard } = o;
  const cookieOptions = {
    httpOnly: true,
    secure: o.config.http.publicUrl.startsWith('https:'),
    sameSite: 'strict' as const,
    path: '/',
  };

  async function info(identity: Identity): Promise<Static<typeof SessionInfo>> {
    const tenants = await identities.tenantsOf(identity.user.id);
    return {
      user: {
        id: identity.user.id,
        email: identity.user.email,
        isPlatformAdmin: identity.user.isPlatformAdmin,
        mustChangePassword: identity.user.mustChangePassword,
      },
      tenants: tenants.map((t) => ({ slug: t.slug, role: t.role })),
      csrfToken: identity.session.csrfToken,
      expiresAt: identity.session.expiresAt.toISOString(),
    };
  }

  app.post<{ Body: Static<typeof LoginBody> }>(
    '/session',
    {
      config: { csrf: false, rateLimit: signInLimit(o.config) },
      schema: {
        summary: 'Sign in with email and password',
        description:
          'Sets the HTTP-only `rh_session` cookie (SameSite=Strict; Secure over HTTPS). After 5 failures in a row the account locks for 1 minute, doubling per further failure up to 1 hour (429 with Retry-After).',
        tags,
        body: LoginBody,
        response: responses({ 200: SessionInfo }),
      },
    },
    async (request, reply) => {
      // Every attempt is audited by outcome; the typed email is not (it may be someone else's PII).
      const audit = app.audit ?? NO_AUDIT;
      const { user, token, session } = await identities
        .login(request.body.email, request.body.password, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        })
        .catch((err: unknown) => {
          const status = err instanceof HttpError ? err.statusCode : 500;
          const reason = err instanceof HttpError ? err.code : 'error';
          auditSignInRequest(audit, request, { tenantId: null, success: false, status, reason });
          throw err;
        });
      auditSignInRequest(audit, request, { tenantId: null, success: true, status: 200, userId: user.id });
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: Math.floor((session.expiresAt.getTime() - Date.now()) / 1000),
      });
      return info({ user, session });
    },
  );

  app.get(
    '/session',
    {
      preValidation: guard(null, { allowPendingPasswordChange: true }),
      schema: {
        summary: 'The signed-in user, their tenants and the CSRF token',
        tags,
        response: responses({ 200: SessionInfo }),
      },
    },
    async (request) => info(requireIdentity(request)),
  );

  app.delete(
    '/session',
    {
      preValidation: guard(null, { allowPendingPasswordChange: true }),
      schema: { summary: 'Sign out (revokes this session)', tags, response: responses({ 204: Type.Null() }) },
    },
    async (request, reply: FastifyReply) => {
      await identities.logout(requireIdentity(request));
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: Static<typeof PasswordBody> }>(
    '/session/password',
    {
      preValidation: guard(null, { allowPendingPasswordChange: true }),
      schema: {
        summary: 'Change your own password (required first after a one-time password)',
        description:
          'At least 12 characters and not a common password. Every other session of the user is revoked.',
        tags,
        body: PasswordBody,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await identities.changePassword(
        requireIdentity(request),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/sessions',
    {
      preValidation: guard(null),
      schema: { summary: 'Your active sessions', tags, response: responses({ 200: SessionList }) },
    },
    async (request) => {
      const identity = requireIdentity(request);
      const sessions = await identities.listSessions(identity.user.id);
      return {
        sessions: sessions.map((s) => ({
          id: s.id,
          current: s.id === identity.session.id,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
          ip: s.ip,
          userAgent: s.userAgent,
        })),
      };
    },
  );

  app.delete(
    '/sessions',
    {
      preValidation: guard(null),
      schema: {
        summary: 'Revoke all your other sessions',
        tags,
        response: responses({ 200: Type.Object({ revoked: Type.Integer() }) }),
      },
    },
    async (request) => {
      const identity = requireIdentity(request);
      return { revoked: await identities.revokeAllSessions(identity.user.id, identity.session.id) };
    },
  );

  app.delete<{ Params: Static<typeof SessionIdParams> }>(
    '/sessions/:id',
    {
      preValidation: guard(null),
      schema: {
        summary: 'Revoke one of your sessions',
        tags,
        params: SessionIdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const identity = requireIdentity(request);
      await identities.revokeSession(identity.user.id, request.params.id);
      if (request.params.id === identity.session.id) reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );
  return Promise.resolve();
}
