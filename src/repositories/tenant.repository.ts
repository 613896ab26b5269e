import type { Kysely } from 'kysely';
import type { Schema, TenantsTable } from '../db/schema.js';

export type Tenant = Pick<TenantsTable, 'id' | 'slug' | 'name'> & { createdAt: Date };

function toTenant(row: { id: string; slug: string; name: string; created_at: Date }): Tenant {
  return { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at };
}

/** Platform-level: tenants are the one table not scoped by a tenant. */
export const tenantRepository = {
  async findBySlug(db: Kysely<Schema>, slug: string): Promise<Tenant | null> {
    const row = await db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
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
      .returningAll()
      .executeTakeFirst();
    if (row) return { tenant: toTenant(row), created: true };
    const existing = await tenantRepository.findBySlug(db, t.slug);
    if (!existing) throw new Error('tenant vanished during insert');
    return { tenant: existing, created: false };
  },

  async list(db: Kysely<Schema>): Promise<Tenant[]> {
    const rows = await db.selectFrom('tenants').selectAll().orderBy('slug').execute();
    return rows.map(toTenant);
  },
};
