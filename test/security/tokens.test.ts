import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SCOPE_ROSTER_CORE, SCOPE_ROSTER_DEMOGRAPHICS } from '../../src/auth/scopes.js';
import { testTargets } from '../helpers/db.js';
import { ADMIN, snapshot, useSecurity } from '../helpers/security.js';

/** Forged, expired, foreign, revoked and under-scoped bearer tokens on the rostering and admin APIs. */

const targets = await testTargets();
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe.each(targets)('bearer tokens on $name', (target) => {
  const fx = useSecurity(target);

  /** Signs claims like the server does, with `key` (the real current key unless given). */
  async function sign(
    claims: Record<string, unknown>,
    opts: { key?: Uint8Array; kid?: string; exp?: number; iss?: string; aud?: string } = {},
  ) {
    const { api } = fx();
    const real = api.auth.keys.current();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ tid: api.tenantA, scope: SCOPE_ROSTER_CORE, ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: opts.kid ?? real.kid })
      .setSubject('rh_AAAAAAAAAAAAAAAAAAAAAAAA')
      .setJti(crypto.randomUUID())
      .setIssuedAt(now - 10)
      .setExpirationTime(opts.exp ?? now + 600)
      .setIssuer(opts.iss ?? api.config.http.publicUrl)
      .setAudience(opts.aud ?? 'rosterhub')
      .sign(opts.key ?? real.secret);
  }

  async function refused(token: string, what: string) {
    const { get, call } = fx();
    const r = await get('/users', token);
    expect(r.statusCode, `${what}: ${r.body}`).toBe(401);
    expect(r.headers['www-authenticate']).toContain('Bearer');
    expect(r.body).not.toContain('"users"');
    const admin = await call(null, 'GET', `${ADMIN}/tenants/a/settings`, undefined, { bearer: token });
    expect(admin.statusCode, `${what} (admin): ${admin.body}`).toBe(401);
  }

  it('control: a token signed the same way with the real key is accepted', async () => {
    const r = await fx().get('/users', await sign({}));
    expect(r.statusCode).toBe(200);
  });

  it('refuses a forged signature, alg:none, a random key with a valid kid, an unknown kid, an edited tid', async () => {
    const { api } = fx();
    const good = api.tokens.all;
    const [h, p, s] = good.split('.');
    await refused(`${h}.${p}.${s!.slice(0, -4)}AAAA`, 'forged signature');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>;
    await refused(`${b64({ ...header, alg: 'none' })}.${p}.`, 'alg:none');
    await refused(`${b64({ ...header, alg: 'none' })}.${p}.${s}`, 'alg:none with the old signature');
    await refused(await sign({}, { key: randomBytes(32) }), 'random key, valid kid');
    await refused(await sign({}, { kid: 'no-such-kid' }), 'unknown kid');
    await refused(`${h}.${b64({ ...payload, tid: api.tenantB })}.${s}`, 'edited tid');
    await refused(
      `${h}.${b64({ ...payload, scope: `${payload.scope as string} admin` })}.${s}`,
      'edited scope',
    );
    await refused('not.a.jwt', 'garbage');
    await refused(`${b64({ alg: 'HS512', kid: header.kid })}.${p}.${s}`, 'other alg');
  });

  it('refuses an expired token and one for another issuer or audience', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await sign({}, { exp: now - 5 }), 'expired');
    await refused(await sign({}, { iss: 'https://evil.example' }), 'other issuer');
    await refused(await sign({}, { aud: 'someone-else' }), 'other audience');
  });

  it("a tenant-b token on tenant a's admin routes → 403, and tenant b's rostering token has no admin rights", async () => {
    const { call, clientB, api, db } = fx();
    const before = await snapshot(db, ['tenant_settings', 'api_clients', 'memberships']);
    for (const [m, url, body] of [
      ['GET', `${ADMIN}/tenants/a/settings`, undefined],
      ['PUT', `${ADMIN}/tenants/a/settings`, { profile: 'eportal', auditRetentionDays: 5 }],
      ['POST', `${ADMIN}/tenants/a/clients`, { roles: ['admin'] }],
    ] as const) {
      expect((await call(null, m, url, body, { bearer: clientB.token })).statusCode, url).toBe(403);
      // Tenant b's rostering client cannot reach tenant a; tenant a's own rostering client holds
      // the default `reader` role (migration 0007): it may read, never write.
      expect((await call(null, m, url, body, { bearer: api.tokens.b })).statusCode, url).toBe(403);
      if (m !== 'GET')
        expect((await call(null, m, url, body, { bearer: api.tokens.all })).statusCode, url).toBe(403);
    }
    expect(await snapshot(db, ['tenant_settings', 'api_clients', 'memberships'])).toEqual(before);
  });

  it("a revoked client's token is refused at once, on both APIs", async () => {
    const { api, get, call, who, app } = fx();
    const { client, secret } = await api.auth.clients.create(api.tenantA, { name: 'to revoke' });
    const token = (await api.auth.tokens.issue(client, [SCOPE_ROSTER_CORE])).access_token;
    expect((await get('/users', token)).statusCode).toBe(200);
    expect((await call(who.adminA, 'DELETE', `${ADMIN}/tenants/a/clients/${client.id}`)).statusCode).toBe(
      200,
    );
    const r = await get('/users', token);
    expect(r.statusCode).toBe(401);
    const t = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: secret },
    });
    expect(t.statusCode).toBe(401);
  });

  it('scope escalation: core-only on roster.readonly operations, demographics-only on /users → 403', async () => {
    const { api, get } = fx();
    const student = api.bundleA.roles!.rows.find((r) => r.role === 'student')!.userSourcedId!;
    for (const path of [
      `/users/${student}/classes`,
      `/classes/${api.bundleA.classes!.rows[0]!.sourcedId}/students`,
    ]) {
      const r = await get(path, api.tokens.core);
      expect(r.statusCode, path).toBe(403);
      expect(r.body).not.toContain('"classes"');
    }
    for (const path of ['/users', `/users/${student}`, '/students']) {
      const r = await get(path, api.tokens.demographics);
      expect(r.statusCode, path).toBe(403);
    }
    expect((await get('/demographics', api.tokens.core)).statusCode).toBe(403);
    // A token the client signed for itself with more scopes is not valid (other key).
    const forged = await sign(
      { scope: `${SCOPE_ROSTER_CORE} ${SCOPE_ROSTER_DEMOGRAPHICS}` },
      { key: randomBytes(32) },
    );
    expect((await get('/demographics', forged)).statusCode).toBe(401);
  });

  it('the token endpoint grants only the intersection; gradebook/unknown scopes alone → invalid_scope', async () => {
    const { api, app } = fx();
    const { client, secret } = await api.auth.clients.create(api.tenantA, { scopes: [SCOPE_ROSTER_CORE] });
    const ask = (scope: string) =>
      app.inject({
        method: 'POST',
        url: '/oauth/token',
        payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: secret, scope },
      });
    const gradebook = 'https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.createput';
    const mixed = await ask(`${gradebook} ${SCOPE_ROSTER_CORE} ${SCOPE_ROSTER_DEMOGRAPHICS} admin`);
    expect(mixed.statusCode).toBe(200);
    expect(mixed.json<{ scope: string }>().scope).toBe(SCOPE_ROSTER_CORE);
    const token = mixed.json<{ access_token: string }>().access_token;
    expect((await fx().get('/demographics', token)).statusCode).toBe(403);
    for (const scope of [gradebook, SCOPE_ROSTER_DEMOGRAPHICS, 'admin platform.tenants', '*']) {
      const r = await ask(scope);
      expect(r.statusCode, scope).toBe(400);
      expect(r.json()).toMatchObject({ error: 'invalid_scope' });
    }
  });
});
