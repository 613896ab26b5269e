import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

export type SettingsProfile = 'oneroster' | 'japan' | 'eportal';

export interface StoredTenantSettings {
  profile: SettingsProfile;
  auditRetentionDays: number | null;
  /** Hourly budgets overriding the platform defaults (null: the default). */
  readsPerHour: number | null;
  uploadsPerHour: number | null;
  /** Called when an upload completes, fails or is reverted (null: none). */
  webhookUrl: string | null;
  /** As stored: encrypted with the PII cipher (it signs deliveries, so the server must read it). */
  webhookSecret: string | null;
  updatedAt: Date;
}

const COLUMNS = [
  'profile',
  'audit_retention_days',
  'reads_per_hour',
  'uploads_per_hour',
  'webhook_url',
  'webhook_secret',
  'updated_at',
] as const;

function settingsOf(row: {
  profile: SettingsProfile;
  audit_retention_days: number | null;
  reads_per_hour: number | null;
  uploads_per_hour: number | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  updated_at: Date;
}): StoredTenantSettings {
  return {
    profile: row.profile,
    auditRetentionDays: row.audit_retention_days,
    readsPerHour: row.reads_per_hour,
    uploadsPerHour: row.uploads_per_hour,
    webhookUrl: row.webhook_url,
    webhookSecret: row.webhook_secret,
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
      /** Undefined: kept as stored. */
      webhook?: { url: string; secret: string } | null;
      updatedBy: string | null;
    },
  ): Promise<StoredTenantSettings> {
    const values = {
      profile: s.profile,
      audit_retention_days: s.auditRetentionDays,
      reads_per_hour: s.readsPerHour ?? null,
      uploads_per_hour: s.uploadsPerHour ?? null,
      ...(s.webhook !== undefined
        ? { webhook_url: s.webhook?.url ?? null, webhook_secret: s.webhook?.secret ?? null }
        : {}),
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
