import { FILES_BY_NAME, type FieldDef, type FieldType, type FileDef, type FileName } from '../model/index.js';

/**
 * The REST binding's view of the model: which JSON objects exist, which property comes from which
 * column, and what filter, sort and field selection may name. Derived from `src/model`; the names
 * that differ between CSV and JSON (`orgSourcedId` → `org`, `preferredGivenName` →
 * `preferredFirstName`) are the only thing spelled out here.
 */

/** The `type` of a GUIDRef, by the file it points into (OpenAPI `*GUIDRefDType`). */
export type RefType = 'academicSession' | 'org' | 'course' | 'class' | 'user' | 'resource';

export type EntityName =
  'academicSession' | 'org' | 'course' | 'class' | 'user' | 'enrollment' | 'demographics';

/** How a JSON property is rendered from its column. */
export type PropertyKind =
  | 'string'
  | 'date'
  | 'datetime'
  | 'boolean' // rendered "true"/"false"
  | 'integer'
  | 'stringList'
  | 'userIds' // `{type:id}` items → [{type, identifier}]
  | 'guidRef'
  | 'guidRefList'
  | 'derived'; // built from other rows (roles, userProfiles, children)

export interface ApiProperty {
  /** JSON property name. */
  readonly name: string;
  readonly kind: PropertyKind;
  /** Column of the entity's table; absent for derived properties. */
  readonly column?: string;
  /** For references: the GUIDRef `type`. */
  readonly refType?: RefType;
  /** Required by the OpenAPI schema: a missing value is filled (see `fillRequired`). */
  readonly required?: boolean;
  /** Stored encrypted (`FieldDef.pii`): read as text and decrypted, never sorted or range-filtered. */
  readonly pii?: boolean;
}

/** A Japan Profile extension column, served as `metadata.jp.<key>`. */
export interface MetadataProperty {
  readonly key: string;
  readonly column: string;
  readonly kind: PropertyKind;
}

export interface ApiEntity {
  readonly name: EntityName;
  readonly file: FileDef;
  readonly table: string;
  /** Envelope keys: `{"user": …}` and `{"users": […]}`. */
  readonly single: string;
  readonly plural: string;
  /** Collection path segment used in GUIDRef `href`s (`/orgs/{id}`). */
  readonly collection: string;
  /** JSON properties in schema order, `sourcedId`, `status`, `dateLastModified` first. */
  readonly properties: readonly ApiProperty[];
  readonly metadata: readonly MetadataProperty[];
}

const REF_TYPE_OF_FILE: Partial<Record<FileName, RefType>> = {
  academicSessions: 'academicSession',
  orgs: 'org',
  courses: 'course',
  classes: 'class',
  users: 'user',
};

/** Where a GUIDRef of each type points: the collection path segment. */
export const HREF_COLLECTION: Record<RefType, string> = {
  academicSession: 'academicSessions',
  org: 'orgs',
  course: 'courses',
  class: 'classes',
  user: 'users',
  resource: 'resources',
};

/** CSV columns whose JSON property has another name (binding §4 of the digest). */
const RENAMED: Record<string, string> = {
  preferredGivenName: 'preferredFirstName',
  preferredFamilyName: 'preferredLastName',
  agentSourcedIds: 'agents',
  termSourcedIds: 'terms',
  resourceSourcedIds: 'resources',
  primary: 'primary',
};

function propertyName(field: FieldDef): string {
  if (RENAMED[field.key]) return RENAMED[field.key]!;
  return field.key.replace(/SourcedIds?$/, '');
}

const KIND_OF_TYPE: Record<FieldType, PropertyKind> = {
  guid: 'string',
  guidRef: 'guidRef',
  guidRefList: 'guidRefList',
  string: 'string',
  stringList: 'stringList',
  userIdList: 'userIds',
  enum: 'string',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  year: 'string',
  integer: 'integer',
};

function fromField(field: FieldDef): ApiProperty {
  const kind = KIND_OF_TYPE[field.type];
  const refType =
    kind === 'guidRef' || kind === 'guidRefList'
      ? field.unresolvedRef
        ? 'resource'
        : REF_TYPE_OF_FILE[field.ref!]
      : undefined;
  return {
    name: propertyName(field),
    kind,
    column: field.column,
    ...(refType ? { refType } : {}),
    ...(field.pii ? { pii: true } : {}),
  };
}

const COMMON: readonly ApiProperty[] = [
  { name: 'sourcedId', kind: 'string', column: 'sourced_id', required: true },
  { name: 'status', kind: 'string', column: 'status', required: true },
  { name: 'dateLastModified', kind: 'datetime', column: 'date_last_modified', required: true },
];

interface EntitySpec {
  name: EntityName;
  file: FileName;
  single: string;
  plural: string;
  /** JSON properties in OpenAPI order; a name not backed by a column is derived. */
  order: readonly string[];
  required: readonly string[];
}

const SPECS: readonly EntitySpec[] = [
  {
    name: 'academicSession',
    file: 'academicSessions',
    single: 'academicSession',
    plural: 'academicSessions',
    order: ['title', 'startDate', 'endDate', 'type', 'parent', 'children', 'schoolYear'],
    required: ['title', 'startDate', 'endDate', 'type', 'schoolYear'],
  },
  {
    name: 'org',
    file: 'orgs',
    single: 'org',
    plural: 'orgs',
    order: ['name', 'type', 'identifier', 'parent', 'children'],
    required: ['name', 'type', 'identifier'],
  },
  {
    name: 'course',
    file: 'courses',
    single: 'course',
    plural: 'courses',
    order: ['title', 'schoolYear', 'courseCode', 'grades', 'subjects', 'org', 'subjectCodes'],
    required: ['title', 'courseCode'],
  },
  {
    name: 'class',
    file: 'classes',
    single: 'class',
    plural: 'classes',
    order: [
      'title',
      'classCode',
      'classType',
      'location',
      'grades',
      'subjects',
      'course',
      'school',
      'terms',
      'subjectCodes',
      'periods',
    ],
    required: ['title', 'course', 'school', 'terms'],
  },
  {
    name: 'user',
    file: 'users',
    single: 'user',
    plural: 'users',
    order: [
      'userMasterIdentifier',
      'username',
      'userIds',
      'enabledUser',
      'givenName',
      'familyName',
      'middleName',
      'preferredFirstName',
      'preferredMiddleName',
      'preferredLastName',
      'pronouns',
      'roles',
      'userProfiles',
      'primaryOrg',
      'identifier',
      'email',
      'sms',
      'phone',
      'agents',
      'grades',
      'password',
      'resources',
    ],
    required: ['enabledUser', 'givenName', 'familyName', 'roles'],
  },
  {
    name: 'enrollment',
    file: 'enrollments',
    single: 'enrollment',
    plural: 'enrollments',
    order: ['user', 'class', 'school', 'role', 'primary', 'beginDate', 'endDate'],
    required: ['user', 'class', 'school', 'role'],
  },
  {
    name: 'demographics',
    file: 'demographics',
    single: 'demographics',
    plural: 'demographics',
    order: [
      'birthDate',
      'sex',
      'americanIndianOrAlaskaNative',
      'asian',
      'blackOrAfricanAmerican',
      'nativeHawaiianOrOtherPacificIslander',
      'white',
      'demographicRaceTwoOrMoreRaces',
      'hispanicOrLatinoEthnicity',
      'countryOfBirthCode',
      'stateOfBirthAbbreviation',
      'cityOfBirth',
      'publicSchoolResidenceStatus',
    ],
    required: [],
  },
];

function buildEntity(spec: EntitySpec): ApiEntity {
  const file = FILES_BY_NAME[spec.file];
  const fromColumns = new Map<string, ApiProperty>();
  const metadata: MetadataProperty[] = [];
  for (const field of file.fields.slice(COMMON.length)) {
    if (field.extension) {
      metadata.push({ key: field.key, column: field.column, kind: KIND_OF_TYPE[field.type] });
      continue;
    }
    const p = fromField(field);
    fromColumns.set(p.name, p);
  }
  const properties = spec.order.map((name): ApiProperty => {
    const p = fromColumns.get(name) ?? { name, kind: 'derived' };
    return spec.required.includes(name) ? { ...p, required: true } : p;
  });
  const unmapped = [...fromColumns.keys()].filter((n) => !spec.order.includes(n));
  // Every stored column is served; a column the OpenAPI object lacks would be a model mistake.
  if (unmapped.length > 0)
    throw new Error(`${spec.name}: columns without a JSON property: ${unmapped.join(', ')}`);
  return {
    name: spec.name,
    file,
    table: file.table,
    single: spec.single,
    plural: spec.plural,
    collection: spec.plural,
    properties: [...COMMON, ...properties],
    metadata,
  };
}

export const ENTITIES: Readonly<Record<EntityName, ApiEntity>> = Object.fromEntries(
  SPECS.map((s) => [s.name, buildEntity(s)]),
) as Record<EntityName, ApiEntity>;

export function property(entity: ApiEntity, name: string): ApiProperty | undefined {
  return entity.properties.find((p) => p.name === name);
}
