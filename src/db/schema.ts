import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables queried through the builder; bulk roster SQL lives in the roster repository. */
export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  created_at: Generated<Date>;
  /** Moves on every import that changes records; API response caches are keyed by it. */
  data_version: ColumnType<string, never, string>;
}

type Json<T> = ColumnType<T, string, string>;

export interface ImportsTable {
  tenant_id: string;
  id: string;
  status: 'completed' | 'failed' | 'validated';
  dry_run: boolean;
  source_name: string;
  started_at: ColumnType<Date, string, string>;
  finished_at: ColumnType<Date, string, string>;
  duration_ms: number;
  manifest: Json<unknown>;
  row_counts: Json<Record<string, number>>;
  change_counts: Json<Record<string, unknown>>;
  error_count: number;
  warning_count: number;
  issues: Json<unknown[]>;
  timings: Json<Record<string, number>>;
}

export interface ApiClientsTable {
  tenant_id: string;
  id: string;
  name: string;
  secret_hash: string;
  scopes: string[];
  created_at: Generated<Date>;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Admin-API roles (migration 0007); none by default. */
  roles: ColumnType<string[], string[] | undefined, string[]>;
}

export interface RevokedTokensTable {
  jti: string;
  expires_at: ColumnType<Date, Date, Date>;
  revoked_at: Generated<Date>;
}

/** Migration 0007: admin users (platform-level), tenant memberships, sessions, tenant settings. */
export interface AdminUsersTable {
  id: string;
  email: string;
  password_hash: string;
  is_platform_admin: Generated<boolean>;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Generated<Date>;
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface MembershipsTable {
  tenant_id: string;
  user_id: string;
  role: 'admin' | 'uploader' | 'reader';
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: ColumnType<Date, Date, Date>;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  ip: string | null;
  user_agent: string | null;
}

export interface TenantSettingsTable {
  tenant_id: string;
  profile: Generated<'oneroster' | 'japan' | 'eportal'>;
  audit_retention_days: number | null;
  reads_per_hour: number | null;
  uploads_per_hour: number | null;
  webhook_url: Generated<string | null>;
  webhook_secret: Generated<string | null>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export type UploadStatus =
  'queued' | 'validating' | 'applying' | 'completed' | 'failed' | 'cancelled' | 'reverted';

export interface UploadsTable {
  tenant_id: string;
  id: string;
  status: UploadStatus;
  dry_run: boolean;
  profile: 'oneroster' | 'japan' | 'eportal' | null;
  noop: Generated<boolean>;
  source_kind: 'zip' | 'files';
  source_name: string;
  storage_key: string;
  content_hash: string;
  size_bytes: ColumnType<string, number, number>;
  idempotency_key: string | null;
  actor_type: string;
  actor_id: string | null;
  created_at: ColumnType<Date, string | undefined, string>;
  started_at: ColumnType<Date | null, string | null, string | null>;
  applied_at: ColumnType<Date | null, string | null, string | null>;
  finished_at: ColumnType<Date | null, string | null, string | null>;
  attempts: Generated<number>;
  heartbeat_at: ColumnType<Date | null, string | null, string | null>;
  cancel_requested: Generated<boolean>;
  progress: ColumnType<Record<string, unknown>, string | undefined, string>;
  files: ColumnType<Record<string, unknown>, string | undefined, string>;
  report: Json<unknown> | null;
  error_count: Generated<number>;
  warning_count: Generated<number>;
  failure: Json<{ code: string; message: string; messageJa: string }> | null;
  timings: ColumnType<Record<string, number>, string | undefined, string>;
  files_deleted_at: ColumnType<Date | null, string | null, string | null>;
  versions_forgotten_at: ColumnType<Date | null, string | null, string | null>;
  reverted_at: ColumnType<Date | null, string | null, string | null>;
  reverted_by_type: string | null;
  reverted_by_id: string | null;
  revert_counts: Json<Record<string, unknown>> | null;
}

export interface Schema {
  tenants: TenantsTable;
  imports: ImportsTable;
  api_clients: ApiClientsTable;
  revoked_tokens: RevokedTokensTable;
  admin_users: AdminUsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  tenant_settings: TenantSettingsTable;
  uploads: UploadsTable;
}
