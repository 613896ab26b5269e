import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, ROSTER_SCOPES, type Auth } from '../../src/auth/index.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import {
  checkJsonDepth,
  loggableUrl,
  MAX_JSON_DEPTH,
  registerHardening,
  serverOptions,
} from '../../src/http/hardening.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { codeMinor } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';

const BASE = '/ims/oneroster/rostering/v1p2';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };
const ADMIN_ORIGIN = 'https://admin.example.test';
// Hardening does not depend on the database: PGlite only.
const [target] = await testTargets();

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Marks a body that must not reach a client: stack frames, SQL, driver text. */
function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/\bat .+:\d+:\d+/); // stack frame
  expect(body).not.toMatch(/\.(ts|js):\d+/);
  expect(body).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b/i);
  expect(body).not.toMatch(/relation|syntax error|postgres|pglite/i);
  expect(body).not.toMatch(/stack/i);
}

describe('HTTP hardening', () => {
  let db: Database;
  let auth: Auth;
  let dataDir: string;
  let client: { id: string; secret: string; token: string };
  const apps: FastifyInstance[] = [];

  const configWith = (env: Record<string, string> = {}): Config =>
    loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, RH_PUBLIC_URL: 'https://rh.example.test', ...env });
  async function app(env: Record<string, string> = {}, logStream?: Writable): Promise<FastifyInstance> {
    const a = await buildApp({ config: configWith(env), db, auth, logStream });
    apps.push(a);
    return a;
  }
  /** A bare app with the hardening only and one route per failure, for the root handlers. */
  async function bare(env: Record<string, string> = {}): Promise<FastifyInstance> {
    const config = configWith(env);
    const a = Fastify(serverOptions(config));
    apps.push(a);
    await registerHardening(a, config);
    a.get('/boom', () => {
      throw new Error('syntax error at or near "SELEC" in SELECT password FROM users');
    });
    a.get('/client-error', () => {
      throw Object.assign(new Error('duplicate key value violates unique constraint "users_pkey"'), {
        statusCode: 409,
      });
    });
    a.post('/echo', (req) => ({ got: req.body }));
    await a.ready();
    return a;
  }

  beforeAll(async () => {
    db = await target!.open();
    dataDir = tempDir('rh-hard-');
    auth = await createAuth(configWith(), db);
    const tenantId = (await createTenant(db, 'hardening')).tenant.id;
    const { client: c, secret } = await auth.clients.create(tenantId, { name: 'sis', scopes: ROSTER_SCOPES });
    client = { id: c.id, secret, token: (await auth.tokens.issue(c, ROSTER_SCOPES)).access_token };
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await auth?.close();
    await db?.close();
    await target?.cleanup();
  });

  describe('security headers', () => {
    it('sends helmet headers and a strict CSP for the admin UI, on API responses too', async () => {
      const a = await app();
      for (const url of ['/health', `${BASE}/users`, '/nowhere']) {
        const r = await a.inject({ method: 'GET', url });
        expect(r.headers['x-content-type-options']).toBe('nosniff');
        expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(r.headers['referrer-policy']).toBe('no-referrer');
        expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(r.headers['x-powered-by']).toBeUndefined();
        const csp = String(r.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("style-src 'self';");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
      }
    });

    it('sends HSTS and upgrade-insecure-requests only when the public URL is https', async () => {
      const https = await (await app()).inject({ method: 'GET', url: '/health' });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(https.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      const http = await (
        await app({ RH_PUBLIC_URL: 'http://127.0.0.1:3000' })
      ).inject({
        method: 'GET',
        url: '/health',
      });
      expect(http.headers['strict-transport-security']).toBeUndefined();
      expect(http.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });

    it('still serves Swagger UI at /docs, with inline styles allowed there only', async () => {
      const a = await app();
      let r = await a.inject({ method: 'GET', url: '/docs' });
      for (let hops = 0; r.statusCode >= 300 && r.statusCode < 400 && hops < 3; hops++) {
        const next = new URL(String(r.headers.location), 'https://rh.example.test/docs/');
        r = await a.inject({ method: 'GET', url: next.pathname });
      }
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('swagger-ui');
      // Every script of the page is a same-origin file (script-src 'self' holds).
      expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("script-src 'self';");
      for (const asset of ['swagger-ui-bundle.js', 'swagger-initializer.js', 'swagger-ui.css']) {
        expect((await a.inject({ method: 'GET', url: `/docs/static/${asset}` })).statusCode).toBe(200);
      }
      expect((await a.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    });
  });

  describe('CORS', () => {
    it('is off without configured origins', async () => {
      const r = await (
        await app()
      ).inject({ method: 'GET', url: '/health', headers: { origin: ADMIN_ORIGIN } });
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('allows the configured origins only, preflight included', async () => {
      const a = await app({ RH_CORS_ORIGINS: `${ADMIN_ORIGIN}, https://other.example.test` });
      const ok = await a.inject({ method: 'GET', url: '/health', headers: { origin: ADMIN_ORIGIN } });
      expect(ok.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
      expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
      const api = await a.inject({
        method: 'GET',
        url: `${BASE}/users`,
        headers: { origin: ADMIN_ORIGIN, authorization: `Bearer ${client.token}` },
      });
      expect(api.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
      expect(String(api.headers['access-control-expose-headers'])).toContain('X-Total-Count');

      const denied = await a.inject({
        method: 'GET',
        url: '/health',
        headers: { origin: 'https://evil.example' },
      });
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();

      const preflight = await a.inject({
        method: 'OPTIONS',
        url: `${BASE}/users`,
        headers: {
          origin: ADMIN_ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
      expect(String(preflight.headers['access-control-allow-headers'])).toContain('Authorization');
      const evil = await a.inject({
        method: 'OPTIONS',
        url: `${BASE}/users`,
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('request limits', () => {
    it('answers 413 to a body over the limit, in each surface’s error form', async () => {
      const a = await app({ RH_BODY_LIMIT_BYTES: '1024' });
      const big = `grant_type=client_credentials&pad=${'x'.repeat(2000)}`;
      const token = await a.inject({ method: 'POST', url: '/oauth/token', headers: FORM, payload: big });
      expect(token.statusCode).toBe(413);
      expect(token.json()).toMatchObject({ error: 'invalid_request' });
      const api = await a.inject({ method: 'POST', url: `${BASE}/users`, headers: FORM, payload: big });
      expect(api.statusCode).toBe(413);
      expect(codeMinor(api)).toBe('invaliddata');
      const other = await a.inject({ method: 'POST', url: '/nowhere', headers: JSON_TYPE, payload: big });
      expect(other.statusCode).toBe(413);
      expect(other.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
      // Under the limit the token endpoint works as before.
      const small = await a.inject({
        method: 'POST',
        url: '/oauth/token',
        headers: { ...FORM, authorization: basic(client.id, client.secret) },
        payload: 'grant_type=client_credentials',
      });
      expect(small.statusCode).toBe(200);
    });

    it('answers 413 from the body limit when no length is declared', async () => {
      const a = await bare({ RH_BODY_LIMIT_BYTES: '1024' });
      const r = await a.inject({
        method: 'POST',
        url: '/echo',
        headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' },
        payload: JSON.stringify({ pad: 'x'.repeat(4000) }),
      });
      expect(r.statusCode).toBe(413);
    });

    it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400`, async () => {
      const a = await bare();
      const ok = await a.inject({
        method: 'POST',
        url: '/echo',
        headers: JSON_TYPE,
        payload: nested(MAX_JSON_DEPTH),
      });
      expect(ok.statusCode).toBe(200);
      const deep = await a.inject({
        method: 'POST',
        url: '/echo',
        headers: JSON_TYPE,
        payload: nested(MAX_JSON_DEPTH + 1),
      });
      expect(deep.statusCode).toBe(400);
      expect(deep.json()).toMatchObject({
        statusCode: 400,
        message: expect.stringMatching(/nesting/) as unknown,
      });
      // Brackets inside strings do not count; prototype poisoning is still refused.
      const strings = JSON.stringify({ s: '[[[['.repeat(20), t: '\\"[{' });
      expect(
        (await a.inject({ method: 'POST', url: '/echo', headers: JSON_TYPE, payload: strings })).json(),
      ).toEqual({
        got: JSON.parse(strings) as unknown,
      });
      const proto = await a.inject({
        method: 'POST',
        url: '/echo',
        headers: JSON_TYPE,
        payload: '{"__proto__":{"x":1}}',
      });
      expect(proto.statusCode).toBe(400);

      const token = await (
        await app()
      ).inject({
        method: 'POST',
        url: '/oauth/token',
        headers: JSON_TYPE,
        payload: `{"grant_type":"client_credentials","x":${nested(100)}}`,
      });
      expect(token.statusCode).toBe(400);
      expect(token.json()).toMatchObject({ error: 'invalid_request' });
      const json = await (
        await app()
      ).inject({
        method: 'POST',
        url: '/oauth/token',
        headers: JSON_TYPE,
        payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret },
      });
      expect(json.statusCode).toBe(200);
    });

    it('checks depth in one pass without parsing', () => {
      expect(() => checkJsonDepth('{"a":{"b":[1,2,{"c":"}}}}]]]"}]}}', 4)).not.toThrow();
      expect(() => checkJsonDepth('{"a":{"b":[{}]}}', 3)).toThrow(/deeper than 3/);
      expect(() => checkJsonDepth('{"a":"\\\\"}{"b":{"c":{}}}', 2)).toThrow(/deeper than 2/);
      expect(() => checkJsonDepth('"\\\\"', 1)).not.toThrow();
    });

    it('sets request and connection timeouts and the configured body limit', () => {
      const opts = serverOptions(configWith({ RH_BODY_LIMIT_BYTES: '2048' }));
      expect(opts.bodyLimit).toBe(2048);
      expect(opts.requestTimeout).toBeGreaterThan(0);
      expect(opts.connectionTimeout).toBeGreaterThan(0);
    });
  });

  describe('errors never leak internals', () => {
    it('answers a generic 500 with a request id and no stack or SQL', async () => {
      const a = await bare();
      const r = await a.inject({ method: 'GET', url: '/boom' });
      expect(r.statusCode).toBe(500);
      const body = r.json<Record<string, unknown>>();
      expect(body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      });
      expectNoLeak(r.body);
      // A non-Fastify 4xx error keeps its status but not its (driver) message.
      const c = await a.inject({ method: 'GET', url: '/client-error' });
      expect(c.statusCode).toBe(409);
      expect(c.body).not.toContain('users_pkey');
      const nf = await a.inject({ method: 'GET', url: '/nowhere?x=1' });
      expect(nf.statusCode).toBe(404);
      expect(nf.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'No route GET /nowhere' });
    });

    it('answers the rostering API’s failures as imsx bodies without SQL', async () => {
      const broken = await target!.open();
      const a = await buildApp({ config: configWith(), db: broken, auth });
      apps.push(a);
      await broken.close();
      const r = await a.inject({
        method: 'GET',
        url: `${BASE}/users`,
        headers: { authorization: `Bearer ${client.token}` },
      });
      expect(r.statusCode).toBe(500);
      expect(codeMinor(r)).toBe('internal_server_error');
      expectNoLeak(r.body);
    });
  });

  describe('logs', () => {
    it('never log the Authorization header, cookies, client secrets or passwords', async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      });
      const a = await app({ LOG_LEVEL: 'trace' }, stream);
      const authorization = basic(client.id, client.secret);
      const ok = await a.inject({
        method: 'POST',
        url: '/oauth/token',
        headers: { ...FORM, authorization, cookie: 'rh_session=sessionsecret123' },
        payload: 'grant_type=client_credentials',
      });
      expect(ok.statusCode).toBe(200);
      const accessToken = ok.json<{ access_token: string }>().access_token;
      await a.inject({
        method: 'POST',
        url: `/oauth/token?client_secret=${client.secret}&x=1`,
        headers: FORM,
        payload: `grant_type=client_credentials&client_id=${client.id}&client_secret=${client.secret}`,
      });
      await a.inject({
        method: 'GET',
        url: `${BASE}/users`,
        headers: { authorization: `Bearer ${accessToken}` },
      });
      // Whatever a later log call includes, the redaction paths hold.
      a.log.error(
        {
          req: { headers: { authorization, cookie: 'rh_session=sessionsecret123' } },
          res: { headers: { 'set-cookie': 'rh_session=sessionsecret123' } },
          body: { client_secret: client.secret, password: 'hunter2-password' },
          password: 'hunter2-password',
          user: { password: 'hunter2-password' },
        },
        'diagnostic dump',
      );

      const log = lines.join('');
      // One line per request (src/observability/request-log.ts), not Fastify's two.
      expect(log).not.toContain('incoming request');
      expect(log).toContain('request completed');
      expect(log).toContain('diagnostic dump');
      expect(log).toContain('[redacted]');
      expect(log).toContain('/oauth/token?client_secret=[redacted]&x=[redacted]');
      for (const secret of [
        client.secret,
        authorization,
        authorization.slice('Basic '.length),
        accessToken,
        'sessionsecret123',
        'hunter2-password',
      ])
        expect(log).not.toContain(secret);
    });

    it('masks query values in logged URLs: secrets and data, keeping paging and shape', () => {
      expect(loggableUrl('/oauth/token?client_secret=abc&password=p&ok=1')).toBe(
        '/oauth/token?client_secret=[redacted]&password=[redacted]&ok=[redacted]',
      );
      expect(loggableUrl("/users?filter=familyName%3D'%E5%B1%B1%E7%94%B0'&limit=10&sort=givenName")).toBe(
        '/users?filter=[redacted]&limit=10&sort=givenName',
      );
      expect(loggableUrl('/x?access_token=t')).toBe('/x?access_token=[redacted]');
      expect(loggableUrl('/plain')).toBe('/plain');
    });
  });
});
