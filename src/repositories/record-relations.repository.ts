import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../db/schema.js';
import { userKana, userName, type BrowsableEntity } from './record-browser.repository.js';

type Db = Kysely<Schema>;

/** One related record as a detail page lists it; `name` is null when the reference points nowhere. */
export interface RelatedItem {
  entity: BrowsableEntity;
  sourcedId: string;
  name: string | null;
  kana: string | null;
  /** The role the relation carries (an enrollment's or a roles.csv row's), when it has one. */
  role: string | null;
  status: string | null;
}

export interface RelatedList {
  items: RelatedItem[];
  /** All related records, of which `items` holds the first `cap`. */
  total: number;
}

interface Row {
  sourced_id: string;
  name: string | null;
  kana: string | null;
  role: string | null;
  status: string | null;
  total: string | number;
}

const TABLE: Record<BrowsableEntity, string> = {
  users: 'users',
  orgs: 'orgs',
  classes: 'classes',
  courses: 'courses',
  academicSessions: 'academic_sessions',
  enrollments: 'enrollments',
};

/** The display name of the row on alias `x` of the entity's table. */
function nameOf(entity: BrowsableEntity): RawBuilder<string | null> {
  if (entity === 'users') return userName('x');
  if (entity === 'orgs') return sql`x.name`;
  if (entity === 'enrollments') return sql`x.role`;
  return sql`x.title`;
}

function kanaOf(entity: BrowsableEntity): RawBuilder<string | null> {
  return entity === 'users' ? userKana('x') : sql`NULL::text`;
}

/** Reading order of users (kana), else name order. */
function orderOf(entity: BrowsableEntity): RawBuilder<unknown> {
  if (entity === 'users') return sql`x.kana_family_name, x.kana_given_name, x.family_name, x.given_name`;
  return sql`${nameOf(entity)}`;
}

async function run(db: Db, entity: BrowsableEntity, query: RawBuilder<Row>): Promise<RelatedList> {
  const r = await query.execute(db);
  return {
    items: r.rows.map((row) => ({
      entity,
      sourcedId: row.sourced_id,
      name: row.name,
      kana: row.kana,
      role: row.role,
      status: row.status,
    })),
    total: Number(r.rows[0]?.total ?? 0),
  };
}

/**
 * Reads of what relates to one record, for the admin detail page. Each list holds at most `cap`
 * items and says how many there are in all (a window count: one statement per list).
 */
export const recordRelationsRepository = {
  /** The records named by references, in the order given (dangling ones with a null name). */
  refs(db: Db, tenantId: string, entity: BrowsableEntity, ids: readonly string[], cap: number) {
    if (ids.length === 0) return Promise.resolve({ items: [], total: 0 });
    return run(
      db,
      entity,
      sql<Row>`SELECT r.id AS sourced_id, ${nameOf(entity)} AS name, ${kanaOf(entity)} AS kana,
          NULL::text AS role, x.status, count(*) OVER () AS total
        FROM unnest(${[...ids]}::text[]) WITH ORDINALITY AS r(id, n)
        LEFT JOIN ${sql.table(TABLE[entity])} x ON x.tenant_id = ${tenantId} AND x.sourced_id = r.id
        ORDER BY r.n LIMIT ${cap}`,
    );
  },

  /** Records of the entity's table whose `column` equals `id` (children, a school's classes…). */
  referring(
    db: Db,
    tenantId: string,
    entity: BrowsableEntity,
    column: string,
    id: string,
    cap: number,
  ): Promise<RelatedList> {
    return run(
      db,
      entity,
      sql<Row>`SELECT x.sourced_id, ${nameOf(entity)} AS name, ${kanaOf(entity)} AS kana, NULL::text AS role,
          x.status, count(*) OVER () AS total
        FROM ${sql.table(TABLE[entity])} x WHERE x.tenant_id = ${tenantId} AND x.${sql.id(column)} = ${id}
        ORDER BY x.status, ${orderOf(entity)}, x.sourced_id LIMIT ${cap}`,
    );
  },

  /** Records whose list `column` (a text[]) holds `id`: a term's classes, the users an agent is for. */
  listing(
    db: Db,
    tenantId: string,
    entity: BrowsableEntity,
    column: string,
    id: string,
    cap: number,
  ): Promise<RelatedList> {
    return run(
      db,
      entity,
      sql<Row>`SELECT x.sourced_id, ${nameOf(entity)} AS name, ${kanaOf(entity)} AS kana, NULL::text AS role,
          x.status, count(*) OVER () AS total
        FROM ${sql.table(TABLE[entity])} x
        WHERE x.tenant_id = ${tenantId} AND x.${sql.id(column)} @> ${[id]}::text[]
        ORDER BY x.status, ${orderOf(entity)}, x.sourced_id LIMIT ${cap}`,
    );
  },

  /**
   * A class's members by enrollment role (`roles` in, or with `exclude` not in, the list); a
   * member is shown deleted when the enrollment or the user is.
   */
  classMembers(
    db: Db,
    tenantId: string,
    classId: string,
    roles: readonly string[],
    exclude: boolean,
    cap: number,
  ): Promise<RelatedList> {
    const role = exclude
      ? sql`NOT (e.role = ANY (${[...roles]}::text[]))`
      : sql`e.role = ANY (${[...roles]}::text[])`;
    return run(
      db,
      'users',
      sql<Row>`SELECT e.user_sourced_id AS sourced_id, ${userName('x')} AS name, ${userKana('x')} AS kana, e.role,
          CASE WHEN e.status = 'tobedeleted' THEN e.status ELSE coalesce(x.status, e.status) END AS status,
          count(*) OVER () AS total
        FROM enrollments e
        LEFT JOIN users x ON x.tenant_id = e.tenant_id AND x.sourced_id = e.user_sourced_id
        WHERE e.tenant_id = ${tenantId} AND e.class_sourced_id = ${classId} AND ${role}
        ORDER BY e.status, e.shusseki_no, ${orderOf('users')}, e.user_sourced_id LIMIT ${cap}`,
    );
  },

  /** A user's classes, with the enrollment's role. */
  userClasses(db: Db, tenantId: string, userId: string, cap: number): Promise<RelatedList> {
    return run(
      db,
      'classes',
      sql<Row>`SELECT e.class_sourced_id AS sourced_id, x.title AS name, NULL::text AS kana, e.role,
          CASE WHEN e.status = 'tobedeleted' THEN e.status ELSE coalesce(x.status, e.status) END AS status,
          count(*) OVER () AS total
        FROM enrollments e
        LEFT JOIN classes x ON x.tenant_id = e.tenant_id AND x.sourced_id = e.class_sourced_id
        WHERE e.tenant_id = ${tenantId} AND e.user_sourced_id = ${userId}
        ORDER BY e.status, x.title, e.class_sourced_id LIMIT ${cap}`,
    );
  },

  /** A user's orgs: by roles.csv rows, or by enrollments when the user has no roles row. */
  userOrgs(db: Db, tenantId: string, userId: string, cap: number): Promise<RelatedList> {
    return run(
      db,
      'orgs',
      sql<Row>`WITH links AS (
          SELECT org_sourced_id AS org, role, status FROM roles
            WHERE tenant_id = ${tenantId} AND user_sourced_id = ${userId}
          UNION
          SELECT school_sourced_id, role, status FROM enrollments
            WHERE tenant_id = ${tenantId} AND user_sourced_id = ${userId}
              AND NOT EXISTS (SELECT 1 FROM roles WHERE tenant_id = ${tenantId} AND user_sourced_id = ${userId}))
        SELECT l.org AS sourced_id, x.name, NULL::text AS kana, l.role,
          CASE WHEN l.status = 'tobedeleted' THEN l.status ELSE coalesce(x.status, l.status) END AS status,
          count(*) OVER () AS total
        FROM links l LEFT JOIN orgs x ON x.tenant_id = ${tenantId} AND x.sourced_id = l.org
        ORDER BY l.status, x.name, l.org, l.role LIMIT ${cap}`,
    );
  },

  /** The users of an org: by roles.csv, primary org or enrollment at the school. */
  orgUsers(db: Db, tenantId: string, orgId: string, cap: number): Promise<RelatedList> {
    return run(
      db,
      'users',
      sql<Row>`SELECT x.sourced_id, ${userName('x')} AS name, ${userKana('x')} AS kana, NULL::text AS role,
          x.status, count(*) OVER () AS total
        FROM users x
        WHERE x.tenant_id = ${tenantId} AND x.sourced_id IN (
          SELECT user_sourced_id FROM roles WHERE tenant_id = ${tenantId} AND org_sourced_id = ${orgId}
          UNION SELECT sourced_id FROM users WHERE tenant_id = ${tenantId} AND primary_org_sourced_id = ${orgId}
          UNION SELECT user_sourced_id FROM enrollments WHERE tenant_id = ${tenantId} AND school_sourced_id = ${orgId})
        ORDER BY x.status, ${orderOf('users')}, x.sourced_id LIMIT ${cap}`,
    );
  },
};
