import { ident, type SqlConnection } from '../db/connection.js';
import { writtenColumns } from '../db/roster-columns.js';
import { ROSTER_FILES, type FileDef } from '../model/index.js';

/** Records of one file a later change touched after the import being reverted. */
export interface RevertConflict {
  file: string;
  count: number;
  /** A few of their sourcedIds, to name in the refusal. */
  sample: string[];
}

/** What a revert did to one file's records. */
export interface FileRevert {
  file: string;
  /** Updated or deleted by the import: their previous version is back. */
  restored: string[];
  /** Created by the import: now `tobedeleted`. */
  deleted: string[];
}

/** Kept columns a revert does not take from the previous version. */
const KEPT = new Set(['tenant_id', 'sourced_id', 'date_created', 'date_last_modified']);

/**
 * The SQL of reverting an import: the records it created are recognised by carrying its id and its
 * timestamp as dateCreated; the ones it updated or deleted by their copies in `record_versions`.
 * A record is still the import's own while its `import_id` is the import's: any later write
 * (import or revert) moves it, which is how a dependent later change is detected.
 */
export const revertRepository = {
  async conflicts(
    tx: SqlConnection,
    tenantId: string,
    importId: string,
    appliedAt: string,
  ): Promise<RevertConflict[]> {
    const found: RevertConflict[] = [];
    for (const file of ROSTER_FILES) {
      const t = ident(file.table);
      const r = await tx.query<{ sourced_id: string; total: string }>(
        `SELECT sourced_id, count(*) OVER () AS total FROM (
           SELECT t.sourced_id FROM record_versions v
           JOIN ${t} t ON t.tenant_id = v.tenant_id AND t.sourced_id = v.sourced_id
           WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.table_name = $3
             AND t.import_id IS DISTINCT FROM $2
           UNION ALL
           SELECT sourced_id FROM ${t}
           WHERE tenant_id = $1 AND date_created = $4 AND import_id IS DISTINCT FROM $2
         ) c ORDER BY sourced_id LIMIT 5`,
        [tenantId, importId, file.table, appliedAt],
      );
      if (r.rows.length)
        found.push({
          file: file.name,
          count: Number(r.rows[0]!.total),
          sample: r.rows.map((x) => x.sourced_id),
        });
    }
    return found;
  },

  /** Restores every record of the import to its previous version, dateLastModified = `revertAt`. */
  async revert(
    tx: SqlConnection,
    tenantId: string,
    importId: string,
    appliedAt: string,
    revertAt: string,
  ): Promise<FileRevert[]> {
    const out: FileRevert[] = [];
    for (const file of ROSTER_FILES) {
      const restored = await restorePrevious(tx, file, tenantId, importId, revertAt);
      const deleted = await tx.query<{ sourced_id: string }>(
        `UPDATE ${ident(file.table)} SET status = 'tobedeleted', date_last_modified = $4
         WHERE tenant_id = $1 AND import_id = $2 AND date_created = $3 AND status = 'active'
         RETURNING sourced_id`,
        [tenantId, importId, appliedAt, revertAt],
      );
      if (restored.length || deleted.rows.length)
        out.push({ file: file.name, restored, deleted: deleted.rows.map((x) => x.sourced_id) });
    }
    return out;
  },

  /** Whether any previous version of the import is still kept (housekeeping forgets them all at once). */
  async keepsPrevious(tx: SqlConnection, tenantId: string, importId: string): Promise<boolean> {
    const r = await tx.query(
      'SELECT 1 FROM record_versions WHERE tenant_id = $1 AND import_id = $2 LIMIT 1',
      [tenantId, importId],
    );
    return r.rows.length > 0;
  },

  /** Previous versions are only needed while a revert is possible. */
  async forget(tx: SqlConnection, tenantId: string, importId: string): Promise<number> {
    const r = await tx.query('DELETE FROM record_versions WHERE tenant_id = $1 AND import_id = $2', [
      tenantId,
      importId,
    ]);
    return r.rowCount;
  },
};

async function restorePrevious(
  tx: SqlConnection,
  file: FileDef,
  tenantId: string,
  importId: string,
  revertAt: string,
): Promise<string[]> {
  const columns = writtenColumns(file).filter((c) => !KEPT.has(c));
  const set = columns.map((c) => `${ident(c)} = p.${ident(c)}`).join(', ');
  const r = await tx.query<{ sourced_id: string }>(
    `UPDATE ${ident(file.table)} t SET ${set}, date_last_modified = $4
     FROM (SELECT (jsonb_populate_record(NULL::${ident(file.table)}, v.previous)).*
           FROM record_versions v
           WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.table_name = $3) p
     WHERE t.tenant_id = $1 AND t.sourced_id = p.sourced_id AND t.import_id = $2
     RETURNING t.sourced_id`,
    [tenantId, importId, file.table, revertAt],
  );
  return r.rows.map((x) => x.sourced_id);
}
