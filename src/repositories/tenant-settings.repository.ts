import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

export type SettingsProfile = 'oneroster' | 'japan' | 'eportal';

export interface StoredTenantSettings {
  profile: SettingsProfile;
  auditRetentionDays: number | null;
  updatedAt: Date;
}

/** Tenant data: call inside `db.withTenant`. */
export const tenantSettingsRepository = {
  async find(db: Kysely<Schema>, tenantId: string): Promise<StoredTenantSettings | null> {
    const row = await db
      .selectFrom('tenant_settings')
      .select(['profile', 'audit_retention_days', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return row
      ? { profile: row.profile, auditRetentionDays: row.audit_retention_days, updatedAt: row.updated_at }
      : null;
  },

  async upsert(
    db: Kysely<Schema>,
    tenantId: string,
    s: { profile: SettingsProfile; auditRetentionDays: number | null; updatedBy: string | null },
  ): Promise<StoredTenantSettings> {
    const values = {
      profile: s.profile,
      audit_retention_days: s.auditRetentionDays,
      updated_by: s.updatedBy,
    };
    const row = await db
      .insertInto('tenant_settings')
      .values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...values, updated_at: new Date() }))
      .returning(['profile', 'audit_retention_days', 'updated_at'])
      .executeTakeFirstOrThrow();
    return { profile: row.profile, auditRetentionDays: row.audit_retention_days, updatedAt: row.updated_at };
  },
};
