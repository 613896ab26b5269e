/** academicSessions, orgs, courses and classes: the structure every roster row points into. */
import type { CsvWriter } from './csv-writer.js';
import { subjectGrades } from './levels.js';
import { subjectClassId, type BundlePlan } from './plan.js';

/** The 年度 runs from 1 April to 31 March of the next calendar year. */
export const sessionDates = (plan: BundlePlan): { start: string; end: string } => ({
  start: `${plan.schoolYear}-04-01`,
  end: `${plan.schoolYear + 1}-03-31`,
});

export async function writeAcademicSessions(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const { start, end } = sessionDates(plan);
  w.row({
    sourcedId: plan.sessionId,
    title: `${plan.schoolYear}年度`,
    type: 'schoolYear',
    startDate: start,
    endDate: end,
    // The Japan Profile writes the literal NULL: a school year has no parent session.
    parentSourcedId: 'NULL',
    schoolYear: String(plan.schoolYear),
  });
  await w.flush();
}

export async function writeOrgs(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const { district } = plan;
  w.row({
    sourcedId: district.sourcedId,
    name: district.name,
    type: 'district',
    identifier: district.identifier,
  });
  for (const school of plan.schools) {
    const row = {
      sourcedId: school.sourcedId,
      name: school.name,
      type: 'school',
      identifier: school.identifier,
      parentSourcedId: district.sourcedId,
    };
    if (w.row(row)) await w.flush();
  }
  await w.flush();
}

export async function writeCourses(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const year = `${plan.schoolYear}年度`;
  for (const school of plan.schools) {
    const common = { schoolYearSourcedId: plan.sessionId, courseCode: '', orgSourcedId: school.sourcedId };
    w.row({
      ...common,
      sourcedId: school.courseIds[0],
      title: `${year}ホームルーム`,
      grades: school.level.grades.join(','),
    });
    school.level.subjects.forEach((subject, i) => {
      w.row({
        ...common,
        sourcedId: school.courseIds[1 + i],
        title: `${year}${subject.name}`,
        grades: subjectGrades(school.level, subject).join(','),
        subjects: subject.name,
        subjectCodes: subject.code,
      });
    });
    await w.flush();
  }
}

export async function writeClasses(plan: BundlePlan, w: CsvWriter): Promise<void> {
  for (const school of plan.schools) {
    for (const grade of school.grades) {
      for (const homeroom of grade.homerooms) {
        const row = {
          sourcedId: homeroom.sourcedId,
          title: homeroom.title,
          grades: grade.code,
          courseSourcedId: school.courseIds[0],
          classCode: homeroom.classCode,
          classType: 'homeroom',
          schoolSourcedId: school.sourcedId,
          termSourcedIds: plan.sessionId,
          specialNeeds: homeroom.special ? 'true' : 'false',
        };
        if (w.row(row)) await w.flush();
      }
    }
    for (const grade of school.grades) {
      for (let section = 0; section < grade.sections; section++) {
        const kumi = grade.sections > 1 ? ` ${section + 1}組` : '';
        for (const s of grade.subjects) {
          const subject = school.level.subjects[s]!;
          const row = {
            sourcedId: subjectClassId(plan, grade, section, s),
            title: `${grade.gradeNo}年 ${subject.name}${kumi}`,
            grades: grade.code,
            courseSourcedId: school.courseIds[1 + s],
            classCode: `${subject.code}-${String(grade.gradeNo).padStart(2, '0')}${String(section + 1).padStart(2, '0')}`,
            classType: 'scheduled',
            subjects: subject.name,
            subjectCodes: subject.code,
            schoolSourcedId: school.sourcedId,
            termSourcedIds: plan.sessionId,
            specialNeeds: 'false',
          };
          if (w.row(row)) await w.flush();
        }
      }
    }
  }
  await w.flush();
}
