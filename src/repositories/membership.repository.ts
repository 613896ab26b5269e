import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

export type TenantRole = 'admin' | 'uploader' | 'reader';
export const TENANT_ROLES: readonly TenantRole[] = ['admin', 'uploader', 'reader'];

export interface Membership {
  tenantId: string;
  userId: string;
  role: TenantRole;
  createdAt: Date;
}

type Row = { tenant_id: string; user_id: string; role: TenantRole; created_at: Date };
const toMembership = (r: Row): Membership => ({
  tenantId: r.tenant_id,
  userId: r.user_id,
  role: r.role,
  createdAt: r.created_at,
});

/** Tenant data: call inside `db.withTenant` (row-level security applies). */
export const membershipRepository = {
  async find(db: Kysely<Schema>, tenantId: string, userId: string): Promise<Membership | null> {
    const row = await db
      .selectFrom('memberships')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? toMembership(row) : null;
  },

  async listByTenant(db: Kysely<Schema>, tenantId: string): Promise<Membership[]> {
    const rows = await db
      .selectFrom('memberships')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute();
    return rows.map(toMembership);
  },

  /** Null when the user already belongs to the tenant. */
  async insert(
    db: Kysely<Schema>,
    m: { tenantId: string; userId: string; role: TenantRole },
  ): Promise<Membership | null> {
    const row = await db
      .insertInto('memberships')
      .values({ tenant_id: m.tenantId, user_id: m.userId, role: m.role })
      .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? toMembership(row) : null;
  },

  async remove(db: Kysely<Schema>, tenantId: string, userId: string): Promise<boolean> {
    const r = await db
      .deleteFrom('memberships')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },

  /** Platform-level (owner connection): the tenants a user belongs to, for `GET /session`. */
  async listByUser(
    db: Kysely<Schema>,
    userId: string,
  ): Promise<{ tenantId: string; slug: string; role: TenantRole }[]> {
    const rows = await db
      .selectFrom('memberships')
      .innerJoin('tenants', 'tenants.id', 'memberships.tenant_id')
      .select(['memberships.tenant_id', 'tenants.slug', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('tenants.slug')
      .execute();
    return rows.map((r) => ({ tenantId: r.tenant_id, slug: r.slug, role: r.role }));
  },
};
