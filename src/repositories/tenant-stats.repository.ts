import { sql, type Kysely } from 'kysely';
import type { Schema, UploadStatus } from '../db/schema.js';
import { ROSTER_FILES, type FileName } from '../model/index.js';

export interface EntityCount {
  entity: FileName;
  active: number;
  tobedeleted: number;
}

/** Per-file counts of an upload, as its run stored them (`rows`, and once applied the changes). */
export type UploadFileCounts = Record<string, Record<string, unknown>>;

export interface UploadSummaryRow {
  id: string;
  status: UploadStatus;
  dry_run: boolean;
  noop: boolean;
  created_at: Date;
  finished_at: Date | null;
  source_name: string;
  error_count: number;
  warning_count: number;
}

export interface AppliedUploadRow {
  id: string;
  created_at: Date;
  finished_at: Date;
  source_name: string;
  noop: boolean;
  files: UploadFileCounts;
}

/** Tenant data for the dashboard: call inside `db.withTenant` (read-only). */
export const tenantStatsRepository = {
  /**
   * Active and tobedeleted records per roster file, in the model's order, zeros included. One
   * statement (UNION ALL) for the nine tables: one round trip, one snapshot. Table names come from
   * the model, never from a request.
   */
  async counts(db: Kysely<Schema>, tenantId: string): Promise<EntityCount[]> {
    const parts = ROSTER_FILES.map(
      (f) => sql`SELECT ${sql.lit(f.name)} AS entity, status, count(*)::int AS n
        FROM ${sql.table(f.table)} WHERE tenant_id = ${tenantId} GROUP BY status`,
    );
    const r = await sql<{ entity: FileName; status: string; n: number }>`${sql.join(
      parts,
      sql` UNION ALL `,
    )}`.execute(db);
    const out = new Map<FileName, EntityCount>(
      ROSTER_FILES.map((f) => [f.name, { entity: f.name, active: 0, tobedeleted: 0 }]),
    );
    for (const row of r.rows) {
      const c = out.get(row.entity);
      if (c && (row.status === 'active' || row.status === 'tobedeleted')) c[row.status] = row.n;
    }
    return [...out.values()];
  },

  /** The newest uploads, whatever their status (newest first). */
  async recent(db: Kysely<Schema>, tenantId: string, limit: number): Promise<UploadSummaryRow[]> {
    return db
      .selectFrom('uploads')
      .select([
        'id',
        'status',
        'dry_run',
        'noop',
        'created_at',
        'finished_at',
        'source_name',
        'error_count',
        'warning_count',
      ])
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },

  /**
   * Uploads whose data stands: completed, not a dry run, not reverted (newest first). With
   * `appliedOnly`, no no-ops either (they changed nothing).
   */
  async succeeded(
    db: Kysely<Schema>,
    tenantId: string,
    limit: number,
    appliedOnly = false,
  ): Promise<AppliedUploadRow[]> {
    let q = db
      .selectFrom('uploads')
      .select(['id', 'created_at', 'finished_at', 'source_name', 'noop', 'files'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'completed')
      .where('dry_run', '=', false)
      .where('finished_at', 'is not', null);
    if (appliedOnly) q = q.where('noop', '=', false);
    const rows = await q.orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows as AppliedUploadRow[];
  },
};
