/** School types: grades, MEXT type codes and the statutory subjects with the grades that study them. */

export interface SubjectDef {
  readonly name: string;
  /** APPLIC subject code (P010…P100, J010…J090). */
  readonly code: string;
  /** First and last grade (1-based within the school) in which the subject is taught. */
  readonly fromGrade: number;
  readonly toGrade: number;
  /** Taught by a subject specialist (専科) rather than the homeroom teacher in a 学級担任制 school. */
  readonly specialist: boolean;
}

export interface LevelDef {
  readonly kind: '小学校' | '中学校';
  /** MEXT school type code: B1 小学校, C1 中学校. */
  readonly typeCode: 'B1' | 'C1';
  readonly slugSuffix: string;
  /** Grade codes, index = grade number − 1. */
  readonly grades: readonly string[];
  /** Years of schooling before grade 1: fixes the birth years of a grade. */
  readonly yearsBefore: number;
  /** Elementary schools use 学級担任制: the homeroom teacher teaches the non-specialist subjects. */
  readonly homeroomTeaches: boolean;
  readonly subjects: readonly SubjectDef[];
}

const subject = (
  name: string,
  code: string,
  fromGrade: number,
  toGrade: number,
  specialist = false,
): SubjectDef => ({
  name,
  code,
  fromGrade,
  toGrade,
  specialist,
});

export const ELEMENTARY: LevelDef = {
  kind: '小学校',
  typeCode: 'B1',
  slugSuffix: 'es',
  grades: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
  yearsBefore: 0,
  homeroomTeaches: true,
  // 生活 is a grade 1–2 subject; 社会 and 理科 start in grade 3; 家庭 and 外国語 are grade 5–6 subjects.
  subjects: [
    subject('国語', 'P010', 1, 6),
    subject('社会', 'P020', 3, 6),
    subject('算数', 'P030', 1, 6),
    subject('理科', 'P040', 3, 6, true),
    subject('生活', 'P050', 1, 2),
    subject('音楽', 'P060', 1, 6, true),
    subject('図画工作', 'P070', 1, 6),
    subject('家庭', 'P080', 5, 6, true),
    subject('体育', 'P090', 1, 6),
    subject('外国語', 'P100', 5, 6, true),
  ],
};

export const JUNIOR_HIGH: LevelDef = {
  kind: '中学校',
  typeCode: 'C1',
  slugSuffix: 'jhs',
  grades: ['J1', 'J2', 'J3'],
  yearsBefore: 6,
  homeroomTeaches: false,
  subjects: [
    subject('国語', 'J010', 1, 3),
    subject('社会', 'J020', 1, 3),
    subject('数学', 'J030', 1, 3),
    subject('理科', 'J040', 1, 3),
    subject('音楽', 'J050', 1, 3),
    subject('美術', 'J060', 1, 3),
    subject('保健体育', 'J070', 1, 3),
    subject('技術・家庭', 'J080', 1, 3),
    subject('外国語', 'J090', 1, 3),
  ],
};

/** Schools alternate 小学校, 中学校, 小学校, … */
export const levelOfSchool = (schoolIndex: number): LevelDef =>
  schoolIndex % 2 === 0 ? ELEMENTARY : JUNIOR_HIGH;

/** Indices into `level.subjects` of the subjects taught in `gradeNo`. */
export const subjectsOfGrade = (level: LevelDef, gradeNo: number): number[] =>
  level.subjects.flatMap((s, i) => (s.fromGrade <= gradeNo && gradeNo <= s.toGrade ? [i] : []));

/** Grade codes of a subject, e.g. `P5,P6`. */
export const subjectGrades = (level: LevelDef, s: SubjectDef): string[] =>
  level.grades.slice(s.fromGrade - 1, s.toGrade);
