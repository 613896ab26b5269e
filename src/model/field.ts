/**
 * The building blocks of the OneRoster model. Each CSV column is declared once as a FieldDef;
 * parsing, validation, DB columns, hashing and (later) presenters and filter whitelists derive from it.
 */

/** Value formats of the CSV binding (§1.3 of docs/oneroster-1.2 digest). */
export type FieldType =
  | 'guid' // the record's own sourcedId
  | 'guidRef' // one reference to another record
  | 'guidRefList' // comma-separated references
  | 'string'
  | 'stringList'
  | 'userIdList' // users.userIds: `{type:id}` items
  | 'enum'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'year'
  | 'integer';

/** `always`: value required in every row; `delta`: required in delta rows, empty in bulk rows; `optional`. */
export type Requiredness = 'always' | 'delta' | 'optional';

export type FileName =
  | 'academicSessions'
  | 'orgs'
  | 'courses'
  | 'classes'
  | 'users'
  | 'userProfiles'
  | 'roles'
  | 'enrollments'
  | 'demographics';

export interface FieldDef {
  /** Header name as written in the CSV file. */
  readonly csv: string;
  /** Other accepted header spellings (e.g. `metadata.jp.shussekiNo` for `metadata.jp.ShussekiNo`). */
  readonly aliases?: readonly string[];
  /** Canonical name used inside RosterHub (camelCase, without `metadata.jp.`). */
  readonly key: string;
  /** Database column (snake_case). */
  readonly column: string;
  readonly type: FieldType;
  readonly required: Requiredness;
  readonly enumValues?: readonly string[];
  /** Enumeration accepts `ext:` tokens (CSV binding §1.9). */
  readonly extensible?: boolean;
  /** Target file of a reference. */
  readonly ref?: FileName;
  /** The reference must point at an org of this type / a session of this type. */
  readonly refType?: string;
  /** Japan Profile extension column (`metadata.jp.*`), appended after the base columns. */
  readonly extension?: boolean;
  /** Present only in some header layouts (users.resourceSourcedIds exists in 1.2, not in 1.2.1). */
  readonly layoutOptional?: boolean;
  /** Reference is not checked because its target file is outside the rostering service. */
  readonly unresolvedRef?: boolean;
  /**
   * Personal data encrypted at rest (AES-256-GCM, `src/crypto/pii-cipher.ts`): the column is `text`
   * holding `v1.<kid>.<payload>`, it cannot be sorted on, and only `users.email` can be filtered
   * (`=`/`!=` through its blind index).
   */
  readonly pii?: boolean;
}

export interface FileDef {
  readonly name: FileName;
  readonly fileName: `${string}.csv`;
  /** SQL table holding the records. */
  readonly table: string;
  /** All fields in spec order: base columns first, then the known extension columns. */
  readonly fields: readonly FieldDef[];
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type FieldOpts = Partial<Omit<FieldDef, 'csv' | 'type'>>;

/** Declares one column; the DB column and canonical key follow from the header unless given. */
export function field(csv: string, type: FieldType, opts: FieldOpts = {}): FieldDef {
  const key = opts.key ?? csv.replace(/^metadata\.jp\./, '').replace(/^./, (c) => c.toLowerCase());
  return { csv, type, required: 'optional', key, column: opts.column ?? snake(key), ...opts };
}

export const req = { required: 'always' } as const;

/** `sourcedId,status,dateLastModified` start every rostering file (CSV binding §1.6). */
export const commonFields: readonly FieldDef[] = [
  field('sourcedId', 'guid', req),
  field('status', 'enum', { required: 'delta', enumValues: ['active', 'tobedeleted'] }),
  field('dateLastModified', 'datetime', { required: 'delta' }),
];

export const COMMON_FIELD_COUNT = commonFields.length;
