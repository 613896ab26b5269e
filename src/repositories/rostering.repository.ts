import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ApiEntity } from '../api/entities.js';
import type { Subset } from '../api/operations.js';
import type { ApiRow, Related, RoleJson, UserProfileJson } from '../api/presenter.js';
import type { Presenter } from '../api/presenter.js';
import { PLAIN_PII, type PiiCipher } from '../crypto/pii-cipher.js';
import type { Schema } from '../db/schema.js';
import { subsetSql } from './rostering-subsets.js';

export interface PageQuery {
  subsets: Subset[];
  filter: RawBuilder<SqlBool> | null;
  /** A whitelisted expression on alias `t`; sourcedId breaks ties (and is the default order). */
  sort: { expr: RawBuilder<unknown>; direction: 'asc' | 'desc' } | null;
  limit: number;
  offset: number;
}

type Db = Kysely<Schema>;

/** Dates as `YYYY-MM-DD`, timestamps as ISO UTC text: the JSON wants text, and no time zone leaks in. */
function selectList(entity: ApiEntity): RawBuilder<unknown> {
  const cols = new Set<string>(['sourced_id', 'metadata']);
  const parts: RawBuilder<unknown>[] = [sql`t.sourced_id`, sql`t.metadata`];
  // Encrypted columns are read as the text they hold, whatever their kind; the service decrypts them.
  const kinds = [
    ...entity.properties.map((p) => [p.column, p.pii ? 'string' : p.kind] as const),
    ...entity.metadata.map((m) => [m.column, m.kind] as const),
  ];
  for (const [column, kind] of kinds) {
    if (!column || cols.has(column)) continue;
    cols.add(column);
    const ref = sql.ref(`t.${column}`);
    const id = sql.id(column);
    if (kind === 'date') parts.push(sql`to_char(${ref}, 'YYYY-MM-DD') AS ${id}`);
    else if (kind === 'datetime')
      parts.push(sql`to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${id}`);
    else parts.push(ref);
  }
  return sql.join(parts);
}

const SELECT_LISTS = new Map<ApiEntity, RawBuilder<unknown>>();
function columnsOf(entity: ApiEntity): RawBuilder<unknown> {
  let list = SELECT_LISTS.get(entity);
  if (!list) SELECT_LISTS.set(entity, (list = selectList(entity)));
  return list;
}

function where(entity: ApiEntity, tenantId: string, subsets: Subset[], filter: RawBuilder<SqlBool> | null) {
  const parts = [sql`t.tenant_id = ${tenantId}`, ...subsets.map((s) => subsetSql(entity, tenantId, s))];
  if (filter) parts.push(sql`(${filter})`);
  return sql.join(parts, sql` AND `);
}

/** Reads of the roster tables for the REST API. Every statement is bound to one tenant. */
export const rosteringRepository = {
  /**
   * One page. The page's keys are found first over the index alone, then its rows are fetched by
   * key, so a deep `offset` skips index entries rather than whole rows.
   */
  async page(db: Db, tenantId: string, entity: ApiEntity, q: PageQuery): Promise<ApiRow[]> {
    const table = sql.table(entity.table);
    const dir = q.sort?.direction === 'desc' ? sql`DESC` : sql`ASC`;
    const inner = q.sort
      ? sql`SELECT t.sourced_id, ${q.sort.expr} AS k FROM ${table} t
          WHERE ${where(entity, tenantId, q.subsets, q.filter)}
          ORDER BY k ${dir}, t.sourced_id LIMIT ${q.limit} OFFSET ${q.offset}`
      : sql`SELECT t.sourced_id FROM ${table} t
          WHERE ${where(entity, tenantId, q.subsets, q.filter)}
          ORDER BY t.sourced_id LIMIT ${q.limit} OFFSET ${q.offset}`;
    const order = q.sort ? sql`p.k ${dir}, p.sourced_id` : sql`p.sourced_id`;
    const r = await sql<ApiRow>`SELECT ${columnsOf(entity)} FROM (${inner}) p
      JOIN ${table} t ON t.tenant_id = ${tenantId} AND t.sourced_id = p.sourced_id
      ORDER BY ${order}`.execute(db);
    return r.rows;
  },

  async count(
    db: Db,
    tenantId: string,
    entity: ApiEntity,
    subsets: Subset[],
    filter: RawBuilder<SqlBool> | null,
  ): Promise<number> {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(entity.table)} t
      WHERE ${where(entity, tenantId, subsets, filter)}`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },

  async one(
    db: Db,
    tenantId: string,
    entity: ApiEntity,
    id: string,
    subsets: Subset[],
  ): Promise<ApiRow | null> {
    const r = await sql<ApiRow>`SELECT ${columnsOf(entity)} FROM ${sql.table(entity.table)} t
      WHERE ${where(entity, tenantId, subsets, null)} AND t.sourced_id = ${id}`.execute(db);
    return r.rows[0] ?? null;
  },

  async exists(db: Db, tenantId: string, entity: ApiEntity, id: string, subsets: Subset[]): Promise<boolean> {
    const r = await sql<{ found: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(entity.table)} t
      WHERE ${where(entity, tenantId, subsets, null)} AND t.sourced_id = ${id}) AS found`.execute(db);
    return r.rows[0]?.found === true;
  },

  /** What the page's records need from other rows: roles and profiles of users, children of orgs and sessions. */
  async related(
    db: Db,
    tenantId: string,
    entity: ApiEntity,
    ids: string[],
    presenter: Presenter,
    wanted: ReadonlySet<string> | null,
    pii: PiiCipher = PLAIN_PII,
  ): Promise<Related> {
    const want = (name: string) =>
      entity.properties.some((p) => p.name === name) && (!wanted || wanted.has(name));
    const related: Related = {};
    if (ids.length === 0) return related;
    if (want('roles')) related.roles = await rolesOf(db, tenantId, ids, presenter);
    if (want('userProfiles')) related.userProfiles = await profilesOf(db, tenantId, ids, pii);
    if (want('children')) {
      const r = await sql<{ parent: string; id: string }>`SELECT parent_sourced_id AS parent, sourced_id AS id
        FROM ${sql.table(entity.table)} WHERE tenant_id = ${tenantId} AND parent_sourced_id = ANY (${ids})
          AND status = 'active' ORDER BY sourced_id`.execute(db);
      related.children = groupBy(
        r.rows,
        (row) => row.parent,
        (row) => row.id,
      );
    }
    return related;
  },
};

type RoleRow = {
  user: string;
  role_type: string | null;
  role: string;
  org: string;
  profile: string | null;
  begin_date: string | null;
  end_date: string | null;
};

/**
 * `user.roles` must have an item. Sources in order, each for the users the previous left without
 * roles: active roles.csv rows; active enrollments (one role per role and school); then the same
 * two whatever their status, so a user deleted by a bulk import still shows the roles it had.
 */
async function rolesOf(db: Db, tenantId: string, ids: string[], presenter: Presenter) {
  const roles = new Map<string, RoleJson[]>();
  const sources = [
    (missing: string[], active: boolean) => rolesRows(db, tenantId, missing, active),
    (missing: string[], active: boolean) => enrollmentRoles(db, tenantId, missing, active),
  ];
  for (const active of [true, false]) {
    for (const source of sources) {
      const missing = ids.filter((id) => !roles.has(id));
      if (missing.length === 0) return roles;
      for (const row of await source(missing, active)) {
        const list = roles.get(row.user) ?? [];
        const role: RoleJson = {
          roleType: row.role_type ?? (list.length === 0 ? 'primary' : 'secondary'),
          role: row.role,
          org: presenter.ref('org', row.org),
        };
        if (row.profile) role.userProfile = profileUri(row.profile);
        if (row.begin_date) role.beginDate = row.begin_date;
        if (row.end_date) role.endDate = row.end_date;
        list.push(role);
        roles.set(row.user, list);
      }
    }
  }
  return roles;
}

async function rolesRows(db: Db, tenantId: string, ids: string[], active: boolean): Promise<RoleRow[]> {
  const status = active ? sql` AND status = 'active'` : sql``;
  const r = await sql<RoleRow>`SELECT user_sourced_id AS user, role_type, role, org_sourced_id AS org,
        user_profile_sourced_id AS profile,
        to_char(begin_date, 'YYYY-MM-DD') AS begin_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
      FROM roles WHERE tenant_id = ${tenantId} AND user_sourced_id = ANY (${ids})${status}
      ORDER BY user_sourced_id, role_type, sourced_id`.execute(db);
  return r.rows;
}

async function enrollmentRoles(db: Db, tenantId: string, ids: string[], active: boolean): Promise<RoleRow[]> {
  const status = active ? sql` AND status = 'active'` : sql``;
  const r = await sql<RoleRow>`SELECT DISTINCT user_sourced_id AS user, NULL::text AS role_type, role,
        school_sourced_id AS org, NULL::text AS profile, NULL::text AS begin_date, NULL::text AS end_date
      FROM enrollments WHERE tenant_id = ${tenantId} AND user_sourced_id = ANY (${ids})${status}
      ORDER BY user_sourced_id, role, school_sourced_id`.execute(db);
  return r.rows;
}

/** Credentials are stored encrypted: decrypted here, the one place they are read. */
async function profilesOf(db: Db, tenantId: string, ids: string[], pii: PiiCipher) {
  const r = await sql<{
    user: string;
    id: string;
    profile_type: string;
    vendor_id: string;
    application_id: string | null;
    description: string | null;
    credential_type: string;
    username: string;
    password: string | null;
  }>`SELECT user_sourced_id AS user, sourced_id AS id, profile_type, vendor_id, application_id, description,
        credential_type, username, password
      FROM user_profiles WHERE tenant_id = ${tenantId} AND user_sourced_id = ANY (${ids}) AND status = 'active'
      ORDER BY user_sourced_id, sourced_id`.execute(db);
  return groupBy(
    r.rows,
    (row) => row.user,
    (row): UserProfileJson => {
      const credential: UserProfileJson['credentials'][number] = {
        type: row.credential_type,
        username: pii.decrypt(row.username),
      };
      if (row.password) credential.password = pii.decrypt(row.password);
      const p: UserProfileJson = {
        profileId: profileUri(row.id),
        profileType: row.profile_type,
        vendorId: row.vendor_id,
        credentials: [credential],
      };
      if (row.application_id) p.applicationId = row.application_id;
      if (row.description) p.description = row.description;
      return p;
    },
  );
}

/**
 * `profileId` and `role.userProfile` must be URIs, and CSV has no profileId column: a URN built
 * from the userProfiles.csv sourcedId (docs/decisions.md, "REST representation").
 */
function profileUri(sourcedId: string): string {
  return `urn:rosterhub:userprofile:${encodeURIComponent(sourcedId)}`;
}

function groupBy<R, V>(rows: R[], key: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}
