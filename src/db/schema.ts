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
}

export interface RevokedTokensTable {
  jti: string;
  expires_at: ColumnType<Date, Date, Date>;
  revoked_at: Generated<Date>;
}

export interface Schema {
  tenants: TenantsTable;
  imports: ImportsTable;
  api_clients: ApiClientsTable;
  revoked_tokens: RevokedTokensTable;
}
