import { describe, expect, it } from 'vitest';
import { operations } from '../../src/api/openapi/official-spec.js';
import {
  BASE,
  PUBLIC_URL,
  cmp,
  codeMinor,
  items,
  parseLinks,
  useApi,
  type ApiFixture,
  type Rec,
} from '../helpers/api.js';
import { testTargets } from '../helpers/db.js';
import { expectValid } from '../helpers/oneroster-schema.js';

const targets = await testTargets();

const ref = (r: Rec, key: string) => (r[key] as Rec | undefined)?.sourcedId;
const ids = (list: Rec[]) => list.map((r) => r.sourcedId);
const sorted = (list: Rec[]) => ids(list).sort(cmp);

async function all(f: ApiFixture, path: string, key: string, token = f.tokens.all): Promise<Rec[]> {
  const res = await f.get(`${path}${path.includes('?') ? '&' : '?'}limit=10000`, token);
  return items(res, key);
}

describe.each(targets)('rostering API queries on $name', (target) => {
  const api = useApi(target);

  /** GET with a filter (URL-encoded), every page at once. */
  const filtered = (f: ApiFixture, path: string, key: string, filter: string) =>
    all(f, `${path}?filter=${encodeURIComponent(filter)}`, key);

  describe('filter', () => {
    it('applies each comparison operator to a string field', async () => {
      const f = api();
      const users = await all(f, '/users', 'users');
      expect(users.length).toBeGreaterThan(60);
      const idents = users.map((u) => u.identifier as string).sort(cmp);
      const pivot = idents[Math.floor(idents.length / 2)]!;
      const check = async (op: string, pred: (v: string) => boolean) => {
        const got = await filtered(f, '/users', 'users', `identifier${op}'${pivot}'`);
        const want = users.filter((u) => pred(u.identifier as string));
        expect(want.length, op).toBeGreaterThan(0);
        expect(sorted(got), `identifier${op}'${pivot}'`).toEqual(sorted(want));
        // Served in sourcedId order by default.
        expect(ids(got)).toEqual(sorted(got));
      };
      await check('=', (v) => v === pivot);
      await check('!=', (v) => v !== pivot);
      await check('>', (v) => v > pivot);
      await check('>=', (v) => v >= pivot);
      await check('<', (v) => v < pivot);
      await check('<=', (v) => v <= pivot);

      // `~` is a case-insensitive substring search.
      const got = await filtered(f, '/users', 'users', "username~'S1000000'");
      const want = users.filter((u) => (u.username as string).toLowerCase().includes('s1000000'));
      expect(want.length).toBeGreaterThan(0);
      expect(sorted(got)).toEqual(sorted(want));
      const family = users[3]!.familyName as string;
      const kanji = await filtered(f, '/users', 'users', `familyName~'${family.slice(0, 1)}'`);
      expect(sorted(kanji)).toEqual(
        sorted(users.filter((u) => (u.familyName as string).includes(family.slice(0, 1)))),
      );
    });

    it('combines clauses with AND and OR', async () => {
      const f = api();
      const classes = await all(f, '/classes', 'classes');
      const and = await filtered(f, '/classes', 'classes', "classType='homeroom' AND classCode='0101'");
      const wantAnd = classes.filter((c) => c.classType === 'homeroom' && c.classCode === '0101');
      expect(wantAnd.length).toBeGreaterThan(1);
      expect(sorted(and)).toEqual(sorted(wantAnd));
      const or = await filtered(f, '/classes', 'classes', "classCode='0101' OR classCode='0201'");
      const wantOr = classes.filter((c) => c.classCode === '0101' || c.classCode === '0201');
      expect(sorted(or)).toEqual(sorted(wantOr));
      expect(wantOr.length).toBeGreaterThan(wantAnd.length);
      const enrollments = await all(f, '/enrollments', 'enrollments');
      const e = await filtered(f, '/enrollments', 'enrollments', "role='teacher' and primary='true'");
      expect(sorted(e)).toEqual(
        sorted(enrollments.filter((x) => x.role === 'teacher' && x.primary === 'true')),
      );
    });

    it('filters on dotted reference fields and on list fields', async () => {
      const f = api();
      const classes = await all(f, '/classes', 'classes');
      const enrollments = await all(f, '/enrollments', 'enrollments');
      const schools = await all(f, '/schools', 'orgs');
      expect(schools.length).toBe(2);
      for (const s of schools) {
        const c = await filtered(f, '/classes', 'classes', `school.sourcedId='${s.sourcedId}'`);
        const want = classes.filter((x) => ref(x, 'school') === s.sourcedId);
        expect(want.length).toBeGreaterThan(0);
        expect(sorted(c)).toEqual(sorted(want));
        const e = await filtered(f, '/enrollments', 'enrollments', `school.sourcedId='${s.sourcedId}'`);
        expect(sorted(e)).toEqual(sorted(enrollments.filter((x) => ref(x, 'school') === s.sourcedId)));
      }
      const p4 = await filtered(f, '/classes', 'classes', "grades='P4'");
      const wantP4 = classes.filter((c) => ((c.grades as string[] | undefined) ?? []).includes('P4'));
      expect(wantP4.length).toBeGreaterThan(0);
      expect(sorted(p4)).toEqual(sorted(wantP4));
      const notP4 = await filtered(f, '/classes', 'classes', "grades!='P4'");
      expect(sorted(notP4)).toEqual(sorted(classes.filter((c) => !wantP4.includes(c))));
      const users = await all(f, '/users', 'users');
      const teachers = await filtered(f, '/users', 'users', "roles.role='teacher'");
      expect(sorted(teachers)).toEqual(
        sorted(users.filter((u) => ((u.roles as Rec[]) ?? []).some((r) => r.role === 'teacher'))),
      );
    });

    it('compares a date-only value with dateLastModified as a whole UTC day', async () => {
      const f = api();
      const users = await all(f, '/users', 'users');
      const day = users[0]!.dateLastModified.slice(0, 10);
      const same = await filtered(f, '/users', 'users', `dateLastModified='${day}'`);
      expect(sorted(same)).toEqual(sorted(users.filter((u) => u.dateLastModified.startsWith(day))));
      expect(same.length).toBeGreaterThan(0);
      const after = await filtered(f, '/users', 'users', `dateLastModified>'${day}'`);
      expect(sorted(after)).toEqual(sorted(users.filter((u) => u.dateLastModified.slice(0, 10) > day)));
      const before = await filtered(f, '/users', 'users', `dateLastModified<'${day}'`);
      expect(sorted(before)).toEqual(sorted(users.filter((u) => u.dateLastModified.slice(0, 10) < day)));
      const onOrBefore = await filtered(f, '/users', 'users', `dateLastModified<='${day}'`);
      expect(sorted(onOrBefore)).toEqual(sorted(users.filter((u) => u.dateLastModified.slice(0, 10) <= day)));
    });

    it('supports modifiedSince, alone and AND-ed with a filter', async () => {
      const f = api();
      const users = await all(f, '/users', 'users');
      const since = f.betweenImports;
      const changed = await all(f, `/users?modifiedSince=${encodeURIComponent(since)}`, 'users');
      const want = users.filter((u) => u.dateLastModified >= since);
      expect(ids(want)).toEqual([f.changedTeacher.sourcedId]);
      expect(sorted(changed)).toEqual(sorted(want));
      const ts = users.find((u) => u.sourcedId === f.changedTeacher.sourcedId)!.dateLastModified;
      const exact = await all(f, `/users?modifiedSince=${encodeURIComponent(ts)}`, 'users');
      expect(ids(exact)).toEqual([f.changedTeacher.sourcedId]);
      // Equivalent to a dateLastModified>= filter.
      const viaFilter = await filtered(f, '/users', 'users', `dateLastModified>='${since}'`);
      expect(sorted(viaFilter)).toEqual(sorted(want));
      const old = '2000-01-01T00:00:00Z';
      const combined = await all(
        f,
        `/users?modifiedSince=${old}&filter=${encodeURIComponent("roles.role='student'")}`,
        'users',
      );
      expect(sorted(combined)).toEqual(
        sorted(
          users.filter(
            (u) => (u.roles as Rec[]).some((r) => r.role === 'student') && u.dateLastModified >= old,
          ),
        ),
      );
      const none = await all(
        f,
        `/users?modifiedSince=${encodeURIComponent(since)}&filter=${encodeURIComponent("roles.role='student'")}`,
        'users',
      );
      expect(none).toEqual([]);
    });

    it('accepts a URL-encoded filter and a raw one alike', async () => {
      const f = api();
      const classes = await all(f, '/classes', 'classes');
      const want = sorted(classes.filter((c) => c.classCode === '0101'));
      const encoded = items(
        await f.get(`/classes?limit=10000&filter=classCode%3D%270101%27`, f.tokens.all),
        'classes',
      );
      const raw = items(await f.get(`/classes?limit=10000&filter=classCode='0101'`, f.tokens.all), 'classes');
      const spaced = items(
        await f.get(`/classes?limit=10000&filter=${encodeURIComponent("classCode = '0101'")}`, f.tokens.all),
        'classes',
      );
      // The binding's encoded form (quotes as %27) encoded once more by an HTTP library.
      const twice = items(
        await f.get(
          `/classes?limit=10000&filter=${encodeURIComponent('classCode%3D%270101%27')}`,
          f.tokens.all,
        ),
        'classes',
      );
      for (const got of [encoded, raw, spaced, twice]) expect(sorted(got)).toEqual(want);
      expect(want.length).toBeGreaterThan(0);
    });
  });

  describe('sort, fields and limit', () => {
    it('sorts on a string field asc and desc with sourcedId breaking ties', async () => {
      const f = api();
      const classes = await all(f, '/classes', 'classes');
      const byCode = (dir: 1 | -1) => (a: Rec, b: Rec) =>
        dir * cmp(a.classCode as string, b.classCode as string) || cmp(a.sourcedId, b.sourcedId);
      const asc = await all(f, '/classes?sort=classCode', 'classes');
      expect(ids(asc)).toEqual(ids([...classes].sort(byCode(1))));
      const asc2 = await all(f, '/classes?sort=classCode&orderBy=asc', 'classes');
      expect(ids(asc2)).toEqual(ids(asc));
      const desc = await all(f, '/classes?sort=classCode&orderBy=desc', 'classes');
      expect(ids(desc)).toEqual(ids([...classes].sort(byCode(-1))));
      // Ties exist, so the tie-break matters.
      expect(new Set(classes.map((c) => c.classCode)).size).toBeLessThan(classes.length);
      const users = await all(f, '/users?sort=username&orderBy=desc', 'users');
      const names = users.map((u) => u.username as string);
      expect(names).toEqual([...names].sort(cmp).reverse());
    });

    it('selects fields, ignoring unknown names, and returns everything when none is known', async () => {
      const f = api();
      const two = items(await f.get('/users?fields=sourcedId,givenName&limit=5', f.tokens.all), 'users');
      expect(two).toHaveLength(5);
      for (const u of two) expect(Object.keys(u).sort()).toEqual(['givenName', 'sourcedId']);
      const repeated = items(
        await f.get('/users?fields=sourcedId&fields=familyName&limit=5', f.tokens.all),
        'users',
      );
      for (const u of repeated) expect(Object.keys(u).sort()).toEqual(['familyName', 'sourcedId']);
      const mixed = items(await f.get('/users?fields=sourcedId,nope&limit=5', f.tokens.all), 'users');
      for (const u of mixed) expect(Object.keys(u)).toEqual(['sourcedId']);
      const unknown = await f.get('/users?fields=nope&limit=5', f.tokens.all);
      expect(unknown.statusCode).toBe(200);
      expectValid('getAllUsers', 200, unknown.json());
      for (const u of items(unknown, 'users')) expect(u).toHaveProperty('givenName');
      const meta = items(
        await f.get('/users?fields=dateLastModified,metadata&limit=5', f.tokens.all),
        'users',
      );
      for (const u of meta) expect(Object.keys(u).sort()).toEqual(['dateLastModified', 'metadata']);
      const single = await f.get(`/users/${two[0]!.sourcedId}?fields=givenName`, f.tokens.all);
      expect(single.json()).toEqual({ user: { givenName: two[0]!.givenName } });
    });

    // BUG: `metadata` is accepted as a field name (selectFields) but the presenter only emits it
    // next to dateLastModified, so `fields=sourcedId,metadata` silently drops the metadata.
    it('selects metadata without dateLastModified', async () => {
      const f = api();
      const users = items(await f.get('/users?fields=sourcedId,metadata&limit=5', f.tokens.all), 'users');
      expect(users).toHaveLength(5);
      for (const u of users) expect(Object.keys(u).sort()).toEqual(['metadata', 'sourcedId']);
      // `fields=metadata` alone even yields empty objects.
      const only = items(await f.get('/users?fields=metadata&limit=5', f.tokens.all), 'users');
      for (const u of only) expect(Object.keys(u)).toEqual(['metadata']);
    });

    it('clamps a limit above the configured maximum', async () => {
      const f = api();
      const app = await f.buildAppWith({ RH_API_MAX_LIMIT: '50' });
      const total = (await all(f, '/users', 'users')).length;
      expect(total).toBeGreaterThan(50);
      const res = await app.inject({
        method: 'GET',
        url: `${BASE}/users?limit=1000`,
        headers: { authorization: `Bearer ${f.tokens.all}` },
      });
      expect(res.statusCode).toBe(200);
      expect(items(res, 'users')).toHaveLength(50);
      expect(res.headers['x-total-count']).toBe(String(total));
      const links = parseLinks(res.headers.link);
      expect(links.next?.searchParams.get('limit')).toBe('50');
      expect(links.next?.searchParams.get('offset')).toBe('50');
      // The default (100) is clamped too.
      const dflt = await app.inject({
        method: 'GET',
        url: `${BASE}/users`,
        headers: { authorization: `Bearer ${f.tokens.all}` },
      });
      expect(items(dflt, 'users')).toHaveLength(50);
      // Below the maximum nothing changes; the default limit is 100 on the main app.
      expect(items(await f.get('/users?limit=3', f.tokens.all), 'users')).toHaveLength(3);
      expect(items(await f.get('/enrollments', f.tokens.all), 'enrollments')).toHaveLength(100);
    });
  });

  describe('paging', () => {
    it('sends X-Total-Count and absolute Link URLs keeping the other parameters', async () => {
      const f = api();
      const filter = "roles.role='student'";
      const everything = await all(f, `/users?filter=${encodeURIComponent(filter)}&sort=familyName`, 'users');
      const total = everything.length;
      expect(total).toBeGreaterThan(20);
      const q = `filter=${encodeURIComponent(filter)}&sort=familyName&orderBy=desc&fields=sourcedId,familyName`;
      const res = await f.get(`/users?${q}&limit=5&offset=10`, f.tokens.all);
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-total-count']).toBe(String(total));
      const links = parseLinks(res.headers.link);
      expect(Object.keys(links).sort()).toEqual(['first', 'last', 'next', 'prev']);
      const lastOffset = Math.floor((total - 1) / 5) * 5;
      const expected = { first: 0, prev: 5, next: 15, last: lastOffset };
      for (const [rel, offset] of Object.entries(expected)) {
        const u = links[rel]!;
        expect(u.origin + u.pathname, rel).toBe(`${PUBLIC_URL}${BASE}/users`);
        expect(u.searchParams.get('offset'), rel).toBe(String(offset));
        expect(u.searchParams.get('limit'), rel).toBe('5');
        expect(u.searchParams.get('filter'), rel).toBe(filter);
        expect(u.searchParams.get('sort'), rel).toBe('familyName');
        expect(u.searchParams.get('orderBy'), rel).toBe('desc');
        expect(u.searchParams.get('fields'), rel).toBe('sourcedId,familyName');
      }
      const first = parseLinks((await f.get(`/users?${q}&limit=5`, f.tokens.all)).headers.link);
      expect(Object.keys(first).sort()).toEqual(['first', 'last', 'next']);
      const last = parseLinks(
        (await f.get(`/users?${q}&limit=5&offset=${lastOffset}`, f.tokens.all)).headers.link,
      );
      expect(Object.keys(last).sort()).toEqual(['first', 'last', 'prev']);
      const empty = await f.get(`/users?filter=${encodeURIComponent("givenName='nobody'")}`, f.tokens.all);
      expect(empty.headers['x-total-count']).toBe('0');
      expect(items(empty, 'users')).toEqual([]);
      expect(Object.keys(parseLinks(empty.headers.link)).sort()).toEqual(['first', 'last']);
      // Past the end: an empty page, still with the total.
      const beyond = await f.get(`/users?limit=5&offset=100000`, f.tokens.all);
      expect(beyond.statusCode).toBe(200);
      expect(items(beyond, 'users')).toEqual([]);
      expect(Number(beyond.headers['x-total-count'])).toBeGreaterThan(0);
    });

    it('walks every page with limit=7 following next links: the union is the full ordered set', async () => {
      const f = api();
      for (const [path, key, sort] of [
        ['/users', 'users', ''],
        ['/enrollments', 'enrollments', ''],
        ['/classes', 'classes', 'sort=classCode&orderBy=desc'],
      ] as const) {
        const full = await all(f, `${path}${sort ? `?${sort}` : ''}`, key);
        const seen: string[] = [];
        let url: string | undefined = `${BASE}${path}?limit=7${sort ? `&${sort}` : ''}`;
        let pages = 0;
        while (url) {
          const res = await f.get(url, f.tokens.all);
          expect(res.statusCode).toBe(200);
          expect(res.headers['x-total-count']).toBe(String(full.length));
          const page = items(res, key);
          expect(page.length).toBeLessThanOrEqual(7);
          seen.push(...ids(page));
          const next: URL | undefined = parseLinks(res.headers.link).next;
          expect(next?.origin ?? PUBLIC_URL).toBe(PUBLIC_URL);
          url = next ? next.pathname + next.search : undefined;
          if (++pages > 500) throw new Error('paging does not end');
        }
        expect(pages).toBe(Math.ceil(full.length / 7));
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(ids(full));
      }
    });
  });

  describe('tenant isolation', () => {
    it('never shows tenant a records to a tenant b token', async () => {
      const f = api();
      const a = await all(f, '/users', 'users');
      const aClasses = await all(f, '/classes', 'classes');
      const aSchools = await all(f, '/schools', 'orgs');
      const aSessions = await all(f, '/academicSessions', 'academicSessions');
      const aEnrollments = await all(f, '/enrollments', 'enrollments');
      const aCourses = await all(f, '/courses', 'courses');
      const aIds = new Set<string>();
      for (const path of [
        '/academicSessions',
        '/orgs',
        '/courses',
        '/classes',
        '/users',
        '/enrollments',
        '/demographics',
      ]) {
        const key = path.slice(1);
        for (const r of await all(f, path, key)) aIds.add(r.sourcedId);
      }
      const student = a.find((u) => (u.roles as Rec[]).some((r) => r.role === 'student'))!;
      const teacher = a.find((u) => (u.roles as Rec[]).some((r) => r.role === 'teacher'))!;
      const sample: Record<string, string> = {
        sourcedId: a[0]!.sourcedId,
        classSourcedId: aClasses[0]!.sourcedId,
        courseSourcedId: aCourses[0]!.sourcedId,
        schoolSourcedId: aSchools[0]!.sourcedId,
        studentSourcedId: student.sourcedId,
        teacherSourcedId: teacher.sourcedId,
        termSourcedId: aSessions[0]!.sourcedId,
        userSourcedId: student.sourcedId,
      };
      const singleIds: Record<string, string> = {
        getAcademicSession: aSessions[0]!.sourcedId,
        getClass: aClasses[0]!.sourcedId,
        getCourse: aCourses[0]!.sourcedId,
        getDemographics: student.sourcedId,
        getEnrollment: aEnrollments[0]!.sourcedId,
        getGradingPeriod: aSessions[0]!.sourcedId,
        getOrg: aSchools[0]!.sourcedId,
        getSchool: aSchools[0]!.sourcedId,
        getStudent: student.sourcedId,
        getTeacher: teacher.sourcedId,
        getTerm: aSessions[0]!.sourcedId,
        getUser: student.sourcedId,
      };
      let collections = 0;
      for (const op of operations()) {
        const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
          name === 'sourcedId' ? singleIds[op.operationId]! : sample[name]!,
        );
        const res = await f.get(`${url}${url.includes('?') ? '&' : '?'}limit=10000`, f.tokens.b);
        if (!op.path.includes('{')) {
          // A collection of tenant b: valid, and nothing of tenant a.
          expect(res.statusCode, op.operationId).toBe(200);
          const list = Object.values(res.json<Record<string, Rec[]>>())[0]!;
          for (const r of list)
            expect(aIds.has(r.sourcedId), `${op.operationId} leaks ${r.sourcedId}`).toBe(false);
          collections++;
        } else {
          // Any path naming a record of tenant a is unknown to tenant b.
          expect(res.statusCode, `${op.operationId} ${url}`).toBe(404);
          expect(codeMinor(res)).toBe('unknownobject');
          expectValid(op.operationId, 404, res.json());
        }
      }
      expect(collections).toBe(12);
      const bUsers = await all(f, '/users', 'users', f.tokens.b);
      expect(bUsers.length).toBeGreaterThan(0);
      for (const [path, key, filter] of [
        ['/classes', 'classes', `school.sourcedId='${aSchools[0]!.sourcedId}'`],
        ['/enrollments', 'enrollments', `school.sourcedId='${aSchools[0]!.sourcedId}'`],
        ['/enrollments', 'enrollments', `user.sourcedId='${student.sourcedId}'`],
        ['/users', 'users', `sourcedId='${student.sourcedId}'`],
        ['/users', 'users', `roles.org.sourcedId='${aSchools[0]!.sourcedId}'`],
      ] as const) {
        const res = await f.get(`${path}?filter=${encodeURIComponent(filter)}`, f.tokens.b);
        expect(res.statusCode).toBe(200);
        expect(items(res, key), filter).toEqual([]);
        expect(res.headers['x-total-count']).toBe('0');
      }
      // And tenant a's token sees none of b's.
      const aUsers = new Set(ids(a));
      for (const u of bUsers) expect(aUsers.has(u.sourcedId)).toBe(false);
    });
  });
});
