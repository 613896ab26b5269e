import { ident, type SqlConnection } from '../db/connection.js';
import { storedFields } from '../db/roster-columns.js';
import type { FieldDef, FileDef } from '../model/index.js';

/** One stored record as read for export: bookkeeping columns, then one property per stored field. */
export interface StoredRecord {
  sourced_id: string;
  status: 'active' | 'tobedeleted';
  /** ISO 8601 UTC with milliseconds (`2025-04-01T00:00:00.000Z`). */
  date_last_modified: string;
  /** Unknown `metadata.*` columns, keyed by their full header name. */
  metadata: Record<string, string> | null;
  [column: string]: unknown;
}

export interface ReadOptions {
  /** Include `tobedeleted` records (default: active only). */
  includeDeleted?: boolean;
  batchSize?: number;
}

const DEFAULT_BATCH = 5000;

/** Dates come back as `YYYY-MM-DD` text whatever the driver's type parsers or the time zone. */
function selectExpression(f: FieldDef): string {
  const col = ident(f.column);
  // Encrypted at rest: text as stored, decrypted by the export presenter.
  if (f.pii) return col;
  if (f.type === 'date') return `to_char(${col}, 'YYYY-MM-DD') AS ${col}`;
  if (f.type === 'datetime')
    return `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${col}`;
  return col;
}

function statusFilter(opts: ReadOptions): string {
  return opts.includeDeleted ? '' : ` AND status = 'active'`;
}

/** Reads of the roster tables for export. Every statement is scoped to one tenant. */
export const rosterReadRepository = {
  /** Whether the tenant has any record of the file (active only unless deleted ones are included). */
  async hasRecords(
    tx: SqlConnection,
    tenantId: string,
    file: FileDef,
    opts: ReadOptions = {},
  ): Promise<boolean> {
    const r = await tx.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${ident(file.table)} WHERE tenant_id = $1${statusFilter(opts)}) AS found`,
      [tenantId],
    );
    return r.rows[0]?.found === true;
  },

  /** The unknown `metadata.*` column names used by any of the file's records, sorted. */
  async metadataKeys(
    tx: SqlConnection,
    tenantId: string,
    file: FileDef,
    opts: ReadOptions = {},
  ): Promise<string[]> {
    const r = await tx.query<{ key: string }>(
      `SELECT DISTINCT jsonb_object_keys(metadata) AS key FROM ${ident(file.table)}
       WHERE tenant_id = $1 AND metadata IS NOT NULL${statusFilter(opts)}`,
      [tenantId],
    );
    return r.rows.map((row) => row.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  },

  /**
   * Streams the file's records in `sourced_id` order, one batch at a time (keyset pagination over
   * the primary key), so no more than `batchSize` rows are held at once.
   */
  async *batches(
    tx: SqlConnection,
    tenantId: string,
    file: FileDef,
    opts: ReadOptions = {},
  ): AsyncGenerator<StoredRecord[]> {
    const limit = opts.batchSize ?? DEFAULT_BATCH;
    const columns = [
      'sourced_id',
      'status',
      `to_char(date_last_modified AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date_last_modified`,
      'metadata',
      ...storedFields(file).map(selectExpression),
    ].join(', ');
    const sql = `SELECT ${columns} FROM ${ident(file.table)}
      WHERE tenant_id = $1 AND sourced_id > $2${statusFilter(opts)}
      ORDER BY sourced_id LIMIT ${Number(limit)}`;
    let after = '';
    for (;;) {
      const r = await tx.query<StoredRecord>(sql, [tenantId, after]);
      if (r.rows.length === 0) return;
      yield r.rows;
      if (r.rows.length < limit) return;
      after = r.rows[r.rows.length - 1]!.sourced_id;
    }
  },
};
