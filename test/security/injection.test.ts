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
  '1; SELECT pg_sleep(5)',
  "'; SELECT pg_sleep(5); --",
  "1' AND (SELECT 1 FROM pg_sleep(5)) IS NULL --",
  '") OR 1=1 --',
  "' UNION SELECT password_hash, email FROM admin_users --",
  '$1',
  '$$; DROP TABLE users; $$',
  '\\',
  "\\'; DROP TABLE users; --",
  '%00',
  '%27%20OR%20%271%27%3D%271',
  '%2527',
  '日本語\u202e\ufeff🎌',
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
          // 414: Fastify's path parameter length limit (100) answers before any route.
          check(r, url.slice(0, 120), p, [400, 404, 414]);
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
        // (Payloads that happen to be valid slugs, e.g. `1e309`, would create a tenant: skipped.)
        ...(/^[a-z0-9][a-z0-9-]{0,62}$/.test(p)
          ? []
          : [['POST', `${ADMIN}/tenants`, { slug: p }, [400]] as Attempt]),
        ['POST', `${ADMIN}/tenants`, { slug: 'Bad Slug!', name: p }, [400]],
        ['POST', `${ADMIN}/tenants/a/users`, { email: p, role: 'reader' }, [400]],
        ['POST', `${ADMIN}/tenants/a/users`, { email: 'ok@example.test', role: p }, [400]],
        ['POST', `${ADMIN}/tenants/a/clients`, { scopes: [p] }, [400]],
        ['POST', `${ADMIN}/tenants/a/clients`, { roles: [p] }, [400]],
        ['PUT', `${ADMIN}/tenants/a/settings`, { profile: p, auditRetentionDays: null }, [400]],
        // (`1e309`: a known 500, see the BUG test below.)
        ...(p === '1e309'
          ? []
          : [
              [
                'PUT',
                `${ADMIN}/tenants/a/settings`,
                { profile: 'japan', auditRetentionDays: p },
                [400],
              ] as Attempt,
            ]),
        ['DELETE', `${ADMIN}/tenants/a/users/${e(p)}`, undefined, [400, 404, 414]],
        ['DELETE', `${ADMIN}/tenants/a/clients/${e(p)}`, undefined, [400, 404, 414]],
        ['POST', `${ADMIN}/tenants/a/clients/${e(p)}/rotate`, undefined, [400, 404, 414]],
        ['GET', `${ADMIN}/tenants/${e(p)}/users`, undefined, [400, 403, 404, 414]],
        ['GET', `${ADMIN}/tenants/${e(p)}/settings`, undefined, [400, 403, 404, 414]],
        ['DELETE', `${ADMIN}/tenants/${e(p)}/users/${reader}`, undefined, [400, 403, 404, 414]],
        ['DELETE', `${ADMIN}/tenants/${e(p)}/clients/${clientA.id}`, undefined, [400, 403, 404, 414]],
        ['DELETE', `${ADMIN}/sessions/${e(p)}`, undefined, [400, 404, 414]],
        ...['kind', 'since', 'until', 'actorId', 'route', 'status', 'sourcedId', 'importId', 'limit']
          .filter((q) => !(p === '1e309' && (q === 'status' || q === 'limit')))
          .map((q): Attempt => ['GET', `${ADMIN}/tenants/a/audit?${q}=${e(p)}`, undefined, [200, 400]]),
        ['GET', `${ADMIN}/tenants/a/audit.csv?kind=${e(p)}&route=${e(p)}`, undefined, [200, 400]],
        ['GET', `${ADMIN}/audit?kind=${e(p)}&actorId=${e(p)}`, undefined, [200, 400]],
      ];
    }

    it.each(PAYLOADS.map((p, i) => [i, JSON.stringify(p).slice(0, 60), p] as const))(
      'payload %i %s in admin bodies, params and queries → 4xx (audit filters may match nothing)',
      async (_i, _label, p) => {
        const { call, who, app } = fx();
        for (const [method, url, payload, allowed] of attempts(p)) {
          const w =
            url.startsWith(`${ADMIN}/audit`) || url === `${ADMIN}/tenants` ? who.platform : who.adminA;
          const r = await timed(`${method} ${url.slice(0, 100)}`, () =>
            url === `${ADMIN}/session`
              ? app.inject({ method, url, payload: payload as object })
              : call(w, method, url, payload),
          );
          check(r, `${method} ${url.slice(0, 100)} ${JSON.stringify(payload)?.slice(0, 80)}`, p, allowed);
          if (r.statusCode === 200 && url.includes('/audit') && !url.includes('.csv')) {
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
      expect((await call(who.adminA, 'DELETE', `${ADMIN}/tenants/a/clients/${client.id}`)).statusCode).toBe(
        200,
      );
      const after = await snapshot(db, ['users', 'admin_users', 'tenants']);
      expect(after.users).toBe(before.users);
    });
  });

  describe('NUL bytes and malformed encodings', () => {
    const NUL = ['\u0000', 'a\u0000b'];
    const token = () => ({ authorization: `Bearer ${fx().api.tokens.all}` });
    const rostering = (url: string) =>
      timed(url, () => fx().app.inject({ url: `/ims/oneroster/rostering/v1p2${url}`, headers: token() }));

    it('NUL in filter field names, sort, fields, limit, offset, modifiedSince → 400 (or 200 for fields)', async () => {
      for (const p of NUL) {
        for (const url of [
          `/users?filter=${e(`${p}='x'`)}`,
          `/users?filter=${e(`metadata.jp.${p}='x'`)}`,
          `/users?sort=${e(p)}`,
          `/users?limit=${e(p)}`,
          `/users?offset=${e(p)}`,
          `/users?modifiedSince=${e(p)}`,
        ])
          check(await rostering(url), url, p, [400]);
        check(await rostering(`/users?fields=${e(p)}`), 'fields', p, [200, 400]);
        const { call, who } = fx();
        check(await call(who.adminA, 'DELETE', `${ADMIN}/sessions/${e(p)}`), 'session id', p, [400, 404]);
        check(await call(who.adminA, 'GET', `${ADMIN}/tenants/${e(p)}/users`), 'slug', p, [400, 403, 404]);
      }
    });

    it('malformed percent-encodings and overlong UTF-8 → 400', async () => {
      for (const raw of ['%ED%A0%80', '%E0%A4%A', '%', '%C0%AF'])
        for (const url of [`/users/${raw}`, `/users?filter=givenName%3D'${raw}'`, `/users?sort=${raw}`])
          check(await rostering(url), url, raw, [400]);
    });

    // a NUL byte reaching PostgreSQL as text fails the query ("invalid byte sequence for
    // encoding UTF8: 0x00") and the server answers 500 instead of 400/404.
    it('NUL in a rostering path segment → 400/404, not 500', async () => {
      for (const p of NUL)
        for (const url of [`/users/${e(p)}`, `/schools/${e(p)}/classes`, `/classes/${e(p)}/students`])
          check(await rostering(url), url, p, [400, 404]);
    });

    it('NUL in a filter value → 400 or an empty 200, not 500', async () => {
      for (const p of NUL)
        check(await rostering(`/users?filter=${e(`givenName='${p}'`)}`), 'filter', p, [200, 400]);
    });

    it('NUL in the sign-in email → 400/401, not 500', async () => {
      for (const p of NUL) {
        const r = await fx().app.inject({
          method: 'POST',
          url: `${ADMIN}/session`,
          payload: { email: `${p}@example.test`, password: 'whatever it is 123' },
        });
        check(r, 'sign-in', p, [400, 401]);
      }
    });

    it('NUL in admin JSON bodies (member email, client name) → 400, not 500', async () => {
      const { call, who } = fx();
      for (const p of NUL) {
        const member = await call(who.adminA, 'POST', `${ADMIN}/tenants/a/users`, {
          email: `${p}@example.test`,
          role: 'reader',
        });
        check(member, 'member email', p, [400]);
        check(
          await call(who.adminA, 'POST', `${ADMIN}/tenants/a/clients`, { name: `n${p}` }),
          'client name',
          p,
          [400],
        );
      }
    });

    it('NUL in audit query parameters → 400 or an empty 200, not 500', async () => {
      const { call, who } = fx();
      for (const p of NUL)
        for (const q of ['kind', 'actorId', 'route', 'sourcedId', 'cursor'])
          check(await call(who.adminA, 'GET', `${ADMIN}/tenants/a/audit?${q}=${e(p)}`), q, p, [200, 400]);
    });
  });

  // decodeCursor (src/repositories/audit.repository.ts) throws a RangeError that the admin
  // error handler (src/routes/admin/index.ts) answers as 500.
  it('a malformed audit cursor → 400, not 500', async () => {
    const { call, who } = fx();
    for (const p of ["' OR '1'='1", 'NaN', '*'])
      check(await call(who.adminA, 'GET', `${ADMIN}/tenants/a/audit?cursor=${e(p)}`), 'cursor', p, [400]);
  });

  // `1e309` passes integer validation (coerced to Infinity) and fails in the database.
  it('audit ?status=1e309 → 400, not 500', async () => {
    const { call, who } = fx();
    check(await call(who.adminA, 'GET', `${ADMIN}/tenants/a/audit?status=1e309`), 'status', '1e309', [400]);
  });

  it('auditRetentionDays "1e309" → 400, not 500', async () => {
    const { call, who } = fx();
    const r = await call(who.adminA, 'PUT', `${ADMIN}/tenants/a/settings`, {
      profile: 'japan',
      auditRetentionDays: '1e309',
    });
    check(r, 'settings', '1e309', [400]);
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
