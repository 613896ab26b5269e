import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

export type SettingsProfile = 'oneroster' | 'japan' | 'eportal';

export interface StoredTenantSettings {
  profile: SettingsProfile;
  auditRetentionDays: number | null;
  /** Hourly budgets overriding the platform defaults (null: the default). */
  readsPerHour: number | null;
  uploadsPerHour: number | null;
  updatedAt: Date;
}

const COLUMNS = [
  'profile',
  'audit_retention_days',
  'reads_per_hour',
  'uploads_per_hour',
  'updated_at',
] as const;

function settingsOf(row: {
  profile: SettingsProfile;
  audit_retention_days: number | null;
  reads_per_hour: number | null;
  uploads_per_hour: number | null;
  updated_at: Date;
}): StoredTenantSettings {
  return {
    profile: row.profile,
    auditRetentionDays: row.audit_retention_days,
    readsPerHour: row.reads_per_hour,
    uploadsPerHour: row.uploads_per_hour,
    updatedAt: row.updated_at,
  };
}

/** Tenant data: call inside `db.withTenant`. */
export const tenantSettingsRepository = {
  async find(db: Kysely<Schema>, tenantId: string): Promise<StoredTenantSettings | null> {
    const row = await db
      .selectFrom('tenant_settings')
      .select(COLUMNS)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return row ? settingsOf(row) : null;
  },

  async upsert(
    db: Kysely<Schema>,
    tenantId: string,
    s: {
      profile: SettingsProfile;
      auditRetentionDays: number | null;
      readsPerHour?: number | null;
      uploadsPerHour?: number | null;
      updatedBy: string | null;
    },
  ): Promise<StoredTenantSettings> {
    const values = {
      profile: s.profile,
      audit_retention_days: s.auditRetentionDays,
      reads_per_hour: s.readsPerHour ?? null,
      uploads_per_hour: s.uploadsPerHour ?? null,
      updated_by: s.updatedBy,
    };
    const row = await db
      .insertInto('tenant_settings')
      .values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...values, updated_at: new Date() }))
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return settingsOf(row);
  },
};
