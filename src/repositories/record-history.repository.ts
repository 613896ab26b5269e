import { sql, type Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

/** One import's change to a record, from its `import.record` audit event. */
export interface RecordChange {
  at: string;
  change: string;
  /** The fields an update changed (names only; the audit log never holds values). */
  fields: string[] | null;
  importId: string | null;
  /** Whether the import was an upload of this tenant (uploads and imports share ids). */
  isUpload: boolean;
  actor: { type: string | null; id: string | null };
}

interface Row {
  at: string;
  change: string;
  fields: unknown;
  import_id: string | null;
  is_upload: boolean;
  actor_type: string | null;
  actor_id: string | null;
}

/** A record's change history, read from the audit log under the tenant's row-level security. */
export const recordHistoryRepository = {
  /**
   * Newest first, at most `limit`. `file` is the file name the import events carry (`users`);
   * the ids are matched by jsonb containment (no index: a tenant's record events are few per import).
   */
  async changes(
    db: Kysely<Schema>,
    tenantId: string,
    file: string,
    sourcedId: string,
    limit: number,
  ): Promise<RecordChange[]> {
    const r = await sql<Row>`SELECT
        to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
        a.details ->> 'change' AS change, a.details -> 'fields' AS fields,
        a.details ->> 'importId' AS import_id, a.actor_type, a.actor_id,
        EXISTS (SELECT 1 FROM uploads u WHERE u.tenant_id = a.tenant_id
          AND u.id::text = a.details ->> 'importId') AS is_upload
      FROM audit_events a
      WHERE a.tenant_id = ${tenantId} AND a.kind = 'import.record' AND a.details ->> 'file' = ${file}
        AND a.details -> 'ids' @> jsonb_build_array(${sourcedId}::text)
      ORDER BY a.at DESC, a.id DESC LIMIT ${limit}`.execute(db);
    return r.rows.map((row) => ({
      at: row.at,
      change: row.change,
      fields: Array.isArray(row.fields) ? row.fields.map(String) : parsedFields(row.fields),
      importId: row.import_id,
      isUpload: row.is_upload === true,
      actor: { type: row.actor_type, id: row.actor_id },
    }));
  },
};

/** A jsonb array may come back as text, depending on the driver's type parsers. */
function parsedFields(v: unknown): string[] | null {
  if (typeof v !== 'string') return null;
  const parsed = JSON.parse(v) as unknown;
  return Array.isArray(parsed) ? parsed.map(String) : null;
}
