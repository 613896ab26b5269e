import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config/config.js';
import { loadPiiCipher } from '../../src/crypto/pii-cipher.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { importBundle } from '../../src/services/import.service.js';
import { createTenant } from '../../src/services/tenant.service.js';
import {
  CLASS,
  SCHOOL,
  STUDENT,
  TEACHER,
  minimalBundle,
  tempDir,
  user,
  writeBundleDir,
  type BundleData,
} from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();
const STRONG = 'Kujira no Sora 2026 ✓';
const EXTRA = 30;
const DROPPED = `user-s-${String(EXTRA).padStart(2, '0')}`;

type Who = { cookie: string };
type Page = {
  rows: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
  tenantHasData: boolean;
};
type Item = { sourcedId: string; name: string | null; kana: string | null; role: string | null };
type Detail = {
  record: Record<string, unknown>;
  relations: { key: string; items: Item[]; total: number; truncated: boolean }[];
  history: { change: string; fields: string[] | null; importId: string | null; isUpload: boolean }[];
};

/** The minimal bundle with EXTRA more students in the class, the student's email set. */
function bundle(opts: { studentName?: string; dropLast?: boolean } = {}): BundleData {
  const data = minimalBundle();
  const student = data.users!.find((u) => u.sourcedId === STUDENT)!;
  student.email = 'taro.sato@example.jp';
  if (opts.studentName) student.givenName = opts.studentName;
  const count = opts.dropLast ? EXTRA - 1 : EXTRA;
  for (let i = 1; i <= count; i++) {
    const id = `user-s-${String(i).padStart(2, '0')}`;
    data.users!.push(
      user(id, {
        givenName: `生徒${i}`,
        familyName: '鈴木',
        'metadata.jp.kanaGivenName': `セイト${i}`,
        'metadata.jp.kanaFamilyName': 'スズキ',
      }),
    );
    data.roles!.push({
      sourcedId: `role-${id}`,
      userSourcedId: id,
      roleType: 'primary',
      role: 'student',
      orgSourcedId: SCHOOL,
    });
    data.enrollments!.push({
      sourcedId: `enr-${id}`,
      classSourcedId: CLASS,
      schoolSourcedId: SCHOOL,
      userSourcedId: id,
      role: 'student',
      'metadata.jp.ShussekiNo': String(i + 1),
    });
  }
  return data;
}

describe.each(targets)('admin records API on $name', (target) => {
  const database = useDatabase(target);
  let app: FastifyInstance;
  let auth: Auth;
  const who: Record<'readerA' | 'adminB', Who> = {} as never;
  const importIds: string[] = [];

  async function signIn(email: string): Promise<Who> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: STRONG },
    });
    if (r.statusCode !== 200) throw new Error(`sign-in ${r.statusCode}: ${r.body}`);
    const c = r.cookies.find((x) => x.name === 'rh_session')!;
    return { cookie: `rh_session=${c.value}` };
  }

  const get = (w: Who | null, url: string): Promise<LightMyRequestResponse> =>
    app.inject({ method: 'GET', url, headers: w ? { cookie: w.cookie } : {} });

  async function page(url: string, w: Who = who.readerA): Promise<Page> {
    const r = await get(w, url);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<Page>();
  }

  async function detail(url: string): Promise<Detail> {
    const r = await get(who.readerA, url);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<Detail>();
  }

  const relation = (d: Detail, key: string) => d.relations.find((r) => r.key === key)!;

  beforeAll(async () => {
    const db = database();
    const config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-records-'),
      RH_PUBLIC_URL: 'https://rh.example.test',
      RH_RATE_LIMIT_SIGNINS_PER_HOUR: '100000',
    });
    auth = await createAuth(config, db);
    app = await buildApp({ config, db, auth });
    const identities = new IdentityService(db, { sessionTtlHours: 12 });
    const a = (await createTenant(db, 'rec-a')).tenant.id;
    const b = (await createTenant(db, 'rec-b')).tenant.id;
    const member = async (email: string, tenantId: string, role: 'admin' | 'reader') => {
      const { user: u } = await identities.createUser({ email, password: STRONG });
      await db.withTenant(tenantId, (tx) =>
        tx.kysely.insertInto('memberships').values({ tenant_id: tenantId, user_id: u.id, role }).execute(),
      );
      return signIn(email);
    };
    who.readerA = await member('reader-a@example.test', a, 'reader');
    who.adminB = await member('admin-b@example.test', b, 'admin');

    const pii = await loadPiiCipher(config);
    const load = async (data: BundleData) => {
      const r = await importBundle(db, await writeBundleDir(data), { tenant: 'rec-a', pii });
      if (r.status !== 'completed') throw new Error(JSON.stringify(r.errors));
      importIds.push(r.importId);
    };
    await load(bundle());
    await new Promise((r) => setTimeout(r, 20));
    // The second import renames the student (an update) and drops the last extra student.
    await load(bundle({ studentName: '次郎', dropLast: true }));
  });
  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  const A = '/api/v1/tenants/rec-a/records';

  it('finds a user by kana (katakana or hiragana), by name and by sourcedId', async () => {
    for (const q of ['サトウ', 'さとう', 'ｻﾄｳ', '佐藤次郎', '佐藤 次郎']) {
      const p = await page(`${A}/users?q=${encodeURIComponent(q)}`);
      expect(
        p.rows.map((r) => r.sourcedId),
        q,
      ).toEqual([STUDENT]);
      expect(p.rows[0]).toMatchObject({
        familyName: '佐藤',
        givenName: '次郎',
        kanaFamilyName: 'サトウ',
        kanaGivenName: 'タロウ',
        roles: ['student'],
        status: 'active',
      });
      expect(p.rows[0]).not.toHaveProperty('email');
    }
    expect((await page(`${A}/users?q=${STUDENT}`)).rows.map((r) => r.sourcedId)).toEqual([STUDENT]);
    const prefix = await page(`${A}/users?q=user-s-0&limit=100`);
    expect(prefix.total).toBe(9);
    // LIKE wildcards are taken literally.
    expect((await page(`${A}/users?q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await page(`${A}/users?q=user_s`)).total).toBe(0);
  });

  it('filters by status and role, and pages with a total', async () => {
    const deleted = await page(`${A}/users?status=tobedeleted`);
    expect(deleted.rows.map((r) => r.sourcedId)).toEqual([DROPPED]);
    const teachers = await page(`${A}/users?role=teacher`);
    expect(teachers.rows.map((r) => r.sourcedId)).toEqual([TEACHER]);
    const active = await page(`${A}/users?status=active&role=student`);
    expect(active.total).toBe(EXTRA);

    const first = await page(`${A}/users?limit=10`);
    expect(first).toMatchObject({ total: EXTRA + 2, limit: 10, offset: 0, tenantHasData: true });
    expect(first.rows).toHaveLength(10);
    const last = await page(`${A}/users?limit=10&offset=30`);
    expect(last.rows).toHaveLength(2);
    const all = await page(`${A}/users?limit=100`);
    expect(all.rows.slice(0, 10)).toEqual(first.rows);
    expect(all.rows.slice(30)).toEqual(last.rows);
    // Kana order: サトウ, スズキ…, ヤマダ.
    expect(all.rows[0]!.sourcedId).toBe(STUDENT);
    expect(all.rows.at(-1)!.sourcedId).toBe(TEACHER);
  });

  it('lists the other entities with their display fields and type filters', async () => {
    const orgs = await page(`${A}/orgs?type=school`);
    expect(orgs.rows).toEqual([
      expect.objectContaining({
        sourcedId: SCHOOL,
        name: '北町第一小学校',
        type: 'school',
        parentName: '北町教育委員会',
      }),
    ]);
    const classes = await page(`${A}/classes?q=0101`);
    expect(classes.rows).toEqual([
      expect.objectContaining({
        sourcedId: CLASS,
        title: '1年1組',
        classType: 'homeroom',
        schoolName: '北町第一小学校',
      }),
    ]);
    expect((await page(`${A}/courses`)).total).toBe(1);
    expect((await page(`${A}/academicSessions?type=schoolYear`)).rows[0]).toMatchObject({
      startDate: '2025-04-01',
      schoolYear: '2025',
    });
    const teachers = await page(`${A}/enrollments?role=teacher`);
    expect(teachers.rows).toEqual([
      expect.objectContaining({
        userSourcedId: TEACHER,
        userName: '山田 花子',
        classTitle: '1年1組',
        primary: true,
      }),
    ]);
  });

  it('says whether the tenant has any data when a page is empty', async () => {
    expect((await page(`${A}/users?q=nobody-at-all`)).tenantHasData).toBe(true);
    const b = await page('/api/v1/tenants/rec-b/records/users', who.adminB);
    expect(b).toMatchObject({ total: 0, rows: [], tenantHasData: false });
  });

  it("shows a class's teachers and students, by attendance number", async () => {
    const d = await detail(`${A}/classes/${CLASS}`);
    expect(d.record).toMatchObject({ sourcedId: CLASS, title: '1年1組', classType: 'homeroom' });
    expect(relation(d, 'teachers').items).toEqual([
      {
        entity: 'users',
        sourcedId: TEACHER,
        name: '山田 花子',
        kana: 'ヤマダ ハナコ',
        role: 'teacher',
        status: 'active',
      },
    ]);
    const students = relation(d, 'students');
    expect(students.total).toBe(EXTRA + 1);
    expect(students.truncated).toBe(false);
    expect(students.items[0]).toMatchObject({ sourcedId: STUDENT, name: '佐藤 次郎', kana: 'サトウ タロウ' });
    expect(students.items.at(-1)).toMatchObject({ sourcedId: DROPPED, status: 'tobedeleted' });
    expect(relation(d, 'school').items[0]).toMatchObject({ sourcedId: SCHOOL, name: '北町第一小学校' });
    expect(relation(d, 'terms').items.map((i) => i.name)).toEqual(['2025年度']);
  });

  it("shows a user's record as the REST API renders it, PII decrypted, with their classes", async () => {
    const d = await detail(`${A}/users/${STUDENT}`);
    expect(d.record).toMatchObject({
      sourcedId: STUDENT,
      givenName: '次郎',
      email: 'taro.sato@example.jp',
      metadata: { jp: { kanaGivenName: 'タロウ', homeClass: CLASS } },
    });
    expect(d.record).not.toHaveProperty('password');
    expect(relation(d, 'classes').items).toEqual([
      { entity: 'classes', sourcedId: CLASS, name: '1年1組', kana: null, role: 'student', status: 'active' },
    ]);
    expect(relation(d, 'orgs').items).toEqual([
      expect.objectContaining({ sourcedId: SCHOOL, role: 'student' }),
    ]);
    const school = await detail(`${A}/orgs/${SCHOOL}`);
    expect(relation(school, 'users').total).toBe(EXTRA + 2);
    expect(relation(school, 'parent').items[0]!.name).toBe('北町教育委員会');
  });

  it('shows the change history: created, then updated with the changed field', async () => {
    const d = await detail(`${A}/users/${STUDENT}`);
    expect(d.history.map((h) => h.change)).toEqual(['updated', 'created']);
    expect(d.history[0]!.fields).toContain('givenName');
    expect(d.history.map((h) => h.importId)).toEqual([importIds[1], importIds[0]]);
    expect(d.history[0]!.isUpload).toBe(false);
    const dropped = await detail(`${A}/users/${DROPPED}`);
    expect(dropped.history.map((h) => h.change)).toEqual(['deleted', 'created']);
    const teacher = await detail(`${A}/users/${TEACHER}`);
    expect(teacher.history.map((h) => h.change)).toEqual(['created']);
  });

  it('answers 404 for an unknown record or kind of record, in both languages', async () => {
    for (const url of [
      `${A}/users/nobody`,
      `${A}/students`,
      `${A}/students/${STUDENT}`,
      `${A}/orgs/${STUDENT}`,
    ]) {
      const r = await get(who.readerA, url);
      expect(r.statusCode, url).toBe(404);
      const err = r.json<{ error: { code: string; message: string; messageJa: string } }>().error;
      expect(err.code).toBe('not_found');
      expect(err.messageJa).toMatch(/[ぁ-ん]/);
    }
  });

  it('needs a session (401) and membership of the tenant (403); other tenants see nothing', async () => {
    expect((await get(null, `${A}/users`)).statusCode).toBe(401);
    expect((await get(null, `${A}/users/${STUDENT}`)).statusCode).toBe(401);
    expect((await get(who.adminB, `${A}/users`)).statusCode).toBe(403);
    expect((await get(who.adminB, `${A}/users/${STUDENT}`)).statusCode).toBe(403);
    const r = await get(who.adminB, `/api/v1/tenants/rec-b/records/users/${STUDENT}`);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('佐藤');
    expect((await page('/api/v1/tenants/rec-b/records/classes', who.adminB)).total).toBe(0);
  });
});
