/**
 * The shape of the generated district: schools, grades, homerooms and the index ranges of their
 * students and staff. This is all the generator remembers; rows are recomputed from it on the fly.
 */
import { levelOfSchool, subjectsOfGrade, type LevelDef } from './levels.js';
import { AREAS, MUNICIPALITIES, kanjiNumber, type Municipality } from './names.js';
import { Rng, Stream, hashSeed, seedFor } from './prng.js';
import { makeSchoolCode } from '../model/school-code.js';

/** Classes above this size are split: Japanese class-size standard (35人学級). */
const MAX_CLASS_SIZE = 35;
/** Grades at least this large get a small 特別支援学級 of their own. */
const SPECIAL_NEEDS_MIN_GRADE = 100;
const STUDENTS_PER_TEACHER = 15;
/** Course slots per school: 0 = homeroom course, 1 + subject index for subject courses. */
export const COURSE_SLOTS = 16;

export interface Homeroom {
  /** Index within the school; also the local index of its homeroom teacher. */
  readonly index: number;
  readonly gradeNo: number;
  readonly title: string;
  readonly classCode: string;
  readonly special: boolean;
  readonly sourcedId: string;
  /** Global index of the first student; the homeroom holds `size` consecutive students. */
  readonly firstStudent: number;
  readonly size: number;
}

export interface GradePlan {
  readonly gradeNo: number;
  readonly code: string;
  /** Regular homerooms first, then the special-needs one if any. */
  readonly homerooms: readonly Homeroom[];
  /** Subject classes run once per regular homeroom ("section"); special-needs pupils join section 0. */
  readonly sections: number;
  /** Global number of section 0, to key subject-class ids. */
  readonly firstSection: number;
  /** Indices into `level.subjects` taught in this grade. */
  readonly subjects: readonly number[];
}

export interface SchoolPlan {
  readonly index: number;
  readonly level: LevelDef;
  readonly sourcedId: string;
  readonly name: string;
  readonly identifier: string;
  /** Mail domain of the school's accounts. */
  readonly domain: string;
  readonly grades: readonly GradePlan[];
  readonly homeroomCount: number;
  readonly studentCount: number;
  /** Teachers, principal not included. */
  readonly teacherCount: number;
  /** Global staff index of the principal; teacher t is staff `firstStaff + 1 + t`. */
  readonly firstStaff: number;
  readonly courseIds: readonly string[];
}

export interface BundlePlan {
  readonly base: number;
  readonly schoolYear: number;
  readonly sessionId: string;
  readonly municipality: Municipality;
  readonly district: { readonly sourcedId: string; readonly name: string; readonly identifier: string };
  readonly schools: readonly SchoolPlan[];
  readonly studentCount: number;
  readonly staffCount: number;
  readonly subjectClassesPerStudent: number;
}

export interface PlanOptions {
  seed: string | number;
  schools: number;
  students: number;
  schoolYear: number;
  subjectClassesPerStudent: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Splits `total` into `parts` near-equal integers, larger ones first. */
const split = (total: number, parts: number): number[] =>
  Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));

/** UUID of record `index` of `stream`: pure function of the seed, so any file can recompute it. */
export function idOf(base: number, stream: (typeof Stream)[keyof typeof Stream], index: number): string {
  return new Rng(seedFor(base, stream, index)).uuid();
}

export function buildPlan(opts: PlanOptions): BundlePlan {
  const base = hashSeed(opts.seed);
  const rng = new Rng(seedFor(base, Stream.plan, 0));
  const municipality = rng.pick(MUNICIPALITIES);
  const district = {
    sourcedId: idOf(base, Stream.district, 0),
    name: `${municipality.name}教育委員会`,
    identifier: `${municipality.prefecture}${String(rng.int(10_000)).padStart(4, '0')}`,
  };
  const serialBase = 1_000_000 + rng.int(4_000_000);
  const perSchool = split(opts.students, opts.schools);

  const schools: SchoolPlan[] = [];
  let nextStudent = 0;
  let nextStaff = 0;
  let nextHomeroom = 0;
  let nextSection = 0;
  perSchool.forEach((studentCount, s) => {
    const level = levelOfSchool(s);
    const pair = Math.floor(s / 2);
    const round = Math.floor(pair / AREAS.length);
    const area = AREAS[pair % AREAS.length]!;
    const areaName = round === 0 ? area.name : `${area.name}第${kanjiNumber(round + 1)}`;
    const areaSlug = round === 0 ? area.slug : `${area.slug}${round + 1}`;

    const grades: GradePlan[] = [];
    let homeroomIndex = 0;
    split(studentCount, level.grades.length).forEach((gradeSize, g) => {
      const gradeNo = g + 1;
      const special = gradeSize >= SPECIAL_NEEDS_MIN_GRADE ? 3 + rng.int(4) : 0;
      const regular = gradeSize - special;
      const sizes = regular > 0 ? split(regular, Math.ceil(regular / MAX_CLASS_SIZE)) : [];
      const homerooms: Homeroom[] = [];
      const add = (size: number, isSpecial: boolean): void => {
        const kumi = homerooms.length + 1;
        homerooms.push({
          index: homeroomIndex++,
          gradeNo,
          title: isSpecial ? `${gradeNo}年特別支援学級` : `${gradeNo}年${kumi}組`,
          classCode: `${pad2(gradeNo)}${isSpecial ? '91' : pad2(kumi)}`,
          special: isSpecial,
          sourcedId: idOf(base, Stream.homeroom, nextHomeroom++),
          firstStudent: nextStudent,
          size,
        });
        nextStudent += size;
      };
      sizes.forEach((size) => add(size, false));
      if (special > 0) add(special, true);
      grades.push({
        gradeNo,
        code: level.grades[g]!,
        homerooms,
        sections: sizes.length,
        firstSection: nextSection,
        subjects: subjectsOfGrade(level, gradeNo),
      });
      nextSection += sizes.length;
    });

    const homeroomCount = homeroomIndex;
    const teacherCount =
      studentCount === 0 ? 1 : Math.max(homeroomCount + 1, Math.ceil(studentCount / STUDENTS_PER_TEACHER));
    schools.push({
      index: s,
      level,
      sourcedId: idOf(base, Stream.school, s),
      name: `${municipality.name}立${areaName}${level.kind}`,
      identifier: makeSchoolCode(level.typeCode, municipality.prefecture, serialBase + s * 7),
      domain: `${municipality.slug}-${areaSlug}-${level.slugSuffix}.example.jp`,
      grades,
      homeroomCount,
      studentCount,
      teacherCount,
      firstStaff: nextStaff,
      courseIds: Array.from({ length: 1 + level.subjects.length }, (_, c) =>
        idOf(base, Stream.course, s * COURSE_SLOTS + c),
      ),
    });
    nextStaff += 1 + teacherCount;
  });

  return {
    base,
    schoolYear: opts.schoolYear,
    sessionId: idOf(base, Stream.session, 0),
    municipality,
    district,
    schools,
    studentCount: nextStudent,
    staffCount: nextStaff,
    subjectClassesPerStudent: opts.subjectClassesPerStudent,
  };
}

/** Id of the scheduled class of `subject` for `section` of a grade. */
export function subjectClassId(plan: BundlePlan, grade: GradePlan, section: number, subject: number): string {
  return idOf(plan.base, Stream.subjectClass, (grade.firstSection + section) * COURSE_SLOTS + subject);
}

/** Homerooms whose pupils attend the subject classes of `section`. */
export function sectionHomerooms(grade: GradePlan, section: number): Homeroom[] {
  const regular = grade.homerooms[section];
  const members = regular ? [regular] : [];
  if (section === 0) members.push(...grade.homerooms.filter((h) => h.special));
  return members;
}

/** Local teacher index (0-based, principal excluded) teaching `subject` to `section`. */
export function subjectTeacher(
  school: SchoolPlan,
  grade: GradePlan,
  section: number,
  subject: number,
): number {
  const level = school.level;
  const regular = grade.homerooms[section];
  if (level.homeroomTeaches && !level.subjects[subject]!.specialist && regular) return regular.index;
  // Teachers past the homeroom teachers are subject specialists: extra e teaches taught[e mod m].
  const taught = level.subjects.flatMap((s, i) => (!level.homeroomTeaches || s.specialist ? [i] : []));
  const m = taught.length;
  const p = taught.indexOf(subject);
  const extras = school.teacherCount - school.homeroomCount;
  const specialists = extras > p ? Math.floor((extras - 1 - p) / m) + 1 : 0;
  // The global section number only spreads the load; any stable per-section number would do.
  const sectionNo = grade.firstSection + section;
  const extra = specialists > 0 ? p + m * (sectionNo % specialists) : (p + sectionNo) % extras;
  return school.homeroomCount + extra;
}

/** First subject (position in `grade.subjects`) of a student's run of consecutive subjects. */
export function subjectStart(plan: BundlePlan, student: number, subjectsInGrade: number): number {
  return new Rng(seedFor(plan.base, Stream.subjectPick, student)).int(subjectsInGrade);
}

/** Whether a student whose run starts at `start` takes the subject at `position` of the grade's list. */
export function takesSubject(
  plan: BundlePlan,
  start: number,
  position: number,
  subjectsInGrade: number,
): boolean {
  const count = Math.min(plan.subjectClassesPerStudent, subjectsInGrade);
  return (position - start + subjectsInGrade) % subjectsInGrade < count;
}
