import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables queried through the builder; bulk roster SQL lives in the roster repository. */
export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  created_at: Generated<Date>;
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

export interface Schema {
  tenants: TenantsTable;
  imports: ImportsTable;
}
