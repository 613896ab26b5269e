import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { SCOPE_ROSTER, SCOPE_ROSTER_CORE, SCOPE_ROSTER_DEMOGRAPHICS } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config/config.js';
import { oauthRoutes } from '../../src/routes/oauth.routes.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const GRADEBOOK = 'https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.readonly';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

const targets = await testTargets();

describe.each(targets)('POST /oauth/token on $name', (target) => {
  const database = useDatabase(target);
  let auth: Auth;
  let app: FastifyInstance;
  let tenantId: string;
  let id: string;
  let secret: string;

  beforeAll(async () => {
    const config = loadConfig({ RH_DATA_DIR: tempDir(), RH_PUBLIC_URL: 'https://hub.example.test' });
    auth = await createAuth(config, database());
    app = Fastify();
    await oauthRoutes(app, auth);
    await app.ready();
    tenantId = (await createTenant(database(), `oauth-${target.name}`)).tenant.id;
    ({
      client: { id },
      secret,
    } = await auth.clients.create(tenantId, { name: 'sis', scopes: [SCOPE_ROSTER_CORE, SCOPE_ROSTER] }));
  });
  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  const token = (payload: string | object, headers: Record<string, string> = FORM) =>
    app.inject({ method: 'POST', url: '/oauth/token', headers, payload });

  function expectNoStore(r: { headers: Record<string, unknown> }) {
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers.pragma).toBe('no-cache');
  }

  it('issues a token to a client authenticated with HTTP Basic', async () => {
    const r = await token('grant_type=client_credentials', { ...FORM, authorization: basic(id, secret) });
    expect(r.statusCode).toBe(200);
    expectNoStore(r);
    const body = r.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: `${SCOPE_ROSTER_CORE} ${SCOPE_ROSTER}`,
    });
    const claims = await auth.tokens.verify(body.access_token as string);
    expect(claims).toMatchObject({ tenantId, clientId: id, scopes: [SCOPE_ROSTER_CORE, SCOPE_ROSTER] });
    const [stored] = await auth.clients.list(tenantId);
    expect(stored?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('accepts credentials in a form body and in a JSON body', async () => {
    const form = await token(
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: id,
        client_secret: secret,
      }).toString(),
    );
    expect(form.statusCode).toBe(200);
    const json = await token(
      { grant_type: 'client_credentials', client_id: id, client_secret: secret, scope: SCOPE_ROSTER },
      { 'content-type': 'application/json' },
    );
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ scope: SCOPE_ROSTER });
  });

  it('echoes exactly the granted scopes: the intersection, in the requested order', async () => {
    const scope = `${GRADEBOOK} ${SCOPE_ROSTER}`;
    const r = await token(new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(), {
      ...FORM,
      authorization: basic(id, secret),
    });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ scope: string; access_token: string }>();
    expect(body.scope).toBe(SCOPE_ROSTER);
    expect((await auth.tokens.verify(body.access_token)).scopes).toEqual([SCOPE_ROSTER]);
  });

  it('answers invalid_scope when nothing requested is held', async () => {
    const scope = `${GRADEBOOK} ${SCOPE_ROSTER_DEMOGRAPHICS}`;
    const r = await token(new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(), {
      ...FORM,
      authorization: basic(id, secret),
    });
    expect(r.statusCode).toBe(400);
    expectNoStore(r);
    expect(r.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('answers 401 invalid_client with a Basic challenge for a wrong secret or unknown id', async () => {
    for (const authorization of [
      basic(id, `${secret}x`),
      basic('rh_000000000000000000000000', secret),
      basic('x', ''),
    ]) {
      const r = await token('grant_type=client_credentials', { ...FORM, authorization });
      expect(r.statusCode).toBe(401);
      expect(r.headers['www-authenticate']).toBe('Basic realm="rosterhub"');
      expectNoStore(r);
      expect(r.json()).toMatchObject({ error: 'invalid_client' });
      expect(r.body).not.toContain(secret);
    }
    const none = await token('grant_type=client_credentials');
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers unsupported_grant_type for other grants and invalid_request for malformed requests', async () => {
    const grant = await token('grant_type=password&username=a&password=b', {
      ...FORM,
      authorization: basic(id, secret),
    });
    expect(grant.statusCode).toBe(400);
    expect(grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const cases: [string | object, Record<string, string>][] = [
      ['', { ...FORM, authorization: basic(id, secret) }],
      [
        'grant_type=client_credentials&grant_type=client_credentials',
        { ...FORM, authorization: basic(id, secret) },
      ],
      ['{"grant_type":', { 'content-type': 'application/json' }],
      ['grant_type=client_credentials', { 'content-type': 'text/plain' }],
      ['grant_type=client_credentials', { ...FORM, authorization: 'Basic %%%' }],
      [
        `grant_type=client_credentials&client_id=${id}&client_secret=${secret}`,
        { ...FORM, authorization: basic(id, secret) },
      ],
    ];
    for (const [payload, headers] of cases) {
      const r = await token(payload, headers);
      expect([r.statusCode, r.json<{ error: string }>().error]).toEqual([400, 'invalid_request']);
      expectNoStore(r);
    }
  });

  it('decodes form-encoded Basic credentials (RFC 6749 §2.3.1)', async () => {
    const { client, secret: s } = await auth.clients.create(tenantId, { name: 'encoded' });
    // base64url secrets may contain '-' and '_'; encodeURIComponent leaves them, so add an escape by hand.
    const encoded = `Basic ${Buffer.from(`${client.id.replace('rh_', 'rh%5F')}:${s}`).toString('base64')}`;
    const r = await token('grant_type=client_credentials', { ...FORM, authorization: encoded });
    expect(r.statusCode).toBe(200);
  });

  it('refuses a revoked client and kills the tokens it already holds', async () => {
    const { client, secret: s } = await auth.clients.create(tenantId, { name: 'doomed' });
    const before = await token('grant_type=client_credentials', {
      ...FORM,
      authorization: basic(client.id, s),
    });
    const accessToken = before.json<{ access_token: string }>().access_token;
    await auth.tokens.verify(accessToken);
    const revoked = await auth.clients.revoke(client.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(auth.tokens.verify(accessToken)).rejects.toMatchObject({ code: 'unauthorisedrequest' });
    const after = await token('grant_type=client_credentials', {
      ...FORM,
      authorization: basic(client.id, s),
    });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('lists clients without secrets and rejects unknown scopes at creation', async () => {
    const list = await auth.clients.list(tenantId);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|secret/);
    await expect(auth.clients.create(tenantId, { scopes: [GRADEBOOK] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(auth.clients.revoke('rh_nosuchclientnosuchclient')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
