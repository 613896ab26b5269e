import type { EntityName } from './entities.js';

/**
 * Which records an operation serves, beyond the tenant: the subset semantics of the rostering
 * service (docs/decisions.md, "REST subsets"). Each is translated to SQL by the rostering
 * repository; ids come from the path and are always bound parameters.
 */
export type Subset =
  | { kind: 'type'; value: string } // orgs.type / academicSessions.type
  | { kind: 'hasRole'; role: 'student' | 'teacher'; orgId?: string } // users by effective role
  | { kind: 'enrolledIn'; classId: string; role: 'student' | 'teacher' } // users of a class
  | { kind: 'column'; column: string; value: string } // e.g. classes.school_sourced_id
  | { kind: 'classOfEnrolledUser'; userId: string } // classes a user is enrolled in
  | { kind: 'hasTerm'; termId: string } // classes taught in a session
  | { kind: 'termOfSchoolClasses'; schoolId: string }; // sessions the school's classes name

/** An object a nested path names, which must exist (else 404 unknownobject). */
export interface ParentCheck {
  entity: EntityName;
  param: string;
  subsets: (p: Params) => Subset[];
}

type Params = Record<string, string>;

export interface Operation {
  operationId: string;
  /** Path under the service base, Fastify syntax. */
  path: string;
  entity: EntityName;
  kind: 'collection' | 'single';
  subsets: (p: Params) => Subset[];
  parents: ParentCheck[];
}

const none = (): Subset[] => [];
const school: ParentCheck = { entity: 'org', param: 'schoolSourcedId', subsets: () => [SCHOOL] };
const SCHOOL: Subset = { kind: 'type', value: 'school' };
const TERM: Subset = { kind: 'type', value: 'term' };
const GRADING_PERIOD: Subset = { kind: 'type', value: 'gradingPeriod' };
const STUDENT: Subset = { kind: 'hasRole', role: 'student' };
const TEACHER: Subset = { kind: 'hasRole', role: 'teacher' };
const classInSchool: ParentCheck = {
  entity: 'class',
  param: 'classSourcedId',
  subsets: (p) => [{ kind: 'column', column: 'school_sourced_id', value: p.schoolSourcedId! }],
};

function pair(
  plural: string,
  entity: EntityName,
  names: [string, string],
  subsets: Subset[] = [],
): Operation[] {
  return [
    {
      operationId: `getAll${names[0]}`,
      path: `/${plural}`,
      entity,
      kind: 'collection',
      subsets: () => subsets,
      parents: [],
    },
    {
      operationId: `get${names[1]}`,
      path: `/${plural}/:sourcedId`,
      entity,
      kind: 'single',
      subsets: () => subsets,
      parents: [],
    },
  ];
}

function nested(
  operationId: string,
  path: string,
  entity: EntityName,
  parents: ParentCheck[],
  subsets: (p: Params) => Subset[],
): Operation {
  return { operationId, path, entity, kind: 'collection', subsets, parents };
}

/** The 41 GET operations of the OneRoster 1.2 rostering service (a test checks them against the official file). */
export const OPERATIONS: readonly Operation[] = [
  ...pair('academicSessions', 'academicSession', ['AcademicSessions', 'AcademicSession']),
  ...pair('classes', 'class', ['Classes', 'Class']),
  nested(
    'getStudentsForClass',
    '/classes/:classSourcedId/students',
    'user',
    [{ entity: 'class', param: 'classSourcedId', subsets: none }],
    (p) => [{ kind: 'enrolledIn', classId: p.classSourcedId!, role: 'student' }],
  ),
  nested(
    'getTeachersForClass',
    '/classes/:classSourcedId/teachers',
    'user',
    [{ entity: 'class', param: 'classSourcedId', subsets: none }],
    (p) => [{ kind: 'enrolledIn', classId: p.classSourcedId!, role: 'teacher' }],
  ),
  ...pair('courses', 'course', ['Courses', 'Course']),
  nested(
    'getClassesForCourse',
    '/courses/:courseSourcedId/classes',
    'class',
    [{ entity: 'course', param: 'courseSourcedId', subsets: none }],
    (p) => [{ kind: 'column', column: 'course_sourced_id', value: p.courseSourcedId! }],
  ),
  ...pair('demographics', 'demographics', ['Demographics', 'Demographics']),
  ...pair('enrollments', 'enrollment', ['Enrollments', 'Enrollment']),
  ...pair('gradingPeriods', 'academicSession', ['GradingPeriods', 'GradingPeriod'], [GRADING_PERIOD]),
  ...pair('orgs', 'org', ['Orgs', 'Org']),
  ...pair('schools', 'org', ['Schools', 'School'], [SCHOOL]),
  nested('getClassesForSchool', '/schools/:schoolSourcedId/classes', 'class', [school], (p) => [
    { kind: 'column', column: 'school_sourced_id', value: p.schoolSourcedId! },
  ]),
  nested(
    'getEnrollmentsForClassInSchool',
    '/schools/:schoolSourcedId/classes/:classSourcedId/enrollments',
    'enrollment',
    [school, classInSchool],
    (p) => [
      { kind: 'column', column: 'class_sourced_id', value: p.classSourcedId! },
      { kind: 'column', column: 'school_sourced_id', value: p.schoolSourcedId! },
    ],
  ),
  nested(
    'getStudentsForClassInSchool',
    '/schools/:schoolSourcedId/classes/:classSourcedId/students',
    'user',
    [school, classInSchool],
    (p) => [{ kind: 'enrolledIn', classId: p.classSourcedId!, role: 'student' }],
  ),
  nested(
    'getTeachersForClassInSchool',
    '/schools/:schoolSourcedId/classes/:classSourcedId/teachers',
    'user',
    [school, classInSchool],
    (p) => [{ kind: 'enrolledIn', classId: p.classSourcedId!, role: 'teacher' }],
  ),
  nested('getCoursesForSchool', '/schools/:schoolSourcedId/courses', 'course', [school], (p) => [
    { kind: 'column', column: 'org_sourced_id', value: p.schoolSourcedId! },
  ]),
  nested('getEnrollmentsForSchool', '/schools/:schoolSourcedId/enrollments', 'enrollment', [school], (p) => [
    { kind: 'column', column: 'school_sourced_id', value: p.schoolSourcedId! },
  ]),
  nested('getStudentsForSchool', '/schools/:schoolSourcedId/students', 'user', [school], (p) => [
    { kind: 'hasRole', role: 'student', orgId: p.schoolSourcedId! },
  ]),
  nested('getTeachersForSchool', '/schools/:schoolSourcedId/teachers', 'user', [school], (p) => [
    { kind: 'hasRole', role: 'teacher', orgId: p.schoolSourcedId! },
  ]),
  nested('getTermsForSchool', '/schools/:schoolSourcedId/terms', 'academicSession', [school], (p) => [
    { kind: 'termOfSchoolClasses', schoolId: p.schoolSourcedId! },
  ]),
  ...pair('students', 'user', ['Students', 'Student'], [STUDENT]),
  nested(
    'getClassesForStudent',
    '/students/:studentSourcedId/classes',
    'class',
    [{ entity: 'user', param: 'studentSourcedId', subsets: () => [STUDENT] }],
    (p) => [{ kind: 'classOfEnrolledUser', userId: p.studentSourcedId! }],
  ),
  ...pair('teachers', 'user', ['Teachers', 'Teacher'], [TEACHER]),
  nested(
    'getClassesForTeacher',
    '/teachers/:teacherSourcedId/classes',
    'class',
    [{ entity: 'user', param: 'teacherSourcedId', subsets: () => [TEACHER] }],
    (p) => [{ kind: 'classOfEnrolledUser', userId: p.teacherSourcedId! }],
  ),
  ...pair('terms', 'academicSession', ['Terms', 'Term'], [TERM]),
  // Japan Profile classes name the school year as their term, so a nested term path accepts any session.
  nested(
    'getClassesForTerm',
    '/terms/:termSourcedId/classes',
    'class',
    [{ entity: 'academicSession', param: 'termSourcedId', subsets: none }],
    (p) => [{ kind: 'hasTerm', termId: p.termSourcedId! }],
  ),
  nested(
    'getGradingPeriodsForTerm',
    '/terms/:termSourcedId/gradingPeriods',
    'academicSession',
    [{ entity: 'academicSession', param: 'termSourcedId', subsets: none }],
    (p) => [GRADING_PERIOD, { kind: 'column', column: 'parent_sourced_id', value: p.termSourcedId! }],
  ),
  ...pair('users', 'user', ['Users', 'User']),
  nested(
    'getClassesForUser',
    '/users/:userSourcedId/classes',
    'class',
    [{ entity: 'user', param: 'userSourcedId', subsets: none }],
    (p) => [{ kind: 'classOfEnrolledUser', userId: p.userSourcedId! }],
  ),
];
