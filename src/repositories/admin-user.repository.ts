import { sql, type Kysely, type Selectable } from 'kysely';
import type { AdminUsersTable, Schema } from '../db/schema.js';

export interface AdminUser {
  id: string;
  email: string;
  isPlatformAdmin: boolean;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
  createdAt: Date;
  disabledAt: Date | null;
}

type Row = Selectable<AdminUsersTable>;

function toUser(row: Omit<Row, 'password_hash'>): AdminUser {
  return {
    id: row.id,
    email: row.email,
    isPlatformAdmin: row.is_platform_admin,
    mustChangePassword: row.must_change_password,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

const PUBLIC_COLUMNS = [
  'id',
  'email',
  'is_platform_admin',
  'must_change_password',
  'failed_attempts',
  'locked_until',
  'created_at',
  'disabled_at',
] as const;

/** Platform-level: admin users are people, who may belong to several tenants. */
export const adminUserRepository = {
  async insert(
    db: Kysely<Schema>,
    u: {
      id: string;
      email: string;
      passwordHash: string;
      isPlatformAdmin: boolean;
      mustChangePassword: boolean;
    },
  ): Promise<AdminUser | null> {
    const row = await db
      .insertInto('admin_users')
      .values({
        id: u.id,
        email: u.email,
        password_hash: u.passwordHash,
        is_platform_admin: u.isPlatformAdmin,
        must_change_password: u.mustChangePassword,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  },

  async find(db: Kysely<Schema>, id: string): Promise<AdminUser | null> {
    const row = await db
      .selectFrom('admin_users')
      .select(PUBLIC_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  },

  async findByEmail(db: Kysely<Schema>, email: string): Promise<AdminUser | null> {
    const row = await db
      .selectFrom('admin_users')
      .select(PUBLIC_COLUMNS)
      .where('email', '=', email)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  },

  async findWithHash(
    db: Kysely<Schema>,
    email: string,
  ): Promise<{ user: AdminUser; passwordHash: string } | null> {
    const row = await db.selectFrom('admin_users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  },

  async passwordHash(db: Kysely<Schema>, id: string): Promise<string | null> {
    const row = await db
      .selectFrom('admin_users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  },

  async emails(db: Kysely<Schema>, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('admin_users').select(['id', 'email']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.email]));
  },

  async anyPlatformAdmin(db: Kysely<Schema>): Promise<boolean> {
    const row = await db
      .selectFrom('admin_users')
      .select('id')
      .where('is_platform_admin', '=', true)
      .where('disabled_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return !!row;
  },

  /**
   * Counts a failed sign-in atomically; from the `threshold`-th failure on the account locks for
   * `baseSeconds · 2^(failures − threshold)`, at most `maxSeconds`.
   */
  async recordFailure(
    db: Kysely<Schema>,
    id: string,
    p: { threshold: number; baseSeconds: number; maxSeconds: number },
  ): Promise<AdminUser | null> {
    const row = await db
      .updateTable('admin_users')
      .set({
        failed_attempts: sql<number>`failed_attempts + 1`,
        locked_until: sql<Date | null>`CASE WHEN failed_attempts + 1 >= ${p.threshold}
          THEN now() + make_interval(secs => LEAST(${p.maxSeconds}::float8,
            ${p.baseSeconds}::float8 * power(2, LEAST(failed_attempts + 1 - ${p.threshold}, 30))))
          ELSE locked_until END`,
      })
      .where('id', '=', id)
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  },

  async recordSuccess(db: Kysely<Schema>, id: string): Promise<void> {
    await db
      .updateTable('admin_users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', id)
      .execute();
  },

  async setPassword(
    db: Kysely<Schema>,
    id: string,
    passwordHash: string,
    mustChangePassword: boolean,
  ): Promise<void> {
    await db
      .updateTable('admin_users')
      .set({
        password_hash: passwordHash,
        must_change_password: mustChangePassword,
        failed_attempts: 0,
        locked_until: null,
      })
      .where('id', '=', id)
      .execute();
  },
};
