import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { testTargets } from '../helpers/db.js';
import { ADMIN, STRONG, snapshot, useSecurity } from '../helpers/security.js';

/** CSRF, brute-force lockout, session cookies, sign-out, oversized and deeply nested bodies. */

const targets = await testTargets();
const BODY_LIMIT = 4096;

describe.each(targets)('sessions and request bodies on $name', (target) => {
  const fx = useSecurity(target, { RH_BODY_LIMIT_BYTES: String(BODY_LIMIT) });

  function stateChanging(): [InjectOptions['method'], string, unknown][] {
    const { ids, clientA } = fx();
    return [
      ['POST', `${ADMIN}/tenants`, { slug: 'csrf-made' }],
      ['POST', `${ADMIN}/tenants/a/users`, { email: 'csrf@example.test', role: 'admin' }],
      ['DELETE', `${ADMIN}/tenants/a/users/${ids['reader-a@example.test']}`, undefined],
      ['POST', `${ADMIN}/tenants/a/clients`, { roles: ['admin'] }],
      ['POST', `${ADMIN}/tenants/a/clients/${clientA.id}/rotate`, undefined],
      ['DELETE', `${ADMIN}/tenants/a/clients/${clientA.id}`, undefined],
      ['PUT', `${ADMIN}/tenants/a/settings`, { profile: 'eportal', auditRetentionDays: 7 }],
      [
        'POST',
        `${ADMIN}/session/password`,
        { currentPassword: STRONG, newPassword: 'Another Strong One 4242!' },
      ],
      ['DELETE', `${ADMIN}/sessions`, undefined],
      ['DELETE', `${ADMIN}/sessions/${'0'.repeat(64)}`, undefined],
      ['DELETE', `${ADMIN}/session`, undefined],
    ];
  }

  it('every state-changing admin route without / with a wrong CSRF token → 403, nothing changes', async () => {
    const { call, who, db } = fx();
    const before = await snapshot(db);
    for (const [method, url, payload] of stateChanging()) {
      for (const csrf of [null, who.adminA.csrf, 'x'.repeat(43), '']) {
        const w = url === `${ADMIN}/tenants` ? who.platform : who.adminA;
        if (csrf === w.csrf) continue;
        const r = await call(w, method, url, payload, { csrf });
        expect(r.statusCode, `${method} ${url} csrf=${csrf}: ${r.body}`).toBe(403);
        expect(r.json()).toMatchObject({ error: { code: 'csrf_token_invalid' } });
      }
      // The platform admin's token on the tenant admin's session.
      const cross = await call(who.adminA, method, url, payload, { csrf: who.platform.csrf });
      expect(cross.statusCode, `${method} ${url}`).toBe(403);
    }
    expect(await snapshot(db)).toEqual(before);
    // The sessions are still alive.
    expect((await call(who.adminA, 'GET', `${ADMIN}/session`)).statusCode).toBe(200);
  });

  it('locks after repeated wrong passwords: 429 with Retry-After; the right password is refused during the lock', async () => {
    const { identities, app, db } = fx();
    const email = 'brute@example.test';
    await identities.createUser({ email, password: STRONG });
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: `${ADMIN}/session`, payload: { email, password } });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt(`wrong password ${i} here`)).statusCode);
    expect(codes.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(codes.slice(4)).toEqual([429, 429]);
    const locked = await attempt(STRONG);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.cookies.find((c) => c.name === 'rh_session')).toBeUndefined();
    const sessions = await db.kysely
      .selectFrom('sessions')
      .innerJoin('admin_users', 'admin_users.id', 'sessions.user_id')
      .select('sessions.id')
      .where('admin_users.email', '=', email)
      .execute();
    expect(sessions).toEqual([]);
  });

  it('session cookie: HttpOnly, Secure, SameSite=Strict, not readable as a token; sign-out invalidates it', async () => {
    const { app, call } = fx();
    const r = await app.inject({
      method: 'POST',
      url: `${ADMIN}/session`,
      payload: { email: 'reader-a@example.test', password: STRONG },
    });
    const c = r.cookies.find((x) => x.name === 'rh_session')!;
    expect(c).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(r.body).not.toContain(c.value);
    const w = { cookie: `rh_session=${c.value}`, csrf: r.json<{ csrfToken: string }>().csrfToken };
    expect((await call(w, 'GET', `${ADMIN}/session`)).statusCode).toBe(200);
    // A session cookie is no bearer token on the rostering API.
    expect((await fx().get('/users', c.value)).statusCode).toBe(401);
    const out = await call(w, 'DELETE', `${ADMIN}/session`);
    expect(out.statusCode).toBe(204);
    expect((await call(w, 'GET', `${ADMIN}/session`)).statusCode).toBe(401);
    expect((await call(w, 'GET', `${ADMIN}/tenants/a/settings`)).statusCode).toBe(401);
  });

  it('oversized JSON bodies → 413 on admin routes, sign-in and the token endpoint; nothing changes', async () => {
    const { app, who, db } = fx();
    const before = await snapshot(db);
    const big = 'x'.repeat(BODY_LIMIT + 100);
    for (const [url, w, payload] of [
      [`${ADMIN}/session`, null, { email: 'a@example.test', password: big }],
      [`${ADMIN}/tenants`, who.platform, { slug: 'big', name: big }],
      [`${ADMIN}/tenants/a/clients`, who.adminA, { name: big }],
      ['/oauth/token', null, { grant_type: 'client_credentials', client_id: 'x', client_secret: big }],
    ] as const) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (w) Object.assign(headers, { cookie: w.cookie, 'x-csrf-token': w.csrf });
      const r = await app.inject({ method: 'POST', url, headers, payload: JSON.stringify(payload) });
      expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBe(413);
    }
    const form = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=client_credentials&client_id=x&client_secret=${big}`,
    });
    expect(form.statusCode).toBe(413);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deeply nested JSON → 400 on admin routes, sign-in and the token endpoint', async () => {
    const { app, who } = fx();
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    for (const [url, w] of [
      [`${ADMIN}/session`, null],
      [`${ADMIN}/tenants/a/clients`, who.adminA],
      ['/oauth/token', null],
    ] as const) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (w) Object.assign(headers, { cookie: w.cookie, 'x-csrf-token': w.csrf });
      const r = await app.inject({ method: 'POST', url, headers, payload: `{"a":${deep}}` });
      expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBe(400);
      expect(r.body).not.toMatch(/at \w+ \(|node_modules/);
    }
  });
});
