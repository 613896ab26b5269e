import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/api/openapi/official-spec.js';
import { testTargets } from '../helpers/db.js';
import { ADMIN, expectNoLeak, snapshot, sourcedIdsOf, useSecurity } from '../helpers/security.js';

/**
 * Cross-tenant access: tenant b's credentials (rostering token, admin session, admin API client)
 * addressing tenant a's records and admin routes get 404 / 403 / an empty collection, never a
 * tenant-a record, and leave tenant a's data as it was.
 */

const targets = await testTargets();

describe.each(targets)('cross-tenant access on $name', (target) => {
  const fx = useSecurity(target);
  let idsOfA: Set<string>;
  /** Path parameter → a tenant-a sourcedId of the right kind. */
  const param: Record<string, string> = {};

  beforeAll(async () => {
    const { api, db } = fx();
    idsOfA = await sourcedIdsOf(db, api.tenantA);
    const idsOfB = await sourcedIdsOf(db, api.tenantB);
    for (const id of idsOfB) idsOfA.delete(id);
    const b = api.bundleA;
    const roleOf = (role: string) =>
      b.roles!.rows.find((r) => r.role === role && idsOfA.has(r.userSourcedId!))!.userSourcedId!;
    const school = b.orgs!.rows.find((o) => o.type === 'school')!;
    const klass = b.classes!.rows.find((c) => c.schoolSourcedId === school.sourcedId)!;
    Object.assign(param, {
      schoolSourcedId: school.sourcedId,
      classSourcedId: klass.sourcedId,
      courseSourcedId: klass.courseSourcedId,
      termSourcedId: b.academicSessions!.rows[0]!.sourcedId,
      studentSourcedId: roleOf('student'),
      teacherSourcedId: roleOf('teacher'),
      userSourcedId: roleOf('student'),
    });
  });

  /** `{sourcedId}` of a single-object path, by its collection. */
  function singleId(collection: string): string {
    const b = fx().api.bundleA;
    switch (collection) {
      case 'academicSessions':
      case 'terms':
      case 'gradingPeriods':
        return b.academicSessions!.rows[0]!.sourcedId!;
      case 'classes':
        return param.classSourcedId!;
      case 'courses':
        return param.courseSourcedId!;
      case 'demographics':
        return b.demographics!.rows[0]!.sourcedId!;
      case 'enrollments':
        return b.enrollments!.rows[0]!.sourcedId!;
      case 'orgs':
        return b.orgs!.rows[0]!.sourcedId!;
      case 'schools':
        return param.schoolSourcedId!;
      case 'students':
        return param.studentSourcedId!;
      case 'teachers':
        return param.teacherSourcedId!;
      case 'users':
        return param.userSourcedId!;
      default:
        throw new Error(`no id for ${collection}`);
    }
  }

  const ops = operations();
  it('covers the 41 rostering operations', () => {
    expect(ops).toHaveLength(41);
  });

  it.each(ops.map((o) => [o.operationId, o.path] as const))(
    "%s (%s): a tenant-b token addressing tenant a's ids → 404 or an empty collection",
    async (_id, template) => {
      const { api, get, db } = fx();
      const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
        name === 'sourcedId' ? singleId(template.split('/')[1]!) : param[name]!,
      );
      // The same request with tenant a's own token finds the records (the ids are right).
      const own = await get(path, api.tokens.all);
      expect([200, 404], `${path} as a: ${own.body.slice(0, 200)}`).toContain(own.statusCode);
      const before = await snapshot(db, ['users', 'orgs', 'classes', 'enrollments']);
      for (const token of [api.tokens.b, api.tokens.c]) {
        const r = await get(path, token);
        expect([200, 404], `${path}: ${r.body.slice(0, 200)}`).toContain(r.statusCode);
        if (r.statusCode === 200 && template.includes('{')) {
          const body = r.json<Record<string, unknown>>();
          const list = Object.values(body)[0];
          // Only a collection may answer 200 for tenant a's ids, and then empty (top-level
          // collections answer tenant b's own records: checked for tenant-a ids below).
          expect(Array.isArray(list), `${path} answered a single record: ${r.body.slice(0, 200)}`).toBe(true);
          expect(list).toEqual([]);
          expect(r.headers['x-total-count']).toBe('0');
        }
        // A 404 may echo the id asked for; no other tenant-a id may appear.
        for (const id of idsOfA)
          if (!path.includes(id) && r.body.includes(id)) expect.fail(`${path} leaks tenant-a id ${id}`);
        if (r.statusCode === 404) expect(r.body).not.toMatch(/"title"|"givenName"|"familyName"/);
        expectNoLeak(r, path);
      }
      expect(await snapshot(db, ['users', 'orgs', 'classes', 'enrollments'])).toEqual(before);
    },
  );

  it("tenant b's collections hold no tenant-a record (the whole of each)", async () => {
    const { api, get } = fx();
    for (const op of ops.filter((o) => !o.path.includes('{'))) {
      const r = await get(`${op.path}?limit=10000`, api.tokens.b);
      expect(r.statusCode, op.path).toBe(200);
      for (const id of idsOfA) if (r.body.includes(id)) expect.fail(`${op.path} leaks tenant-a id ${id}`);
    }
  });

  describe('admin API', () => {
    type Route = [InjectOptions['method'], string];
    let routes: Route[];

    beforeAll(async () => {
      const { app } = fx();
      const doc = (await app.inject({ url: '/openapi.json' })).json<{
        paths: Record<string, Record<string, unknown>>;
      }>();
      routes = [];
      for (const [p, item] of Object.entries(doc.paths)) {
        if (!p.startsWith(`${ADMIN}/tenants/{slug}`)) continue;
        for (const m of Object.keys(item))
          if (['get', 'post', 'put', 'patch', 'delete'].includes(m)) routes.push([m.toUpperCase(), p]);
      }
    });

    function urlOf(template: string, slug = 'a'): string {
      const { ids, clientA } = fx();
      return template
        .replace('{slug}', slug)
        .replace('{userId}', ids['reader-a@example.test']!)
        .replace('{id}', clientA.id)
        .replace(/\{\w+\}/g, 'x');
    }

    const BODIES: Record<string, unknown> = {
      users: { email: 'intruder@example.test', role: 'admin' },
      clients: { name: 'intruder', roles: ['admin'] },
      settings: { profile: 'eportal', auditRetentionDays: 1 },
    };
    const bodyFor = (method: string, template: string) =>
      method === 'GET' || method === 'DELETE'
        ? undefined
        : (BODIES[template.split('/')[4]?.replace(/\W.*$/, '') ?? ''] ?? {});

    it('lists the tenant routes from /openapi.json (users, clients, settings, audit at least)', () => {
      const paths = routes.map((r) => r[1]);
      for (const p of [
        'users',
        'users/{userId}',
        'clients',
        'clients/{id}',
        'clients/{id}/rotate',
        'settings',
      ])
        expect(paths).toContain(`${ADMIN}/tenants/{slug}/${p}`);
      expect(routes.length).toBeGreaterThanOrEqual(10);
    });

    it("every tenant route of tenant a, by tenant b's admin session and API client → 403/404, nothing changes", async () => {
      const { db, call, who, clientB } = fx();
      const before = await snapshot(db);
      for (const [method, template] of routes) {
        const url = urlOf(template);
        const payload = bodyFor(method!, template);
        const session = await call(who.adminB, method, url, payload);
        expect([403, 404], `${method} ${url} (session): ${session.body.slice(0, 200)}`).toContain(
          session.statusCode,
        );
        const client = await call(null, method, url, payload, { bearer: clientB.token });
        expect([403, 404], `${method} ${url} (client): ${client.body.slice(0, 200)}`).toContain(
          client.statusCode,
        );
        for (const r of [session, client]) {
          expect(r.body).not.toContain('admin-a@example.test');
          expect(r.body).not.toContain('reader-a@example.test');
          expectNoLeak(r, url);
        }
      }
      expect(await snapshot(db)).toEqual(before);
    });

    it("tenant a's objects addressed through tenant b's own path → 404, nothing changes", async () => {
      const { db, call, who, clientB, clientA, ids } = fx();
      const before = await snapshot(db);
      const reader = ids['reader-a@example.test']!;
      const attempts: [InjectOptions['method'], string][] = [
        ['DELETE', `${ADMIN}/tenants/b/users/${reader}`],
        ['POST', `${ADMIN}/tenants/b/clients/${clientA.id}/rotate`],
        ['DELETE', `${ADMIN}/tenants/b/clients/${clientA.id}`],
      ];
      for (const [method, url] of attempts) {
        for (const r of [
          await call(who.adminB, method, url),
          await call(null, method, url, undefined, { bearer: clientB.token }),
        ]) {
          expect(r.statusCode, `${method} ${url}: ${r.body}`).toBe(404);
        }
      }
      // Lists of tenant b show nothing of tenant a.
      for (const url of [
        `${ADMIN}/tenants/b/users`,
        `${ADMIN}/tenants/b/clients`,
        `${ADMIN}/tenants/b/audit`,
      ]) {
        const r = await call(who.adminB, 'GET', url);
        expect(r.statusCode, url).toBe(200);
        expect(r.body).not.toContain('admin-a@example.test');
        expect(r.body).not.toContain('reader-a@example.test');
        expect(r.body).not.toContain(clientA.id);
        expect(r.body).not.toContain(fx().api.tenantA);
      }
      expect(await snapshot(db)).toEqual(before);
    });

    it("platform routes refuse tenant admins and clients; another user's session cannot be revoked", async () => {
      const { db, call, who, clientB } = fx();
      const before = await snapshot(db, ['tenants', 'admin_users', 'memberships']);
      for (const [method, url, payload] of [
        ['GET', `${ADMIN}/tenants`, undefined],
        ['POST', `${ADMIN}/tenants`, { slug: 'intruder' }],
        ['GET', `${ADMIN}/audit`, undefined],
      ] as const) {
        expect((await call(who.adminB, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
        expect([401, 403], `${method} ${url} (client)`).toContain(
          (await call(null, method, url, payload, { bearer: clientB.token })).statusCode,
        );
      }
      const sessions = await call(who.adminA, 'GET', `${ADMIN}/sessions`);
      const mine = sessions
        .json<{ sessions: { id: string; current: boolean }[] }>()
        .sessions.find((s) => s.current)!;
      expect((await call(who.adminB, 'DELETE', `${ADMIN}/sessions/${mine.id}`)).statusCode).toBe(404);
      expect((await call(who.adminA, 'GET', `${ADMIN}/session`)).statusCode).toBe(200);
      expect(await snapshot(db, ['tenants', 'admin_users', 'memberships'])).toEqual(before);
    });
  });
});
