import { sql, type Kysely } from 'kysely';
import type { Schema, TenantsTable } from '../db/schema.js';

export type Tenant = Pick<TenantsTable, 'id' | 'slug' | 'name'> & { createdAt: Date };

type TenantRow = { id: string; slug: string; name: string; created_at: Date };

function toTenant(row: TenantRow): Tenant {
  return { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at };
}

/** Platform-level: tenants are the one table not scoped by a tenant. */
export const tenantRepository = {
  async findById(db: Kysely<Schema>, id: string): Promise<Tenant | null> {
    const row = await db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toTenant(row) : null;
  },

  async findBySlug(db: Kysely<Schema>, slug: string): Promise<Tenant | null> {
    const row = await db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toTenant(row) : null;
  },

  /** Inserts unless the slug exists; returns the stored tenant either way. */
  async insert(
    db: Kysely<Schema>,
    t: { id: string; slug: string; name: string },
  ): Promise<{ tenant: Tenant; created: boolean }> {
    const row = await db
      .insertInto('tenants')
      .values(t)
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning(['id', 'slug', 'name', 'created_at'])
      .executeTakeFirst();
    if (row) return { tenant: toTenant(row), created: true };
    const existing = await tenantRepository.findBySlug(db, t.slug);
    if (!existing) throw new Error('tenant vanished during insert');
    return { tenant: existing, created: false };
  },

  async list(db: Kysely<Schema>): Promise<Tenant[]> {
    const rows = await db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .orderBy('slug')
      .execute();
    return rows.map(toTenant);
  },

  /** Marks the tenant's data as changed (inside the import transaction that changed it). */
  async bumpDataVersion(db: Kysely<Schema>, tenantId: string): Promise<void> {
    await db
      .updateTable('tenants')
      .set({ data_version: sql<string>`data_version + 1` })
      .where('id', '=', tenantId)
      .execute();
  },

  /** Current data versions (bigint as text) of the given tenants. */
  async dataVersion(db: Kysely<Schema>, tenantId: string): Promise<string | null> {
    const row = await db
      .selectFrom('tenants')
      .select('data_version')
      .where('id', '=', tenantId)
      .executeTakeFirst();
    return row ? String(row.data_version) : null;
  },
};
