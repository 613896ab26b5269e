import { describe, expect, it } from 'vitest';
import { validateBundle, type ValidationReport } from '../../src/services/validation.service.js';
import type { Issue } from '../../src/import/issues.js';
import {
  DISTRICT,
  SCHOOL,
  STUDENT,
  SY,
  TEACHER,
  defaultHeader,
  minimalBundle,
  renderBundle,
  user,
  writeBundleDir,
  writeBundleZip,
  writeZipEntries,
  type BundleData,
  type WriteOptions,
} from '../helpers/bundle.js';

async function run(data: BundleData, opts: WriteOptions = {}): Promise<ValidationReport> {
  return validateBundle(await writeBundleDir(data, opts), 'oneroster');
}

const all = (r: ValidationReport): Issue[] => [...r.errors, ...r.warnings];
const codes = (r: ValidationReport) => all(r).map((i) => i.code);

/** Asserts that the report holds exactly one issue with `code` and that it matches `expected`. */
function one(r: ValidationReport, code: string, expected: Partial<Issue>): Issue {
  const found = all(r).filter((i) => i.code === code);
  expect(found, `${code} in ${JSON.stringify(codes(r))}`).toHaveLength(1);
  expect(found[0]).toMatchObject(expected);
  return found[0]!;
}

/** Raw CSV text of one file, header from the model unless given. */
function csvText(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

describe('a valid bundle', () => {
  it('passes with no issue (the baseline of every failing case below)', async () => {
    const r = await run(minimalBundle());
    expect(all(r)).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.counts).toEqual({
      academicSessions: 1,
      orgs: 2,
      courses: 1,
      classes: 1,
      users: 2,
      roles: 2,
      enrollments: 2,
    });
  });

  it('passes with BOM, CRLF and every field quoted (BOM warned per file)', async () => {
    const r = await run(minimalBundle(), { bom: true, crlf: true, quoteAll: true });
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.warnings.every((i) => i.code === 'file.bom')).toBe(true);
    expect(r.warnings.map((i) => i.file).sort()).toEqual(
      ['academicSessions', 'classes', 'courses', 'enrollments', 'manifest', 'orgs', 'roles', 'users'].map(
        (f) => `${f}.csv`,
      ),
    );
    expect(r.counts.users).toBe(2);
  });

  it('passes unquoted', async () => {
    const files = renderBundle(minimalBundle());
    expect(files['users.csv']).not.toContain('"');
    const r = await run(minimalBundle());
    expect(r.valid).toBe(true);
  });

  it('passes as a zip', async () => {
    const r = await validateBundle(await writeBundleZip(minimalBundle(), { crlf: true }), 'oneroster');
    expect(all(r)).toEqual([]);
    expect(r.counts.enrollments).toBe(2);
  });

  it('passes as a zip whose entries sit in one folder (macOS resource forks ignored)', async () => {
    const entries: Record<string, string> = { 'roster-2025/': '' };
    for (const [name, text] of Object.entries(renderBundle(minimalBundle()))) {
      entries[`roster-2025/${name}`] = text;
      entries[`__MACOSX/roster-2025/._${name}`] = '\u0000\u0005\u0016\u0007';
    }
    const r = await validateBundle(await writeZipEntries(entries), 'oneroster');
    expect(all(r)).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.counts.users).toBe(2);
  });
});

describe('file set', () => {
  it('bundle.fileMissing: a file declared bulk is not in the bundle', async () => {
    const r = await run(minimalBundle(), { modes: { demographics: 'bulk' } });
    expect(r.valid).toBe(false);
    const i = one(r, 'bundle.fileMissing', {
      file: 'demographics.csv',
      line: null,
      column: null,
      severity: 'error',
    });
    expect(i.message).toContain('bulk');
  });

  it('bundle.fileNotDeclared: a file is present but declared absent, and is not read', async () => {
    const r = await run(minimalBundle(), { modes: { roles: 'absent' } });
    expect(r.valid).toBe(false);
    one(r, 'bundle.fileNotDeclared', { file: 'roles.csv', line: null, severity: 'error' });
    expect(r.counts.roles).toBeUndefined();
  });

  it('bundle.unknownFile: a file that is not OneRoster is a warning', async () => {
    const r = await run(minimalBundle(), { extraFiles: { 'readme.txt': 'hello', 'Users.csv': 'x\n' } });
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((i) => [i.code, i.file, i.severity]).sort()).toEqual([
      ['bundle.unknownFile', 'Users.csv', 'warning'],
      ['bundle.unknownFile', 'readme.txt', 'warning'],
    ]);
  });

  it('bundle.unsupportedFile: a gradebook file declared bulk is a warning and not read', async () => {
    const r = await run(minimalBundle(), {
      modes: { lineItems: 'bulk' },
      extraFiles: { 'lineItems.csv': 'sourcedId,nonsense\n"unterminated\n' },
    });
    expect(r.valid).toBe(true);
    one(r, 'bundle.unsupportedFile', { file: 'lineItems.csv', severity: 'warning' });
    expect(r.errors).toEqual([]);
  });

  it('bundle.unsupportedFile is not raised for a gradebook file declared absent (it is not declared)', async () => {
    const r = await run(minimalBundle(), { extraFiles: { 'lineItems.csv': 'sourcedId\nx\n' } });
    expect(codes(r)).toEqual(['bundle.fileNotDeclared']);
  });

  it('file.empty: a data file with only its header', async () => {
    const r = await run({ ...minimalBundle(), demographics: [] });
    expect(r.valid).toBe(false);
    one(r, 'file.empty', { file: 'demographics.csv', line: null, severity: 'error' });
    expect(r.counts.demographics).toBe(0);
  });

  it('file.empty: a zero-byte data file', async () => {
    const r = await run(minimalBundle(), {
      modes: { demographics: 'bulk' },
      extraFiles: { 'demographics.csv': '' },
    });
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['file.empty']);
    one(r, 'file.empty', { file: 'demographics.csv' });
  });
});

describe('rows', () => {
  it('row.columnCount: a row with fewer fields than the header', async () => {
    const header = defaultHeader('orgs');
    const orgs = csvText(header, [
      [DISTRICT, '', '', '北町教育委員会', 'district', '011002', ''],
      [SCHOOL, '', '', '北町第一小学校', 'school', DISTRICT],
    ]);
    const r = await run(minimalBundle(), { extraFiles: { 'orgs.csv': orgs } });
    expect(r.valid).toBe(false);
    const i = one(r, 'row.columnCount', { file: 'orgs.csv', line: 3, column: null });
    expect(i.message).toContain('6');
    expect(i.message).toContain('7');
  });

  it('row.columnCount: a row with more fields than the header', async () => {
    const header = defaultHeader('academicSessions');
    const text = csvText(header, [
      [SY, '', '', '2025年度', 'schoolYear', '2025-04-01', '2026-03-31', 'NULL', '2025', 'x'],
    ]);
    const r = await run(minimalBundle(), { extraFiles: { 'academicSessions.csv': text } });
    one(r, 'row.columnCount', { file: 'academicSessions.csv', line: 2 });
  });

  it('value.required: a user without givenName', async () => {
    const data = minimalBundle();
    delete data.users![1]!.givenName;
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'value.required', { file: 'users.csv', line: 3, column: 'givenName', value: null });
    expect(i.message).toBe('givenName is required: fill in a value');
  });

  it('value.required: NULL in a required reference', async () => {
    const data = minimalBundle();
    data.courses![0]!.orgSourcedId = 'NULL';
    const r = await run(data);
    one(r, 'value.required', { file: 'courses.csv', line: 2, column: 'orgSourcedId' });
  });

  it('value.mustBeEmpty: status in a bulk file', async () => {
    const data = minimalBundle();
    data.orgs![1]!.status = 'active';
    const r = await run(data);
    expect(r.valid).toBe(false);
    one(r, 'value.mustBeEmpty', { file: 'orgs.csv', line: 3, column: 'status', value: 'active' });
  });

  it('value.mustBeEmpty: dateLastModified in a bulk file', async () => {
    const data = minimalBundle();
    data.orgs![0]!.dateLastModified = '2025-04-01T00:00:00.000Z';
    const r = await run(data);
    one(r, 'value.mustBeEmpty', { file: 'orgs.csv', line: 2, column: 'dateLastModified' });
  });

  it('delta mode requires status and dateLastModified', async () => {
    const r = await run(minimalBundle(), { modes: { orgs: 'delta' } });
    expect(r.valid).toBe(false);
    const required = r.errors
      .filter((i) => i.code === 'value.required')
      .map((i) => [i.file, i.line, i.column]);
    expect(required).toEqual([
      ['orgs.csv', 2, 'status'],
      ['orgs.csv', 2, 'dateLastModified'],
      ['orgs.csv', 3, 'status'],
      ['orgs.csv', 3, 'dateLastModified'],
    ]);
  });

  it('delta mode accepts rows with status and dateLastModified', async () => {
    const data = minimalBundle();
    for (const o of data.orgs!)
      Object.assign(o, { status: 'active', dateLastModified: '2025-04-01T00:00:00.000Z' });
    const r = await run(data, { modes: { orgs: 'delta' } });
    expect(all(r)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('delta mode reads status inactive as tobedeleted with a warning', async () => {
    const data = minimalBundle();
    for (const o of data.orgs!)
      Object.assign(o, { status: 'active', dateLastModified: '2025-04-01T09:00:00+09:00' });
    data.orgs![0]!.status = 'inactive';
    const r = await run(data, { modes: { orgs: 'delta' } });
    expect(r.valid).toBe(true);
    one(r, 'value.statusInactive', { file: 'orgs.csv', line: 2, column: 'status', severity: 'warning' });
  });

  it('value.enum: an org type outside the vocabulary', async () => {
    const data = minimalBundle();
    data.orgs![1]!.type = 'city';
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'value.enum', { file: 'orgs.csv', line: 3, column: 'type', value: 'city' });
    expect(i.message).toContain('school');
  });

  it('value.enum accepts an ext: org type', async () => {
    const data = minimalBundle();
    data.orgs![0]!.type = 'ext:prefecture';
    const r = await run(data);
    expect(all(r)).toEqual([]);
  });

  it('value.* format errors carry file, line, column and value', async () => {
    const data = minimalBundle();
    data.academicSessions![0]!.startDate = '2025-02-30';
    data.users![0]!.enabledUser = 'yes';
    const r = await run(data);
    one(r, 'value.date', { file: 'academicSessions.csv', line: 2, column: 'startDate', value: '2025-02-30' });
    one(r, 'value.boolean', { file: 'users.csv', line: 2, column: 'enabledUser', value: 'yes' });
  });

  it('row.embeddedNewline: a quoted field with a line break, later lines still counted', async () => {
    const data = minimalBundle();
    data.orgs![0]!.name = '北町\n教育委員会';
    data.orgs![1]!.type = 'city';
    const r = await run(data);
    expect(r.valid).toBe(false);
    one(r, 'row.embeddedNewline', { file: 'orgs.csv', line: 2, column: 'name' });
    // The district row took lines 2–3, so the school row is on line 4.
    one(r, 'value.enum', { file: 'orgs.csv', line: 4, column: 'type' });
  });
});

describe('records', () => {
  it('record.duplicate: a sourcedId repeated in a file, with the first line', async () => {
    const data = minimalBundle();
    data.users!.push(user(TEACHER, { givenName: '次郎', familyName: '山田' }));
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'record.duplicate', { file: 'users.csv', line: 4, column: 'sourcedId', value: TEACHER });
    expect(i.message).toContain('first on line 2');
    expect(i.messageJa).toContain('2 行目');
  });

  it('the same sourcedId in two different files is not a duplicate', async () => {
    const data = minimalBundle();
    data.orgs![1]!.sourcedId = SY;
    for (const rows of [data.courses!, data.classes!, data.roles!, data.enrollments!]) {
      for (const row of rows) for (const k of Object.keys(row)) if (row[k] === SCHOOL) row[k] = SY;
    }
    for (const u of data.users!) u.primaryOrgSourcedId = SY;
    const r = await run(data);
    expect(all(r)).toEqual([]);
  });

  it('ref.unresolved: a class pointing at an unknown course', async () => {
    const data = minimalBundle();
    data.classes![0]!.courseSourcedId = 'course-nowhere';
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'ref.unresolved', {
      file: 'classes.csv',
      line: 2,
      column: 'courseSourcedId',
      value: 'course-nowhere',
    });
    expect(i.message).toContain('courses.csv');
  });

  it('ref.unresolved: an enrollment pointing at an unknown user', async () => {
    const data = minimalBundle();
    data.enrollments![1]!.userSourcedId = 'user-ghost';
    const r = await run(data);
    one(r, 'ref.unresolved', {
      file: 'enrollments.csv',
      line: 3,
      column: 'userSourcedId',
      value: 'user-ghost',
    });
  });

  it('ref.unresolved: one item of a reference list', async () => {
    const data = minimalBundle();
    data.classes![0]!.termSourcedIds = `${SY},as-term-9`;
    const r = await run(data);
    one(r, 'ref.unresolved', { file: 'classes.csv', line: 2, column: 'termSourcedIds', value: 'as-term-9' });
  });

  it('a same-file reference to a later row is resolved', async () => {
    const data = minimalBundle();
    data.orgs!.reverse(); // the school (parent: district) now comes before the district
    expect(data.orgs![0]!.sourcedId).toBe(SCHOOL);
    const r = await run(data);
    expect(all(r)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('ref.unresolved: an org parent that is nowhere in orgs.csv', async () => {
    const data = minimalBundle();
    data.orgs![1]!.parentSourcedId = 'org-nowhere';
    const r = await run(data);
    expect(r.valid).toBe(false);
    one(r, 'ref.unresolved', { file: 'orgs.csv', line: 3, column: 'parentSourcedId', value: 'org-nowhere' });
  });

  it('ref.unresolved: a reference to a row that was itself rejected is still resolved', async () => {
    const data = minimalBundle();
    data.courses![0]!.title = '';
    const r = await run(data);
    expect(codes(r)).toEqual(['value.required']);
  });

  it('ref.wrongType: class.schoolSourcedId pointing at the district', async () => {
    const data = minimalBundle();
    data.classes![0]!.schoolSourcedId = DISTRICT;
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'ref.wrongType', {
      file: 'classes.csv',
      line: 2,
      column: 'schoolSourcedId',
      value: DISTRICT,
    });
    expect(i.message).toBe(`schoolSourcedId must refer to a school, but ${DISTRICT} is a district`);
  });

  it('ref.wrongType: course.schoolYearSourcedId pointing at a term session', async () => {
    const data = minimalBundle();
    data.academicSessions!.push({
      sourcedId: 'as-term1',
      title: '前期',
      type: 'term',
      startDate: '2025-04-01',
      endDate: '2025-09-30',
      parentSourcedId: SY,
      schoolYear: '2025',
    });
    data.courses![0]!.schoolYearSourcedId = 'as-term1';
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'ref.wrongType', {
      file: 'courses.csv',
      line: 2,
      column: 'schoolYearSourcedId',
      value: 'as-term1',
    });
    expect(i.message).toContain('term');
  });

  it('ref.wrongType is not raised for an ext: typed target', async () => {
    const data = minimalBundle();
    data.orgs![1]!.type = 'ext:branchSchool';
    const r = await run(data);
    expect(all(r)).toEqual([]);
  });

  it('ref.unchecked: references into a file the bundle does not carry are warnings', async () => {
    const data = minimalBundle();
    delete data.orgs;
    const r = await run(data);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    const unchecked = r.warnings.filter((i) => i.code === 'ref.unchecked');
    expect(unchecked.length).toBeGreaterThan(0);
    expect(unchecked.map((i) => i.value).sort()).toEqual([SCHOOL]);
    expect(unchecked[0]).toMatchObject({
      file: 'courses.csv',
      line: 2,
      column: 'orgSourcedId',
      severity: 'warning',
    });
    expect(r.warnings.every((i) => i.code === 'ref.unchecked')).toBe(true);
  });

  it('demographics.notUser: a demographics row for someone who is not a user', async () => {
    const data = minimalBundle();
    data.demographics = [
      { sourcedId: STUDENT, birthDate: '2018-05-01', sex: 'male' },
      { sourcedId: 'user-nobody', sex: 'female' },
    ];
    const r = await run(data);
    expect(r.valid).toBe(false);
    one(r, 'demographics.notUser', {
      file: 'demographics.csv',
      line: 3,
      column: 'sourcedId',
      value: 'user-nobody',
    });
    expect(codes(r)).toEqual(['demographics.notUser']);
  });

  it('role.multiplePrimary: two primary roles for one user in one org', async () => {
    const data = minimalBundle();
    data.roles!.push({
      sourcedId: 'role-s2',
      userSourcedId: STUDENT,
      roleType: 'primary',
      role: 'aide',
      orgSourcedId: SCHOOL,
    });
    const r = await run(data);
    expect(r.valid).toBe(false);
    const i = one(r, 'role.multiplePrimary', {
      file: 'roles.csv',
      line: 4,
      column: 'roleType',
      value: STUDENT,
    });
    expect(i.message).toContain(SCHOOL);
  });

  it('role.multiplePrimary is not raised for a secondary role or another org', async () => {
    const data = minimalBundle();
    data.roles!.push(
      {
        sourcedId: 'role-s2',
        userSourcedId: STUDENT,
        roleType: 'secondary',
        role: 'aide',
        orgSourcedId: SCHOOL,
      },
      {
        sourcedId: 'role-s3',
        userSourcedId: STUDENT,
        roleType: 'primary',
        role: 'student',
        orgSourcedId: DISTRICT,
      },
    );
    const r = await run(data);
    expect(all(r)).toEqual([]);
  });

  it('user.primaryOrgWithoutRole: a primary org with no role of the user there is a warning', async () => {
    const data = minimalBundle();
    data.users![0]!.primaryOrgSourcedId = DISTRICT;
    const r = await run(data);
    expect(r.valid).toBe(true);
    one(r, 'user.primaryOrgWithoutRole', {
      file: 'users.csv',
      line: 2,
      column: 'primaryOrgSourcedId',
      value: DISTRICT,
      severity: 'warning',
    });
  });

  it('value.listMismatch: subjects and subjectCodes of different lengths', async () => {
    const data = minimalBundle();
    Object.assign(data.courses![0]!, { subjects: '国語,算数', subjectCodes: 'P010' });
    Object.assign(data.classes![0]!, { subjects: '国語,算数', subjectCodes: 'P010,P030' });
    const r = await run(data);
    expect(r.valid).toBe(false);
    one(r, 'value.listMismatch', { file: 'courses.csv', line: 2, column: 'subjectCodes' });
  });
});

describe('issue reporting', () => {
  it('caps the listed issues per code at 1000 while counting all of them', async () => {
    const data = minimalBundle();
    for (let n = 0; n < 1500; n++) data.users!.push(user(`user-${n}`, { familyName: '鈴木' }));
    const r = await run(data);
    expect(r.valid).toBe(false);
    expect(r.errorCount).toBe(1500);
    expect(r.errors).toHaveLength(1000);
    expect(r.errors.every((i) => i.code === 'value.required' && i.column === 'givenName')).toBe(true);
    expect(r.errors[0]!.line).toBe(4);
    expect(r.errors[999]!.line).toBe(1003);
    expect(r.truncated).toEqual([{ code: 'value.required', omitted: 500 }]);
    expect(r.counts.users).toBe(1502);
  });

  it('gives every issue a filled English and Japanese message', async () => {
    const data = minimalBundle();
    data.orgs![1]!.type = 'city';
    data.academicSessions![0]!.status = 'active';
    data.classes![0]!.schoolSourcedId = DISTRICT;
    data.classes![0]!.courseSourcedId = 'course-x';
    data.users![0]!.primaryOrgSourcedId = DISTRICT;
    data.users![1]!.userIds = 'nobraces';
    data.roles!.push({
      sourcedId: 'role-s2',
      userSourcedId: STUDENT,
      roleType: 'primary',
      role: 'aide',
      orgSourcedId: SCHOOL,
    });
    data.roles!.push({
      sourcedId: 'role-s2',
      userSourcedId: 'user-x',
      roleType: 'primary',
      role: 'x',
      orgSourcedId: SCHOOL,
    });
    data.enrollments![0]!['metadata.jp.ShussekiNo'] = 'one';
    data.demographics = [{ sourcedId: STUDENT, sex: 'Male' }, { sourcedId: 'user-nobody' }];
    Object.assign(data.courses![0]!, { subjects: 'a,b', subjectCodes: 'a' });
    const r = await run(data, {
      modes: { lineItems: 'bulk', results: 'delta' },
      bom: true,
      extraFiles: { 'lineItems.csv': 'x\n', 'notes.txt': 'x' },
    });
    const found = new Set(codes(r));
    for (const code of [
      'value.enum',
      'value.mustBeEmpty',
      'ref.wrongType',
      'ref.unresolved',
      'value.userId',
      'role.multiplePrimary',
      'record.duplicate',
      'value.integer',
      'demographics.notUser',
      'value.listMismatch',
      'bundle.fileMissing',
      'bundle.unsupportedFile',
      'bundle.unknownFile',
      'file.bom',
    ]) {
      expect(found, code).toContain(code);
    }
    for (const i of all(r)) {
      expect(i.message.trim(), i.code).not.toBe('');
      expect(i.messageJa.trim(), i.code).not.toBe('');
      expect(i.message, i.code).not.toMatch(/\{\w+\}/);
      expect(i.messageJa, i.code).not.toMatch(/\{\w+\}/);
      expect(i.messageJa, i.code).not.toBe(i.message);
    }
  });

  it('cuts long values to 100 characters', async () => {
    const data = minimalBundle();
    data.orgs![1]!.type = 'x'.repeat(300);
    const r = await run(data);
    const i = one(r, 'value.enum', { file: 'orgs.csv', line: 3 });
    expect(i.value).toBe(`${'x'.repeat(100)}…`);
  });
});

describe('dependency order', () => {
  it('checks a reference from users to a class (metadata.jp.homeClass)', async () => {
    const data = minimalBundle();
    data.users![1]!['metadata.jp.homeClass'] = 'class-9-9';
    const r = await run(data);
    one(r, 'ref.unresolved', {
      file: 'users.csv',
      line: 3,
      column: 'metadata.jp.homeClass',
      value: 'class-9-9',
    });
  });

  it('does not check users.resourceSourcedIds (resources are not stored)', async () => {
    const data = minimalBundle();
    data.users![0]!.resourceSourcedIds = 'res-1';
    const header = [...defaultHeader('users')];
    header.splice(header.indexOf('preferredGivenName'), 0, 'resourceSourcedIds');
    const r = await run(data, { headers: { users: header } });
    expect(all(r)).toEqual([]);
  });
});
