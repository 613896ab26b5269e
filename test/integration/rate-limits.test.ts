import { randomInt, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, ROSTER_SCOPES, type Auth } from '../../src/auth/index.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { registerHardening, serverOptions } from '../../src/http/hardening.js';
import {
  registerRateLimits,
  signInLimit,
  uploadLimit,
  type TenantLimit,
} from '../../src/http/rate-limits.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { codeMinor } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { testRedisUrl } from '../helpers/redis.js';

const BASE = '/ims/oneroster/rostering/v1p2';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
// Rate limits do not depend on the database: PGlite only.
const [target] = await testTargets();
const redisUrl = await testRedisUrl();

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
/** A fresh address per test, so counters (in Redis too) never carry over between runs. */
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

interface Client {
  id: string;
  secret: string;
  token: string;
}

describe('rate limits', () => {
  let db: Database;
  let auth: Auth;
  let dataDir: string;
  let tenantA: string;
  let tenantB: string;
  const apps: FastifyInstance[] = [];

  const configWith = (env: Record<string, string>): Config =>
    loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, RH_PUBLIC_URL: 'https://rh.example.test', ...env });

  async function app(env: Record<string, string>, tenantLimit?: TenantLimit): Promise<FastifyInstance> {
    const a = await buildApp({ config: configWith(env), db, auth, tenantLimit });
    apps.push(a);
    return a;
  }

  async function client(tenantId: string): Promise<Client> {
    const { client: c, secret } = await auth.clients.create(tenantId, {
      name: randomUUID(),
      scopes: ROSTER_SCOPES,
    });
    return { id: c.id, secret, token: (await auth.tokens.issue(c, ROSTER_SCOPES)).access_token };
  }

  const read = (a: FastifyInstance, token: string) =>
    a.inject({ method: 'GET', url: `${BASE}/users`, headers: { authorization: `Bearer ${token}` } });
  const tokenRequest = (a: FastifyInstance, c: Client, remoteAddress: string) =>
    a.inject({
      method: 'POST',
      url: '/oauth/token',
      remoteAddress,
      headers: { ...FORM, authorization: basic(c.id, c.secret) },
      payload: 'grant_type=client_credentials',
    });
  const limits = (r: LightMyRequestResponse) => ({
    limit: r.headers['x-ratelimit-limit'],
    remaining: r.headers['x-ratelimit-remaining'],
  });

  beforeAll(async () => {
    db = await target!.open();
    dataDir = tempDir('rh-rl-');
    auth = await createAuth(configWith({}), db);
    tenantA = (await createTenant(db, 'rl-a')).tenant.id;
    tenantB = (await createTenant(db, 'rl-b')).tenant.id;
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await auth?.close();
    await db?.close();
    await target?.cleanup();
  });

  describe('rostering API reads, per API client', () => {
    it('sends X-RateLimit headers counting down, then 429 with Retry-After and an imsx server_busy body', async () => {
      const a = await app({ RH_RATE_LIMIT_READS_PER_HOUR: '3' });
      const c = await client(tenantA);
      const seen = [];
      for (let i = 0; i < 3; i++) {
        const r = await read(a, c.token);
        expect(r.statusCode).toBe(200);
        const reset = Number(r.headers['x-ratelimit-reset']);
        expect(reset).toBeGreaterThan(0);
        expect(reset).toBeLessThanOrEqual(3600);
        seen.push(limits(r));
      }
      expect(seen).toEqual([
        { limit: '3', remaining: '2' },
        { limit: '3', remaining: '1' },
        { limit: '3', remaining: '0' },
      ]);

      const r = await read(a, c.token);
      expect(r.statusCode).toBe(429);
      expect(limits(r)).toEqual({ limit: '3', remaining: '0' });
      const retryAfter = Number(r.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(codeMinor(r)).toBe('server_busy');
      expect(r.json()).toMatchObject({ imsx_codeMajor: 'failure', imsx_severity: 'error' });
      // Single-object and discovery-adjacent reads share the client's budget.
      expect(
        (
          await a.inject({
            method: 'GET',
            url: `${BASE}/users/x`,
            headers: { authorization: `Bearer ${c.token}` },
          })
        ).statusCode,
      ).toBe(429);
    });

    it('gives every API client its own budget, tenants included', async () => {
      const a = await app({ RH_RATE_LIMIT_READS_PER_HOUR: '2' });
      const [c1, c2, c3] = [await client(tenantA), await client(tenantA), await client(tenantB)];
      await read(a, c1.token);
      await read(a, c1.token);
      expect((await read(a, c1.token)).statusCode).toBe(429);
      const other = await read(a, c2.token);
      expect(other.statusCode).toBe(200);
      expect(limits(other)).toEqual({ limit: '2', remaining: '1' });
      expect((await read(a, c3.token)).statusCode).toBe(200);
    });

    it('counts after authentication: requests without a valid token are refused, not counted', async () => {
      const a = await app({ RH_RATE_LIMIT_READS_PER_HOUR: '1' });
      const c = await client(tenantA);
      for (let i = 0; i < 3; i++) {
        const r = await read(a, 'not-a-token');
        expect(r.statusCode).toBe(401);
        expect(r.headers['x-ratelimit-limit']).toBeUndefined();
      }
      expect((await read(a, c.token)).statusCode).toBe(200);
    });

    it('takes a per-tenant override, the configured default otherwise', async () => {
      const asked: string[] = [];
      const a = await app({ RH_RATE_LIMIT_READS_PER_HOUR: '2' }, (tenantId, kind) => {
        asked.push(kind);
        return tenantId === tenantB ? 5 : undefined;
      });
      expect(limits(await read(a, (await client(tenantB)).token))).toEqual({ limit: '5', remaining: '4' });
      expect(limits(await read(a, (await client(tenantA)).token))).toEqual({ limit: '2', remaining: '1' });
      expect(new Set(asked)).toEqual(new Set(['reads']));
    });

    it('defaults to 1,000 reads per hour', async () => {
      const a = await app({});
      expect(limits(await read(a, (await client(tenantA)).token))).toEqual({
        limit: '1000',
        remaining: '999',
      });
    });
  });

  describe('POST /oauth/token, per IP', () => {
    it('limits token requests per address with an OAuth-style 429', async () => {
      const a = await app({ RH_RATE_LIMIT_TOKENS_PER_HOUR: '2' });
      const c = await client(tenantA);
      const ip = randomIp();
      const first = await tokenRequest(a, c, ip);
      expect(first.statusCode).toBe(200);
      expect(limits(first)).toEqual({ limit: '2', remaining: '1' });
      expect((await tokenRequest(a, c, ip)).statusCode).toBe(200);

      const r = await tokenRequest(a, c, ip);
      expect(r.statusCode).toBe(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.json()).toEqual({
        error: 'slow_down',
        error_description: expect.stringMatching(/retry in/) as unknown,
      });

      // Another address has its own budget; failed sign-ins count too (before the body is read).
      expect((await tokenRequest(a, c, randomIp())).statusCode).toBe(200);
      const wrong = { ...c, secret: 'wrong' };
      const ip2 = randomIp();
      expect((await tokenRequest(a, wrong, ip2)).statusCode).toBe(401);
      expect((await tokenRequest(a, wrong, ip2)).statusCode).toBe(401);
      expect((await tokenRequest(a, c, ip2)).statusCode).toBe(429);
    });

    it('is counted separately from the API reads of the same client', async () => {
      const a = await app({ RH_RATE_LIMIT_TOKENS_PER_HOUR: '1', RH_RATE_LIMIT_READS_PER_HOUR: '5' });
      const c = await client(tenantA);
      const ip = randomIp();
      expect((await tokenRequest(a, c, ip)).statusCode).toBe(200);
      expect((await tokenRequest(a, c, ip)).statusCode).toBe(429);
      const r = await read(a, c.token);
      expect(r.statusCode).toBe(200);
      expect(limits(r)).toEqual({ limit: '5', remaining: '4' });
    });

    it('leaves unlimited routes without rate-limit headers', async () => {
      const a = await app({});
      const r = await a.inject({ method: 'GET', url: '/health' });
      expect(r.headers['x-ratelimit-limit']).toBeUndefined();
    });
  });

  describe('route config helpers', () => {
    it('signInLimit counts per IP and answers 429 through the error handler', async () => {
      const config = configWith({ RH_RATE_LIMIT_SIGNINS_PER_HOUR: '2' });
      const a = Fastify(serverOptions(config));
      apps.push(a);
      await registerHardening(a, config);
      await registerRateLimits(a, { config });
      a.post('/admin/sign-in', { config: { rateLimit: signInLimit(config) } }, () => ({ ok: true }));
      await a.ready();
      const ip = randomIp();
      const post = (remoteAddress: string) =>
        a.inject({ method: 'POST', url: '/admin/sign-in', remoteAddress, payload: {} });
      expect(limits(await post(ip))).toEqual({ limit: '2', remaining: '1' });
      await post(ip);
      const r = await post(ip);
      expect(r.statusCode).toBe(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(r.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect((await post(randomIp())).statusCode).toBe(200);
    });

    it('uploadLimit counts per tenant, with the tenant override', async () => {
      const config = configWith({ RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1' });
      const a = Fastify(serverOptions(config));
      apps.push(a);
      await registerHardening(a, config);
      await registerRateLimits(a, { config });
      const tenantOf = (req: { headers: Record<string, unknown> }) => req.headers['x-tenant'] as string;
      const override: TenantLimit = (t) => (t === 'big' ? 3 : undefined);
      a.post('/uploads', { config: { rateLimit: uploadLimit(config, tenantOf, override) } }, () => ({
        ok: true,
      }));
      await a.ready();
      const upload = (tenant: string) =>
        a.inject({
          method: 'POST',
          url: '/uploads',
          headers: { 'x-tenant': tenant },
          remoteAddress: randomIp(),
        });
      expect((await upload('small')).statusCode).toBe(200);
      expect((await upload('small')).statusCode).toBe(429);
      expect(limits(await upload('big'))).toEqual({ limit: '3', remaining: '2' });
    });
  });

  describe.skipIf(!redisUrl)('shared through Redis', () => {
    it('counts one budget across two app instances', async () => {
      const env = {
        REDIS_URL: redisUrl!,
        RH_RATE_LIMIT_READS_PER_HOUR: '3',
        RH_RATE_LIMIT_TOKENS_PER_HOUR: '2',
      };
      const [one, two] = [await app(env), await app(env)];
      const c = await client(tenantA);
      expect(limits(await read(one, c.token))).toEqual({ limit: '3', remaining: '2' });
      expect(limits(await read(two, c.token))).toEqual({ limit: '3', remaining: '1' });
      expect((await read(one, c.token)).statusCode).toBe(200);
      const r = await read(two, c.token);
      expect(r.statusCode).toBe(429);
      expect(codeMinor(r)).toBe('server_busy');

      const ip = randomIp();
      expect((await tokenRequest(one, c, ip)).statusCode).toBe(200);
      expect((await tokenRequest(two, c, ip)).statusCode).toBe(200);
      expect((await tokenRequest(one, c, ip)).statusCode).toBe(429);
      // Another client is untouched in the shared store.
      expect((await read(one, (await client(tenantA)).token)).statusCode).toBe(200);
    });
  });
});
