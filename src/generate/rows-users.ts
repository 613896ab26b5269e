/** users, userProfiles, roles and demographics: one pass over the same user sequence each. */
import { FILES_BY_NAME, type FieldDef } from '../model/index.js';
import type { CsvWriter } from './csv-writer.js';
import {
  adultBirthRange,
  birthDate,
  person,
  personId,
  pupilBirthRange,
  type BirthRange,
  type PersonKind,
} from './people.js';
import { Rng, Stream, seedFor } from './prng.js';
import type { BundlePlan, Homeroom, SchoolPlan } from './plan.js';
import { sessionDates } from './rows-school.js';

export type UsersLayout = 'jp12' | 'jp121';

/** Koumu (school affairs system) numbers: students and staff in separate ranges, as such systems keep them. */
const STUDENT_NUMBER_BASE = 10_000_001;
const STAFF_NUMBER_BASE = 90_000_001;

/**
 * users.csv columns. jp121 (OR 1.2.1 base): no resourceSourcedIds, all 7 extension columns.
 * jp12 (JP v1.2 第2版): resourceSourcedIds kept, only the 4 older extension columns.
 */
export function usersFields(layout: UsersLayout): FieldDef[] {
  const fields = FILES_BY_NAME.users.fields;
  const base = fields.filter((f) => !f.extension);
  const extensions = fields.filter((f) => f.extension);
  return layout === 'jp121'
    ? [...base.filter((f) => !f.layoutOptional), ...extensions]
    : [...base, ...extensions.slice(0, 4)];
}

interface UserRef {
  readonly kind: PersonKind;
  readonly index: number;
  readonly role: 'student' | 'teacher' | 'principal';
  readonly school: SchoolPlan;
  readonly birth: BirthRange;
  readonly homeroom?: Homeroom;
  readonly gradeCode?: string;
}

/** Every user in file order: per school the principal, the teachers, then the students by homeroom. */
function* userRefs(plan: BundlePlan): Generator<UserRef> {
  const principalBirth = adultBirthRange(plan.schoolYear, 50, 59);
  const teacherBirth = adultBirthRange(plan.schoolYear, 23, 60);
  for (const school of plan.schools) {
    yield { kind: 'staff', index: school.firstStaff, role: 'principal', school, birth: principalBirth };
    for (let t = 0; t < school.teacherCount; t++) {
      yield { kind: 'staff', index: school.firstStaff + 1 + t, role: 'teacher', school, birth: teacherBirth };
    }
    for (const grade of school.grades) {
      const birth = pupilBirthRange(plan.schoolYear, school.level.yearsBefore + grade.gradeNo);
      for (const homeroom of grade.homerooms) {
        for (let i = 0; i < homeroom.size; i++) {
          const index = homeroom.firstStudent + i;
          yield { kind: 'student', index, role: 'student', school, birth, homeroom, gradeCode: grade.code };
        }
      }
    }
  }
}

const koumuNumber = (ref: UserRef): string =>
  String(ref.kind === 'student' ? STUDENT_NUMBER_BASE + ref.index : STAFF_NUMBER_BASE + ref.index);

const username = (ref: UserRef): string =>
  `${ref.kind === 'student' ? 's' : 't'}${koumuNumber(ref)}@${ref.school.domain}`;

export async function writeUsers(plan: BundlePlan, w: CsvWriter): Promise<void> {
  for (const ref of userRefs(plan)) {
    const p = person(plan.base, ref.kind, ref.index);
    const number = koumuNumber(ref);
    const login = username(ref);
    const row = {
      sourcedId: p.sourcedId,
      enabledUser: 'true',
      username: login,
      userIds: `{Koumu:${number}}`,
      givenName: p.givenName,
      familyName: p.familyName,
      identifier: number,
      email: ref.kind === 'staff' ? login : '',
      grades: ref.gradeCode ?? '',
      userMasterIdentifier: p.masterId,
      preferredGivenName: p.givenName,
      preferredFamilyName: p.familyName,
      primaryOrgSourcedId: ref.school.sourcedId,
      kanaGivenName: p.givenKana,
      kanaFamilyName: p.familyKana,
      homeClass: ref.homeroom?.sourcedId ?? '',
      kanaPreferredFamilyName: p.familyKana,
      kanaPreferredGivenName: p.givenKana,
    };
    if (w.row(row)) await w.flush();
  }
  await w.flush();
}

/** One LMS account per staff member (principals included: their primary role is teacher). */
export async function writeUserProfiles(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const rng = new Rng(seedFor(plan.base, Stream.userProfiles, 0));
  for (const ref of userRefs(plan)) {
    if (ref.kind !== 'staff') continue;
    const row = {
      sourcedId: rng.uuid(),
      userSourcedId: personId(plan.base, ref.kind, ref.index),
      profileType: 'LMS',
      vendorId: 'example-vendor',
      credentialType: 'password',
      username: username(ref),
    };
    if (w.row(row)) await w.flush();
  }
  await w.flush();
}

/** Principals hold `primary teacher` plus `secondary principal`: admin roles cannot be primary. */
export async function writeRoles(plan: BundlePlan, w: CsvWriter): Promise<void> {
  const rng = new Rng(seedFor(plan.base, Stream.roles, 0));
  const { start, end } = sessionDates(plan);
  const roleRow = (ref: UserRef, roleType: string, role: string): boolean =>
    w.row({
      sourcedId: rng.uuid(),
      userSourcedId: personId(plan.base, ref.kind, ref.index),
      roleType,
      role,
      beginDate: start,
      endDate: end,
      orgSourcedId: ref.school.sourcedId,
    });
  for (const ref of userRefs(plan)) {
    let full = roleRow(ref, 'primary', ref.kind === 'student' ? 'student' : 'teacher');
    if (ref.role === 'principal') full = roleRow(ref, 'secondary', 'principal') || full;
    if (full) await w.flush();
  }
  await w.flush();
}

export async function writeDemographics(plan: BundlePlan, w: CsvWriter): Promise<void> {
  for (const ref of userRefs(plan)) {
    const p = person(plan.base, ref.kind, ref.index);
    if (w.row({ sourcedId: p.sourcedId, birthDate: birthDate(p, ref.birth), sex: p.sex })) await w.flush();
  }
  await w.flush();
}
