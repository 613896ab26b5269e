import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();
const STRONG = 'Kujira no Sora 2026 ✓';
const NEW_STRONG = 'Hoshizora Tanken 9931!';

type Who = { cookie: string; csrf: string };

function configFor(publicUrl: string): Config {
  return loadConfig({
    NODE_ENV: 'test',
    RH_DATA_DIR: tempDir('rh-admin-'),
    RH_PUBLIC_URL: publicUrl,
    RH_RATE_LIMIT_SIGNINS_PER_HOUR: '100000',
  });
}

describe.each(targets)('admin API on $name', (target) => {
  const database = useDatabase(target);
  let app: FastifyInstance;
  let auth: Auth;
  let identities: IdentityService;
  const who: Record<'platform' | 'adminA' | 'uploaderA' | 'readerA' | 'adminB', Who> = {} as never;
  const ids: Record<string, string> = {};

  async function signIn(email: string, password: string, a: FastifyInstance = app): Promise<Who> {
    const r = await a.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    if (r.statusCode !== 200) throw new Error(`sign-in ${r.statusCode}: ${r.body}`);
    const c = r.cookies.find((x) => x.name === 'rh_session')!;
    return { cookie: `rh_session=${c.value}`, csrf: r.json<{ csrfToken: string }>().csrfToken };
  }

  function call(
    w: Who | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    opts: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (w) headers.cookie = w.cookie;
    const csrf = opts.csrf === undefined ? w?.csrf : opts.csrf;
    if (csrf) headers['x-csrf-token'] = csrf;
    return app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function user(email: string, tenantId: string | null, role: 'admin' | 'uploader' | 'reader') {
    const { user: u } = await identities.createUser({ email, password: STRONG });
    if (tenantId)
      await database().withTenant(tenantId, (tx) =>
        tx.kysely.insertInto('memberships').values({ tenant_id: tenantId, user_id: u.id, role }).execute(),
      );
    ids[email] = u.id;
    return signIn(email, STRONG);
  }

  beforeAll(async () => {
    const db = database();
    const config = configFor('https://rh.example.test');
    auth = await createAuth(config, db);
    app = await buildApp({ config, db, auth });
    identities = new IdentityService(db, { sessionTtlHours: 12 });
    ids.a = (await createTenant(db, 'adm-a')).tenant.id;
    ids.b = (await createTenant(db, 'adm-b')).tenant.id;
    await identities.createUser({ email: 'Root@Example.test', password: STRONG, isPlatformAdmin: true });
    who.platform = await signIn('root@example.test', STRONG);
    who.adminA = await user('admin-a@example.test', ids.a, 'admin');
    who.uploaderA = await user('uploader-a@example.test', ids.a, 'uploader');
    who.readerA = await user('reader-a@example.test', ids.a, 'reader');
    who.adminB = await user('admin-b@example.test', ids.b, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  describe('sign-in and session', () => {
    it('sets an HttpOnly, SameSite=Strict, Secure (https) cookie and stores only its hash', async () => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: ' ADMIN-A@example.test ', password: STRONG },
      });
      expect(r.statusCode).toBe(200);
      const c = r.cookies.find((x) => x.name === 'rh_session')!;
      expect(c).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
      expect(c.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const body = r.json<{ user: Record<string, unknown>; tenants: unknown[]; csrfToken: string }>();
      expect(body.user).toMatchObject({
        email: 'admin-a@example.test',
        isPlatformAdmin: false,
        mustChangePassword: false,
      });
      expect(body.tenants).toEqual([{ slug: 'adm-a', role: 'admin' }]);
      expect(r.body).not.toContain('scrypt');
      expect(r.headers['cache-control']).toBe('no-store');
      const stored = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM sessions WHERE id = ${c.value}`.execute(database().kysely);
      expect(stored.rows[0]!.n).toBe(0);
      const email = await sql<{
        email: string;
      }>`SELECT email FROM admin_users WHERE is_platform_admin`.execute(database().kysely);
      expect(email.rows.map((x) => x.email)).toContain('root@example.test');
    });

    it('omits Secure when the public URL is plain http', async () => {
      const config = configFor('http://127.0.0.1:3000');
      const plain = await buildApp({ config, db: database(), auth });
      try {
        const r = await plain.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { email: 'admin-a@example.test', password: STRONG },
        });
        expect(r.statusCode).toBe(200);
        const c = r.cookies.find((x) => x.name === 'rh_session')!;
        expect(c.secure).toBeFalsy();
        expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      } finally {
        await plain.close();
      }
    });

    it('GET /session returns the user, tenants and CSRF token; 401 without a valid cookie', async () => {
      const r = await call(who.readerA, 'GET', '/api/v1/session');
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({
        csrfToken: who.readerA.csrf,
        tenants: [{ slug: 'adm-a', role: 'reader' }],
      });
      expect((await call(null, 'GET', '/api/v1/session')).statusCode).toBe(401);
      const bogus = await call(
        { cookie: 'rh_session=' + 'x'.repeat(43), csrf: '' },
        'GET',
        '/api/v1/session',
      );
      expect(bogus.statusCode).toBe(401);
      expect(bogus.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      expect(bogus.json<{ error: { messageJa: string } }>().error.messageJa).toBeTruthy();
    });

    it('refuses wrong passwords and unknown emails alike; validates the body', async () => {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'reader-a@example.test', password: 'not the password at all' },
      });
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'nobody@example.test', password: 'not the password at all' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
      expect(wrong.cookies).toEqual([]);
      const bad = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'x' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'invalid_input' } });
      await identities.revokeAllSessions(ids['reader-a@example.test']!).then(async () => {
        who.readerA = await signIn('reader-a@example.test', STRONG);
      });
    });

    it('locks after 5 failures for a minute, doubling, and resets on success', async () => {
      const email = 'lock@example.test';
      await identities.createUser({ email, password: STRONG });
      const attempt = (password: string) =>
        app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
      for (let i = 0; i < 4; i++) expect((await attempt('wrong password here')).statusCode).toBe(401);
      const fifth = await attempt('wrong password here');
      expect(fifth.statusCode).toBe(429);
      expect(fifth.json()).toMatchObject({ error: { code: 'account_locked' } });
      expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(55);
      expect(Number(fifth.headers['retry-after'])).toBeLessThanOrEqual(60);
      // Even the right password waits out the lock, and attempts during it do not count.
      expect((await attempt(STRONG)).statusCode).toBe(429);
      const unlock = () =>
        sql`UPDATE admin_users SET locked_until = now() - interval '1 second' WHERE email = ${email}`.execute(
          database().kysely,
        );
      await unlock();
      const sixth = await attempt('wrong password here');
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(115);
      expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(120);
      // Capped at one hour.
      await sql`UPDATE admin_users SET failed_attempts = 40, locked_until = NULL WHERE email = ${email}`.execute(
        database().kysely,
      );
      const capped = await attempt('wrong password here');
      expect(Number(capped.headers['retry-after'])).toBeLessThanOrEqual(3600);
      expect(Number(capped.headers['retry-after'])).toBeGreaterThan(3500);
      await unlock();
      expect((await attempt(STRONG)).statusCode).toBe(200);
      const row = await sql<{ failed_attempts: number; locked_until: Date | null }>`
        SELECT failed_attempts, locked_until FROM admin_users WHERE email = ${email}`.execute(
        database().kysely,
      );
      expect(row.rows[0]).toEqual({ failed_attempts: 0, locked_until: null });
    });

    it('requires the CSRF token on state-changing requests with a session', async () => {
      const payload = { slug: 'adm-csrf' };
      const none = await call(who.platform, 'POST', '/api/v1/tenants', payload, { csrf: null });
      expect(none.statusCode).toBe(403);
      expect(none.json()).toMatchObject({ error: { code: 'csrf_token_invalid' } });
      const wrong = await call(who.platform, 'POST', '/api/v1/tenants', payload, { csrf: who.adminA.csrf });
      expect(wrong.statusCode).toBe(403);
      const del = await call(who.readerA, 'DELETE', '/api/v1/session', undefined, { csrf: null });
      expect(del.statusCode).toBe(403);
      const ok = await call(who.platform, 'POST', '/api/v1/tenants', payload);
      expect(ok.statusCode).toBe(201);
    });

    it('lists and revokes sessions; sign-out ends the session', async () => {
      const email = 'sessions@example.test';
      await identities.createUser({ email, password: STRONG });
      const one = await signIn(email, STRONG);
      const two = await signIn(email, STRONG);
      const list = await call(one, 'GET', '/api/v1/sessions');
      expect(list.statusCode).toBe(200);
      const sessions = list.json<{ sessions: { id: string; current: boolean }[] }>().sessions;
      expect(sessions).toHaveLength(2);
      const other = sessions.find((s) => !s.current)!;
      // Someone else cannot revoke it.
      expect((await call(who.adminA, 'DELETE', `/api/v1/sessions/${other.id}`)).statusCode).toBe(404);
      expect((await call(two, 'GET', '/api/v1/session')).statusCode).toBe(200);
      expect((await call(one, 'DELETE', `/api/v1/sessions/${other.id}`)).statusCode).toBe(204);
      expect((await call(two, 'GET', '/api/v1/session')).statusCode).toBe(401);
      expect((await call(one, 'DELETE', '/api/v1/sessions/zz')).statusCode).toBe(400);
      const three = await signIn(email, STRONG);
      expect((await call(one, 'DELETE', '/api/v1/sessions')).json()).toEqual({ revoked: 1 });
      expect((await call(three, 'GET', '/api/v1/session')).statusCode).toBe(401);
      const out = await call(one, 'DELETE', '/api/v1/session');
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === 'rh_session')?.value).toBe('');
      expect((await call(one, 'GET', '/api/v1/session')).statusCode).toBe(401);
      expect((await call(null, 'GET', '/api/v1/sessions')).statusCode).toBe(401);
    });
  });

  describe('one-time passwords', () => {
    it('forces a password change before anything else; refuses weak passwords', async () => {
      const add = await call(who.adminA, 'POST', '/api/v1/tenants/adm-a/users', {
        email: 'New.Teacher@example.test',
        role: 'reader',
      });
      expect(add.statusCode).toBe(201);
      const { oneTimePassword, user } = add.json<{ oneTimePassword: string; user: { email: string } }>();
      expect(user.email).toBe('new.teacher@example.test');
      expect(oneTimePassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const w = await signIn('new.teacher@example.test', oneTimePassword);
      expect((await call(w, 'GET', '/api/v1/session')).json()).toMatchObject({
        user: { mustChangePassword: true },
      });
      const gated = await call(w, 'GET', '/api/v1/tenants/adm-a/settings');
      expect(gated.statusCode).toBe(403);
      expect(gated.json()).toMatchObject({ error: { code: 'password_change_required' } });
      expect((await call(w, 'GET', '/api/v1/sessions')).statusCode).toBe(403);
      const change = (newPassword: string, currentPassword = oneTimePassword) =>
        call(w, 'POST', '/api/v1/session/password', { currentPassword, newPassword });
      expect((await change('short1!')).json()).toMatchObject({ error: { code: 'password_too_short' } });
      const common = await change('Password1234');
      expect(common.statusCode).toBe(400);
      expect(common.json()).toMatchObject({ error: { code: 'password_too_common' } });
      expect((await change(NEW_STRONG, 'wrong current pw')).json()).toMatchObject({
        error: { code: 'invalid_current_password' },
      });
      expect((await change(NEW_STRONG)).statusCode).toBe(204);
      expect((await call(w, 'GET', '/api/v1/tenants/adm-a/settings')).statusCode).toBe(200);
      await expect(signIn('new.teacher@example.test', oneTimePassword)).rejects.toThrow(/401/);
      await signIn('new.teacher@example.test', NEW_STRONG);
    });
  });

  describe('every route: 401, 403, other tenant, validation, success', () => {
    const routes: [InjectOptions['method'], string, unknown?][] = [
      ['GET', '/api/v1/tenants'],
      ['POST', '/api/v1/tenants', { slug: 'x-unauth' }],
      ['GET', '/api/v1/tenants/adm-a/users'],
      ['POST', '/api/v1/tenants/adm-a/users', { email: 'u@example.test', role: 'reader' }],
      ['DELETE', '/api/v1/tenants/adm-a/users/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/v1/tenants/adm-a/clients'],
      ['POST', '/api/v1/tenants/adm-a/clients', {}],
      ['POST', '/api/v1/tenants/adm-a/clients/rh_AAAAAAAAAAAAAAAAAAAAAAAA/rotate'],
      ['DELETE', '/api/v1/tenants/adm-a/clients/rh_AAAAAAAAAAAAAAAAAAAAAAAA'],
      ['GET', '/api/v1/tenants/adm-a/settings'],
      ['PUT', '/api/v1/tenants/adm-a/settings', { profile: 'japan', auditRetentionDays: null }],
      ['GET', '/api/v1/session'],
      ['DELETE', '/api/v1/session'],
      ['POST', '/api/v1/session/password', { currentPassword: 'x', newPassword: 'y' }],
      ['GET', '/api/v1/sessions'],
      ['DELETE', '/api/v1/sessions'],
      ['DELETE', `/api/v1/sessions/${'0'.repeat(64)}`],
    ];

    it.each(routes)('%s %s without a session → 401', async (method, url, payload) => {
      const r = await call(null, method, url, payload);
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    });

    it('tenants: platform administrators only', async () => {
      expect((await call(who.adminA, 'GET', '/api/v1/tenants')).statusCode).toBe(403);
      expect((await call(who.adminA, 'POST', '/api/v1/tenants', { slug: 'adm-x' })).statusCode).toBe(403);
      const list = await call(who.platform, 'GET', '/api/v1/tenants');
      expect(list.statusCode).toBe(200);
      expect(list.json<{ tenants: { slug: string }[] }>().tenants.map((t) => t.slug)).toEqual(
        expect.arrayContaining(['adm-a', 'adm-b']),
      );
      expect((await call(who.platform, 'POST', '/api/v1/tenants', { slug: 'Bad Slug' })).statusCode).toBe(
        400,
      );
      expect((await call(who.platform, 'POST', '/api/v1/tenants', {})).statusCode).toBe(400);
      const created = await call(who.platform, 'POST', '/api/v1/tenants', { slug: 'adm-c', name: 'C 学校' });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ tenant: { slug: 'adm-c', name: 'C 学校' } });
      expect((await call(who.platform, 'POST', '/api/v1/tenants', { slug: 'adm-c' })).statusCode).toBe(409);
    });

    it('users: tenant admins of that tenant (and platform admins)', async () => {
      const base = '/api/v1/tenants/adm-a/users';
      for (const w of [who.readerA, who.uploaderA, who.adminB]) {
        expect((await call(w, 'GET', base)).statusCode).toBe(403);
        expect((await call(w, 'POST', base, { email: 'x@example.test', role: 'reader' })).statusCode).toBe(
          403,
        );
      }
      // Non-members cannot tell a missing tenant from someone else's.
      expect((await call(who.adminB, 'GET', '/api/v1/tenants/no-such/users')).statusCode).toBe(403);
      expect((await call(who.platform, 'GET', '/api/v1/tenants/no-such/users')).statusCode).toBe(404);
      const list = await call(who.adminA, 'GET', base);
      expect(list.statusCode).toBe(200);
      expect(list.json<{ users: { email: string; role: string }[] }>().users).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ email: 'admin-a@example.test', role: 'admin' }),
          expect.objectContaining({ email: 'reader-a@example.test', role: 'reader' }),
        ]),
      );
      expect(list.body).not.toContain('admin-b@');
      expect(
        (await call(who.adminA, 'POST', base, { email: 'y@example.test', role: 'boss' })).statusCode,
      ).toBe(400);
      expect(
        (await call(who.adminA, 'POST', base, { email: 'not-an-email', role: 'reader' })).statusCode,
      ).toBe(400);
      // An existing account joins without a new password.
      const existing = await call(who.adminA, 'POST', base, {
        email: 'admin-b@example.test',
        role: 'uploader',
      });
      expect(existing.statusCode).toBe(201);
      expect(existing.json()).toMatchObject({ oneTimePassword: null, user: { role: 'uploader' } });
      expect(
        (await call(who.adminA, 'POST', base, { email: 'admin-b@example.test', role: 'reader' })).statusCode,
      ).toBe(409);
      const bId = ids['admin-b@example.test']!;
      expect((await call(who.adminB, 'DELETE', `${base}/${bId}`)).statusCode).toBe(403);
      expect((await call(who.adminA, 'DELETE', `${base}/${ids['admin-a@example.test']}`)).statusCode).toBe(
        409,
      );
      expect((await call(who.adminA, 'DELETE', `${base}/not-a-uuid`)).statusCode).toBe(400);
      expect((await call(who.adminA, 'DELETE', `${base}/${bId}`)).statusCode).toBe(204);
      expect((await call(who.adminA, 'DELETE', `${base}/${bId}`)).statusCode).toBe(404);
      // Removing the membership ends the access at once.
      expect((await call(who.readerA, 'GET', '/api/v1/tenants/adm-a/settings')).statusCode).toBe(200);
    });

    it('clients: secret shown once, list with last use, rotate kills the old secret, revoke', async () => {
      const base = '/api/v1/tenants/adm-a/clients';
      for (const w of [who.readerA, who.uploaderA, who.adminB]) {
        expect((await call(w, 'GET', base)).statusCode).toBe(403);
        expect((await call(w, 'POST', base, {})).statusCode).toBe(403);
      }
      expect((await call(who.adminA, 'POST', base, { scopes: ['nope'] })).statusCode).toBe(400);
      expect((await call(who.adminA, 'POST', base, { roles: ['owner'] })).statusCode).toBe(400);
      const created = await call(who.adminA, 'POST', base, {
        name: 'SIS',
        scopes: ['roster-core.readonly'],
        roles: ['uploader'],
      });
      expect(created.statusCode).toBe(201);
      const { client, clientSecret } = created.json<{
        client: { id: string; roles: string[] };
        clientSecret: string;
      }>();
      expect(client.roles).toEqual(['uploader']);
      const token = (secret: string) =>
        app.inject({
          method: 'POST',
          url: '/oauth/token',
          payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: secret },
        });
      expect((await token(clientSecret)).statusCode).toBe(200);
      const list = await call(who.adminA, 'GET', base);
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(clientSecret);
      const listed = list.json<{ clients: { id: string; lastUsedAt: string | null }[] }>().clients;
      expect(listed.find((c) => c.id === client.id)?.lastUsedAt).toBeTruthy();
      // Another tenant's admin cannot see or touch it, even through their own tenant path.
      expect((await call(who.adminB, 'GET', '/api/v1/tenants/adm-b/clients')).body).not.toContain(client.id);
      expect(
        (await call(who.adminB, 'POST', `/api/v1/tenants/adm-b/clients/${client.id}/rotate`)).statusCode,
      ).toBe(404);
      expect(
        (await call(who.adminB, 'DELETE', `/api/v1/tenants/adm-b/clients/${client.id}`)).statusCode,
      ).toBe(404);
      expect((await call(who.adminA, 'POST', `${base}/bad-id/rotate`)).statusCode).toBe(400);

      const rotated = await call(who.adminA, 'POST', `${base}/${client.id}/rotate`);
      expect(rotated.statusCode).toBe(200);
      const newSecret = rotated.json<{ clientSecret: string }>().clientSecret;
      expect(newSecret).not.toBe(clientSecret);
      expect((await token(clientSecret)).statusCode).toBe(401);
      expect((await token(newSecret)).statusCode).toBe(200);

      const revoked = await call(who.adminA, 'DELETE', `${base}/${client.id}`);
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json<{ client: { revokedAt: string | null } }>().client.revokedAt).toBeTruthy();
      expect((await token(newSecret)).statusCode).toBe(401);
      expect((await call(who.adminA, 'POST', `${base}/${client.id}/rotate`)).statusCode).toBe(404);
    });

    it('settings: readers read, admins write, validated, per tenant', async () => {
      const url = '/api/v1/tenants/adm-a/settings';
      const got = await call(who.readerA, 'GET', url);
      expect(got.statusCode).toBe(200);
      expect(got.json()).toMatchObject({ profile: 'japan', auditRetentionDays: null });
      expect((await call(who.adminB, 'GET', url)).statusCode).toBe(403);
      const body = { profile: 'eportal', auditRetentionDays: 400 };
      expect((await call(who.readerA, 'PUT', url, body)).statusCode).toBe(403);
      expect((await call(who.uploaderA, 'PUT', url, body)).statusCode).toBe(403);
      expect((await call(who.adminB, 'PUT', url, body)).statusCode).toBe(403);
      expect((await call(who.adminA, 'PUT', url, { profile: 'gb', auditRetentionDays: 1 })).statusCode).toBe(
        400,
      );
      expect(
        (await call(who.adminA, 'PUT', url, { profile: 'japan', auditRetentionDays: 0 })).statusCode,
      ).toBe(400);
      const put = await call(who.adminA, 'PUT', url, body);
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject({ ...body, effectiveAuditRetentionDays: 400 });
      expect((await call(who.readerA, 'GET', url)).json()).toMatchObject(body);
      expect((await call(who.adminB, 'GET', '/api/v1/tenants/adm-b/settings')).json()).toMatchObject({
        profile: 'japan',
      });
      expect((await call(who.platform, 'PUT', '/api/v1/tenants/adm-b/settings', body)).statusCode).toBe(200);
    });
  });

  it('API clients authenticate with bearer tokens and get the permissions of their roles', async () => {
    const bearer = async (slug: string, roles: string[]) => {
      const r = await call(who.platform, 'POST', `/api/v1/tenants/${slug}/clients`, { roles });
      const { client, clientSecret } = r.json<{ client: { id: string }; clientSecret: string }>();
      const t = await app.inject({
        method: 'POST',
        url: '/oauth/token',
        payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: clientSecret },
      });
      return { id: client.id, token: t.json<{ access_token: string }>().access_token };
    };
    const as = (token: string, method: InjectOptions['method'], url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    const reader = await bearer('adm-a', ['reader']);
    const admin = await bearer('adm-a', ['admin']);
    const settings = '/api/v1/tenants/adm-a/settings';
    const body = { profile: 'oneroster', auditRetentionDays: 30 };
    expect((await as(reader.token, 'GET', settings)).statusCode).toBe(200);
    expect((await as(reader.token, 'PUT', settings, body)).statusCode).toBe(403);
    expect((await as(reader.token, 'GET', '/api/v1/tenants/adm-a/clients')).statusCode).toBe(403);
    expect((await as(admin.token, 'PUT', settings, body)).statusCode).toBe(200);
    expect((await as(admin.token, 'GET', '/api/v1/tenants/adm-a/clients')).statusCode).toBe(200);
    // Its own tenant only; no platform administration; no session routes.
    expect((await as(admin.token, 'GET', '/api/v1/tenants/adm-b/settings')).statusCode).toBe(403);
    expect((await as(admin.token, 'GET', '/api/v1/tenants')).statusCode).toBe(403);
    expect((await as(admin.token, 'GET', '/api/v1/session')).statusCode).toBe(401);
    expect((await as('not-a-token', 'GET', settings)).statusCode).toBe(401);
    // Revocation applies at once to the admin API (roles are read per request).
    expect((await call(who.adminA, 'DELETE', `/api/v1/tenants/adm-a/clients/${admin.id}`)).statusCode).toBe(
      200,
    );
    expect([401, 403]).toContain((await as(admin.token, 'GET', '/api/v1/tenants/adm-a/clients')).statusCode);
  });

  it('admin routes are documented in /openapi.json', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const p of [
      '/api/v1/session',
      '/api/v1/session/password',
      '/api/v1/sessions',
      '/api/v1/sessions/{id}',
      '/api/v1/tenants',
      '/api/v1/tenants/{slug}/users',
      '/api/v1/tenants/{slug}/users/{userId}',
      '/api/v1/tenants/{slug}/clients',
      '/api/v1/tenants/{slug}/clients/{id}/rotate',
      '/api/v1/tenants/{slug}/clients/{id}',
      '/api/v1/tenants/{slug}/settings',
      '/api/v1/tenants/{slug}/audit',
      '/api/v1/tenants/{slug}/audit.csv',
      '/api/v1/audit',
    ])
      expect(doc.paths[p], p).toBeDefined();
  });

  it("a tenant's own hourly read budget applies to its API clients", async () => {
    const settings = '/api/v1/tenants/adm-b/settings';
    const put = await call(who.adminB, 'PUT', settings, {
      profile: 'japan',
      auditRetentionDays: null,
      readsPerHour: 2,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      readsPerHour: 2,
      effectiveReadsPerHour: 2,
      effectiveUploadsPerHour: 60,
    });
    const r = await call(who.adminB, 'POST', '/api/v1/tenants/adm-b/clients', { name: 'budget' });
    const { client, clientSecret } = r.json<{ client: { id: string }; clientSecret: string }>();
    const t = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: clientSecret },
    });
    const headers = { authorization: `Bearer ${t.json<{ access_token: string }>().access_token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await app.inject({ url: '/ims/oneroster/rostering/v1p2/users', headers })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    expect(
      (
        await call(who.adminB, 'PUT', settings, {
          profile: 'japan',
          auditRetentionDays: null,
          readsPerHour: 0,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('audits sign-ins and admin requests, and serves the audit log by permission', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nobody@example.test', password: 'not the password 123' },
    });
    expect(bad.statusCode).toBe(401);
    expect((await call(who.adminA, 'GET', '/api/v1/tenants/adm-a/settings')).statusCode).toBe(200);
    expect(
      (await call(who.readerA, 'PUT', '/api/v1/tenants/adm-a/settings', { profile: 'japan' })).statusCode,
    ).toBe(403);
    await app.audit!.flush();

    type Page = {
      events: {
        kind: string;
        actorId: string | null;
        status: number;
        details: { outcome?: string } | null;
      }[];
    };
    const platform = await call(who.platform, 'GET', '/api/v1/audit?kind=auth.signin&limit=500');
    expect(platform.statusCode).toBe(200);
    const outcomes = platform.json<Page>().events.map((e) => e.details?.outcome);
    expect(outcomes).toContain('failure');
    expect(outcomes).toContain('success');
    expect(platform.body).not.toContain('nobody@example.test');

    const tenant = await call(who.adminA, 'GET', '/api/v1/tenants/adm-a/audit?limit=500');
    expect(tenant.statusCode).toBe(200);
    const events = tenant.json<Page>().events;
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'admin.request', actorId: ids['admin-a@example.test'], status: 200 }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'auth.denied', actorId: ids['reader-a@example.test'], status: 403 }),
    );
    expect((await call(who.readerA, 'GET', '/api/v1/tenants/adm-a/audit')).statusCode).toBe(403);
    expect((await call(who.adminB, 'GET', '/api/v1/tenants/adm-a/audit')).statusCode).toBe(403);
    expect((await call(who.adminA, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    const b = await call(who.adminB, 'GET', '/api/v1/tenants/adm-b/audit?limit=500');
    expect(b.json<Page>().events.map((e) => e.actorId)).not.toContain(ids['admin-a@example.test']);

    const csv = await call(who.adminA, 'GET', '/api/v1/tenants/adm-a/audit.csv?kind=admin.request');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'id,at,tenantId,kind,actorType,actorId,method,route,status,durationMs,ip,details',
    );
    expect(csv.body).toContain('admin.request');
  });
});
