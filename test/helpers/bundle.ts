import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import {
  FILES_BY_NAME,
  MANIFEST_FILES,
  baseHeaderLayouts,
  type FileMode,
  type FileName,
} from '../../src/model/index.js';

/** Rows keyed by CSV header name; missing keys are written empty. */
export type Rows = Record<string, string>[];
export type BundleData = Partial<Record<FileName, Rows>>;

export const SY = 'as-2025';
export const DISTRICT = 'org-district';
export const SCHOOL = 'org-school';
export const COURSE = 'course-hr';
export const CLASS = 'class-1-1';
export const TEACHER = 'user-teacher';
export const STUDENT = 'user-student';

/** A small valid Japan Profile bundle: one school year, a district and a school, one homeroom. */
export function minimalBundle(): BundleData {
  return {
    academicSessions: [
      {
        sourcedId: SY,
        title: '2025年度',
        type: 'schoolYear',
        startDate: '2025-04-01',
        endDate: '2026-03-31',
        parentSourcedId: 'NULL',
        schoolYear: '2025',
      },
    ],
    orgs: [
      { sourcedId: DISTRICT, name: '北町教育委員会', type: 'district', identifier: '011002' },
      {
        sourcedId: SCHOOL,
        name: '北町第一小学校',
        type: 'school',
        identifier: 'B101210000018',
        parentSourcedId: DISTRICT,
      },
    ],
    courses: [
      {
        sourcedId: COURSE,
        schoolYearSourcedId: SY,
        title: '2025年度ホームルーム',
        grades: 'P1',
        orgSourcedId: SCHOOL,
      },
    ],
    classes: [
      {
        sourcedId: CLASS,
        title: '1年1組',
        grades: 'P1',
        courseSourcedId: COURSE,
        classCode: '0101',
        classType: 'homeroom',
        schoolSourcedId: SCHOOL,
        termSourcedIds: SY,
        'metadata.jp.specialNeeds': 'false',
      },
    ],
    users: [
      user(TEACHER, {
        givenName: '花子',
        familyName: '山田',
        'metadata.jp.kanaGivenName': 'ハナコ',
        'metadata.jp.kanaFamilyName': 'ヤマダ',
      }),
      user(STUDENT, {
        givenName: '太郎',
        familyName: '佐藤',
        grades: 'P1',
        'metadata.jp.kanaGivenName': 'タロウ',
        'metadata.jp.kanaFamilyName': 'サトウ',
        'metadata.jp.homeClass': CLASS,
      }),
    ],
    roles: [
      {
        sourcedId: 'role-t',
        userSourcedId: TEACHER,
        roleType: 'primary',
        role: 'teacher',
        orgSourcedId: SCHOOL,
      },
      {
        sourcedId: 'role-s',
        userSourcedId: STUDENT,
        roleType: 'primary',
        role: 'student',
        orgSourcedId: SCHOOL,
      },
    ],
    enrollments: [
      {
        sourcedId: 'enr-t',
        classSourcedId: CLASS,
        schoolSourcedId: SCHOOL,
        userSourcedId: TEACHER,
        role: 'teacher',
        primary: 'true',
      },
      {
        sourcedId: 'enr-s',
        classSourcedId: CLASS,
        schoolSourcedId: SCHOOL,
        userSourcedId: STUDENT,
        role: 'student',
        primary: 'false',
        'metadata.jp.ShussekiNo': '1',
        'metadata.jp.PublicFlg': 'true',
      },
    ],
  };
}

export function user(sourcedId: string, fields: Record<string, string>): Record<string, string> {
  return {
    sourcedId,
    enabledUser: 'true',
    username: `${sourcedId}@example.jp`,
    primaryOrgSourcedId: SCHOOL,
    ...fields,
  };
}

export interface WriteOptions {
  /** Manifest modes; files with data default to bulk, the rest to absent. */
  modes?: Partial<Record<string, FileMode>>;
  bom?: boolean;
  crlf?: boolean;
  quoteAll?: boolean;
  /** Extra files written verbatim (name → content). */
  extraFiles?: Record<string, string>;
  /** Header override per file (default: the model's 1.2.1 layout with every known extension column). */
  headers?: Partial<Record<FileName, string[]>>;
  omitManifest?: boolean;
}

export function defaultHeader(file: FileName): string[] {
  const def = FILES_BY_NAME[file];
  return [...baseHeaderLayouts(def)[0]!, ...def.fields.filter((f) => f.extension).map((f) => f.csv)];
}

function csvField(v: string, quoteAll: boolean): string {
  return quoteAll || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Renders the bundle's files as text. */
export function renderBundle(data: BundleData, opts: WriteOptions = {}): Record<string, string> {
  const nl = opts.crlf ? '\r\n' : '\n';
  const bom = opts.bom ? '\uFEFF' : '';
  const line = (cells: string[]) => cells.map((c) => csvField(c, !!opts.quoteAll)).join(',');
  const files: Record<string, string> = {};
  const manifest = [
    ['propertyName', 'value'],
    ['manifest.version', '1.0'],
    ['oneroster.version', '1.2'],
  ];
  for (const name of MANIFEST_FILES) {
    const rows = data[name as FileName];
    const mode = opts.modes?.[name] ?? (rows ? 'bulk' : 'absent');
    manifest.push([`file.${name}`, mode]);
    if (!rows) continue;
    const header = opts.headers?.[name as FileName] ?? defaultHeader(name as FileName);
    files[`${name}.csv`] =
      bom + [line(header), ...rows.map((r) => line(header.map((h) => r[h] ?? '')))].join(nl) + nl;
  }
  if (!opts.omitManifest) files['manifest.csv'] = bom + manifest.map(line).join(nl) + nl;
  return { ...files, ...opts.extraFiles };
}

export function tempDir(prefix = 'rh-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the bundle as a folder and returns its path. */
export async function writeBundleDir(data: BundleData, opts: WriteOptions = {}): Promise<string> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(renderBundle(data, opts)))
    await writeFile(join(dir, name), content);
  return dir;
}

/** Writes the bundle as a zip and returns its path. */
export async function writeBundleZip(data: BundleData, opts: WriteOptions = {}): Promise<string> {
  const path = join(tempDir(), 'bundle.zip');
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(renderBundle(data, opts)))
    zip.addBuffer(Buffer.from(content), name);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  return path;
}

/** Writes a zip with the given entries (path inside the zip → content; a path ending in / is a folder). */
export async function writeZipEntries(entries: Record<string, string | Buffer>): Promise<string> {
  const path = join(tempDir(), 'bundle.zip');
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name);
    else zip.addBuffer(typeof content === 'string' ? Buffer.from(content) : content, name);
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  return path;
}
