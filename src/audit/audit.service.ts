import type { Database } from '../db/database.js';
import {
  auditRepository,
  MAX_AUDIT_PAGE,
  type AuditFilters,
  type AuditPage,
} from '../repositories/audit.repository.js';
import type { StoredAuditEvent } from './event.js';

export type { AuditFilters, AuditPage };
export { MAX_AUDIT_PAGE };

export interface AuditEventPage {
  events: StoredAuditEvent[];
  /** Pass as `paging.cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * One page of a tenant's audit events, newest first. Runs inside `withTenant`, so row-level
 * security admits that tenant's events only. `tenantId` null lists platform events (no tenant:
 * unauthenticated requests, failed token requests) through the owner path: platform admins only.
 */
export function listEvents(
  db: Database,
  tenantId: string | null,
  filters: AuditFilters = {},
  paging: AuditPage = {},
): Promise<AuditEventPage> {
  return tenantId === null
    ? db.transaction((tx) => auditRepository.list(tx, null, filters, paging))
    : db.withTenant(tenantId, (tx) => auditRepository.list(tx, tenantId, filters, paging), {
        readOnly: true,
      });
}

export const CSV_COLUMNS = [
  'id',
  'at',
  'tenantId',
  'kind',
  'actorType',
  'actorId',
  'method',
  'route',
  'status',
  'durationMs',
  'ip',
  'details',
] as const;

/** One CSV cell: quoted when needed; a leading = + - @ is neutralised (spreadsheet formulas). */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV rows (CRLF-terminated) of events, without header. */
export function csvRows(events: readonly StoredAuditEvent[]): string {
  return events.map((e) => `${CSV_COLUMNS.map((c) => cell(e[c])).join(',')}\r\n`).join('');
}

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * The events matching `filters` as CSV (header first, newest first), streamed page by page
 * (`max` events at most, default 1,000,000). UTF-8 without BOM; `details` is one JSON cell.
 */
export async function* eventsCsv(
  db: Database,
  tenantId: string | null,
  filters: AuditFilters = {},
  opts: { max?: number } = {},
): AsyncGenerator<string> {
  yield CSV_HEADER;
  let left = opts.max ?? 1_000_000;
  let cursor: string | null = null;
  while (left > 0) {
    const page: AuditEventPage = await listEvents(db, tenantId, filters, {
      limit: Math.min(MAX_AUDIT_PAGE, left),
      cursor,
    });
    if (page.events.length) yield csvRows(page.events);
    left -= page.events.length;
    cursor = page.nextCursor;
    if (!cursor) break;
  }
}

/** `eventsCsv` collected into one string (small exports, tests). */
export async function eventsCsvText(
  db: Database,
  tenantId: string | null,
  filters: AuditFilters = {},
  opts: { max?: number } = {},
): Promise<string> {
  let s = '';
  for await (const chunk of eventsCsv(db, tenantId, filters, opts)) s += chunk;
  return s;
}
