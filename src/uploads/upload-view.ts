import type { Issue } from '../import/issues.js';
import type { UploadRow } from '../repositories/upload.repository.js';
import type { ProgressSnapshot } from './progress.js';

/** Issues shown with an upload's status; the rest are in its report. */
export const FIRST_ISSUES = 20;

export const UPLOADS_PATH = '/api/v1/uploads';

/** The full validation report kept with an upload (as the validator prints it). */
export interface UploadReport {
  profile: string;
  errors: Issue[];
  warnings: Issue[];
  errorCount: number;
  warningCount: number;
  truncated: { code: string; omitted: number }[];
  summary: { code: string; severity: string; count: number; message: string; messageJa: string }[];
}

export interface UploadView {
  uploadId: string;
  status: UploadRow['status'];
  dryRun: boolean;
  noop: boolean;
  profile: string | null;
  source: { kind: 'zip' | 'files'; name: string; bytes: number; contentHash: string; filesDeleted: boolean };
  createdBy: { type: string; id: string | null };
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  attempts: number;
  cancelRequested: boolean;
  progress: Record<string, unknown>;
  /** Per file: rows read, and once applied created/updated/unchanged/deleted. */
  files: Record<string, unknown>;
  errorCount: number;
  warningCount: number;
  errors: Issue[];
  warnings: Issue[];
  failure: { code: string; message: string; messageJa: string } | null;
  timings: Record<string, number>;
  revert: {
    /** Until when a revert may be asked for (null: not revertible). */
    availableUntil: string | null;
    revertedAt: string | null;
    revertedBy: { type: string; id: string | null } | null;
    counts: Record<string, unknown> | null;
  };
  links: { self: string; report: string; reportCsv: string; events: string; cancel: string; revert: string };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function uploadView(
  row: UploadRow,
  opts: { revertWindowHours: number; live?: ProgressSnapshot | null },
): UploadView {
  const report = row.report as UploadReport | null;
  const self = `${UPLOADS_PATH}/${row.id}`;
  const revertible =
    row.status === 'completed' &&
    !row.dry_run &&
    !row.noop &&
    row.finished_at !== null &&
    row.versions_forgotten_at === null;
  return {
    uploadId: row.id,
    status: row.status,
    dryRun: row.dry_run,
    noop: row.noop,
    profile: row.profile,
    source: {
      kind: row.source_kind,
      name: row.source_name,
      bytes: Number(row.size_bytes),
      contentHash: row.content_hash,
      filesDeleted: row.files_deleted_at !== null,
    },
    createdBy: { type: row.actor_type, id: row.actor_id },
    createdAt: iso(row.created_at)!,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    attempts: row.attempts,
    cancelRequested: row.cancel_requested,
    progress: (opts.live as unknown as Record<string, unknown> | null) ?? row.progress,
    files: row.files,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    errors: report?.errors.slice(0, FIRST_ISSUES) ?? [],
    warnings: report?.warnings.slice(0, FIRST_ISSUES) ?? [],
    failure: row.failure,
    timings: row.timings,
    revert: {
      availableUntil: revertible
        ? new Date(new Date(row.finished_at!).getTime() + opts.revertWindowHours * 3_600_000).toISOString()
        : null,
      revertedAt: iso(row.reverted_at),
      revertedBy: row.reverted_by_type ? { type: row.reverted_by_type, id: row.reverted_by_id } : null,
      counts: row.revert_counts,
    },
    links: {
      self,
      report: `${self}/report?format=json`,
      reportCsv: `${self}/report?format=csv`,
      events: `${self}/events`,
      cancel: `${self}/cancel`,
      revert: `${self}/revert`,
    },
  };
}

export const TERMINAL: ReadonlySet<UploadRow['status']> = new Set([
  'completed',
  'failed',
  'cancelled',
  'reverted',
]);
