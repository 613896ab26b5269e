import type { FileDef, FileName } from '../../model/index.js';
import type { IssueCollector } from '../issues.js';
import type { ParsedRecord } from '../row-validator.js';
import { JapanRules } from './japan-rules.js';

export const PROFILES = ['oneroster', 'japan', 'eportal'] as const;
export type ProfileName = (typeof PROFILES)[number];

/** Rules over records that one profile adds to the base binding. */
export interface ProfileRules {
  onRecord(file: FileDef, rec: ParsedRecord): void;
  endFile(file: FileDef): void;
  endBundle(filesInBundle: ReadonlySet<FileName>): void;
}

/**
 * A validation profile: `oneroster` is the CSV binding alone; `japan` adds the OneRoster 1.2 Japan
 * Profile; `eportal` adds the stricter requirements of the learning e-portal standard on top.
 */
export interface Profile {
  readonly name: ProfileName;
  /** Fields that must have a value beyond the binding's own requiredness, by file. */
  readonly required: Partial<Record<FileName, readonly string[]>>;
  /** Enumeration values accepted beyond the binding's, by file and field key. */
  readonly extraEnumValues: Partial<Record<FileName, Readonly<Record<string, readonly string[]>>>>;
  rules(issues: IssueCollector): ProfileRules | null;
}

const JAPAN_REQUIRED = { users: ['kanaGivenName', 'kanaFamilyName'] } as const;
// enrollments.role guardian: K/T/AA keep the base four, meibo and R add guardian (digest §3.1).
const JAPAN_ENUMS = { enrollments: { role: ['guardian'] } } as const;

const PROFILE_DEFS: Record<ProfileName, Profile> = {
  oneroster: { name: 'oneroster', required: {}, extraEnumValues: {}, rules: () => null },
  japan: {
    name: 'japan',
    required: JAPAN_REQUIRED,
    extraEnumValues: JAPAN_ENUMS,
    rules: (issues) => new JapanRules(issues, false),
  },
  eportal: {
    name: 'eportal',
    required: {
      users: [...JAPAN_REQUIRED.users, 'preferredGivenName', 'preferredFamilyName', 'userMasterIdentifier'],
      enrollments: ['primary'],
    },
    extraEnumValues: JAPAN_ENUMS,
    rules: (issues) => new JapanRules(issues, true),
  },
};

export function profileNamed(name: ProfileName): Profile {
  return PROFILE_DEFS[name];
}
