import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../helpers/db.js';
import { ADMIN, expectNoLeak, snapshot, useSecurity } from '../helpers/security.js';

/**
 * Injection payloads in every query parameter and path segment of the rostering API, and in the
 * admin API's bodies, params and queries: a 4xx (or, for a bound filter value, a 200), never a
 * 500, no SQL or stack trace in the answer, no request slower than 2 s (pg_sleep), and the data as
 * it was.
 */

const targets = await testTargets();

export const PAYLOADS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(5)",
  "'; SELECT pg_sleep(5); --",
  "1' AND (SELECT 1 FROM pg_sleep(5)) IS NULL --",
  '") OR 1=1 --',
  "' UNION SELECT password_hash, email FROM admin_users --",
  '$1',
  '$$; DROP TABLE users; $$',
  '\\',
  "\\'; DROP TABLE users; --",
  '\u0000',
  'a\u0000b',
  '%00',
  '%27%20OR%20%271%27%3D%271',
  '%2527',
  '日本語\u202e\ufeff🎌',
  '\ud800',
  'x'.repeat(3000),
  "'".repeat(500),
  '(((((((((((',
  "givenName='a' OR givenName~'",
  '*',
  '-1',
  '1e309',
  'NaN',
  '{"$gt":""}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

const SLOW_MS = 2000;

describe.each(targets)('injection on $name', (target) => {
  const fx = useSecurity(target);
  let before: Record<string, string>;
  let slowest = { ms: 0, what: '' };

  beforeAll(async () => {
    before = await snapshot(fx().db);
  });

  afterAll(() => {
    // A guard, not a benchmark: the slowest request is named when the timing check fails.
    if (slowest.ms > SLOW_MS) console.warn('slowest request', slowest);
  });

  async function timed(what: string, run: () => Promise<LightMyRequestResponse>) {
    const start = Date.now();
    const r = await run();
    const ms = Date.now() - start;
    if (ms > slowest.ms) slowest = { ms, what };
    expect(ms, `${what} took ${ms} ms`).toBeLessThan(SLOW_MS);
    return r;
  }

  /** A rostering GET with tenant a's all-scopes token; `url` is already encoded. */
  function get(url: string) {
    const { app, api } = fx();
    return timed(url, () =>
      app.inject({
        method: 'GET',
        url: `/ims/oneroster/rostering/v1p2${url}`,
        headers: { authorization: `Bearer ${api.tokens.all}` },
      }),
    );
  }

  function check(r: LightMyRequestResponse, what: string, payload: string, allowed: number[]) {
    expect(allowed, `${what} → ${r.statusCode}: ${r.body.slice(0, 300)}`).toContain(r.statusCode);
    expectNoLeak(r, what, [payload]);
  }

  const e = encodeURIComponent;

  describe('rostering query parameters', () => {
    it.each(PAYLOADS.map((p, i) => [i, JSON.stringify(p).slice(0, 60), p] as const))(
      'payload %i %s: filter value, filter field, sort, orderBy, fields, limit, offset, modifiedSince',
      async (_i, _label, p) => {
        // A filter value is a bound parameter: a 400 (grammar) or 200 with what matches.
        const quoted = await get(`/users?filter=${e(`givenName='${p.replaceAll("'", "''")}'`)}`);
        check(quoted, 'filter value (escaped)', p, [200]);
        // Nobody is called that: the payload matched literally, not as SQL.
        expect(quoted.json<{ users: unknown[] }>().users, `filter value ${p}`).toEqual([]);
        const raw = await get(`/users?filter=${e(`givenName='${p}'`)}`);
        check(raw, 'filter value (raw)', p, [200, 400]);
        if (raw.statusCode === 200 && !p.includes("'") && !p.includes('"'))
          expect(raw.json<{ users: unknown[] }>().users).toEqual([]);
        check(await get(`/users?filter=${e(`${p}='x'`)}`), 'filter field', p, [400]);
        check(await get(`/users?filter=${e(p)}`), 'filter', p, [400]);
        check(await get(`/users?sort=${e(p)}`), 'sort', p, [400]);
        check(await get(`/users?sort=givenName&orderBy=${e(p)}`), 'orderBy', p, [400]);
        // Unknown field names are ignored (the whole record is returned); a blank one is 400.
        const fields = await get(`/users?fields=${e(p)}`);
        check(fields, 'fields', p, [200, 400]);
        check(await get(`/users?limit=${e(p)}`), 'limit', p, [400]);
        check(await get(`/users?offset=${e(p)}`), 'offset', p, [400]);
        check(await get(`/users?modifiedSince=${e(p)}`), 'modifiedSince', p, [400]);
        // The raw (not encoded) form where the URL allows it.
        if (/^[\x21-\x7e]+$/.test(p) && !p.includes('#') && !p.includes('&'))
          check(await get(`/users?sort=${p}`), 'sort (raw)', p, [400]);
      },
    );
  });

  describe('rostering path segments', () => {
    const templates = [
      '/users/{}',
      '/users/{}/classes',
      '/students/{}',
      '/students/{}/classes',
      '/teachers/{}/classes',
      '/schools/{}',
      '/schools/{}/classes',
      '/schools/{}/classes/{}/students',
      '/schools/{}/terms',
      '/classes/{}/students',
      '/courses/{}/classes',
      '/terms/{}/classes',
      '/terms/{}/gradingPeriods',
      '/demographics/{}',
      '/enrollments/{}',
      '/orgs/{}',
      '/academicSessions/{}',
    ];
    it.each(PAYLOADS.map((p, i) => [i, JSON.stringify(p).slice(0, 60), p] as const))(
      'payload %i %s in every path segment → 400/404',
      async (_i, _label, p) => {
        for (const t of templates) {
          const url = t.replaceAll('{}', e(p));
          const r = await get(url);
          check(r, url.slice(0, 120), p, [400, 404]);
        }
      },
    );
  });

  describe('admin API', () => {
    type Attempt = [InjectOptions['method'], string, unknown, number[]];

    function attempts(p: string): Attempt[] {
      const { ids, clientA } = fx();
      const reader = ids['reader-a@example.test']!;
      return [
        ['POST', `${ADMIN}/session`, { email: p, password: p }, [400, 401]],
        ['POST', `${ADMIN}/session`, { email: `${p}@example.test`, password: p }, [400, 401]],
        ['POST', `${ADMIN}/tenants`, { slug: p }, [400]],
        ['POST', `${ADMIN}/tenants`, { slug: 'x', name: p, extra: p }, [400]],
        ['POST', `${ADMIN}/tenants/a/users`, { email: p, role: 'reader' }, [400]],
        ['POST', `${ADMIN}/tenants/a/users`, { email: 'ok@example.test', role: p }, [400]],
        ['POST', `${ADMIN}/tenants/a/clients`, { scopes: [p] }, [400]],
        ['POST', `${ADMIN}/tenants/a/clients`, { roles: [p] }, [400]],
        ['PUT', `${ADMIN}/tenants/a/settings`, { profile: p, auditRetentionDays: null }, [400]],
        ['PUT', `${ADMIN}/tenants/a/settings`, { profile: 'japan', auditRetentionDays: p }, [400]],
        ['DELETE', `${ADMIN}/tenants/a/users/${e(p)}`, undefined, [400, 404]],
        ['DELETE', `${ADMIN}/tenants/a/clients/${e(p)}`, undefined, [400, 404]],
        ['POST', `${ADMIN}/tenants/a/clients/${e(p)}/rotate`, undefined, [400, 404]],
        ['GET', `${ADMIN}/tenants/${e(p)}/users`, undefined, [400, 403, 404]],
        ['GET', `${ADMIN}/tenants/${e(p)}/settings`, undefined, [400, 403, 404]],
        ['DELETE', `${ADMIN}/tenants/${e(p)}/users/${reader}`, undefined, [400, 403, 404]],
        ['DELETE', `${ADMIN}/tenants/${e(p)}/clients/${clientA.id}`, undefined, [400, 403, 404]],
        ['DELETE', `${ADMIN}/sessions/${e(p)}`, undefined, [400, 404]],
        ...['kind', 'since', 'until', 'actorId', 'route', 'status', 'sourcedId', 'importId', 'limit', 'cursor'].map(
          (q): Attempt => ['GET', `${ADMIN}/tenants/a/audit?${q}=${e(p)}`, undefined, [200, 400]],
        ),
        ['GET', `${ADMIN}/tenants/a/audit.csv?kind=${e(p)}&route=${e(p)}`, undefined, [200, 400]],
        ['GET', `${ADMIN}/audit?kind=${e(p)}&actorId=${e(p)}`, undefined, [200, 400]],
      ];
    }

    it.each(PAYLOADS.map((p, i) => [i, JSON.stringify(p).slice(0, 60), p] as const))(
      'payload %i %s in admin bodies, params and queries → 4xx (audit filters may match nothing)',
      async (_i, _label, p) => {
        const { call, who, app } = fx();
        for (const [method, url, payload, allowed] of attempts(p)) {
          const w = url.startsWith(`${ADMIN}/audit`) || url === `${ADMIN}/tenants` ? who.platform : who.adminA;
          const r = await timed(`${method} ${url.slice(0, 100)}`, () =>
            url === `${ADMIN}/session` ? app.inject({ method, url, payload: payload as object }) : call(w, method, url, payload),
          );
          check(r, `${method} ${url.slice(0, 100)} ${JSON.stringify(payload)?.slice(0, 80)}`, p, allowed);
          if (r.statusCode === 200 && url.includes('/audit') && !url.endsWith('.csv')) {
            // A filter that matched: only what the filter asked for (nothing, for these values).
            const events = r.json<{ events: unknown[] }>().events;
            if (!/^(kind|route|limit|status)$/.test(url.split('?')[1]!.split('=')[0]!))
              expect(events, `${url} matched events`).toEqual([]);
          }
        }
      },
    );

    it('a client name holding SQL is stored and returned literally', async () => {
      const { call, who, db } = fx();
      const name = "Robert'); DROP TABLE api_clients; --";
      const r = await call(who.adminA, 'POST', `${ADMIN}/tenants/a/clients`, { name });
      expect(r.statusCode).toBe(201);
      const { client } = r.json<{ client: { id: string; name: string } }>();
      expect(client.name).toBe(name);
      const list = await call(who.adminA, 'GET', `${ADMIN}/tenants/a/clients`);
      expect(list.json<{ clients: { id: string; name: string }[] }>().clients).toContainEqual(
        expect.objectContaining({ id: client.id, name }),
      );
      expect((await call(who.adminA, 'DELETE', `${ADMIN}/tenants/a/clients/${client.id}`)).statusCode).toBe(200);
      const after = await snapshot(db, ['users', 'admin_users', 'tenants']);
      expect(after.users).toBe(before.users);
    });
  });

  it('leaves the data untouched (row counts and content hashes of every table)', async () => {
    const after = await snapshot(fx().db);
    // The one client created (and revoked) above on purpose is the only change.
    const { api_clients: _a, ...rest } = after;
    const { api_clients: _b, ...was } = before;
    expect(rest).toEqual(was);
    expect(Number(after.api_clients!.split(':')[0])).toBe(Number(before.api_clients!.split(':')[0]) + 1);
  });
});
