import { EXIT, table, type Outcome } from '../cli/output.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../services/errors.js';
import { requireTenant } from '../services/tenant.service.js';
import { CSV_HEADER, csvRows, listEvents, MAX_AUDIT_PAGE, type AuditFilters } from './audit.service.js';
import type { StoredAuditEvent } from './event.js';
import { purgeAudit } from './retention.js';

/** `rosterhub audit purge`: deletes events older than the configured retention. */
export async function auditPurgeCommand(db: Database, retentionDays: number): Promise<Outcome> {
  const r = await purgeAudit(db, retentionDays);
  return {
    exitCode: EXIT.ok,
    json: { purge: r },
    text: `Deleted ${r.deleted} audit events older than ${r.cutoff} (retention ${r.retentionDays} days)\n監査ログ ${r.deleted} 件を削除しました`,
  };
}

export interface AuditListOptions {
  tenant: string;
  since?: string;
  until?: string;
  kind?: string[];
  limit?: string;
  format?: 'text' | 'json' | 'csv';
}

/** `rosterhub audit list --tenant <slug>`: newest first, up to `--limit` events (default 100). */
export async function auditListCommand(db: Database, o: AuditListOptions): Promise<Outcome> {
  const limit = o.limit === undefined ? 100 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1_000_000)
    throw invalid(`--limit must be an integer from 1 to 1000000`, `--limit は 1〜1000000 の整数です`);
  const filters: AuditFilters = {};
  for (const key of ['since', 'until'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (Number.isNaN(new Date(v).getTime()))
      throw invalid(`--${key} is not a date: ${v}`, `--${key} が日時ではありません: ${v}`);
    filters[key] = v;
  }
  if (o.kind?.length) filters.kind = o.kind;
  const tenant = await requireTenant(db, o.tenant);
  const events: StoredAuditEvent[] = [];
  let cursor: string | null = null;
  while (events.length < limit) {
    const page: Awaited<ReturnType<typeof listEvents>> = await listEvents(db, tenant.id, filters, {
      limit: Math.min(MAX_AUDIT_PAGE, limit - events.length),
      cursor,
    });
    events.push(...page.events);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  const text =
    o.format === 'csv'
      ? CSV_HEADER + csvRows(events)
      : o.format === 'json'
        ? JSON.stringify(events, null, 2)
        : events.length
          ? table([
              ['at', 'kind', 'actor', 'method', 'route', 'status', 'ms', 'details'],
              ...events.map((e) => [
                e.at,
                e.kind,
                e.actorId ?? e.actorType ?? '',
                e.method ?? '',
                e.route ?? '',
                e.status ?? '',
                e.durationMs ?? '',
                e.details ? summarize(e.details) : '',
              ]),
            ])
          : 'No audit events / 監査ログはありません';
  return {
    exitCode: EXIT.ok,
    json: { tenant: tenant.slug, events, more: cursor !== null },
    text,
  };
}

function summarize(details: Record<string, unknown>): string {
  const { ids, ...rest } = details;
  // Record changes: which file and change first, then how many ids (the ids themselves in --json/csv).
  if (Array.isArray(ids)) {
    const { file, change, fields } = rest as { file?: string; change?: string; fields?: string[] };
    return `${file ?? ''} ${change ?? ''}${fields ? ` [${fields.join(',')}]` : ''}: ${ids.length} record(s)`;
  }
  const s = JSON.stringify(details, (_k, v: unknown) =>
    Array.isArray(v) && v.length > 5 ? [...(v as unknown[]).slice(0, 5), `…(${v.length})`] : v,
  );
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

function invalid(message: string, messageJa: string): DomainError {
  return new DomainError('invalid_input', message, messageJa);
}
