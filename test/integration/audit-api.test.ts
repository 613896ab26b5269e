import { describe, expect, it } from 'vitest';
import { listEvents } from '../../src/audit/audit.service.js';
import type { StoredAuditEvent } from '../../src/audit/event.js';
import { SCOPE_ROSTER_CORE } from '../../src/auth/scopes.js';
import { BASE, useApi, type ApiFixture } from '../helpers/api.js';
import { testTargets } from '../helpers/db.js';

const targets = await testTargets();

describe.each(targets)('audit of API requests on $name', (target) => {
  const api = useApi(target, { students: 20 });

  async function eventsSince(
    tenantId: string | null,
    start: Date,
    kind?: string,
  ): Promise<StoredAuditEvent[]> {
    await api().app.audit?.flush();
    return (
      await listEvents(api().db, tenantId, { since: start, ...(kind ? { kind } : {}) }, { limit: 1000 })
    ).events;
  }

  it('records each request with its route pattern, never the query string or a PII value', async () => {
    const { tokens, tenantA } = api();
    const get: ApiFixture['get'] = (...args) => api().get(...args);
    const start = new Date();
    const res = await get(
      `/users?filter=${encodeURIComponent("email='someone@example.jp'")}&limit=5`,
      tokens.all,
    );
    expect(res.statusCode).toBe(200);
    const one = await get(`/users/${api().changedTeacher.sourcedId}`, tokens.all);
    expect(one.statusCode).toBe(200);
    const events = await eventsSince(tenantA, start, 'api.request');
    expect(events.map((e) => e.route).sort()).toEqual([`${BASE}/users`, `${BASE}/users/:sourcedId`]);
    const list = events.find((e) => e.route === `${BASE}/users`)!;
    expect(list).toMatchObject({
      tenantId: tenantA,
      actorType: 'client',
      method: 'GET',
      status: 200,
      ip: '127.0.0.1',
    });
    expect(list.actorId).toMatch(/\S/);
    expect(list.durationMs).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(events);
    expect(text).not.toContain('someone');
    expect(text).not.toContain('filter');
    expect(text).not.toContain(api().changedTeacher.sourcedId);
  });

  it('records a 403 as auth.denied for the tenant, a 401 as an anonymous platform event', async () => {
    const { tokens, tenantA } = api();
    const get: ApiFixture['get'] = (...args) => api().get(...args);
    const start = new Date();
    expect((await get('/demographics', tokens.core)).statusCode).toBe(403);
    expect((await get('/users', null)).statusCode).toBe(401);
    const denied = await eventsSince(tenantA, start, 'auth.denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      route: `${BASE}/demographics`,
      status: 403,
      actorType: 'client',
      details: { reason: 'forbidden' },
    });
    const platform = await eventsSince(null, start, 'auth.denied');
    expect(platform).toHaveLength(1);
    expect(platform[0]).toMatchObject({
      tenantId: null,
      route: `${BASE}/users`,
      status: 401,
      actorType: 'anonymous',
      actorId: null,
      details: { reason: 'unauthenticated' },
    });
  });

  it('records token requests, successful (with the tenant) and failed, without secrets', async () => {
    const { app, auth, tenantA } = api();
    const { client, secret } = await auth.clients.create(tenantA, {
      name: 'audit',
      scopes: [SCOPE_ROSTER_CORE],
    });
    const start = new Date();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const ok = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: form,
      payload: `grant_type=client_credentials&client_id=${client.id}&client_secret=${encodeURIComponent(secret)}`,
    });
    expect(ok.statusCode).toBe(200);
    const bad = await app.inject({
      method: 'POST',
      url: '/oauth/token?x=1',
      headers: {
        ...form,
        authorization: `Basic ${Buffer.from(`${client.id}:wrong-secret`).toString('base64')}`,
      },
      payload: 'grant_type=client_credentials',
    });
    expect(bad.statusCode).toBe(401);
    const mine = await eventsSince(tenantA, start, 'auth.token');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      actorType: 'client',
      actorId: client.id,
      method: 'POST',
      route: '/oauth/token',
      status: 200,
      details: { outcome: 'success' },
    });
    const failed = await eventsSince(null, start, 'auth.token');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      actorId: client.id,
      route: '/oauth/token',
      status: 401,
      details: { outcome: 'failure' },
    });
    const text = JSON.stringify([...mine, ...failed]);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('wrong-secret');
    expect(text).not.toContain('access_token');
  });

  it('does not audit requests outside the API (health, documentation)', async () => {
    const { app } = api();
    const start = new Date();
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect(await eventsSince(null, start)).toEqual([]);
  });
});
