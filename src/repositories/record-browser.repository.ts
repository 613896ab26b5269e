import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Schema } from '../db/schema.js';

type Db = Kysely<Schema>;

/** The entities the admin data browser lists, by their collection name (also the URL segment). */
export const BROWSABLE_ENTITIES = [
  'users',
  'orgs',
  'classes',
  'courses',
  'academicSessions',
  'enrollments',
] as const;
export type BrowsableEntity = (typeof BROWSABLE_ENTITIES)[number];

export function isBrowsable(name: string): name is BrowsableEntity {
  return (BROWSABLE_ENTITIES as readonly string[]).includes(name);
}

export interface BrowseFilters {
  /** Free text: a sourcedId (exact or prefix), or part of a name, title or code. */
  q?: string;
  status?: 'active' | 'tobedeleted';
  /** users: a role held (roles.csv or an enrollment); enrollments: the enrollment's role. */
  role?: string;
  /** orgs and academicSessions: `type`; classes: `classType`. */
  type?: string;
}

/** A listed record: bookkeeping fields, then the entity's display fields (camelCase, SQL nulls kept). */
export type BrowseRow = { sourcedId: string; status: string; dateLastModified: string } & Record<
  string,
  unknown
>;

interface BrowseSpec {
  table: string;
  /** Columns matched by substring (case-insensitive). */
  text: readonly string[];
  /** Extra search conditions on alias `t` (users: whole names across columns). */
  extraSearch?: (compact: string[]) => RawBuilder<SqlBool>[];
  typeColumn?: string;
  role?: (role: string) => RawBuilder<SqlBool>;
  order: RawBuilder<unknown>;
  /** Display columns on alias `t`, aliased in camelCase. */
  columns: RawBuilder<unknown>;
}

const ISO = (col: string) =>
  sql`to_char(${sql.ref(col)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const DAY = (col: string) => sql`to_char(${sql.ref(col)}, 'YYYY-MM-DD')`;
const as = (expr: RawBuilder<unknown>, name: string) => sql`${expr} AS ${sql.id(name)}`;
const col = (column: string, name: string) => as(sql.ref(`t.${column}`), name);

/** "Family Given" of the users row on `alias`, null when both are empty. */
export function userName(alias: string): RawBuilder<string | null> {
  const c = (n: string) => sql.ref(`${alias}.${n}`);
  return sql`NULLIF(trim(concat_ws(' ', ${c('family_name')}, ${c('given_name')})), '')`;
}

export function userKana(alias: string): RawBuilder<string | null> {
  const c = (n: string) => sql.ref(`${alias}.${n}`);
  return sql`NULLIF(trim(concat_ws(' ', NULLIF(${c('kana_family_name')}, ''), NULLIF(${c('kana_given_name')}, ''))), '')`;
}

/** A title of another table by sourcedId (one index probe for each listed row). */
function titleOf(table: string, column: string, ref: string): RawBuilder<unknown> {
  return sql`(SELECT x.${sql.id(column)} FROM ${sql.table(table)} x
    WHERE x.tenant_id = t.tenant_id AND x.sourced_id = ${sql.ref(`t.${ref}`)})`;
}

/** Roles a user holds: active roles.csv rows and enrollments, or whatever status when none is active. */
function userRoles(): RawBuilder<string[]> {
  const of = (active: boolean) => {
    const status = active ? sql` AND status = 'active'` : sql``;
    return sql`ARRAY(SELECT x.role FROM (
        SELECT role FROM roles WHERE tenant_id = t.tenant_id AND user_sourced_id = t.sourced_id${status}
        UNION SELECT role FROM enrollments WHERE tenant_id = t.tenant_id AND user_sourced_id = t.sourced_id${status}
      ) x ORDER BY 1)`;
  };
  return sql`COALESCE(NULLIF(${of(true)}, '{}'), ${of(false)})`;
}

const SPECS: Record<BrowsableEntity, BrowseSpec> = {
  users: {
    table: 'users',
    text: [
      'given_name',
      'family_name',
      'middle_name',
      'preferred_given_name',
      'preferred_family_name',
      'kana_given_name',
      'kana_family_name',
      'kana_middle_name',
      'kana_preferred_given_name',
      'kana_preferred_family_name',
      'username',
      'identifier',
    ],
    // "山田太郎", "山田 太郎" and "ヤマダタロウ" find the person whose names sit in two columns.
    extraSearch: (compact) => {
      const p = compact.map((c) => `%${escapeLike(c)}%`);
      return [
        sql<SqlBool>`concat(t.family_name, t.given_name) ILIKE ANY (${p}::text[])`,
        sql<SqlBool>`concat(t.given_name, t.family_name) ILIKE ANY (${p}::text[])`,
        sql<SqlBool>`concat(t.kana_family_name, t.kana_given_name) ILIKE ANY (${p}::text[])`,
      ];
    },
    role: (role) => sql<SqlBool>`(
      EXISTS (SELECT 1 FROM roles r WHERE r.tenant_id = t.tenant_id AND r.user_sourced_id = t.sourced_id AND r.role = ${role})
      OR EXISTS (SELECT 1 FROM enrollments e WHERE e.tenant_id = t.tenant_id AND e.user_sourced_id = t.sourced_id AND e.role = ${role}))`,
    // Kana first: it is the reading order staff sort names in (kanji code points mean nothing).
    order: sql`t.kana_family_name, t.kana_given_name, t.family_name, t.given_name, t.sourced_id`,
    columns: sql.join([
      col('given_name', 'givenName'),
      col('family_name', 'familyName'),
      col('middle_name', 'middleName'),
      col('kana_given_name', 'kanaGivenName'),
      col('kana_family_name', 'kanaFamilyName'),
      col('kana_middle_name', 'kanaMiddleName'),
      col('identifier', 'identifier'),
      as(userRoles(), 'roles'),
      as(sql`coalesce(t.grades, '{}')`, 'grades'),
    ]),
  },
  orgs: {
    table: 'orgs',
    text: ['name', 'identifier'],
    typeColumn: 'type',
    order: sql`t.name, t.sourced_id`,
    columns: sql.join([
      col('name', 'name'),
      col('type', 'type'),
      col('identifier', 'identifier'),
      col('parent_sourced_id', 'parentSourcedId'),
      as(titleOf('orgs', 'name', 'parent_sourced_id'), 'parentName'),
    ]),
  },
  classes: {
    table: 'classes',
    text: ['title', 'class_code'],
    typeColumn: 'class_type',
    order: sql`t.title, t.sourced_id`,
    columns: sql.join([
      col('title', 'title'),
      col('class_code', 'classCode'),
      col('class_type', 'classType'),
      col('school_sourced_id', 'schoolSourcedId'),
      as(titleOf('orgs', 'name', 'school_sourced_id'), 'schoolName'),
      col('course_sourced_id', 'courseSourcedId'),
    ]),
  },
  courses: {
    table: 'courses',
    text: ['title', 'course_code'],
    order: sql`t.title, t.sourced_id`,
    columns: sql.join([
      col('title', 'title'),
      col('course_code', 'courseCode'),
      col('org_sourced_id', 'orgSourcedId'),
      as(titleOf('orgs', 'name', 'org_sourced_id'), 'orgName'),
      col('school_year_sourced_id', 'schoolYearSourcedId'),
    ]),
  },
  academicSessions: {
    table: 'academic_sessions',
    text: ['title', 'school_year'],
    typeColumn: 'type',
    order: sql`t.start_date DESC, t.title, t.sourced_id`,
    columns: sql.join([
      col('title', 'title'),
      col('type', 'type'),
      as(DAY('t.start_date'), 'startDate'),
      as(DAY('t.end_date'), 'endDate'),
      col('school_year', 'schoolYear'),
      col('parent_sourced_id', 'parentSourcedId'),
    ]),
  },
  enrollments: {
    table: 'enrollments',
    text: ['user_sourced_id', 'class_sourced_id'],
    role: (role) => sql<SqlBool>`t.role = ${role}`,
    // A class's teachers before its students, students by attendance number.
    order: sql`t.class_sourced_id, t.role DESC, t.shusseki_no, t.user_sourced_id, t.sourced_id`,
    columns: sql.join([
      col('user_sourced_id', 'userSourcedId'),
      as(
        sql`(SELECT ${userName('u')} FROM users u WHERE u.tenant_id = t.tenant_id AND u.sourced_id = t.user_sourced_id)`,
        'userName',
      ),
      as(
        sql`(SELECT ${userKana('u')} FROM users u WHERE u.tenant_id = t.tenant_id AND u.sourced_id = t.user_sourced_id)`,
        'userKana',
      ),
      col('class_sourced_id', 'classSourcedId'),
      as(titleOf('classes', 'title', 'class_sourced_id'), 'classTitle'),
      col('school_sourced_id', 'schoolSourcedId'),
      col('role', 'role'),
      col('is_primary', 'primary'),
    ]),
  },
};

/** `%`, `_` and the escape character itself match literally (PostgreSQL's default LIKE escape is `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Hiragana to katakana: kana are stored in katakana, staff often type hiragana. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * The search's spellings: as typed, and NFKC-normalised (half-width kana, full-width letters and
 * digits) then in katakana, when those differ.
 */
export function searchTerms(q: string): string[] {
  const normal = q.normalize('NFKC');
  return [...new Set([q, normal, toKatakana(normal)])];
}

function searchCondition(spec: BrowseSpec, q: string): RawBuilder<SqlBool> {
  const terms = searchTerms(q);
  const contains = terms.map((t) => `%${escapeLike(t)}%`);
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`t.sourced_id ILIKE ANY (${terms.map((t) => `${escapeLike(t)}%`)}::text[])`,
    ...spec.text.map((c) => sql<SqlBool>`${sql.ref(`t.${c}`)} ILIKE ANY (${contains}::text[])`),
  ];
  const compact = [...new Set(terms.map((t) => t.replace(/[\s\u3000]+/g, '')))].filter(Boolean);
  if (spec.extraSearch && compact.length) parts.push(...spec.extraSearch(compact));
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

function whereOf(entity: BrowsableEntity, tenantId: string, f: BrowseFilters): RawBuilder<SqlBool> {
  const spec = SPECS[entity];
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`t.tenant_id = ${tenantId}`];
  if (f.status) parts.push(sql<SqlBool>`t.status = ${f.status}`);
  if (f.type && spec.typeColumn) parts.push(sql<SqlBool>`${sql.ref(`t.${spec.typeColumn}`)} = ${f.type}`);
  if (f.role && spec.role) parts.push(spec.role(f.role));
  const q = f.q?.trim();
  if (q) parts.push(searchCondition(spec, q));
  return sql<SqlBool>`${sql.join(parts, sql` AND `)}`;
}

/** Lists of the admin data browser. Every statement is bound to one tenant. */
export const recordBrowserRepository = {
  /** Whether the entity has a `type` filter (orgs, academicSessions, classes) or a `role` one. */
  filtersOf(entity: BrowsableEntity): { type: boolean; role: boolean } {
    return { type: !!SPECS[entity].typeColumn, role: !!SPECS[entity].role };
  },

  /** One page in the entity's natural order; keys first, then display columns for those rows only. */
  async page(
    db: Db,
    tenantId: string,
    entity: BrowsableEntity,
    f: BrowseFilters,
    limit: number,
    offset: number,
  ): Promise<BrowseRow[]> {
    const spec = SPECS[entity];
    const table = sql.table(spec.table);
    const r = await sql<BrowseRow>`SELECT t.sourced_id AS "sourcedId", t.status,
        ${ISO('t.date_last_modified')} AS "dateLastModified", ${spec.columns}
      FROM (SELECT t.sourced_id FROM ${table} t WHERE ${whereOf(entity, tenantId, f)}
            ORDER BY ${spec.order} LIMIT ${limit} OFFSET ${offset}) p
      JOIN ${table} t ON t.tenant_id = ${tenantId} AND t.sourced_id = p.sourced_id
      ORDER BY ${spec.order}`.execute(db);
    return r.rows;
  },

  async count(db: Db, tenantId: string, entity: BrowsableEntity, f: BrowseFilters): Promise<number> {
    const r = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(SPECS[entity].table)} t
      WHERE ${whereOf(entity, tenantId, f)}`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },

  /** Whether the tenant holds any roster data at all (an empty list then points to the upload page). */
  async tenantHasData(db: Db, tenantId: string): Promise<boolean> {
    const r = await sql<{ found: boolean }>`SELECT EXISTS (SELECT 1 FROM orgs WHERE tenant_id = ${tenantId})
      OR EXISTS (SELECT 1 FROM users WHERE tenant_id = ${tenantId}) AS found`.execute(db);
    return r.rows[0]?.found === true;
  },
};
