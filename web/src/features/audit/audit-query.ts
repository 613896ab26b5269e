/** The audit filters as the person sets them (text fields; dates as `datetime-local` values). */
export interface AuditFilters {
  kind: string;
  actorId: string;
  since: string;
  until: string;
  status: string;
}

export const NO_FILTERS: AuditFilters = { kind: '', actorId: '', since: '', until: '', status: '' };

/** Event kinds the UI names in words; others are shown as they are. */
export const KNOWN_KINDS = {
  'api.request': 'kindApiRequest',
  'admin.request': 'kindAdminRequest',
  'auth.signin': 'kindAuthSignin',
  'auth.token': 'kindAuthToken',
  'auth.denied': 'kindAuthDenied',
  import: 'kindImport',
  'import.record': 'kindImportRecord',
  'upload.reverted': 'kindUploadReverted',
  'webhook.delivery': 'kindWebhookDelivery',
} as const;

export type KnownKind = keyof typeof KNOWN_KINDS;

export function isKnownKind(kind: string): kind is KnownKind {
  return Object.hasOwn(KNOWN_KINDS, kind);
}

/** A status is a whole number from 100 to 599, or blank. */
export function statusValid(status: string): boolean {
  const v = status.trim();
  return v === '' || (/^\d{3}$/.test(v) && Number(v) >= 100 && Number(v) <= 599);
}

/**
 * The API's query for the filters: only those set; local date-times (the browser's zone, JST for
 * staff in Japan) as ISO instants.
 */
export function auditQuery(f: AuditFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.kind) q.kind = f.kind;
  if (f.actorId.trim()) q.actorId = f.actorId.trim();
  const since = instant(f.since);
  const until = instant(f.until);
  if (since) q.since = since;
  if (until) q.until = until;
  if (f.status.trim() && statusValid(f.status)) q.status = f.status.trim();
  return q;
}

function instant(local: string): string | null {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The CSV export URL for the same filters. */
export function auditCsvUrl(slug: string, f: AuditFilters): string {
  const qs = new URLSearchParams(auditQuery(f)).toString();
  return `/api/v1/tenants/${encodeURIComponent(slug)}/audit.csv${qs ? `?${qs}` : ''}`;
}

/** Details in one short line: `key: value` pairs, nested values as compact JSON. */
export function compactDetails(details: unknown, max = 160): string {
  if (details === null || details === undefined) return '';
  const text =
    typeof details === 'object' && !Array.isArray(details)
      ? Object.entries(details as Record<string, unknown>)
          .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' · ')
      : JSON.stringify(details);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
