import { api, call, type ResponseOf } from '../../api/client';

export type TenantStats = ResponseOf<'/api/v1/tenants/{slug}/stats', 'get'>;
export type EntityCount = TenantStats['counts'][number];
export type Entity = EntityCount['entity'];
export type RecentUpload = TenantStats['recentUploads'][number];
export type UploadStatus = RecentUpload['status'];
export type SeriesPoint = TenantStats['series'][number];

/** The kinds the data browser lists (`/t/:slug/records/<entity>`): their cards link there. */
export const BROWSABLE: ReadonlySet<Entity> = new Set<Entity>([
  'orgs',
  'academicSessions',
  'courses',
  'classes',
  'users',
  'enrollments',
]);

/** Shown even when empty; the others (roles, demographics, profiles) only once they hold records. */
const ALWAYS_SHOWN: ReadonlySet<Entity> = BROWSABLE;

/** Cards in the order staff think of the data: schools first, people, then how they are linked. */
const ORDER: readonly Entity[] = [
  'orgs',
  'academicSessions',
  'courses',
  'classes',
  'users',
  'enrollments',
  'roles',
  'demographics',
  'userProfiles',
];

export function visibleCounts(counts: readonly EntityCount[]): EntityCount[] {
  const rank = (e: Entity) => ORDER.indexOf(e);
  return counts
    .filter((c) => ALWAYS_SHOWN.has(c.entity) || c.active + c.tobedeleted > 0)
    .sort((a, b) => rank(a.entity) - rank(b.entity));
}

/** A tenant that has never held data nor received an upload: the page shows how to begin. */
export function isBrandNew(stats: TenantStats): boolean {
  return stats.recentUploads.length === 0 && stats.counts.every((c) => c.active === 0 && c.tobedeleted === 0);
}

const RUNNING: ReadonlySet<UploadStatus> = new Set(['queued', 'validating', 'applying']);

export function hasRunningUpload(stats: TenantStats | undefined): boolean {
  return stats?.recentUploads.some((u) => RUNNING.has(u.status)) ?? false;
}

export type ChipColor = 'default' | 'info' | 'primary' | 'success' | 'error' | 'warning';

export const STATUS_COLOR: Record<UploadStatus, ChipColor> = {
  queued: 'default',
  validating: 'info',
  applying: 'primary',
  completed: 'success',
  failed: 'error',
  cancelled: 'default',
  reverted: 'warning',
};

/** Under the tenant's `['uploads', slug]` key: whatever refreshes the uploads refreshes the dashboard. */
export const statsKey = (slug: string) => ['uploads', slug, 'stats'] as const;

export function fetchStats(slug: string): Promise<TenantStats> {
  return call(api.GET('/api/v1/tenants/{slug}/stats', { params: { path: { slug } } }));
}

/** The sums of the series, and its newest point. */
export function seriesTotals(series: readonly SeriesPoint[]) {
  const total = { created: 0, updated: 0, deleted: 0 };
  for (const p of series) {
    total.created += p.created;
    total.updated += p.updated;
    total.deleted += p.deleted;
  }
  return { total, last: series.at(-1) ?? null };
}
