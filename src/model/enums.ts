/** Vocabularies of the OneRoster 1.2 CSV binding (§1.6). Extensible ones also accept `ext:` tokens. */
export const SESSION_TYPES = ['gradingPeriod', 'semester', 'schoolYear', 'term'] as const;
export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'] as const;
export const CLASS_TYPES = ['homeroom', 'scheduled'] as const;
export const ROLE_TYPES = ['primary', 'secondary'] as const;
export const ROLES = [
  'aide',
  'counselor',
  'districtAdministrator',
  'guardian',
  'parent',
  'principal',
  'proctor',
  'relative',
  'siteAdministrator',
  'student',
  'systemAdministrator',
  'teacher',
] as const;
export const ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher'] as const;
export const SEXES = ['male', 'female', 'unspecified', 'other'] as const;
export const STATUSES = ['active', 'tobedeleted'] as const;
export type Status = (typeof STATUSES)[number];

/** REST pattern for extension tokens: `(ext:)[a-zA-Z0-9\.\-_]+`. */
export const EXT_TOKEN = /^ext:[a-zA-Z0-9.\-_]+$/;
