import { DomainError } from '../services/errors.js';
import type { SqlConnection } from '../db/connection.js';
import { AUDIT_COLUMNS, type AuditEvent, type StoredAuditEvent } from '../audit/event.js';

/** Filters of an audit query; every one optional. */
export interface AuditFilters {
  /** One kind or several. A kind ending in `.*` (e.g. `auth.*`) matches its prefix. */
  kind?: string | readonly string[];
  /** Inclusive lower bound of `at`. */
  since?: Date | string;
  /** Exclusive upper bound of `at`. */
  until?: Date | string;
  actorType?: string;
  actorId?: string;
  route?: string;
  status?: number;
  /** Import record events listing this sourcedId (`details.ids`). */
  sourcedId?: string;
  /** Import events of one import (`details.importId`). */
  importId?: string;
}

export interface AuditPage {
  /** 1…1000, default 100. */
  limit?: number;
  /** The `nextCursor` of the previous page (keyset paging: stable while events are appended). */
  cursor?: string | null;
}

/** Longest page a query returns. */
export const MAX_AUDIT_PAGE = 1000;

const SELECT = `SELECT id::text AS id, tenant_id, at, at::text AS at_text, kind, actor_type, actor_id, method, route, status,
  duration_ms, ip, details FROM audit_events`;

interface Row {
  id: string;
  tenant_id: string | null;
  at: Date | string;
  /** Full precision (microseconds) for the cursor. */
  at_text: string;
  kind: string;
  actor_type: StoredAuditEvent['actorType'];
  actor_id: string | null;
  method: string | null;
  route: string | null;
  status: number | null;
  duration_ms: number | null;
  ip: string | null;
  details: Record<string, unknown> | string | null;
}

/** SQL over `audit_events`. Inserts are append-only; deletes happen in the retention purge only. */

function rowOf(e: AuditEvent, now: string): (string | number | null)[] {
  return [
    e.tenantId,
    e.at ? e.at.toISOString() : now,
    e.kind,
    e.actorType ?? null,
    e.actorId ?? null,
    e.method ?? null,
    e.route ?? null,
    e.status ?? null,
    e.durationMs ?? null,
    e.ip ?? null,
    e.details ? JSON.stringify(e.details) : null,
  ];
}

/** One value in COPY text format: `\\N` for null, backslash, tab and line breaks escaped. */
function copyValue(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

export const auditRepository = {
  /**
   * Appends events in one statement (arrays unnested server-side: one round trip, one plan, any
   * number of rows). Runs as the owner for the buffered writer, as rosterhub_app inside an import.
   */
  /**
   * Inserts events under row-level security (inside a tenant transaction: an import's events
   * commit with it, and can only be that tenant's).
   */
  async insertMany(conn: SqlConnection, events: readonly AuditEvent[]): Promise<void> {
    if (!events.length) return;
    const cols: unknown[][] = Array.from({ length: 11 }, () => new Array<unknown>(events.length));
    const now = new Date().toISOString();
    events.forEach((e, i) => {
      const row = rowOf(e, now);
      for (let c = 0; c < row.length; c++) cols[c]![i] = row[c];
    });
    await conn.query(
      `INSERT INTO audit_events (${AUDIT_COLUMNS.join(', ')})
       SELECT t, a, k, aty, aid, m, r, s, d, ip, det::jsonb
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
                   $7::text[], $8::int[], $9::int[], $10::text[], $11::text[])
         AS u(t, a, k, aty, aid, m, r, s, d, ip, det)`,
      cols,
    );
  },

  /**
   * Appends events with one COPY, as the owner (the request audit's writer: events of many
   * tenants at thousands a second, so the database parses no SQL per row).
   */
  async appendMany(conn: SqlConnection, events: readonly AuditEvent[]): Promise<void> {
    if (!events.length) return;
    const now = new Date().toISOString();
    let text = '';
    for (const e of events) text += `${rowOf(e, now).map(copyValue).join('\t')}\n`;
    const copy = conn.copyIn('audit_events', AUDIT_COLUMNS);
    await copy.write(text);
    await copy.end();
  },

  /**
   * One page, newest first, ordered by (at, id). `tenantId` null lists platform events (owner
   * connection only: under RLS they are invisible).
   */
  async list(
    conn: SqlConnection,
    tenantId: string | null,
    filters: AuditFilters,
    page: AuditPage = {},
  ): Promise<{ events: StoredAuditEvent[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    where.push(tenantId === null ? 'tenant_id IS NULL' : `tenant_id = ${p(tenantId)}::uuid`);
    if (filters.kind !== undefined) {
      const kinds = typeof filters.kind === 'string' ? [filters.kind] : [...filters.kind];
      const exact = kinds.filter((k) => !k.endsWith('.*'));
      const prefixes = kinds.filter((k) => k.endsWith('.*')).map((k) => `${k.slice(0, -1)}%`);
      const or: string[] = [];
      if (exact.length) or.push(`kind = ANY(${p(exact)}::text[])`);
      if (prefixes.length) or.push(`kind LIKE ANY(${p(prefixes)}::text[])`);
      where.push(or.length ? `(${or.join(' OR ')})` : 'false');
    }
    if (filters.since !== undefined) where.push(`at >= ${p(iso(filters.since))}::timestamptz`);
    if (filters.until !== undefined) where.push(`at < ${p(iso(filters.until))}::timestamptz`);
    if (filters.actorType !== undefined) where.push(`actor_type = ${p(filters.actorType)}`);
    if (filters.actorId !== undefined) where.push(`actor_id = ${p(filters.actorId)}`);
    if (filters.route !== undefined) where.push(`route = ${p(filters.route)}`);
    if (filters.status !== undefined) where.push(`status = ${p(filters.status)}::int`);
    if (filters.sourcedId !== undefined)
      where.push(`details -> 'ids' @> jsonb_build_array(${p(filters.sourcedId)}::text)`);
    if (filters.importId !== undefined) where.push(`details ->> 'importId' = ${p(filters.importId)}`);
    const cursor = page.cursor ? decodeCursor(page.cursor) : null;
    if (cursor) where.push(`(at, id) < (${p(cursor.at)}::timestamptz, ${p(cursor.id)}::bigint)`);
    const limit = Math.min(Math.max(Math.trunc(page.limit ?? 100), 1), MAX_AUDIT_PAGE);
    const r = await conn.query<Row>(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT ${limit + 1}`,
      params,
    );
    const rows = r.rows.slice(0, limit);
    const last = rows.at(-1);
    return {
      events: rows.map(fromRow),
      nextCursor: r.rows.length > limit && last ? encodeCursor(last.at_text, last.id) : null,
    };
  },

  /** Deletes up to `batch` events older than `before`; returns how many. Owner only. */
  async purgeBatch(conn: SqlConnection, before: Date, batch: number): Promise<number> {
    const r = await conn.query(
      `DELETE FROM audit_events WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM audit_events WHERE at < $1::timestamptz LIMIT $2::int))`,
      [before.toISOString(), batch],
    );
    return r.rowCount;
  },
};

function iso(v: Date | string): string {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid date: ${String(v)}`);
  return d.toISOString();
}

function fromRow(r: Row): StoredAuditEvent {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    at: r.at instanceof Date ? r.at.toISOString() : new Date(r.at).toISOString(),
    kind: r.kind,
    actorType: r.actor_type,
    actorId: r.actor_id,
    method: r.method,
    route: r.route,
    status: r.status,
    durationMs: r.duration_ms,
    ip: r.ip,
    details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
  };
}

/** Opaque keyset cursor; microsecond timestamps survive as text (a Date would lose them). */
function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      /^[0-9]{1,19}$/.test(id) &&
      /^\d{4}-\d\d-\d\d[ T][0-9:.]+([+-][0-9:]+|Z)?$/.test(at)
    )
      return { at, id };
  } catch {
    // fall through
  }
  throw new DomainError('invalid_input', 'Invalid audit cursor', '監査ログのカーソルが正しくありません');
}
