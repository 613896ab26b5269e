import { internalErrorDescription } from './imsx.js';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/index.js';
import { grantScopes } from '../auth/scopes.js';

type OAuthError =
  'invalid_request' | 'invalid_client' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';

class TokenRequestError extends Error {
  constructor(
    readonly error: OAuthError,
    readonly description: string,
  ) {
    super(description);
  }
}

/** RFC 6749 §2.3.1: Basic credentials are form-encoded before base64, so `+` is a space. */
function formDecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  if (!header) return null;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) throw new TokenRequestError('invalid_request', 'Malformed Authorization header');
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new TokenRequestError('invalid_request', 'Malformed Basic credentials');
  try {
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw new TokenRequestError('invalid_request', 'Malformed Basic credentials');
  }
}

/** Parameters are single strings (RFC 6749 §3.2: none may repeat); anything else is malformed. */
function params(body: unknown): Record<string, string | undefined> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new TokenRequestError('invalid_request', 'The request body must be a form or a JSON object');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v !== 'string')
      throw new TokenRequestError('invalid_request', `Parameter ${k} must be given once, as a string`);
    out[k] = v;
  }
  return out;
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
}

function sendError(reply: FastifyReply, e: TokenRequestError): FastifyReply {
  noStore(reply);
  if (e.error === 'invalid_client') reply.code(401).header('WWW-Authenticate', 'Basic realm="rosterhub"');
  else reply.code(400);
  return reply.send({ error: e.error, error_description: e.description });
}

async function token(auth: Auth, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const p = params(request.body);
  const basic = basicCredentials(request.headers.authorization);
  if (basic && (p.client_id !== undefined || p.client_secret !== undefined))
    throw new TokenRequestError('invalid_request', 'Use one client authentication method, not two');
  if (!p.grant_type) throw new TokenRequestError('invalid_request', 'grant_type is required');
  if (p.grant_type !== 'client_credentials')
    throw new TokenRequestError('unsupported_grant_type', 'Only client_credentials is supported');
  const credentials = basic ?? (p.client_id ? { id: p.client_id, secret: p.client_secret ?? '' } : null);
  if (!credentials) throw new TokenRequestError('invalid_client', 'Client authentication is required');
  const client = await auth.clients.authenticate(credentials.id, credentials.secret);
  if (!client) throw new TokenRequestError('invalid_client', 'Client authentication failed');
  // Read afresh (token requests are few): no token is issued once the tenant is disabled.
  if (await auth.tenantStatus.isDisabled(client.tenantId, 0))
    throw new TokenRequestError(
      'unauthorized_client',
      'The tenant of this client is disabled: ask the platform administrator to enable it',
    );
  const scopes = grantScopes(p.scope, client.scopes);
  if (!scopes.length)
    throw new TokenRequestError('invalid_scope', 'None of the requested scopes is granted to this client');
  const issued = await auth.tokens.issue(client, scopes);
  await auth.clients.touch(client.id);
  return noStore(reply).code(200).send(issued);
}

/** `POST /oauth/token`: OAuth 2.0 client credentials (RFC 6749 §4.4), form or JSON body. */
export async function oauthRoutes(app: FastifyInstance, auth: Auth): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(formbody);
    scope.setErrorHandler((err: FastifyError | TokenRequestError, request, reply) => {
      if (err instanceof TokenRequestError) return sendError(reply, err);
      // Body parsing and content-type failures are the client's; anything else is ours.
      const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
      if (status >= 400 && status < 500)
        return sendError(reply, new TokenRequestError('invalid_request', 'The request could not be read'));
      reply.log.error({ err }, 'token request failed');
      return noStore(reply)
        .code(500)
        .send({ error: 'server_error', error_description: internalErrorDescription(request.id) });
    });
    scope.post(
      '/oauth/token',
      {
        schema: {
          summary: 'OAuth 2.0 client credentials token (RFC 6749 §4.4)',
          description:
            'grant_type=client_credentials, optional space-separated scope; client authenticated with HTTP Basic or client_id/client_secret in the body (form or JSON).',
          tags: ['oauth'],
        },
      },
      (request, reply) => token(auth, request, reply),
    );
  });
}
