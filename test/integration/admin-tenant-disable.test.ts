import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config/config.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { codeMinor } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();
const STRONG = 'Kujira no Sora 2026 ✓';
const ORGS = '/ims/oneroster/rostering/v1p2/orgs';

type Who = { cookie: string; csrf: string };
type Client = { id: string; secret: string };

describe.each(targets)('disabling a tenant on $name', (target) => {
  const database = useDatabase(target);
  let app: FastifyInstance;
  let auth: Auth;
  const who: Record<'platform' | 'adminA' | 'adminB', Who> = {} as never;
  const clientOf: Record<'a' | 'b', Client> = {} as never;
  const tokenOf: Record<'a' | 'b', string> = {} as never;

  async function signIn(email: string): Promise<Who> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: STRONG },
    });
    if (r.statusCode !== 200) throw new Error(`sign-in ${r.statusCode}: ${r.body}`);
    const c = r.cookies.find((x) => x.name === 'rh_session')!;
    return { cookie: `rh_session=${c.value}`, csrf: r.json<{ csrfToken: string }>().csrfToken };
  }

  function call(
    w: Who | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = w ? { cookie: w.cookie, 'x-csrf-token': w.csrf } : {};
    return app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  const requestToken = (c: Client) =>
    app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'client_credentials', client_id: c.id, client_secret: c.secret },
    });
  const bearer = (token: string, url = ORGS, method: InjectOptions['method'] = 'GET') =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
  const setDisabled = (slug: string, disabled: boolean, w: Who | null = who.platform) =>
    call(w, 'PATCH', `/api/v1/tenants/${slug}`, { disabled });
  const errorCode = (r: LightMyRequestResponse) => r.json<{ error?: { code?: string } }>().error?.code;

  beforeAll(async () => {
    const db = database();
    const config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-disable-'),
      RH_PUBLIC_URL: 'https://rh.example.test',
      RH_RATE_LIMIT_SIGNINS_PER_HOUR: '100000',
    });
    auth = await createAuth(config, db);
    app = await buildApp({ config, db, auth });
    const identities = new IdentityService(db, { sessionTtlHours: 12 });
    const tenantIds = {
      a: (await createTenant(db, 'dis-a')).tenant.id,
      b: (await createTenant(db, 'dis-b')).tenant.id,
    };
    await identities.createUser({ email: 'root@example.test', password: STRONG, isPlatformAdmin: true });
    for (const [key, email] of [
      ['a', 'admin-a@example.test'],
      ['b', 'admin-b@example.test'],
    ] as const) {
      await identities.createUser({ email, password: STRONG });
      await identities.addMember(tenantIds[key], email, 'admin');
      const { client, secret } = await auth.clients.create(tenantIds[key], {
        name: `client ${key}`,
        roles: ['uploader'],
      });
      clientOf[key] = { id: client.id, secret };
    }
    who.platform = await signIn('root@example.test');
    who.adminA = await signIn('admin-a@example.test');
    who.adminB = await signIn('admin-b@example.test');
    for (const key of ['a', 'b'] as const) {
      const r = await requestToken(clientOf[key]);
      if (r.statusCode !== 200) throw new Error(`token ${r.statusCode}: ${r.body}`);
      tokenOf[key] = r.json<{ access_token: string }>().access_token;
    }
  });
  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  it('needs a session (401) and platform administration (403); 404 for an unknown tenant', async () => {
    expect((await setDisabled('dis-a', true, null)).statusCode).toBe(401);
    const byMember = await setDisabled('dis-a', true, who.adminA);
    expect(byMember.statusCode).toBe(403);
    expect(errorCode(byMember)).toBe('forbidden');
    // An API client's token is no way in either: platform administration is for people.
    const byClient = await app.inject({
      method: 'PATCH',
      url: '/api/v1/tenants/dis-a',
      headers: { authorization: `Bearer ${tokenOf.a}` },
      payload: { disabled: true },
    });
    expect(byClient.statusCode).toBe(403);
    expect((await setDisabled('dis-nobody', true)).statusCode).toBe(404);
    expect((await call(who.platform, 'PATCH', '/api/v1/tenants/dis-a', {})).statusCode).toBe(400);
    const list = await call(who.platform, 'GET', '/api/v1/tenants');
    expect(list.json<{ tenants: { slug: string; disabledAt: string | null }[] }>().tenants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: 'dis-a', disabledAt: null }),
        expect.objectContaining({ slug: 'dis-b', disabledAt: null }),
      ]),
    );
  });

  it('renames a tenant', async () => {
    const r = await call(who.platform, 'PATCH', '/api/v1/tenants/dis-b', { name: '北市教育委員会' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ tenant: { slug: 'dis-b', name: '北市教育委員会', disabledAt: null } });
  });

  it('disabled: no tokens, tokens refused, members refused; the platform administrator still sees it', async () => {
    expect((await bearer(tokenOf.a)).statusCode).toBe(200);
    const r = await setDisabled('dis-a', true);
    expect(r.statusCode).toBe(200);
    const disabledAt = r.json<{ tenant: { disabledAt: string } }>().tenant.disabledAt;
    expect(Date.parse(disabledAt)).not.toBeNaN();
    // Disabling again keeps the first time.
    const again = await setDisabled('dis-a', true);
    expect(again.json<{ tenant: { disabledAt: string } }>().tenant.disabledAt).toBe(disabledAt);

    const token = await requestToken(clientOf.a);
    expect(token.statusCode).toBe(400);
    expect(token.json()).toMatchObject({ error: 'unauthorized_client' });
    expect(token.json<{ error_description: string }>().error_description).toMatch(/disabled/);

    const read = await bearer(tokenOf.a);
    expect(read.statusCode).toBe(403);
    expect(codeMinor(read)).toBe('forbidden');
    expect(read.json<{ imsx_description: string }>().imsx_description).toMatch(/tenant .* is disabled/);

    const member = await call(who.adminA, 'GET', '/api/v1/tenants/dis-a/settings');
    expect(member.statusCode).toBe(403);
    expect(errorCode(member)).toBe('tenant_disabled');
    expect(member.json<{ error: { messageJa: string } }>().error.messageJa).toContain('無効化');
    const upload = await call(who.adminA, 'POST', '/api/v1/uploads?tenant=dis-a', {});
    expect(upload.statusCode).toBe(403);
    expect(errorCode(upload)).toBe('tenant_disabled');
    const clientUpload = await bearer(tokenOf.a, '/api/v1/uploads', 'POST');
    expect(clientUpload.statusCode).toBe(403);
    expect(errorCode(clientUpload)).toBe('tenant_disabled');

    // Outsiders learn nothing about it: the same 403 as for any tenant not theirs.
    const outsider = await call(who.adminB, 'GET', '/api/v1/tenants/dis-a/settings');
    expect(outsider.statusCode).toBe(403);
    expect(errorCode(outsider)).toBe('forbidden');

    const list = await call(who.platform, 'GET', '/api/v1/tenants');
    expect(list.json<{ tenants: { slug: string; disabledAt: string | null }[] }>().tenants).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: 'dis-a', disabledAt })]),
    );
    expect((await call(who.platform, 'GET', '/api/v1/tenants/dis-a/users')).statusCode).toBe(200);
    expect((await call(who.platform, 'GET', '/api/v1/tenants/dis-a/clients')).statusCode).toBe(200);
    const platformUpload = await call(who.platform, 'POST', '/api/v1/uploads?tenant=dis-a', {});
    expect(platformUpload.statusCode).toBe(403);
    expect(errorCode(platformUpload)).toBe('tenant_disabled');

    // The other tenant goes on as before.
    expect((await bearer(tokenOf.b)).statusCode).toBe(200);
    expect((await requestToken(clientOf.b)).statusCode).toBe(200);
    expect((await call(who.adminB, 'GET', '/api/v1/tenants/dis-b/settings')).statusCode).toBe(200);
  });

  it('enabled again: tokens issued and accepted, members back in, data kept', async () => {
    const r = await setDisabled('dis-a', false);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ tenant: { slug: 'dis-a', disabledAt: null } });
    expect((await requestToken(clientOf.a)).statusCode).toBe(200);
    expect((await bearer(tokenOf.a)).statusCode).toBe(200);
    expect((await call(who.adminA, 'GET', '/api/v1/tenants/dis-a/settings')).statusCode).toBe(200);
    const clients = await call(who.adminA, 'GET', '/api/v1/tenants/dis-a/clients');
    expect(clients.json<{ clients: { id: string }[] }>().clients.map((c) => c.id)).toContain(clientOf.a.id);
  });
});
