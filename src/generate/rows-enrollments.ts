/**
 * enrollments.csv, class by class: each homeroom (its teacher, then the pupils in 出席番号 order),
 * then each subject class (its teacher, then the pupils taking that subject).
 */
import type { CsvWriter } from './csv-writer.js';
import { person, personId } from './people.js';
import { sectionHomerooms, subjectClassId, subjectStart, subjectTeacher, takesSubject } from './plan.js';
import type { BundlePlan, GradePlan, Homeroom, SchoolPlan } from './plan.js';
import { Rng, Stream, seedFor } from './prng.js';
import { sessionDates } from './rows-school.js';

interface Rows {
  readonly plan: BundlePlan;
  readonly w: CsvWriter;
  readonly rng: Rng;
  readonly start: string;
  readonly end: string;
}

/** Positional rather than an options object: object spreads per row cost more than the row itself. */
function enroll(
  r: Rows,
  classSourcedId: string,
  school: SchoolPlan,
  userSourcedId: string,
  role: 'student' | 'teacher',
  primary: boolean,
  shussekiNo = '',
): boolean {
  return r.w.row({
    sourcedId: r.rng.uuid(),
    classSourcedId,
    schoolSourcedId: school.sourcedId,
    userSourcedId,
    role,
    primary: primary ? 'true' : 'false',
    beginDate: r.start,
    endDate: r.end,
    shussekiNo,
    publicFlg: 'true',
  });
}

const teacherId = (plan: BundlePlan, school: SchoolPlan, teacher: number): string =>
  personId(plan.base, 'staff', school.firstStaff + 1 + teacher);

/** 出席番号 follow the 50音 order of the readings; code-point order of katakana is close enough. */
function rollOrder(plan: BundlePlan, homeroom: Homeroom): string[] {
  const pupils = Array.from({ length: homeroom.size }, (_, i) => {
    const p = person(plan.base, 'student', homeroom.firstStudent + i);
    return { id: p.sourcedId, key: `${p.familyKana} ${p.givenKana}`, i };
  });
  pupils.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return pupils.map((p) => p.id);
}

async function writeHomeroom(r: Rows, school: SchoolPlan, homeroom: Homeroom): Promise<void> {
  const classId = homeroom.sourcedId;
  const teacher = teacherId(r.plan, school, homeroom.index);
  let full = enroll(r, classId, school, teacher, 'teacher', true);
  rollOrder(r.plan, homeroom).forEach((id, n) => {
    full = enroll(r, classId, school, id, 'student', false, String(n + 1)) || full;
  });
  if (full) await r.w.flush();
}

async function writeSection(r: Rows, school: SchoolPlan, grade: GradePlan, section: number): Promise<void> {
  const { plan } = r;
  const n = grade.subjects.length;
  const pupils = sectionHomerooms(grade, section).flatMap((h) =>
    Array.from({ length: h.size }, (_, i) => {
      const index = h.firstStudent + i;
      return { id: personId(plan.base, 'student', index), start: subjectStart(plan, index, n) };
    }),
  );
  for (let position = 0; position < n; position++) {
    const subject = grade.subjects[position]!;
    const classId = subjectClassId(plan, grade, section, subject);
    const teacher = teacherId(plan, school, subjectTeacher(school, grade, section, subject));
    let full = enroll(r, classId, school, teacher, 'teacher', false);
    for (const pupil of pupils) {
      if (!takesSubject(plan, pupil.start, position, n)) continue;
      full = enroll(r, classId, school, pupil.id, 'student', false) || full;
    }
    if (full) await r.w.flush();
  }
}

export async function writeEnrollments(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const { start, end } = sessionDates(plan);
  const r: Rows = { plan, w, rng: new Rng(seedFor(plan.base, Stream.enrollments, 0)), start, end };
  for (const school of plan.schools) {
    for (const grade of school.grades) {
      for (const homeroom of grade.homerooms) await writeHomeroom(r, school, homeroom);
      for (let section = 0; section < grade.sections; section++)
        await writeSection(r, school, grade, section);
    }
  }
  await w.flush();
}
