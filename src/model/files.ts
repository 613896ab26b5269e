import {
  CLASS_TYPES,
  ENROLLMENT_ROLES,
  ORG_TYPES,
  ROLE_TYPES,
  ROLES,
  SESSION_TYPES,
  SEXES,
} from './enums.js';
import { commonFields, field, req, type FileDef, type FileName } from './field.js';

/**
 * The nine rostering files of the OneRoster 1.2 CSV binding with the Japan Profile extension columns.
 * Header order is the spec order (CSV binding §1.6, Japan Profile digest §2).
 */
const academicSessions: FileDef = {
  name: 'academicSessions',
  fileName: 'academicSessions.csv',
  table: 'academic_sessions',
  fields: [
    ...commonFields,
    field('title', 'string', req),
    field('type', 'enum', { ...req, enumValues: SESSION_TYPES, extensible: true }),
    field('startDate', 'date', req),
    field('endDate', 'date', req),
    field('parentSourcedId', 'guidRef', { ref: 'academicSessions' }),
    field('schoolYear', 'year', req),
  ],
};

const orgs: FileDef = {
  name: 'orgs',
  fileName: 'orgs.csv',
  table: 'orgs',
  fields: [
    ...commonFields,
    field('name', 'string', req),
    field('type', 'enum', { ...req, enumValues: ORG_TYPES, extensible: true }),
    field('identifier', 'string'),
    field('parentSourcedId', 'guidRef', { ref: 'orgs' }),
  ],
};

const courses: FileDef = {
  name: 'courses',
  fileName: 'courses.csv',
  table: 'courses',
  fields: [
    ...commonFields,
    field('schoolYearSourcedId', 'guidRef', { ref: 'academicSessions', refType: 'schoolYear' }),
    field('title', 'string', req),
    field('courseCode', 'string'),
    field('grades', 'stringList'),
    field('orgSourcedId', 'guidRef', { ...req, ref: 'orgs' }),
    field('subjects', 'stringList'),
    field('subjectCodes', 'stringList'),
  ],
};

const classes: FileDef = {
  name: 'classes',
  fileName: 'classes.csv',
  table: 'classes',
  fields: [
    ...commonFields,
    field('title', 'string', req),
    field('grades', 'stringList'),
    field('courseSourcedId', 'guidRef', { ...req, ref: 'courses' }),
    field('classCode', 'string'),
    field('classType', 'enum', { ...req, enumValues: CLASS_TYPES, extensible: true }),
    field('location', 'string'),
    field('schoolSourcedId', 'guidRef', { ...req, ref: 'orgs', refType: 'school' }),
    field('termSourcedIds', 'guidRefList', { ...req, ref: 'academicSessions' }),
    field('subjects', 'stringList'),
    field('subjectCodes', 'stringList'),
    field('periods', 'stringList'),
    field('metadata.jp.specialNeeds', 'boolean', { extension: true }),
  ],
};

const users: FileDef = {
  name: 'users',
  fileName: 'users.csv',
  table: 'users',
  fields: [
    ...commonFields,
    field('enabledUser', 'boolean', req),
    field('username', 'string', req),
    field('userIds', 'userIdList'),
    field('givenName', 'string', req),
    field('familyName', 'string', req),
    field('middleName', 'string'),
    field('identifier', 'string'),
    field('email', 'string', { pii: true }),
    field('sms', 'string', { pii: true }),
    field('phone', 'string', { pii: true }),
    field('agentSourcedIds', 'guidRefList', { ref: 'users' }),
    field('grades', 'stringList'),
    field('password', 'string', { pii: true }),
    field('userMasterIdentifier', 'string'),
    // Present in the CSV binding 1.2 text, removed by 1.2.1: both layouts are accepted.
    field('resourceSourcedIds', 'guidRefList', { layoutOptional: true, unresolvedRef: true }),
    field('preferredGivenName', 'string'),
    field('preferredMiddleName', 'string'),
    field('preferredFamilyName', 'string'),
    field('primaryOrgSourcedId', 'guidRef', { ref: 'orgs' }),
    field('pronouns', 'string'),
    field('metadata.jp.kanaGivenName', 'string', { extension: true }),
    field('metadata.jp.kanaFamilyName', 'string', { extension: true }),
    field('metadata.jp.kanaMiddleName', 'string', { extension: true }),
    field('metadata.jp.homeClass', 'guidRef', { extension: true, ref: 'classes' }),
    field('metadata.jp.kanaPreferredFamilyName', 'string', { extension: true }),
    field('metadata.jp.kanaPreferredGivenName', 'string', { extension: true }),
    field('metadata.jp.kanaPreferredMiddleName', 'string', { extension: true }),
  ],
};

const userProfiles: FileDef = {
  name: 'userProfiles',
  fileName: 'userProfiles.csv',
  table: 'user_profiles',
  fields: [
    ...commonFields,
    field('userSourcedId', 'guidRef', { ...req, ref: 'users' }),
    field('profileType', 'string', req),
    field('vendorId', 'string', req),
    field('applicationId', 'string'),
    field('description', 'string'),
    field('credentialType', 'string', req),
    field('username', 'string', { ...req, pii: true }),
    field('password', 'string', { pii: true }),
  ],
};

const roles: FileDef = {
  name: 'roles',
  fileName: 'roles.csv',
  table: 'roles',
  fields: [
    ...commonFields,
    field('userSourcedId', 'guidRef', { ...req, ref: 'users' }),
    field('roleType', 'enum', { ...req, enumValues: ROLE_TYPES }),
    field('role', 'enum', { ...req, enumValues: ROLES, extensible: true }),
    field('beginDate', 'date'),
    field('endDate', 'date'),
    field('orgSourcedId', 'guidRef', { ...req, ref: 'orgs' }),
    field('userProfileSourcedId', 'guidRef', { ref: 'userProfiles' }),
  ],
};

const enrollments: FileDef = {
  name: 'enrollments',
  fileName: 'enrollments.csv',
  table: 'enrollments',
  fields: [
    ...commonFields,
    field('classSourcedId', 'guidRef', { ...req, ref: 'classes' }),
    field('schoolSourcedId', 'guidRef', { ...req, ref: 'orgs', refType: 'school' }),
    field('userSourcedId', 'guidRef', { ...req, ref: 'users' }),
    field('role', 'enum', { ...req, enumValues: ENROLLMENT_ROLES, extensible: true }),
    field('primary', 'boolean', { column: 'is_primary' }),
    field('beginDate', 'date'),
    field('endDate', 'date'),
    // JP v1.2 / v1.2.1 spell these with a capital letter; the K-12/Schools profile does not.
    field('metadata.jp.ShussekiNo', 'integer', {
      extension: true,
      key: 'shussekiNo',
      aliases: ['metadata.jp.shussekiNo'],
    }),
    field('metadata.jp.PublicFlg', 'boolean', {
      extension: true,
      key: 'publicFlg',
      aliases: ['metadata.jp.publicFlg'],
    }),
  ],
};

const demographics: FileDef = {
  name: 'demographics',
  fileName: 'demographics.csv',
  table: 'demographics',
  fields: [
    ...commonFields,
    field('birthDate', 'date', { pii: true }),
    field('sex', 'enum', { enumValues: SEXES, extensible: true }),
    field('americanIndianOrAlaskaNative', 'boolean'),
    field('asian', 'boolean'),
    field('blackOrAfricanAmerican', 'boolean'),
    field('nativeHawaiianOrOtherPacificIslander', 'boolean'),
    field('white', 'boolean'),
    field('demographicRaceTwoOrMoreRaces', 'boolean'),
    field('hispanicOrLatinoEthnicity', 'boolean'),
    field('countryOfBirthCode', 'string'),
    field('stateOfBirthAbbreviation', 'string'),
    field('cityOfBirth', 'string'),
    field('publicSchoolResidenceStatus', 'string'),
  ],
};

/**
 * Processing order: every file comes after the files it references, so cross-file references are
 * checked as rows stream by; only same-file references wait for the end of their file.
 */
export const ROSTER_FILES: readonly FileDef[] = [
  academicSessions,
  orgs,
  courses,
  classes,
  users,
  userProfiles,
  roles,
  enrollments,
  demographics,
];

export const FILES_BY_NAME: Readonly<Record<FileName, FileDef>> = Object.fromEntries(
  ROSTER_FILES.map((f) => [f.name, f]),
) as Record<FileName, FileDef>;

/** The data files of the gradebook and resources services: accepted in a bundle but not stored. */
export const UNSUPPORTED_FILES = [
  'categories',
  'classResources',
  'courseResources',
  'lineItemLearningObjectiveIds',
  'lineItems',
  'lineItemScoreScales',
  'resources',
  'resultLearningObjectiveIds',
  'results',
  'resultScoreScales',
  'scoreScales',
  'userResources',
] as const;

/** All 21 data files named by `file.*` rows of the manifest, in the order the binding lists them. */
export const MANIFEST_FILES: readonly string[] = [
  'academicSessions',
  'categories',
  'classes',
  'classResources',
  'courses',
  'courseResources',
  'demographics',
  'enrollments',
  'lineItemLearningObjectiveIds',
  'lineItems',
  'lineItemScoreScales',
  'orgs',
  'resources',
  'resultLearningObjectiveIds',
  'results',
  'resultScoreScales',
  'roles',
  'scoreScales',
  'userProfiles',
  'userResources',
  'users',
];

/** Base (non-extension) columns in order; users.csv has two accepted layouts. */
export function baseHeaderLayouts(file: FileDef): string[][] {
  const base = file.fields.filter((f) => !f.extension);
  const full = base.map((f) => f.csv);
  if (!base.some((f) => f.layoutOptional)) return [full];
  return [base.filter((f) => !f.layoutOptional).map((f) => f.csv), full];
}

export function isRosterFile(name: string): name is FileName {
  return Object.hasOwn(FILES_BY_NAME, name);
}

/** Position of a field in `file.fields` (and so in a parsed record's values). */
export function fieldIndex(file: FileDef, key: string): number {
  const i = file.fields.findIndex((f) => f.key === key);
  if (i === -1) throw new Error(`${file.name} has no field ${key}`);
  return i;
}
