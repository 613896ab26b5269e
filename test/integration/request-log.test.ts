import { join } from 'node:path';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { ApiClient } from '../../src/auth/client.service.js';
import { createAuth, ROSTER_SCOPES, type Auth } from '../../src/auth/index.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { generateBundle } from '../../src/generate/index.js';
import { registerHardening, serverOptions } from '../../src/http/hardening.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { registerRequestLog } from '../../src/observability/request-log.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { readCsv, writeCsv } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts } from '../helpers/multipart.js';
import { sendBundle, settle, UPLOAD_ENV } from '../helpers/uploads.js';

/**
 * The request log on a real app and database: one line per request with its id, route template,
 * status, duration, tenant and client; the X-Request-Id header accepted when sane and echoed on
 * every response; no credential, secret or personal data anywhere in the log.
 */

const BASE = '/ims/oneroster/rostering/v1p2';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PASSWORD = 'Kujira no Sora 2026 ✓ secret';
const ADMIN_EMAIL = 'logged-admin@example.test';
/** Personal data put into the uploaded bundle. */
const FAMILY_NAME = '漏洩確認山田';
const PUPIL_EMAIL = 'leak-check-pupil@example.test';

type Line = Record<string, unknown> & { msg?: string; reqId?: string };

function capture(): { stream: Writable; text: () => string; lines: () => Line[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  return { stream, text, lines };
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

describe.each(await testTargets())('request log on $name', (target) => {
  let db: Database;
  let auth: Auth;
  let config: Config;
  let app: FastifyInstance;
  let tenantId: string;
  let client: { id: string; secret: string };
  let apiClient: ApiClient;
  let adminId: string;
  const log = capture();
  const apps: FastifyInstance[] = [];

  /** The one completion line of the request whose id is `reqId`. */
  function completed(reqId: string): Line {
    const found = log.lines().filter((l) => l.reqId === reqId && l.msg === 'request completed');
    expect(found, `completion lines of ${reqId}`).toHaveLength(1);
    return found[0]!;
  }

  beforeAll(async () => {
    db = await target.open();
    config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-reqlog-'),
      RH_PUBLIC_URL: 'https://rh.example.test',
      ...UPLOAD_ENV,
    });
    auth = await createAuth(config, db);
    tenantId = (await createTenant(db, 'logs')).tenant.id;
    const created = await auth.clients.create(tenantId, {
      name: 'sis',
      scopes: ROSTER_SCOPES,
      roles: ['uploader'],
    });
    client = { id: created.client.id, secret: created.secret };
    apiClient = created.client;
    const identities = new IdentityService(db, { sessionTtlHours: 12 });
    adminId = (await identities.createUser({ email: ADMIN_EMAIL, password: PASSWORD, isPlatformAdmin: true }))
      .user.id;
    app = await buildApp({ config, db, auth, logStream: log.stream });
    apps.push(app);
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await auth?.close();
    await db?.close();
    await target.cleanup();
  });

  it('logs each request once, with its id, route template, status, duration, tenant and client', async () => {
    const authorization = basic(client.id, client.secret);
    const token = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { ...FORM, authorization, 'x-request-id': 'token-req-1' },
      payload: 'grant_type=client_credentials',
    });
    expect(token.statusCode).toBe(200);
    expect(token.headers['x-request-id']).toBe('token-req-1');
    const accessToken = token.json<{ access_token: string }>().access_token;
    expect(completed('token-req-1')).toMatchObject({ route: '/oauth/token', statusCode: 200 });

    const filter = encodeURIComponent("familyName='山田'");
    const r = await app.inject({
      method: 'GET',
      url: `${BASE}/users?filter=${filter}&limit=5`,
      headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': 'lms.call:42_a-b' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['x-request-id']).toBe('lms.call:42_a-b');
    const line = completed('lms.call:42_a-b');
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      route: `${BASE}/users`,
      url: `${BASE}/users?filter=[redacted]&limit=5`,
      statusCode: 200,
      tenantId,
      clientId: client.id,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.durationMs).toBeGreaterThanOrEqual(0);

    const one = await app.inject({
      method: 'GET',
      url: `${BASE}/users/no-such-user`,
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(one.statusCode).toBe(404);
    expect(one.headers['x-request-id']).toMatch(UUID);
    expect(completed(String(one.headers['x-request-id']))).toMatchObject({
      route: `${BASE}/users/:sourcedId`,
      url: `${BASE}/users/no-such-user`,
      statusCode: 404,
      tenantId,
      clientId: client.id,
    });
    // Fastify's own per-request lines are replaced by this one.
    expect(log.lines().filter((l) => l.msg === 'incoming request')).toEqual([]);
  });

  it('logs admin requests with the user id, and never the sign-in e-mail or password', async () => {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: ADMIN_EMAIL, password: PASSWORD },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'rh_session')!;
    const session = await app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: `rh_session=${cookie.value}` },
    });
    expect(session.statusCode).toBe(200);
    expect(completed(String(session.headers['x-request-id']))).toMatchObject({
      route: '/api/v1/session',
      statusCode: 200,
      userId: adminId,
    });
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/uploads?tenant=logs',
      headers: { cookie: `rh_session=${cookie.value}` },
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(completed(String(list.headers['x-request-id']))).toMatchObject({
      route: '/api/v1/uploads',
      url: '/api/v1/uploads?tenant=[redacted]',
      tenantId,
      userId: adminId,
    });
    const text = log.text();
    for (const secret of [
      ADMIN_EMAIL,
      PASSWORD,
      cookie.value,
      signIn.json<{ csrfToken: string }>().csrfToken,
    ])
      expect(text).not.toContain(secret);
  });

  it('keeps credentials, secrets and personal data out of the whole log, uploads included', async () => {
    await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: FORM,
      payload: `grant_type=client_credentials&client_id=${client.id}&client_secret=${client.secret}`,
    });
    const token = (await auth.tokens.issue(apiClient, ROSTER_SCOPES)).access_token;

    const dir = join(tempDir(), 'bundle');
    await generateBundle({ out: dir, schools: 1, students: 6, seed: 7 });
    const users = readCsv(join(dir, 'users.csv'));
    users.rows[0]!.familyName = FAMILY_NAME;
    users.rows[0]!.email = PUPIL_EMAIL;
    writeCsv(join(dir, 'users.csv'), users);
    const sent = await sendBundle(app, { bearer: token }, folderParts(dir), {
      headers: { 'x-request-id': 'upload-1' },
    });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(completed('upload-1')).toMatchObject({
      route: '/api/v1/uploads',
      statusCode: 202,
      tenantId,
      clientId: client.id,
    });
    const self = sent.json<{ links: { self: string } }>().links.self;
    expect((await settle(app, { bearer: token }, self)).status).toBe('completed');
    // The stored record is what the log must not show.
    const stored = await app.inject({
      method: 'GET',
      url: `${BASE}/users/${users.rows[0]!.sourcedId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.body).toContain(FAMILY_NAME);

    const text = log.text();
    expect(text).toContain('[redacted]');
    for (const secret of [
      client.secret,
      basic(client.id, client.secret).slice('Basic '.length),
      token,
      '山田',
      encodeURIComponent('山田'),
      FAMILY_NAME,
      PUPIL_EMAIL,
    ])
      expect(text).not.toContain(secret);
    // No line carries a request or response body.
    for (const line of log.lines()) {
      expect(line).not.toHaveProperty('body');
      expect(line).not.toHaveProperty('payload');
    }
  });

  describe('request ids', () => {
    it('takes a sane X-Request-Id and replaces anything else with a UUID', async () => {
      for (const given of ['a b', 'x'.repeat(129), '山田', '<script>', 'id;drop', '']) {
        const r = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': given } });
        const echoed = String(r.headers['x-request-id']);
        expect(echoed, JSON.stringify(given)).toMatch(UUID);
        expect(completed(echoed)).toMatchObject({ route: '/health', statusCode: 200 });
      }
      const longest = 'A-z0.9_:'.repeat(16);
      const r = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': longest } });
      expect(r.headers['x-request-id']).toBe(longest);
      expect(log.text()).not.toContain('<script>');
    });

    it('echoes the id on errors, 404s, early refusals and undecodable URLs', async () => {
      const cases = [
        { method: 'GET', url: '/nowhere', status: 404 },
        { method: 'GET', url: `${BASE}/users`, status: 401 },
        { method: 'GET', url: `${BASE}/nothing-here`, status: 404 },
        { method: 'GET', url: '/api/v1/session', status: 401 },
        { method: 'GET', url: '/health%00', status: 400 },
        { method: 'GET', url: '/%', status: 400 },
        {
          method: 'POST',
          url: '/oauth/token',
          status: 413,
          headers: { ...FORM, 'content-length': String(config.httpLimits.bodyLimitBytes + 1) },
          payload: 'x'.repeat(config.httpLimits.bodyLimitBytes + 1),
        },
      ] as const;
      for (const [i, c] of cases.entries()) {
        const id = `case-${i}`;
        const r = await app.inject({
          method: c.method,
          url: c.url,
          headers: { ...('headers' in c ? c.headers : {}), 'x-request-id': id },
          ...('payload' in c ? { payload: c.payload } : {}),
        });
        expect(r.statusCode, c.url).toBe(c.status);
        expect(r.headers['x-request-id'], c.url).toBe(id);
      }
      expect(completed('case-0')).toMatchObject({ statusCode: 404, url: '/nowhere' });
      expect(completed('case-0')).not.toHaveProperty('route');
    });

    it('names the request id in 500 bodies and in the logged error, without request bodies', async () => {
      const own = capture();
      const config500 = loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: tempDir('rh-reqlog-') });
      const a = Fastify(serverOptions(config500, own.stream));
      apps.push(a);
      registerRequestLog(a);
      await registerHardening(a, config500);
      for (const path of ['/boom', `${BASE}/boom`, '/api/v1/boom', '/oauth/boom'])
        a.post(path, () => {
          throw new Error('relation "users" does not exist');
        });
      await a.ready();
      const send = (url: string, id: string) =>
        a.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json', 'x-request-id': id },
          payload: { password: 'body-password-123', note: '山田 花子' },
        });

      const rostering = await send(`${BASE}/boom`, 'r-500');
      expect(rostering.statusCode).toBe(500);
      expect(rostering.headers['x-request-id']).toBe('r-500');
      expect(rostering.json()).toMatchObject({
        imsx_codeMajor: 'failure',
        imsx_description: 'Internal server error (request id r-500)',
      });
      const admin = await send('/api/v1/boom', 'a-500');
      expect(admin.json()).toMatchObject({
        imsx_description: 'Internal server error (request id a-500)',
        error: { code: 'internal_error', message: 'Internal server error (request id a-500)' },
      });
      expect(admin.json<{ error: { messageJa: string } }>().error.messageJa).toContain('a-500');
      const oauth = await send('/oauth/boom', 'o-500');
      expect(oauth.json()).toEqual({
        error: 'server_error',
        error_description: 'Internal server error (request id o-500)',
      });
      const other = await send('/boom', 'x-500');
      expect(other.json()).toMatchObject({ requestId: 'x-500' });
      for (const r of [rostering, admin, oauth, other]) expect(r.body).not.toContain('relation');

      const errors = own.lines().filter((l) => l.msg === 'request failed');
      expect(errors.map((l) => l.reqId).sort()).toEqual(['a-500', 'o-500', 'r-500', 'x-500']);
      for (const l of errors) expect(l).toHaveProperty('err');
      const completions = own.lines().filter((l) => l.msg === 'request completed');
      expect(completions).toHaveLength(4);
      for (const l of completions) expect(l.level).toBe(50);
      expect(own.text()).not.toContain('body-password-123');
      expect(own.text()).not.toContain('山田');
    });
  });
});
