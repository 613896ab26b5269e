import { FILES_BY_NAME, fieldIndex, type FileDef, type FileName } from '../../model/index.js';
import { schoolCodeCheckDigit } from '../../model/school-code.js';
import type { Value } from '../field-parsers.js';
import type { IssueCode } from '../issue-codes.js';
import type { IssueCollector } from '../issues.js';
import type { ParsedRecord } from '../row-validator.js';
import type { ProfileRules } from './profile.js';
import { GRADE_CODES, hasHalfWidthKana, isSubjectCode, kanaProblem, uuidKind } from './japan-text.js';

/** Name-like fields where half-width katakana are refused (digest §3.5), by file. */
const NAME_FIELDS: Partial<Record<FileName, readonly string[]>> = {
  users: [
    'givenName',
    'familyName',
    'middleName',
    'preferredGivenName',
    'preferredMiddleName',
    'preferredFamilyName',
  ],
  orgs: ['name'],
  courses: ['title', 'subjects'],
  classes: ['title', 'location', 'subjects'],
  userProfiles: ['description'],
};
const KANA_FIELDS = [
  'kanaGivenName',
  'kanaFamilyName',
  'kanaMiddleName',
  'kanaPreferredFamilyName',
  'kanaPreferredGivenName',
  'kanaPreferredMiddleName',
];
const EXPECTED_FILES: readonly FileName[] = [
  'academicSessions',
  'orgs',
  'courses',
  'classes',
  'users',
  'roles',
  'enrollments',
];
const ADMIN_ROLES = new Set(['districtAdministrator', 'siteAdministrator', 'principal']);
const FORBIDDEN_ROLES = new Set(['parent', 'relative']);

/** Reads a record's value by field key; each key's position is resolved once, when the module loads. */
function reader(file: FileDef): (rec: ParsedRecord, key: string) => Value {
  const at: Record<string, number> = Object.create(null) as Record<string, number>;
  file.fields.forEach((f, i) => (at[f.key] = i));
  return (rec, key) => rec.values[at[key]!] ?? null;
}

const READ = Object.fromEntries(Object.values(FILES_BY_NAME).map((f) => [f.name, reader(f)])) as Record<
  FileName,
  ReturnType<typeof reader>
>;

/** CSV header of each name field, resolved once. */
const NAME_COLUMNS: Partial<Record<FileName, readonly { key: string; csv: string }[]>> = Object.fromEntries(
  Object.entries(NAME_FIELDS).map(([name, keys]) => [
    name,
    keys.map((key) => ({
      key,
      csv: FILES_BY_NAME[name as FileName].fields[fieldIndex(FILES_BY_NAME[name as FileName], key)]!.csv,
    })),
  ]),
);
const KANA_COLUMNS = KANA_FIELDS.map((key) => ({
  key,
  csv: FILES_BY_NAME.users.fields[fieldIndex(FILES_BY_NAME.users, key)]!.csv,
}));

const items = (v: Value): string[] => (v === null ? [] : typeof v === 'string' ? [v] : v);

/**
 * The Japan Profile's record rules (digest §5 checklist); `strict` adds the learning e-portal
 * requirements. Requiredness and extra enumeration values live in the profile definition.
 */
export class JapanRules implements ProfileRules {
  private readonly masterIds = new Map<string, number>();
  /** Users of this bundle with their line, to find those without a primary role. */
  private readonly users = new Map<string, number>();
  private readonly usersWithoutGrades = new Map<string, number>();
  private readonly primaryUsers = new Set<string>();
  private readonly secondaryOnly = new Map<string, number>();

  constructor(
    private readonly issues: IssueCollector,
    private readonly strict: boolean,
  ) {}

  onRecord(file: FileDef, rec: ParsedRecord): void {
    this.checkId(file, rec);
    this.checkNames(file, rec);
    switch (file.name) {
      case 'academicSessions':
        return this.session(file, rec);
      case 'orgs':
        return this.org(file, rec);
      case 'courses':
        return this.course(file, rec);
      case 'classes':
        return this.classRow(file, rec);
      case 'users':
        return this.user(file, rec);
      case 'roles':
        return this.role(file, rec);
      case 'enrollments':
        return this.enrollment(file, rec);
      case 'demographics':
        return this.demographics(file, rec);
      default:
        return;
    }
  }

  endFile(file: FileDef): void {
    if (file.name !== 'roles') return;
    for (const [user, line] of this.secondaryOnly) {
      if (!this.primaryUsers.has(user))
        this.add('jp.secondaryWithoutPrimary', 'roles.csv', line, 'userSourcedId', user);
    }
    for (const [user, line] of this.users) {
      if (!this.primaryUsers.has(user) && !this.secondaryOnly.has(user))
        this.add('jp.noPrimaryRole', 'users.csv', line, 'sourcedId', user);
    }
    this.secondaryOnly.clear();
  }

  endBundle(filesInBundle: ReadonlySet<FileName>): void {
    if (filesInBundle.size === 0) return;
    for (const name of EXPECTED_FILES) {
      if (!filesInBundle.has(name)) this.add('jp.fileAbsent', FILES_BY_NAME[name].fileName, null, null, null);
    }
  }

  private add(
    code: IssueCode,
    file: string,
    line: number | null,
    column: string | null,
    value: string | null,
    params?: Record<string, string | number>,
  ): void {
    this.issues.add(code, { file, line, column, value, params });
  }

  private checkId(file: FileDef, rec: ParsedRecord): void {
    if (uuidKind(rec.sourcedId) !== 'none') return;
    this.add(this.strict ? 'jp.uuidStrict' : 'jp.uuid', file.fileName, rec.line, 'sourcedId', rec.sourcedId);
  }

  private checkNames(file: FileDef, rec: ParsedRecord): void {
    const read = READ[file.name];
    for (const { key, csv } of NAME_COLUMNS[file.name] ?? []) {
      const v = read(rec, key);
      if (v === null) continue;
      if (typeof v === 'string') {
        if (hasHalfWidthKana(v)) this.add('jp.halfWidthKana', file.fileName, rec.line, csv, v);
      } else
        for (const item of v)
          if (hasHalfWidthKana(item)) this.add('jp.halfWidthKana', file.fileName, rec.line, csv, item);
    }
  }

  private checkCodes(file: FileDef, rec: ParsedRecord): void {
    const read = READ[file.name];
    for (const g of items(read(rec, 'grades'))) {
      if (!GRADE_CODES.has(g)) this.add('jp.grade', file.fileName, rec.line, 'grades', g);
    }
    if (file.name === 'users') return;
    for (const c of items(read(rec, 'subjectCodes'))) {
      if (!isSubjectCode(c))
        this.add(
          this.strict ? 'jp.subjectCodeStrict' : 'jp.subjectCode',
          file.fileName,
          rec.line,
          'subjectCodes',
          c,
        );
    }
  }

  private session(file: FileDef, rec: ParsedRecord): void {
    const read = READ.academicSessions;
    const type = read(rec, 'type') as string;
    if (type !== 'schoolYear') this.add('jp.sessionType', file.fileName, rec.line, 'type', type);
    const title = read(rec, 'title') as string;
    const year = /^(\d{4})年度$/.exec(title)?.[1];
    if (!year) this.add('jp.sessionTitle', file.fileName, rec.line, 'title', title);
    else {
      const expectedStart = `${year}-04-01`;
      const expectedEnd = `${Number(year) + 1}-03-31`;
      if (read(rec, 'startDate') !== expectedStart || read(rec, 'endDate') !== expectedEnd) {
        this.add(
          'jp.sessionDates',
          file.fileName,
          rec.line,
          'startDate',
          `${String(read(rec, 'startDate'))}〜${String(read(rec, 'endDate'))}`,
          { expectedStart, expectedEnd },
        );
      }
    }
    if (read(rec, 'parentSourcedId') !== null)
      this.add(
        'jp.sessionParent',
        file.fileName,
        rec.line,
        'parentSourcedId',
        read(rec, 'parentSourcedId') as string,
      );
  }

  private org(file: FileDef, rec: ParsedRecord): void {
    const read = READ.orgs;
    const type = read(rec, 'type') as string;
    const identifier = read(rec, 'identifier') as string | null;
    if (type !== 'district' && type !== 'school')
      return this.add('jp.orgType', file.fileName, rec.line, 'type', type);
    if (type === 'district' && read(rec, 'parentSourcedId') !== null) {
      this.add(
        'jp.districtParent',
        file.fileName,
        rec.line,
        'parentSourcedId',
        read(rec, 'parentSourcedId') as string,
      );
    }
    if (identifier === null)
      return this.add('jp.orgIdentifierMissing', file.fileName, rec.line, 'identifier', rec.sourcedId);
    if (type === 'district') {
      if (!/^\d{6}$/.test(identifier))
        this.add('jp.boardCode', file.fileName, rec.line, 'identifier', identifier);
      return;
    }
    if (!/^[A-H][0-9]{12}$/.test(identifier))
      return this.add('jp.schoolCode', file.fileName, rec.line, 'identifier', identifier);
    const expected = schoolCodeCheckDigit(identifier.slice(0, 12));
    if (expected !== Number(identifier[12])) {
      this.add('jp.schoolCodeCheckDigit', file.fileName, rec.line, 'identifier', identifier, { expected });
    }
  }

  private course(file: FileDef, rec: ParsedRecord): void {
    const read = READ.courses;
    const title = read(rec, 'title') as string;
    if (!/^\d{4}年度./.test(title)) this.add('jp.courseTitle', file.fileName, rec.line, 'title', title);
    const code = read(rec, 'courseCode');
    if (code !== null) this.add('jp.courseCode', file.fileName, rec.line, 'courseCode', code as string);
    this.checkCodes(file, rec);
  }

  private classRow(file: FileDef, rec: ParsedRecord): void {
    const classType = READ.classes(rec, 'classType') as string;
    if (classType.startsWith('ext:'))
      this.add('jp.noExtension', file.fileName, rec.line, 'classType', classType);
    this.checkCodes(file, rec);
  }

  private user(file: FileDef, rec: ParsedRecord): void {
    const read = READ.users;
    this.users.set(rec.sourcedId, rec.line);
    for (const { key, csv: col } of KANA_COLUMNS) {
      const v = read(rec, key) as string | null;
      if (v === null) continue;
      if (hasHalfWidthKana(v)) this.add('jp.halfWidthKana', file.fileName, rec.line, col, v);
      else {
        const problem = kanaProblem(v);
        if (problem !== 'ok')
          this.add(
            problem === 'hiragana' ? 'jp.kanaHiragana' : 'jp.kanaNotKatakana',
            file.fileName,
            rec.line,
            col,
            v,
          );
      }
    }
    const master = read(rec, 'userMasterIdentifier') as string | null;
    if (master !== null) {
      if (uuidKind(master) !== 'v4')
        this.add('jp.userMasterIdentifier', file.fileName, rec.line, 'userMasterIdentifier', master);
      const first = this.masterIds.get(master);
      if (first !== undefined) {
        this.add(
          'jp.userMasterIdentifierDuplicate',
          file.fileName,
          rec.line,
          'userMasterIdentifier',
          master,
          { firstLine: first },
        );
      } else this.masterIds.set(master, rec.line);
    }
    if (this.strict && read(rec, 'grades') === null) this.usersWithoutGrades.set(rec.sourcedId, rec.line);
    this.checkCodes(file, rec);
  }

  private role(file: FileDef, rec: ParsedRecord): void {
    const read = READ.roles;
    const user = read(rec, 'userSourcedId') as string;
    const role = read(rec, 'role') as string;
    const primary = read(rec, 'roleType') === 'primary';
    if (FORBIDDEN_ROLES.has(role)) this.add('jp.roleNotAllowed', file.fileName, rec.line, 'role', role);
    if (primary && ADMIN_ROLES.has(role))
      this.add('jp.adminPrimary', file.fileName, rec.line, 'roleType', role);
    if (primary) this.primaryUsers.add(user);
    else if (!this.secondaryOnly.has(user)) this.secondaryOnly.set(user, rec.line);
    if (role === 'student' && this.usersWithoutGrades.has(user)) {
      this.add('jp.studentGrades', 'users.csv', this.usersWithoutGrades.get(user)!, 'grades', user);
      this.usersWithoutGrades.delete(user);
    }
  }

  private enrollment(file: FileDef, rec: ParsedRecord): void {
    const read = READ.enrollments;
    if (read(rec, 'primary') !== 'true') return;
    const role = read(rec, 'role') as string;
    if (role === 'student') this.add('jp.studentPrimary', file.fileName, rec.line, 'primary', 'true');
    else if (role !== 'teacher') this.add('jp.primaryNotTeacher', file.fileName, rec.line, 'primary', role);
  }

  private demographics(file: FileDef, rec: ParsedRecord): void {
    const sex = READ.demographics(rec, 'sex') as string | null;
    if (sex?.startsWith('ext:')) this.add('jp.sexExtension', file.fileName, rec.line, 'sex', sex);
  }
}
