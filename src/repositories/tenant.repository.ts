import { sql, type ColumnType, type Kysely } from 'kysely';
import type { Schema, TenantsTable } from '../db/schema.js';

export type Tenant = Pick<TenantsTable, 'id' | 'slug' | 'name'> & {
  createdAt: Date;
  /** When a platform administrator disabled it; null while it is enabled. */
  disabledAt: Date | null;
};

type TenantRow = { id: string; slug: string; name: string; created_at: Date; disabled_at: Date | null };

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

/** Migration 0011's `tenants.disabled_at`, known to this module only (the shared table type stays as it was). */
type WithDisabled = {
  tenants: { disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null> };
};
const tenants = (db: Kysely<Schema>) => db.withTables<WithDisabled>();
const COLUMNS = ['id', 'slug', 'name', 'created_at', 'disabled_at'] as const;

/** Platform-level: tenants are the one table not scoped by a tenant. */
export const tenantRepository = {
  async findById(db: Kysely<Schema>, id: string): Promise<Tenant | null> {
    const row = await tenants(db)
      .selectFrom('tenants')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toTenant(row) : null;
  },

  async findBySlug(db: Kysely<Schema>, slug: string): Promise<Tenant | null> {
    const row = await tenants(db)
      .selectFrom('tenants')
      .select(COLUMNS)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toTenant(row) : null;
  },

  /** Inserts unless the slug exists; returns the stored tenant either way. */
  async insert(
    db: Kysely<Schema>,
    t: { id: string; slug: string; name: string },
  ): Promise<{ tenant: Tenant; created: boolean }> {
    const row = await tenants(db)
      .insertInto('tenants')
      .values(t)
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    if (row) return { tenant: toTenant(row), created: true };
    const existing = await tenantRepository.findBySlug(db, t.slug);
    if (!existing) throw new Error('tenant vanished during insert');
    return { tenant: existing, created: false };
  },

  async list(db: Kysely<Schema>): Promise<Tenant[]> {
    const rows = await tenants(db).selectFrom('tenants').select(COLUMNS).orderBy('slug').execute();
    return rows.map(toTenant);
  },

  /**
   * Renames, disables or re-enables a tenant (its data is untouched). `disabled: true` keeps the
   * first disabling time when it is disabled already. Null when there is no such tenant.
   */
  async update(
    db: Kysely<Schema>,
    id: string,
    change: { name?: string; disabled?: boolean },
  ): Promise<Tenant | null> {
    const disabledAt =
      change.disabled === undefined
        ? undefined
        : change.disabled
          ? sql<Date>`coalesce(disabled_at, now())`
          : null;
    const row = await tenants(db)
      .updateTable('tenants')
      .set({
        ...(change.name === undefined ? {} : { name: change.name }),
        ...(disabledAt === undefined ? {} : { disabled_at: disabledAt }),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row ? toTenant(row) : null;
  },

  /** When the tenant was disabled (null: enabled), or undefined for an unknown tenant. */
  async disabledAt(db: Kysely<Schema>, id: string): Promise<Date | null | undefined> {
    const row = await tenants(db)
      .selectFrom('tenants')
      .select('disabled_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? row.disabled_at : undefined;
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
