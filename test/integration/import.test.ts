import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/services/import.service.js';
import {
  CLASS,
  SCHOOL,
  STUDENT,
  TEACHER,
  minimalBundle,
  user,
  writeBundleDir,
  writeBundleZip,
  type BundleData,
} from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';
import { rows, snapshot } from '../helpers/store.js';

const targets = await testTargets();

describe.each(targets)('import with change tracking on $name', (target) => {
  const database = useDatabase(target);

  const tenant = () => `t-${randomUUID().slice(0, 8)}`;
  const run = async (slug: string, data: BundleData, opts: Parameters<typeof writeBundleZip>[1] = {}) =>
    importBundle(database(), await writeBundleZip(data, opts), { tenant: slug, profile: 'oneroster' });

  it('creates every record on first import with dateCreated = dateLastModified = import time', async () => {
    const slug = tenant();
    const r = await run(slug, minimalBundle());
    expect(r.status).toBe('completed');
    expect(r.files.users).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, deleted: 0 });
    expect(r.files.orgs?.created).toBe(2);
    expect(r.files.enrollments?.created).toBe(2);
    const users = await rows(database(), slug, 'users');
    expect([...users.keys()]).toEqual([STUDENT, TEACHER]);
    const times = new Set([...users.values()].flatMap((u) => [u.date_created, u.date_last_modified]));
    expect(times.size).toBe(1);
    expect(users.get(STUDENT)?.status).toBe('active');
  });

  it('re-importing the identical bundle changes nothing, not even dateLastModified', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const before = await snapshot(database(), slug);
    const r = await run(slug, minimalBundle());
    expect(r.status).toBe('completed');
    for (const [file, c] of Object.entries(r.files)) {
      expect({ file, created: c.created, updated: c.updated, deleted: c.deleted }).toEqual({
        file,
        created: 0,
        updated: 0,
        deleted: 0,
      });
      expect(c.unchanged).toBe(c.rows);
    }
    expect(await snapshot(database(), slug)).toEqual(before);
  });

  it('moves dateLastModified of exactly the record whose field changed', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const before = await rows(database(), slug, 'users');
    const data = minimalBundle();
    data.users![1]!.givenName = '次郎';
    const r = await run(slug, data);
    expect(r.files.users).toMatchObject({ created: 0, updated: 1, unchanged: 1, deleted: 0 });
    expect(r.files.classes).toMatchObject({ updated: 0, unchanged: 1 });
    const after = await rows(database(), slug, 'users');
    expect(after.get(STUDENT)?.given_name).toBe('次郎');
    expect(after.get(STUDENT)?.date_last_modified).not.toBe(before.get(STUDENT)?.date_last_modified);
    expect(after.get(STUDENT)?.date_created).toBe(before.get(STUDENT)?.date_created);
    expect(after.get(TEACHER)).toEqual(before.get(TEACHER));
  });

  it('marks records missing from a bulk file tobedeleted, and active again when they return', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const first = await rows(database(), slug, 'users');
    const without = minimalBundle();
    without.users = without.users!.filter((u) => u.sourcedId !== STUDENT);
    without.roles = without.roles!.filter((u) => u.userSourcedId !== STUDENT);
    without.enrollments = without.enrollments!.filter((u) => u.userSourcedId !== STUDENT);
    const r = await run(slug, without);
    expect(r.files.users).toMatchObject({ rows: 1, deleted: 1, unchanged: 1 });
    expect(r.files.enrollments).toMatchObject({ deleted: 1 });
    const gone = await rows(database(), slug, 'users');
    expect(gone.get(STUDENT)?.status).toBe('tobedeleted');
    expect(gone.get(STUDENT)?.date_last_modified).not.toBe(first.get(STUDENT)?.date_last_modified);

    const again = await run(slug, without);
    expect(again.files.users).toMatchObject({ deleted: 0, unchanged: 1 });
    expect((await rows(database(), slug, 'users')).get(STUDENT)).toEqual(gone.get(STUDENT));

    const back = await run(slug, minimalBundle());
    expect(back.files.users).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const returned = await rows(database(), slug, 'users');
    expect(returned.get(STUDENT)?.status).toBe('active');
    expect(returned.get(STUDENT)?.date_created).toBe(first.get(STUDENT)?.date_created);
    expect(returned.get(STUDENT)?.date_last_modified).not.toBe(gone.get(STUDENT)?.date_last_modified);
  });

  it('applies delta rows and leaves every other record alone', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const before = await rows(database(), slug, 'users');
    const stamp = '2025-05-01T00:00:00.000Z';
    const delta: BundleData = {
      users: [
        { ...minimalBundle().users![1]!, status: 'active', dateLastModified: stamp, middleName: 'ミドル' },
        user('user-new', { status: 'active', dateLastModified: stamp, givenName: '新', familyName: '入' }),
      ],
    };
    const r = await run(slug, delta, { modes: { users: 'delta' } });
    expect(r.status).toBe('completed');
    expect(r.files.users).toEqual({ rows: 2, created: 1, updated: 1, unchanged: 0, deleted: 0 });
    const after = await rows(database(), slug, 'users');
    expect(after.get(TEACHER)).toEqual(before.get(TEACHER));
    expect(after.get(STUDENT)?.middle_name).toBe('ミドル');
    expect(after.get('user-new')?.status).toBe('active');

    const del = await run(
      slug,
      { users: [{ ...minimalBundle().users![0]!, status: 'tobedeleted', dateLastModified: stamp }] },
      { modes: { users: 'delta' } },
    );
    expect(del.files.users).toMatchObject({ deleted: 1 });
    const final = await rows(database(), slug, 'users');
    expect(final.get(TEACHER)?.status).toBe('tobedeleted');
    expect(final.get(STUDENT)).toEqual(after.get(STUDENT));
  });

  it('resolves delta references against stored records and rejects unknown ones', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const stamp = '2025-05-01T00:00:00.000Z';
    const ok = await run(
      slug,
      {
        enrollments: [
          {
            sourcedId: 'enr-x',
            status: 'active',
            dateLastModified: stamp,
            classSourcedId: CLASS,
            schoolSourcedId: SCHOOL,
            userSourcedId: STUDENT,
            role: 'student',
            primary: 'false',
          },
        ],
      },
      { modes: { enrollments: 'delta' } },
    );
    expect(ok.status).toBe('completed');
    const bad = await run(
      slug,
      {
        enrollments: [
          {
            sourcedId: 'enr-y',
            status: 'active',
            dateLastModified: stamp,
            classSourcedId: CLASS,
            schoolSourcedId: SCHOOL,
            userSourcedId: 'nobody',
            role: 'student',
          },
        ],
      },
      { modes: { enrollments: 'delta' } },
    );
    expect(bad.status).toBe('failed');
    expect(bad.errors).toEqual([
      expect.objectContaining({
        code: 'ref.unresolved',
        file: 'enrollments.csv',
        line: 2,
        column: 'userSourcedId',
        value: 'nobody',
      }),
    ]);
  });

  it('writes nothing when the bundle has an error, even in files that were valid', async () => {
    const slug = tenant();
    await run(slug, minimalBundle());
    const before = await snapshot(database(), slug);
    const data = minimalBundle();
    data.users![0]!.givenName = '変更';
    data.users!.push(user('user-extra', { givenName: '追加', familyName: '者' }));
    data.enrollments!.push({
      sourcedId: 'enr-bad',
      classSourcedId: CLASS,
      schoolSourcedId: SCHOOL,
      userSourcedId: 'ghost',
      role: 'student',
    });
    const r = await run(slug, data);
    expect(r.status).toBe('failed');
    expect(r.errors.map((e) => e.code)).toEqual(['ref.unresolved']);
    expect(await snapshot(database(), slug)).toEqual(before);
  });

  it('reads BOM, CRLF and quoted fields, and treats the same data in another style as unchanged', async () => {
    const slug = tenant();
    const first = await run(slug, minimalBundle(), { bom: true, crlf: true, quoteAll: true });
    expect(first.status).toBe('completed');
    expect(first.warnings.map((w) => w.code)).toContain('file.bom');
    const second = await importBundle(database(), await writeBundleDir(minimalBundle()), {
      tenant: slug,
      profile: 'oneroster',
    });
    expect(Object.values(second.files).every((c) => c.created + c.updated + c.deleted === 0)).toBe(true);
  });

  it('stores quoted lists as arrays', async () => {
    const slug = tenant();
    const data = minimalBundle();
    data.classes![0]!.grades = 'P1,P2';
    data.classes![0]!.periods = '1, 3 ,5';
    await run(slug, data, { quoteAll: true });
    const cls = (await rows(database(), slug, 'classes')).get(CLASS);
    expect(cls?.grades).toEqual(['P1', 'P2']);
    expect(cls?.periods).toEqual(['1', '3', '5']);
  });

  it('keeps tenants apart: a bulk import in one tenant deletes nothing in another', async () => {
    const a = tenant();
    const b = tenant();
    await run(a, minimalBundle());
    await run(b, minimalBundle());
    const beforeB = await snapshot(database(), b);
    const onlyTeacher = minimalBundle();
    onlyTeacher.users = onlyTeacher.users!.filter((u) => u.sourcedId === TEACHER);
    onlyTeacher.roles = onlyTeacher.roles!.filter((u) => u.userSourcedId === TEACHER);
    onlyTeacher.enrollments = onlyTeacher.enrollments!.filter((u) => u.userSourcedId === TEACHER);
    expect((await run(a, onlyTeacher)).files.users?.deleted).toBe(1);
    expect(await snapshot(database(), b)).toEqual(beforeB);
  });

  it('records each import, failed ones with their errors', async () => {
    const slug = tenant();
    const ok = await run(slug, minimalBundle());
    const data = minimalBundle();
    data.users![0]!.enabledUser = 'maybe';
    const bad = await run(slug, data);
    const history = await database()
      .kysely.selectFrom('imports')
      .innerJoin('tenants', 'tenants.id', 'imports.tenant_id')
      .select([
        'imports.id',
        'imports.status',
        'imports.error_count',
        'imports.change_counts',
        'imports.issues',
        'imports.timings',
      ])
      .where('tenants.slug', '=', slug)
      .orderBy('imports.started_at')
      .execute();
    expect(history.map((h) => [h.id, h.status, h.error_count])).toEqual([
      [ok.importId, 'completed', 0],
      [bad.importId, 'failed', 1],
    ]);
    expect(history[0]?.change_counts).toMatchObject({ users: { created: 2 } });
    expect(Object.keys(history[0]?.timings ?? {})).toEqual(
      expect.arrayContaining(['users', 'enrollments', 'references', 'total']),
    );
    expect(history[1]?.issues).toEqual([
      expect.objectContaining({ code: 'value.boolean', column: 'enabledUser', line: 2 }),
    ]);
  });
});
