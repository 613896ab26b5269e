import type { ResponseOf } from '../../api/client';
import type { Issue } from '../../../../src/import/issues';
import type { IssueSummary } from '../../../../src/import/report';
import { ROSTER_FILES } from '../../../../src/model/files';

export type UploadView = ResponseOf<'/api/v1/uploads/{id}', 'get'>;
export type UploadStatus = UploadView['status'];
export type UploadReport = ResponseOf<'/api/v1/uploads/{id}/report', 'get'>;
export type UploadAccepted = ResponseOf<'/api/v1/uploads', 'post', 202>;
export type UploadPage = ResponseOf<'/api/v1/uploads', 'get'>;
export type Profile = 'japan' | 'oneroster' | 'eportal';

export const PROFILES: readonly Profile[] = ['japan', 'oneroster', 'eportal'];

export const STATUSES: readonly UploadStatus[] = [
  'queued',
  'validating',
  'applying',
  'completed',
  'failed',
  'cancelled',
  'reverted',
];

const ACTIVE: ReadonlySet<string> = new Set(['queued', 'validating', 'applying']);

/** Still running: its page follows it live and the history refreshes itself. */
export function isActive(status: string | undefined): boolean {
  return status !== undefined && ACTIVE.has(status);
}

export type ChipColor = 'default' | 'info' | 'primary' | 'success' | 'error' | 'warning' | 'secondary';

export const STATUS_COLOR: Record<UploadStatus, ChipColor> = {
  queued: 'default',
  validating: 'info',
  applying: 'primary',
  completed: 'success',
  failed: 'error',
  cancelled: 'default',
  reverted: 'warning',
};

/** Query keys: everything of a tenant's uploads sits under `['uploads', slug]`. */
export const uploadKeys = {
  all: (slug: string) => ['uploads', slug] as const,
  list: (slug: string, statuses: readonly string[], cursor: string | null) =>
    ['uploads', slug, 'list', statuses.join(','), cursor] as const,
  one: (slug: string, id: string) => ['uploads', slug, 'one', id] as const,
  report: (slug: string, id: string) => ['uploads', slug, 'report', id] as const,
};

const tenantQuery = (slug: string) => `tenant=${encodeURIComponent(slug)}`;

export const eventsUrl = (slug: string, id: string) =>
  `/api/v1/uploads/${encodeURIComponent(id)}/events?${tenantQuery(slug)}`;

export const reportCsvUrl = (slug: string, id: string) =>
  `/api/v1/uploads/${encodeURIComponent(id)}/report?${tenantQuery(slug)}&format=csv`;

export interface ProgressFileRow {
  name: string;
  rows: number;
  totalRows: number;
}

export interface LiveProgress {
  percent: number | null;
  etaSeconds: number | null;
  files: ProgressFileRow[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};

const FILE_ORDER = new Map<string, number>(ROSTER_FILES.map((f, i) => [f.name, i]));

/** Files in processing order (the order staff see in the CLI and docs), others after by name. */
function byFileOrder(a: string, b: string): number {
  const x = FILE_ORDER.get(a) ?? 99;
  const y = FILE_ORDER.get(b) ?? 99;
  return x === y ? a.localeCompare(b) : x - y;
}

/** The `progress` object of a view (free-form on the wire) as the progress display reads it. */
export function progressOf(view: Pick<UploadView, 'status' | 'progress'>): LiveProgress {
  const p = view.progress;
  const files = Object.entries(record(p.files))
    .map(([name, f]) => ({
      name,
      rows: num(record(f).rows) ?? 0,
      totalRows: num(record(f).totalRows) ?? 0,
    }))
    .sort((a, b) => byFileOrder(a.name, b.name));
  const percent = view.status === 'queued' ? null : num(p.percent);
  return { percent, etaSeconds: num(p.etaSeconds), files };
}

export interface FileCounts {
  name: string;
  rows: number | null;
  created: number | null;
  updated: number | null;
  unchanged: number | null;
  deleted: number | null;
}

/** Per file: rows read and, once applied, what happened to the records. */
export function fileCountsOf(view: Pick<UploadView, 'files'>): FileCounts[] {
  return Object.entries(view.files)
    .map(([name, raw]) => {
      const f = record(raw);
      return {
        name,
        rows: num(f.rows),
        created: num(f.created),
        updated: num(f.updated),
        unchanged: num(f.unchanged),
        deleted: num(f.deleted),
      };
    })
    .sort((a, b) => byFileOrder(a.name, b.name));
}

export interface Totals {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export function totalsOf(files: readonly FileCounts[]): Totals {
  const sum = (k: keyof Omit<FileCounts, 'name'>) => files.reduce((n, f) => n + (f[k] ?? 0), 0);
  return {
    rows: sum('rows'),
    created: sum('created'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    deleted: sum('deleted'),
  };
}

/** Whether the counts say the upload was applied (a dry run or failed one only read rows). */
export function wasApplied(files: readonly FileCounts[]): boolean {
  return files.some((f) => f.created !== null || f.updated !== null || f.deleted !== null);
}

/**
 * The wire's issues carry their code and severity as plain strings; they are the validator's own
 * issues, so the shared table takes them as such.
 */
export const asIssues = (issues: UploadReport['errors']): readonly Issue[] => issues as unknown as Issue[];
export const asSummary = (summary: UploadReport['summary']): readonly IssueSummary[] =>
  summary as unknown as IssueSummary[];

/** Revert is offered while the window is open, for a completed upload that changed data. */
export function canRevert(view: UploadView, now = Date.now()): boolean {
  const until = view.revert.availableUntil;
  return (
    view.status === 'completed' &&
    !view.dryRun &&
    !view.noop &&
    until !== null &&
    new Date(until).getTime() > now
  );
}

/** Cancel is possible before the apply starts. */
export const canCancel = (view: UploadView) => view.status === 'queued' || view.status === 'validating';

export interface RevertConflict {
  file: string;
  count: number;
  sample: string[];
}

/** The records that block a revert, from a `revert_blocked` error's details. */
export function revertConflictsOf(details: Record<string, unknown> | undefined): RevertConflict[] | null {
  if (details?.reason !== 'revert_blocked' || !Array.isArray(details.conflicts)) return null;
  return details.conflicts.map((c) => {
    const r = record(c);
    return {
      file: typeof r.file === 'string' ? r.file : '',
      count: num(r.count) ?? 0,
      sample: Array.isArray(r.sample) ? r.sample.map(String) : [],
    };
  });
}

/**
 * The server names CSV uploads "N files" (in English, as stored); people read it in their language.
 * A zip keeps the name it was sent with.
 */
export function sourceName(
  source: UploadView['source'],
  t: (key: string, o: { n: string }) => string,
): string {
  return source.kind === 'files' ? storedSourceName(source.name, t) : source.name;
}

/** The same, for lists that carry only the stored name (a zip's name always ends in .zip). */
export function storedSourceName(name: string, t: (key: string, o: { n: string }) => string): string {
  const m = /^(\d+) files$/.exec(name);
  return m ? t('filesSourceName', { n: m[1]! }) : name;
}
