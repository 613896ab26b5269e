import { ident, type CopyWriter, type SqlConnection } from '../db/connection.js';
import { derivedColumns, storedFields, writtenColumns } from '../db/roster-columns.js';
import { detach } from '../import/detach.js';
import { fingerprint } from '../import/record-encoding.js';
import type { FieldDef, FileDef } from '../model/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** COPY takes no bind parameters; tenant ids are our own UUIDs, checked before they enter SQL text. */
function tenantLiteral(tenantId: string): string {
  if (!UUID.test(tenantId)) throw new Error('Invalid tenant id');
  return `'${tenantId}'`;
}

/** Stored state of a file's records for change detection: sourcedId → `fingerprint(hash, deleted)`. */
export type StoredState = Map<string, number>;

/** Staged records of one kind of change with the same changed fields (`stageChanges`). */
export interface StagedChangeGroup {
  /** Status of the staged record: `tobedeleted` means the change deletes it. */
  status: string;
  statusChanged: boolean;
  /** The stored content hash differs (some field or the metadata changed). */
  contentChanged: boolean;
  /** CSV names of the compared (non-PII) fields that differ; `metadata` for unknown metadata columns. */
  fields: string[];
  ids: string[];
}

/** Bulk SQL over the roster tables. Every statement is scoped to one tenant. */
export const rosterRepository = {
  /** Serializes imports of one tenant; other tenants proceed in parallel. Held until the transaction ends. */
  async lockTenant(tx: SqlConnection, tenantId: string): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('rosterhub:import:' || $1))", [tenantId]);
  },

  /** Streams (sourcedId, hash, status) of a file's records; ~1M rows in a few seconds, no row objects. */
  async loadState(tx: SqlConnection, tenantId: string, file: FileDef): Promise<StoredState> {
    const state: StoredState = new Map();
    let carry = '';
    const select = `SELECT sourced_id, content_hash, status = 'tobedeleted'
      FROM ${ident(file.table)} WHERE tenant_id = ${tenantLiteral(tenantId)}`;
    for await (const chunk of tx.copyOut(select)) {
      const text = carry + chunk;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const tab = text.indexOf('\t', start);
        const deleted = text.charCodeAt(nl - 1) === 116; // 't'
        state.set(
          detach(unescapeCopy(text.slice(start, tab))),
          fingerprint(text.slice(tab + 1, nl - 2), deleted),
        );
        start = nl + 1;
      }
      carry = text.slice(start);
    }
    return state;
  },

  /** Inserts new records: COPY text lines in `writtenColumns` order. */
  newRecordsWriter(tx: SqlConnection, file: FileDef): CopyWriter {
    return tx.copyIn(file.table, writtenColumns(file));
  },

  /** A session-private table holding changed records until they are merged in one statement. */
  async createStage(tx: SqlConnection, file: FileDef): Promise<string> {
    const stage = `stage_${file.table}`;
    await tx.query(
      `CREATE TEMP TABLE IF NOT EXISTS ${ident(stage)} (LIKE ${ident(file.table)}) ON COMMIT DROP`,
    );
    await tx.query(`TRUNCATE ${ident(stage)}`);
    return stage;
  },

  stageWriter(tx: SqlConnection, file: FileDef, stage: string): CopyWriter {
    return tx.copyIn(stage, writtenColumns(file));
  },

  /** Applies staged changes; date_created is kept, everything else comes from the new content. */
  async mergeStage(tx: SqlConnection, file: FileDef, stage: string): Promise<number> {
    const set = [
      'status',
      'date_last_modified',
      'content_hash',
      'import_id',
      'metadata',
      ...storedFields(file).map((f) => f.column),
      ...derivedColumns(file),
    ]
      .map((c) => `${ident(c)} = s.${ident(c)}`)
      .join(', ');
    await tx.query(`ANALYZE ${ident(stage)}`);
    const r = await tx.query(
      `UPDATE ${ident(file.table)} t SET ${set} FROM ${ident(stage)} s
       WHERE t.tenant_id = s.tenant_id AND t.sourced_id = s.sourced_id`,
    );
    return r.rowCount;
  },

  /**
   * What merging the stage will change, per record, grouped by identical outcome: compares every
   * staged row with the stored one, column by column, in one join (before `mergeStage`). Columns
   * for which `compare` is false (PII, stored encrypted with a random IV) are not compared.
   */
  async stageChanges(
    tx: SqlConnection,
    file: FileDef,
    stage: string,
    compare: (field: FieldDef) => boolean,
  ): Promise<StagedChangeGroup[]> {
    const checks = [
      `CASE WHEN t.metadata IS DISTINCT FROM s.metadata THEN 'metadata' END`,
      ...storedFields(file)
        .filter(compare)
        .map((f) => {
          if (!/^[A-Za-z0-9_.]+$/.test(f.csv)) throw new Error(`Unsafe field name ${f.csv}`);
          return `CASE WHEN t.${ident(f.column)} IS DISTINCT FROM s.${ident(f.column)} THEN '${f.csv}' END`;
        }),
    ];
    const r = await tx.query<{
      status: string;
      status_changed: boolean;
      content_changed: boolean;
      fields: string[];
      ids: string[];
    }>(
      `SELECT status, status_changed, content_changed, fields, array_agg(sourced_id ORDER BY sourced_id) AS ids
       FROM (SELECT s.sourced_id, s.status, t.status IS DISTINCT FROM s.status AS status_changed,
                    t.content_hash IS DISTINCT FROM s.content_hash AS content_changed,
                    array_remove(ARRAY[${checks.join(', ')}]::text[], NULL) AS fields
             FROM ${ident(stage)} s JOIN ${ident(file.table)} t
               ON t.tenant_id = s.tenant_id AND t.sourced_id = s.sourced_id) c
       GROUP BY status, status_changed, content_changed, fields`,
    );
    return r.rows.map((row) => ({
      status: row.status,
      statusChanged: row.status_changed,
      contentChanged: row.content_changed,
      fields: row.fields,
      ids: row.ids,
    }));
  },

  /** Copies the stored rows the stage is about to change into `record_versions` (before `mergeStage`). */
  async keepPreviousOfStaged(
    tx: SqlConnection,
    tenantId: string,
    importId: string,
    file: FileDef,
    stage: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO record_versions (tenant_id, import_id, table_name, sourced_id, previous)
       SELECT t.tenant_id, $2, $3, t.sourced_id, to_jsonb(t) FROM ${ident(file.table)} t
       JOIN ${ident(stage)} s ON t.tenant_id = s.tenant_id AND t.sourced_id = s.sourced_id
       WHERE t.tenant_id = $1`,
      [tenantId, importId, file.table],
    );
  },

  /** Copies the stored active rows among `ids` into `record_versions` (before `markDeleted`). */
  async keepPreviousOf(
    tx: SqlConnection,
    tenantId: string,
    importId: string,
    file: FileDef,
    ids: readonly string[],
  ): Promise<void> {
    for (let i = 0; i < ids.length; i += 10_000) {
      await tx.query(
        `INSERT INTO record_versions (tenant_id, import_id, table_name, sourced_id, previous)
         SELECT t.tenant_id, $2, $3, t.sourced_id, to_jsonb(t) FROM ${ident(file.table)} t
         WHERE t.tenant_id = $1 AND t.sourced_id = ANY($4::text[]) AND t.status = 'active'`,
        [tenantId, importId, file.table, ids.slice(i, i + 10_000)],
      );
    }
  },

  /** Marks records tobedeleted (bulk files: records absent from the file). */
  async markDeleted(
    tx: SqlConnection,
    tenantId: string,
    file: FileDef,
    ids: readonly string[],
    modified: string,
    importId: string,
  ): Promise<number> {
    let n = 0;
    for (let i = 0; i < ids.length; i += 10_000) {
      const r = await tx.query(
        `UPDATE ${ident(file.table)} SET status = 'tobedeleted', date_last_modified = $3, import_id = $4
         WHERE tenant_id = $1 AND sourced_id = ANY($2::text[]) AND status = 'active'`,
        [tenantId, ids.slice(i, i + 10_000), modified, importId],
      );
      n += r.rowCount;
    }
    return n;
  },

  /** Active records among `ids`, with their type column where the table has one. */
  async existing(
    tx: SqlConnection,
    tenantId: string,
    file: FileDef,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    const typed = file.fields.some((f) => f.key === 'type');
    const r = await tx.query<{ sourced_id: string; type: string | null }>(
      `SELECT sourced_id, ${typed ? 'type' : 'NULL::text AS type'} FROM ${ident(file.table)}
       WHERE tenant_id = $1 AND sourced_id = ANY($2::text[]) AND status = 'active'`,
      [tenantId, ids],
    );
    return new Map(r.rows.map((row) => [row.sourced_id, row.type ?? '']));
  },
};

function unescapeCopy(v: string): string {
  return v.includes('\\')
    ? v.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c)
    : v;
}
