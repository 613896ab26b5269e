import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import {
  generateBundle,
  isValidSchoolCode,
  schoolCodeCheckDigit,
  usersFields,
} from '../../src/generate/index.js';
import type { GenerateOptions } from '../../src/generate/index.js';
import { FILES_BY_NAME, MANIFEST_FILES, type FileName } from '../../src/model/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rosterhub-generate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
const outPath = (suffix = ''): string => path.join(tmp, `out-${++counter}${suffix}`);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LINE = /^"[^"]*"(,"[^"]*")*$/;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/;
const FULL_WIDTH_KATAKANA = /^[ァ-ヶー]+$/;

async function readZip(file: string): Promise<Map<string, { data: Buffer; method: number }>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const files = new Map<string, { data: Buffer; method: number }>();
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(null));
        zip.once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners();
      if (!entry) break;
      const data = await buffer(await zip.openReadStreamPromise(entry));
      files.set(entry.fileName, { data, method: entry.compressionMethod });
    }
  } finally {
    zip.close();
  }
  return files;
}

function readDir(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/** Generated values hold no quotes, commas or line breaks, so a split is an exact parse. */
function parseCsv(data: Buffer): { header: string[]; rows: string[][] } {
  const text = data.toString('utf8');
  const lines = text.split('\r\n');
  expect(lines.pop()).toBe('');
  const cells = (line: string): string[] => line.slice(1, -1).split('","');
  return { header: cells(lines[0]!), rows: lines.slice(1).map(cells) };
}

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

function table(files: Map<string, Buffer>, name: string): Table {
  const data = files.get(`${name}.csv`);
  if (!data) throw new Error(`${name}.csv missing`);
  const { header, rows } = parseCsv(data);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

async function generateDir(opts: Partial<GenerateOptions> = {}): Promise<Map<string, Buffer>> {
  const out = outPath();
  await generateBundle({ out, ...opts });
  return readDir(out);
}

describe('schoolCodeCheckDigit', () => {
  it('computes the MEXT check digit of a real school code', () => {
    expect(schoolCodeCheckDigit('B12721000001')).toBe(8);
    expect(isValidSchoolCode('B127210000018')).toBe(true);
    expect(isValidSchoolCode('B127210000017')).toBe(false);
    expect(isValidSchoolCode('A123456789012')).toBe(false);
  });

  it('rejects input that is not the first 12 characters of a code', () => {
    expect(() => schoolCodeCheckDigit('Z12721000001')).toThrow(RangeError);
    expect(() => schoolCodeCheckDigit('B1272100000')).toThrow(RangeError);
  });
});

describe('generateBundle', () => {
  it('writes byte-identical zips for the same options and seed, different ones for another seed', async () => {
    const a = outPath('.zip');
    const b = outPath('.zip');
    const c = outPath('.zip');
    await generateBundle({ out: a, seed: 'x' });
    await generateBundle({ out: b, seed: 'x' });
    await generateBundle({ out: c, seed: 'y' });
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect(fs.readFileSync(a).equals(fs.readFileSync(c))).toBe(false);
  });

  it('writes byte-identical directories for the same seed; zip entries equal the directory files', async () => {
    const first = await generateDir({ seed: 7, userProfiles: true });
    const second = await generateDir({ seed: 7, userProfiles: true });
    const other = await generateDir({ seed: 8, userProfiles: true });
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    for (const [name, data] of first) {
      expect(data.equals(second.get(name)!), name).toBe(true);
      if (name !== 'manifest.csv') expect(data.equals(other.get(name)!), name).toBe(false);
    }

    const zip = outPath('.zip');
    await generateBundle({ out: zip, seed: 7, userProfiles: true });
    const entries = await readZip(zip);
    expect([...entries.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, entry] of entries) {
      expect(name).not.toContain('/');
      expect(entry.method).toBe(8);
      expect(entry.data.equals(first.get(name)!), name).toBe(true);
    }
  });

  it('reports counts that match the files and scale with the number of students', async () => {
    const progress: number[] = [];
    const small = outPath();
    const large = outPath();
    const r1 = await generateBundle({ out: small, students: 300 });
    const r2 = await generateBundle({ out: large, students: 3000 }, (n) => progress.push(n));
    const files1 = readDir(small);
    const files2 = readDir(large);
    for (const [result, files] of [
      [r1, files1],
      [r2, files2],
    ] as const) {
      for (const [name, rows] of Object.entries(result.files)) {
        expect(table(files, name).rows.length, name).toBe(rows);
      }
      expect(result.totalRows).toBe(Object.values(result.files).reduce((a, b) => a + b, 0));
    }
    const students = (files: Map<string, Buffer>): number =>
      table(files, 'roles').rows.filter((r) => r.role === 'student').length;
    expect(students(files1)).toBe(300);
    expect(students(files2)).toBe(3000);
    expect(r2.files.users! / r1.files.users!).toBeGreaterThan(9);
    expect(r2.files.enrollments! / r1.files.enrollments!).toBeGreaterThan(9);
    expect(r2.files.enrollments!).toBeGreaterThan(3000 * 5);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((n, i) => i === 0 || n > progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(r2.totalRows);
  });

  it('writes UTF-8 without BOM, CRLF lines and every field quoted, headers from the model', async () => {
    const files = await generateDir({ userProfiles: true, layout: 'jp12' });
    for (const [name, data] of files) {
      expect(data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), name).toBe(false);
      const text = data.toString('utf8');
      expect(Buffer.from(text, 'utf8').equals(data), name).toBe(true);
      expect(HALF_WIDTH_KANA.test(text), name).toBe(false);
      expect(text.endsWith('\r\n'), name).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line, name).toMatch(LINE);
        expect(line).not.toMatch(/[\r\n]/);
      }
      if (name === 'manifest.csv' || name === 'users.csv') continue;
      const def = FILES_BY_NAME[name.replace('.csv', '') as FileName];
      expect(table(files, def.name).header).toEqual(def.fields.map((f) => f.csv));
    }
  });

  it('writes a manifest with 21 file rows matching the files present', async () => {
    const files = await generateDir({ demographics: false, userProfiles: true });
    const { header, rows } = parseCsv(files.get('manifest.csv')!);
    expect(header).toEqual(['propertyName', 'value']);
    expect(rows.slice(0, 2)).toEqual([
      ['manifest.version', '1.0'],
      ['oneroster.version', '1.2'],
    ]);
    const fileRows = rows.filter(([p]) => p!.startsWith('file.'));
    expect(fileRows.map(([p]) => p)).toEqual(MANIFEST_FILES.map((f) => `file.${f}`));
    for (const [property, value] of fileRows) {
      const present = files.has(`${property!.slice(5)}.csv`);
      expect(value, property).toBe(present ? 'bulk' : 'absent');
    }
    expect(fileRows.filter(([, v]) => v === 'bulk').length).toBe(8);
    expect(files.has('demographics.csv')).toBe(false);
    expect(rows.at(-1)).toEqual(['source.systemName', 'RosterHub generator']);
  });

  it('removes a stale optional file from a reused output directory', async () => {
    const out = outPath();
    await generateBundle({ out, userProfiles: true });
    expect(fs.existsSync(path.join(out, 'userProfiles.csv'))).toBe(true);
    await generateBundle({ out, userProfiles: false });
    expect(fs.existsSync(path.join(out, 'userProfiles.csv'))).toBe(false);
  });

  it.each(['jp121', 'jp12'] as const)(
    'writes the %s users.csv layout with a full row everywhere',
    async (layout) => {
      const files = await generateDir({ layout, userProfiles: true });
      const { header, rows } = parseCsv(files.get('users.csv')!);
      expect(header).toEqual(usersFields(layout).map((f) => f.csv));
      expect(header.length).toBe(layout === 'jp121' ? 29 : 27);
      expect(header.includes('resourceSourcedIds')).toBe(layout === 'jp12');
      expect(header.at(-1)).toBe(
        layout === 'jp121' ? 'metadata.jp.kanaPreferredMiddleName' : 'metadata.jp.homeClass',
      );
      for (const row of rows) expect(row.length).toBe(header.length);
    },
  );

  it('writes Japan Profile values: session, orgs, courses, classes', async () => {
    const files = await generateDir({ schools: 4, students: 2000, schoolYear: 2024 });
    const [session] = table(files, 'academicSessions').rows;
    expect(session).toMatchObject({
      title: '2024年度',
      type: 'schoolYear',
      startDate: '2024-04-01',
      endDate: '2025-03-31',
      parentSourcedId: 'NULL',
      schoolYear: '2024',
    });

    const orgs = table(files, 'orgs').rows;
    const district = orgs.filter((o) => o.type === 'district');
    expect(district).toHaveLength(1);
    expect(district[0]!.identifier).toMatch(/^[0-4][0-9]{5}$/);
    expect(district[0]!.name).toMatch(/教育委員会$/);
    expect(district[0]!.parentSourcedId).toBe('');
    const schools = orgs.filter((o) => o.type === 'school');
    expect(schools.map((s) => s.name!.slice(-3))).toEqual(['小学校', '中学校', '小学校', '中学校']);
    for (const school of schools) {
      expect(school.identifier).toMatch(/^[A-H][12][0-4][0-9][123][0-9]{7}[0-9]$/);
      expect(isValidSchoolCode(school.identifier!)).toBe(true);
      expect(school.identifier!.slice(0, 2)).toBe(school.name!.endsWith('小学校') ? 'B1' : 'C1');
      expect(school.parentSourcedId).toBe(district[0]!.sourcedId);
    }

    const courses = table(files, 'courses').rows;
    expect(courses.every((c) => c.courseCode === '' && /^2024年度/.test(c.title!))).toBe(true);
    expect(courses.every((c) => c.schoolYearSourcedId === session!.sourcedId)).toBe(true);
    for (const c of courses.filter((c) => c.subjectCodes))
      expect(c.subjectCodes).toMatch(/^([PJ]0[1-9]0|P100)$/);

    const classes = table(files, 'classes').rows;
    const homerooms = classes.filter((c) => c.classType === 'homeroom');
    expect(homerooms.some((c) => c.title === '1年1組' && c.classCode === '0101')).toBe(true);
    expect(homerooms.some((c) => c['metadata.jp.specialNeeds'] === 'true')).toBe(true);
    const scheduled = classes.filter((c) => c.classType === 'scheduled');
    expect(scheduled.some((c) => /^1年 国語/.test(c.title!))).toBe(true);
    for (const c of classes) {
      expect(c.termSourcedIds).toBe(session!.sourcedId);
      expect(c.grades).toMatch(/^(P[1-6]|J[1-3])$/);
      expect(['true', 'false']).toContain(c['metadata.jp.specialNeeds']);
      if (c.classType === 'scheduled') expect(c.subjectCodes).toMatch(/^[PJ]\d{3}$/);
    }
    const regular = homerooms.filter((c) => c['metadata.jp.specialNeeds'] === 'false');
    const sizes = new Map<string, number>();
    for (const e of table(files, 'enrollments').rows) {
      if (e.role === 'student') sizes.set(e.classSourcedId!, (sizes.get(e.classSourcedId!) ?? 0) + 1);
    }
    expect(Math.max(...regular.map((c) => sizes.get(c.sourcedId!) ?? 0))).toBeLessThanOrEqual(35);
  });

  it('writes valid ids, names and references in every file', async () => {
    const files = await generateDir({ schools: 3, students: 900, userProfiles: true });
    const all = (name: string): Record<string, string>[] => table(files, name).rows;
    for (const name of [...files.keys()].filter((f) => f !== 'manifest.csv')) {
      const rows = all(name.replace('.csv', ''));
      expect(rows.length, name).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const row of rows) {
        expect(row.sourcedId, name).toMatch(UUID_V4);
        expect(row.status, name).toBe('');
        expect(row.dateLastModified, name).toBe('');
        ids.add(row.sourcedId!);
      }
      expect(ids.size, name).toBe(rows.length);
      expect(HALF_WIDTH_KANA.test(files.get(name)!.toString('utf8')), name).toBe(false);
    }

    const users = all('users');
    const userIds = new Set(users.map((u) => u.sourcedId));
    const classIds = new Set(all('classes').map((c) => c.sourcedId));
    const orgIds = new Set(all('orgs').map((o) => o.sourcedId));
    const masters = new Set(users.map((u) => u.userMasterIdentifier));
    expect(masters.size).toBe(users.length);
    for (const u of users) {
      expect(u.userMasterIdentifier).toMatch(UUID_V4);
      expect(u.enabledUser).toBe('true');
      expect(u.userIds).toMatch(/^\{Koumu:\d+\}$/);
      expect(u.username).toMatch(/^[st]\d+@[a-z0-9-]+\.example\.jp$/);
      expect(u.preferredGivenName).toBe(u.givenName);
      expect(u.preferredFamilyName).toBe(u.familyName);
      for (const k of [
        'kanaGivenName',
        'kanaFamilyName',
        'kanaPreferredGivenName',
        'kanaPreferredFamilyName',
      ]) {
        expect(u[`metadata.jp.${k}`]).toMatch(FULL_WIDTH_KATAKANA);
      }
      expect(u['metadata.jp.kanaMiddleName']).toBe('');
      expect(orgIds.has(u.primaryOrgSourcedId)).toBe(true);
      const student = u.username!.startsWith('s');
      expect(u.email).toBe(student ? '' : u.username);
      expect(u.grades).toMatch(student ? /^(P[1-6]|J[1-3])$/ : /^$/);
      if (student) expect(classIds.has(u['metadata.jp.homeClass'])).toBe(true);
    }

    const roles = all('roles');
    for (const id of userIds) {
      const own = roles.filter((r) => r.userSourcedId === id);
      expect(own.filter((r) => r.roleType === 'primary')).toHaveLength(1);
      expect(own.every((r) => orgIds.has(r.orgSourcedId))).toBe(true);
    }
    const principals = roles.filter((r) => r.role === 'principal');
    expect(principals).toHaveLength(3);
    expect(principals.every((r) => r.roleType === 'secondary')).toBe(true);

    for (const e of all('enrollments')) {
      expect(userIds.has(e.userSourcedId)).toBe(true);
      expect(classIds.has(e.classSourcedId)).toBe(true);
      if (e.role === 'student') expect(e.primary).toBe('false');
    }
    const teachers = new Set(roles.filter((r) => r.role === 'teacher').map((r) => r.userSourcedId));
    for (const p of all('userProfiles')) expect(teachers.has(p.userSourcedId)).toBe(true);
    expect(all('demographics').map((d) => d.sourcedId)).toEqual(users.map((u) => u.sourcedId));
  });

  it('enrolls every student once in their homeroom and every class has a teacher', async () => {
    const files = await generateDir({ schools: 2, students: 1200, subjectClassesPerStudent: 3 });
    const users = table(files, 'users').rows;
    const classes = new Map(table(files, 'classes').rows.map((c) => [c.sourcedId!, c]));
    const enrollments = table(files, 'enrollments').rows;
    const students = users.filter((u) => u.username!.startsWith('s'));

    const byUser = new Map<string, Record<string, string>[]>();
    for (const e of enrollments) byUser.set(e.userSourcedId!, [...(byUser.get(e.userSourcedId!) ?? []), e]);
    for (const s of students) {
      const own = byUser.get(s.sourcedId!) ?? [];
      const homeroom = own.filter((e) => classes.get(e.classSourcedId!)!.classType === 'homeroom');
      expect(homeroom).toHaveLength(1);
      expect(homeroom[0]).toMatchObject({
        role: 'student',
        primary: 'false',
        'metadata.jp.PublicFlg': 'true',
      });
      expect(homeroom[0]!.classSourcedId).toBe(s['metadata.jp.homeClass']);
      expect(homeroom[0]!['metadata.jp.ShussekiNo']).toMatch(/^[1-9]\d*$/);
      const scheduled = own.filter((e) => classes.get(e.classSourcedId!)!.classType === 'scheduled');
      expect(scheduled).toHaveLength(3);
      for (const e of own) expect(classes.get(e.classSourcedId!)!.grades).toBe(s.grades);
      for (const e of scheduled) expect(e['metadata.jp.ShussekiNo']).toBe('');
    }

    const rollNumbers = new Map<string, number[]>();
    const teachersOf = new Map<string, Record<string, string>[]>();
    for (const e of enrollments) {
      if (e.role === 'teacher')
        teachersOf.set(e.classSourcedId!, [...(teachersOf.get(e.classSourcedId!) ?? []), e]);
      else if (e['metadata.jp.ShussekiNo']) {
        const list = rollNumbers.get(e.classSourcedId!) ?? [];
        list.push(Number(e['metadata.jp.ShussekiNo']));
        rollNumbers.set(e.classSourcedId!, list);
      }
    }
    for (const list of rollNumbers.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    for (const [id, c] of classes) {
      const teachers = teachersOf.get(id) ?? [];
      expect(teachers.length, c.title).toBeGreaterThan(0);
      expect(teachers.some((t) => t.primary === 'true')).toBe(c.classType === 'homeroom');
      for (const e of teachers) expect(e.schoolSourcedId).toBe(c.schoolSourcedId);
    }
  });

  it('gives birth dates consistent with grade and school year', async () => {
    const files = await generateDir({ schoolYear: 2025 });
    const users = new Map(table(files, 'users').rows.map((u) => [u.sourcedId!, u]));
    for (const d of table(files, 'demographics').rows) {
      expect(['male', 'female']).toContain(d.sex);
      expect(d.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const grade = users.get(d.sourcedId!)!.grades!;
      if (!grade) continue;
      // Pupils of grade n (小1 = 1, 中1 = 7) were born 2 April (2025−6−n) … 1 April (2025−5−n).
      const n = Number(grade.slice(1)) + (grade.startsWith('J') ? 6 : 0);
      expect(d.birthDate! >= `${2025 - 6 - n}-04-02`).toBe(true);
      expect(d.birthDate! <= `${2025 - 5 - n}-04-01`).toBe(true);
      for (const k of ['americanIndianOrAlaskaNative', 'asian', 'white', 'hispanicOrLatinoEthnicity']) {
        expect(d[k]).toBe('');
      }
    }
  });

  it('rejects invalid options', async () => {
    await expect(generateBundle({ out: outPath(), students: 0 })).rejects.toThrow(RangeError);
    await expect(generateBundle({ out: outPath(), schools: 1.5 })).rejects.toThrow(RangeError);
  });
});
