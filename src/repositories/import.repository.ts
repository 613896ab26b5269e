import type { Kysely } from 'kysely';
import type { ImportsTable, Schema } from '../db/schema.js';

export interface ImportRecord {
  tenantId: string;
  id: string;
  status: ImportsTable['status'];
  dryRun: boolean;
  sourceName: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  manifest: unknown;
  rowCounts: Record<string, number>;
  changeCounts: Record<string, unknown>;
  errorCount: number;
  warningCount: number;
  issues: unknown[];
  timings: Record<string, number>;
}

export const importRepository = {
  async insert(db: Kysely<Schema>, r: ImportRecord): Promise<void> {
    await db
      .insertInto('imports')
      .values({
        tenant_id: r.tenantId,
        id: r.id,
        status: r.status,
        dry_run: r.dryRun,
        source_name: r.sourceName,
        started_at: r.startedAt,
        finished_at: r.finishedAt,
        duration_ms: r.durationMs,
        manifest: JSON.stringify(r.manifest),
        row_counts: JSON.stringify(r.rowCounts),
        change_counts: JSON.stringify(r.changeCounts),
        error_count: r.errorCount,
        warning_count: r.warningCount,
        issues: JSON.stringify(r.issues),
        timings: JSON.stringify(r.timings),
      })
      .execute();
  },
};
