import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/import/issues.js';
import { validateBundle, type Profile } from '../../src/services/validation.service.js';
import {
  CLASS,
  DISTRICT,
  SCHOOL,
  STUDENT,
  SY,
  TEACHER,
  minimalBundle,
  writeBundleDir,
  type BundleData,
} from '../helpers/bundle.js';

/** A deterministic v4 UUID for each fixture id, so the Japan Profile fixture uses UUIDs throughout. */
const uuid = (id: string) => {
  const h = createHash('md5').update(id).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const ID = (id: string) => uuid(id);

/** minimalBundle with every id (and reference to it) replaced by its UUID. */
function japanBundle(): BundleData {
  const data = minimalBundle();
  const ids = new Set(Object.values(data).flatMap((rows) => rows.map((r) => r.sourcedId!)));
  for (const rows of Object.values(data)) {
    for (const row of rows) {
      for (const [k, v] of Object.entries(row))
        row[k] = v
          .split(',')
          .map((p) => (ids.has(p) ? uuid(p) : p))
          .join(',');
    }
  }
  return data;
}

async function check(data: BundleData, profile: Profile = 'japan') {
  return validateBundle(await writeBundleDir(data), profile);
}
const all = (r: { errors: Issue[]; warnings: Issue[] }) => [...r.errors, ...r.warnings];
const codes = (r: { errors: Issue[]; warnings: Issue[] }) => all(r).map((i) => i.code);
function one(r: { errors: Issue[]; warnings: Issue[] }, code: string, at: Partial<Issue>): Issue {
  const found = all(r).filter((i) => i.code === code);
  expect(found, `${code} in ${JSON.stringify(codes(r))}`).toHaveLength(1);
  expect(found[0]).toMatchObject(at);
  expect(found[0]!.message.length).toBeGreaterThan(10);
  expect(found[0]!.messageJa.length).toBeGreaterThan(5);
  return found[0]!;
}

describe('Japan Profile rules', () => {
  it('a clean Japan Profile bundle has no issue under japan and eportal profiles', async () => {
    const data = japanBundle();
    expect(all(await check(data))).toEqual([]);
    for (const u of data.users!) {
      u.preferredGivenName = u.givenName!;
      u.preferredFamilyName = u.familyName!;
      u.userMasterIdentifier = uuid(`master-${u.sourcedId}`);
    }
    expect(all(await check(data, 'eportal'))).toEqual([]);
  });

  it('non-UUID sourcedIds: warning under japan, error under eportal, nothing under oneroster', async () => {
    const r = await check(minimalBundle());
    expect(r.valid).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'jp.uuid')).toHaveLength(11);
    expect((await check(minimalBundle(), 'eportal')).errors.some((e) => e.code === 'jp.uuidStrict')).toBe(
      true,
    );
    expect(codes(await check(minimalBundle(), 'oneroster'))).not.toContain('jp.uuid');
  });

  it('kana readings are required columns and values', async () => {
    const data = japanBundle();
    delete data.users![1]!['metadata.jp.kanaGivenName'];
    one(await check(data), 'value.required', {
      file: 'users.csv',
      line: 3,
      column: 'metadata.jp.kanaGivenName',
    });
    expect((await check(data, 'oneroster')).errors).toEqual([]);
  });

  it('half-width katakana in a name is an error; hiragana in a reading a warning', async () => {
    const data = japanBundle();
    data.users![0]!.givenName = 'ﾊﾅｺ';
    data.users![1]!['metadata.jp.kanaGivenName'] = 'たろう';
    const r = await check(data);
    one(r, 'jp.halfWidthKana', {
      file: 'users.csv',
      line: 2,
      column: 'givenName',
      value: 'ﾊﾅｺ',
      severity: 'error',
    });
    one(r, 'jp.kanaHiragana', { line: 3, column: 'metadata.jp.kanaGivenName', severity: 'warning' });
  });

  it('school years: type schoolYear, title YYYY年度, April to March, no parent', async () => {
    const data = japanBundle();
    data.academicSessions![0]!.title = '令和7年度';
    data.academicSessions![0]!.startDate = '2025-04-02';
    const r = await check(data);
    one(r, 'jp.sessionTitle', { file: 'academicSessions.csv', line: 2, column: 'title' });
    const data2 = japanBundle();
    data2.academicSessions![0]!.startDate = '2025-04-02';
    one(await check(data2), 'jp.sessionDates', { severity: 'warning' });
    const data3 = japanBundle();
    data3.academicSessions![0]!.type = 'term';
    one(await check(data3), 'jp.sessionType', { column: 'type', value: 'term' });
  });

  it('courses: title starts with the year, courseCode empty, grade and subject codes', async () => {
    const data = japanBundle();
    data.courses![0]!.title = 'ホームルーム';
    data.courses![0]!.courseCode = 'HR1';
    data.courses![0]!.grades = 'P1,G7';
    data.courses![0]!.subjects = '国語';
    data.courses![0]!.subjectCodes = 'P015';
    const r = await check(data);
    one(r, 'jp.courseTitle', { file: 'courses.csv', line: 2 });
    one(r, 'jp.courseCode', { value: 'HR1' });
    one(r, 'jp.grade', { value: 'G7' });
    one(r, 'jp.subjectCode', { value: 'P015', severity: 'warning' });
    expect((await check(data, 'eportal')).errors.map((e) => e.code)).toContain('jp.subjectCodeStrict');
  });

  it('orgs: district or school, school code with check digit, board code, district without parent', async () => {
    const data = japanBundle();
    data.orgs![1]!.identifier = 'B101210000013';
    data.orgs![0]!.identifier = '01100';
    data.orgs![0]!.parentSourcedId = ID(SCHOOL);
    const r = await check(data);
    one(r, 'jp.schoolCodeCheckDigit', { file: 'orgs.csv', line: 3, value: 'B101210000013' });
    one(r, 'jp.boardCode', { line: 2, value: '01100' });
    one(r, 'jp.districtParent', { line: 2 });
    const data2 = japanBundle();
    data2.orgs![1]!.identifier = '1234567';
    one(await check(data2), 'jp.schoolCode', { value: '1234567' });
    const data3 = japanBundle();
    data3.orgs![0]!.type = 'state';
    one(await check(data3), 'jp.orgType', { value: 'state' });
    expect(DISTRICT).toBeTruthy();
  });

  it('classes: no extension class types', async () => {
    const data = japanBundle();
    data.classes![0]!.classType = 'ext:club';
    one(await check(data), 'jp.noExtension', { file: 'classes.csv', column: 'classType', value: 'ext:club' });
    expect(codes(await check(data, 'oneroster'))).toEqual([]);
  });

  it('userMasterIdentifier: UUID v4 and unique', async () => {
    const data = japanBundle();
    data.users![0]!.userMasterIdentifier = 'not-a-uuid';
    data.users![1]!.userMasterIdentifier = 'not-a-uuid';
    const r = await check(data);
    expect(r.errors.filter((e) => e.code === 'jp.userMasterIdentifier')).toHaveLength(2);
    one(r, 'jp.userMasterIdentifierDuplicate', { line: 3 });
    expect(r.errors.find((e) => e.code === 'jp.userMasterIdentifierDuplicate')?.message).toContain('line 2');
  });

  it('enrollments: students are never primary; guardian is an accepted role', async () => {
    const data = japanBundle();
    data.enrollments![1]!.primary = 'true';
    one(await check(data), 'jp.studentPrimary', { file: 'enrollments.csv', line: 3, column: 'primary' });
    const data2 = japanBundle();
    data2.enrollments![1]!.role = 'guardian';
    data2.enrollments![1]!.primary = 'false';
    expect((await check(data2)).errors).toEqual([]);
    expect(codes(await check(data2, 'oneroster'))).toContain('value.enum');
  });

  it('roles: admin roles are secondary, every user has a primary role, no parent/relative', async () => {
    const data = japanBundle();
    data.roles![0]!.role = 'principal';
    one(await check(data), 'jp.adminPrimary', { file: 'roles.csv', line: 2, value: 'principal' });
    const data2 = japanBundle();
    data2.roles![1]!.roleType = 'secondary';
    one(await check(data2), 'jp.secondaryWithoutPrimary', { file: 'roles.csv', line: 3, value: ID(STUDENT) });
    const data3 = japanBundle();
    data3.roles = data3.roles!.filter((r) => r.userSourcedId !== ID(TEACHER));
    one(await check(data3), 'jp.noPrimaryRole', { file: 'users.csv', line: 2, value: ID(TEACHER) });
    const data4 = japanBundle();
    data4.roles![1]!.role = 'parent';
    one(await check(data4), 'jp.roleNotAllowed', { value: 'parent' });
  });

  it('eportal: preferred names, userMasterIdentifier and enrollment primary are required', async () => {
    const data = japanBundle();
    delete data.enrollments![0]!.primary;
    const r = await check(data, 'eportal');
    const required = r.errors
      .filter((e) => e.code === 'value.required')
      .map((e) => `${e.file}:${e.line}:${e.column}`);
    expect(required).toEqual(
      expect.arrayContaining([
        'users.csv:2:preferredGivenName',
        'users.csv:3:userMasterIdentifier',
        'enrollments.csv:2:primary',
      ]),
    );
    expect((await check(data)).errors).toEqual([]);
  });

  it('eportal: students need grades', async () => {
    const data = japanBundle();
    for (const u of data.users!) {
      u.preferredGivenName = u.givenName!;
      u.preferredFamilyName = u.familyName!;
      u.userMasterIdentifier = uuid(`master-${u.sourcedId}`);
    }
    data.users![1]!.grades = '';
    one(await check(data, 'eportal'), 'jp.studentGrades', { file: 'users.csv', line: 3, value: ID(STUDENT) });
  });

  it('a bulk bundle without a required rostering file gets a warning', async () => {
    const data = japanBundle();
    delete data.enrollments;
    one(await check(data), 'jp.fileAbsent', { file: 'enrollments.csv' });
    expect(CLASS && SY).toBeTruthy();
  });
});
