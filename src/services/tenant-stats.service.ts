import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Schema, UploadStatus } from '../db/schema.js';
import { tenantRepository } from '../repositories/tenant.repository.js';
import {
  tenantStatsRepository,
  type AppliedUploadRow,
  type EntityCount,
  type UploadFileCounts,
  type UploadSummaryRow,
} from '../repositories/tenant-stats.repository.js';

/** How many uploads the dashboard lists, and how many applied uploads its chart covers. */
export const RECENT_UPLOADS = 10;
export const SERIES_UPLOADS = 30;

export interface FileCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface ChangeTotals {
  created: number;
  updated: number;
  deleted: number;
}

export interface TenantStats {
  generatedAt: string;
  counts: EntityCount[];
  lastUpload: {
    uploadId: string;
    createdAt: string;
    finishedAt: string;
    sourceName: string;
    noop: boolean;
    files: Record<string, FileCounts>;
    totals: ChangeTotals;
  } | null;
  recentUploads: {
    uploadId: string;
    status: UploadStatus;
    dryRun: boolean;
    noop: boolean;
    createdAt: string;
    finishedAt: string | null;
    sourceName: string;
    errorCount: number;
    warningCount: number;
  }[];
  /** Applied uploads, oldest first: what each one changed. */
  series: ({ uploadId: string; finishedAt: string } & ChangeTotals)[];
}

const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The stored per-file counts with every field present (a validation-only run stores `rows` alone). */
function fileCountsOf(files: UploadFileCounts): Record<string, FileCounts> {
  return Object.fromEntries(
    Object.entries(files).map(([name, c]) => [
      name,
      {
        rows: int(c.rows),
        created: int(c.created),
        updated: int(c.updated),
        unchanged: int(c.unchanged),
        deleted: int(c.deleted),
      },
    ]),
  );
}

function totalsOf(files: UploadFileCounts): ChangeTotals {
  const t = { created: 0, updated: 0, deleted: 0 };
  for (const c of Object.values(files)) {
    t.created += int(c.created);
    t.updated += int(c.updated);
    t.deleted += int(c.deleted);
  }
  return t;
}

const iso = (d: Date | string): string => new Date(d).toISOString();

function uploadsOf(
  last: AppliedUploadRow | undefined,
  recent: UploadSummaryRow[],
  applied: AppliedUploadRow[],
): Omit<TenantStats, 'generatedAt' | 'counts'> {
  return {
    lastUpload: last
      ? {
          uploadId: last.id,
          createdAt: iso(last.created_at),
          finishedAt: iso(last.finished_at),
          sourceName: last.source_name,
          noop: last.noop,
          files: fileCountsOf(last.files),
          totals: totalsOf(last.files),
        }
      : null,
    recentUploads: recent.map((u) => ({
      uploadId: u.id,
      status: u.status,
      dryRun: u.dry_run,
      noop: u.noop,
      createdAt: iso(u.created_at),
      finishedAt: u.finished_at ? iso(u.finished_at) : null,
      sourceName: u.source_name,
      errorCount: u.error_count,
      warningCount: u.warning_count,
    })),
    series: applied
      .slice()
      .reverse()
      .map((u) => ({ uploadId: u.id, finishedAt: iso(u.finished_at), ...totalsOf(u.files) })),
  };
}

/**
 * The dashboard of a tenant, read in one read-only snapshot: record counts per roster file, the
 * last successful upload, the newest uploads, and what each recent applied upload changed.
 *
 * Counting a large tenant's records reads every row (status is in no index): 1.3 s for 1M
 * records on PostgreSQL on a busy 2-core machine. So the counts are kept per tenant with the
 * tenant's data version, which every import and revert bumps in the transaction that changes the
 * records: read in the same snapshot, an unchanged version proves the kept counts exact.
 */
export class TenantStatsService {
  private readonly kept = new Map<string, { version: string; counts: EntityCount[] }>();

  constructor(
    private readonly db: Database,
    /** Tenants whose counts are kept (the oldest kept is dropped first). */
    private readonly maxTenants = 1000,
  ) {}

  read(tenantId: string): Promise<TenantStats> {
    return this.db.withTenant(
      tenantId,
      async (tx) => {
        const counts = await this.counts(tx.kysely, tenantId);
        const [last] = await tenantStatsRepository.succeeded(tx.kysely, tenantId, 1);
        const recent = await tenantStatsRepository.recent(tx.kysely, tenantId, RECENT_UPLOADS);
        const applied = await tenantStatsRepository.succeeded(tx.kysely, tenantId, SERIES_UPLOADS, true);
        return { generatedAt: new Date().toISOString(), counts, ...uploadsOf(last, recent, applied) };
      },
      { readOnly: true },
    );
  }

  private async counts(db: Kysely<Schema>, tenantId: string): Promise<EntityCount[]> {
    const version = (await tenantRepository.dataVersion(db, tenantId)) ?? 'none';
    const hit = this.kept.get(tenantId);
    if (hit?.version === version) return hit.counts;
    const counts = await tenantStatsRepository.counts(db, tenantId);
    this.kept.delete(tenantId);
    this.kept.set(tenantId, { version, counts });
    if (this.kept.size > this.maxTenants) this.kept.delete(this.kept.keys().next().value!);
    return counts;
  }
}
