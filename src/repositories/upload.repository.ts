import { sql, type Kysely, type Selectable } from 'kysely';
import type { Schema, UploadStatus, UploadsTable } from '../db/schema.js';

export type UploadRow = Selectable<UploadsTable>;

export interface NewUpload {
  tenantId: string;
  id: string;
  status: 'queued' | 'completed';
  dryRun: boolean;
  profile: UploadsTable['profile'];
  noop: boolean;
  sourceKind: 'zip' | 'files';
  sourceName: string;
  storageKey: string;
  contentHash: string;
  sizeBytes: number;
  idempotencyKey: string | null;
  actorType: string;
  actorId: string | null;
  /** A no-op is finished when it is recorded. */
  finishedAt?: string | null;
  files?: Record<string, unknown>;
}

export interface UploadListFilter {
  status?: UploadStatus[];
  since?: string;
  until?: string;
  limit: number;
  /** `created_at|id` of the last row of the previous page. */
  after?: { createdAt: string; id: string };
}

export const RUNNING: readonly UploadStatus[] = ['validating', 'applying'];
export const UNFINISHED: readonly UploadStatus[] = ['queued', 'validating', 'applying'];

const json = (v: unknown) => JSON.stringify(v);

/** Tenant data (call inside `db.withTenant`), except the `platform*` scans of housekeeping. */
export const uploadRepository = {
  async insert(db: Kysely<Schema>, u: NewUpload): Promise<void> {
    await db
      .insertInto('uploads')
      .values({
        tenant_id: u.tenantId,
        id: u.id,
        status: u.status,
        dry_run: u.dryRun,
        profile: u.profile,
        noop: u.noop,
        source_kind: u.sourceKind,
        source_name: u.sourceName,
        storage_key: u.storageKey,
        content_hash: u.contentHash,
        size_bytes: u.sizeBytes,
        idempotency_key: u.idempotencyKey,
        actor_type: u.actorType,
        actor_id: u.actorId,
        finished_at: u.finishedAt ?? null,
        // Millisecond precision, as the history's keyset cursor carries it.
        created_at: new Date().toISOString(),
        files: json(u.files ?? {}),
      })
      .execute();
  },

  async find(db: Kysely<Schema>, tenantId: string, id: string, forUpdate = false): Promise<UploadRow | null> {
    let q = db.selectFrom('uploads').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
    if (forUpdate) q = q.forUpdate();
    return (await q.executeTakeFirst()) ?? null;
  },

  async findByIdempotencyKey(db: Kysely<Schema>, tenantId: string, key: string): Promise<UploadRow | null> {
    return (
      (await db
        .selectFrom('uploads')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('idempotency_key', '=', key)
        .executeTakeFirst()) ?? null
    );
  },

  /** The tenant's most recent completed import (CLI or upload), to decide whether a same-content upload is a no-op. */
  async lastCompletedImport(db: Kysely<Schema>, tenantId: string): Promise<{ id: string } | null> {
    return (
      (await db
        .selectFrom('imports')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'completed')
        .where('dry_run', '=', false)
        .orderBy('started_at', 'desc')
        .limit(1)
        .executeTakeFirst()) ?? null
    );
  },

  /** Newest first, keyset-paged. */
  async list(db: Kysely<Schema>, tenantId: string, f: UploadListFilter): Promise<UploadRow[]> {
    let q = db
      .selectFrom('uploads')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(f.limit);
    if (f.status?.length) q = q.where('status', 'in', f.status);
    if (f.since) q = q.where('created_at', '>=', f.since as never);
    if (f.until) q = q.where('created_at', '<', f.until as never);
    if (f.after) {
      const { createdAt, id } = f.after;
      q = q.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
    }
    return q.execute();
  },

  /**
   * Starts a run: the upload moves to `validating` and its attempt count (the fencing token) goes
   * up. Null when there is nothing to run (finished, cancelled, or unknown).
   */
  async claim(db: Kysely<Schema>, tenantId: string, id: string): Promise<UploadRow | null> {
    return (
      (await db
        .updateTable('uploads')
        .set((eb) => ({
          status: 'validating',
          attempts: eb('attempts', '+', 1),
          started_at: sql`coalesce(started_at, now())`,
          heartbeat_at: sql`now()`,
          progress: json({ phase: 'validating', percent: 0 }),
          failure: null,
        }))
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', 'in', UNFINISHED)
        .where('cancel_requested', '=', false)
        .returningAll()
        .executeTakeFirst()) ?? null
    );
  },

  /** Progress and heartbeat of the run holding `attempt`; false once the run lost the upload. */
  async heartbeat(
    db: Kysely<Schema>,
    tenantId: string,
    id: string,
    attempt: number,
    progress: Record<string, unknown>,
  ): Promise<{ cancelRequested: boolean } | null> {
    const row = await db
      .updateTable('uploads')
      .set({ heartbeat_at: sql`now()`, progress: json(progress) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('attempts', '=', attempt)
      .where('status', 'in', RUNNING)
      .returning('cancel_requested')
      .executeTakeFirst();
    return row ? { cancelRequested: row.cancel_requested } : null;
  },

  /**
   * Whether an upload of the tenant sent after this one has already completed (applied or found
   * unchanged): applying this one now would put older roster data over newer. Read under the
   * tenant's import lock, where completions cannot interleave.
   */
  async newerCompleted(db: Kysely<Schema>, tenantId: string, id: string): Promise<boolean> {
    const row = await db
      .selectFrom('uploads as newer')
      .innerJoin('uploads as self', (j) => j.on('self.tenant_id', '=', tenantId).on('self.id', '=', id))
      .select('newer.id')
      .where('newer.tenant_id', '=', tenantId)
      .where('newer.status', '=', 'completed')
      .where('newer.dry_run', '=', false)
      .whereRef('newer.created_at', '>', 'self.created_at')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** validating → applying, unless a cancel was asked for meanwhile (then false). */
  async startApplying(db: Kysely<Schema>, tenantId: string, id: string, attempt: number): Promise<boolean> {
    const r = await db
      .updateTable('uploads')
      .set({ status: 'applying', heartbeat_at: sql`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('attempts', '=', attempt)
      .where('status', '=', 'validating')
      .where('cancel_requested', '=', false)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** Records the end of a run (only the run holding `attempt` may); false when it no longer holds it. */
  async finish(
    db: Kysely<Schema>,
    tenantId: string,
    id: string,
    attempt: number | null,
    end: {
      status: 'completed' | 'failed' | 'cancelled' | 'queued';
      appliedAt?: string | null;
      progress: Record<string, unknown>;
      files?: Record<string, unknown>;
      report?: unknown;
      errorCount?: number;
      warningCount?: number;
      failure?: { code: string; message: string; messageJa: string } | null;
      timings?: Record<string, number>;
    },
  ): Promise<boolean> {
    let q = db
      .updateTable('uploads')
      .set({
        status: end.status,
        // The wall clock, not the transaction's start: an apply records its end inside its own transaction.
        finished_at: end.status === 'queued' ? null : sql`clock_timestamp()`,
        heartbeat_at: null,
        progress: json(end.progress),
        ...(end.appliedAt !== undefined ? { applied_at: end.appliedAt } : {}),
        ...(end.files ? { files: json(end.files) } : {}),
        ...(end.report !== undefined ? { report: json(end.report) } : {}),
        ...(end.errorCount !== undefined ? { error_count: end.errorCount } : {}),
        ...(end.warningCount !== undefined ? { warning_count: end.warningCount } : {}),
        ...(end.failure !== undefined ? { failure: end.failure ? json(end.failure) : null } : {}),
        ...(end.timings ? { timings: json(end.timings) } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id);
    q =
      attempt === null
        ? q.where('status', 'in', UNFINISHED)
        : q.where('attempts', '=', attempt).where('status', 'in', RUNNING);
    const r = await q.executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** Queued uploads are cancelled at once; running ones are flagged for their run to stop. */
  async requestCancel(db: Kysely<Schema>, tenantId: string, id: string): Promise<UploadStatus | null> {
    const queued = await db
      .updateTable('uploads')
      .set({ status: 'cancelled', cancel_requested: true, finished_at: sql`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (queued.numUpdatedRows > 0n) return 'cancelled';
    const running = await db
      .updateTable('uploads')
      .set({ cancel_requested: true })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'validating')
      .executeTakeFirst();
    return running.numUpdatedRows > 0n ? 'validating' : null;
  },

  async markReverted(
    db: Kysely<Schema>,
    tenantId: string,
    id: string,
    by: { type: string; id: string | null },
    at: string,
    counts: Record<string, unknown>,
  ): Promise<void> {
    await db
      .updateTable('uploads')
      .set({
        status: 'reverted',
        reverted_at: at,
        reverted_by_type: by.type,
        reverted_by_id: by.id,
        revert_counts: json(counts),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },

  // Platform scans (owner role, every tenant): recovery and housekeeping.

  async platformUnfinished(db: Kysely<Schema>): Promise<UploadRow[]> {
    return db.selectFrom('uploads').selectAll().where('status', 'in', UNFINISHED).execute();
  },

  /** Uploads whose files are past retention and not deleted yet (oldest first, a batch). */
  async platformExpiredFiles(db: Kysely<Schema>, before: string, limit = 500): Promise<UploadRow[]> {
    return db
      .selectFrom('uploads')
      .selectAll()
      .where('files_deleted_at', 'is', null)
      .where('created_at', '<', before as never)
      .where('status', 'not in', UNFINISHED)
      .orderBy('created_at')
      .limit(limit)
      .execute();
  },

  async platformMarkFilesDeleted(db: Kysely<Schema>, tenantId: string, id: string): Promise<void> {
    await db
      .updateTable('uploads')
      .set({ files_deleted_at: sql`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },

  /** Previous record versions of uploads that can no longer be reverted. */
  /**
   * Skips uploads a revert holds locked (it reads their versions), and stamps the ones whose
   * versions go so that their status stops offering a revert.
   */
  async platformForgetVersions(db: Kysely<Schema>, finishedBefore: string): Promise<number> {
    const r = await sql`WITH gone AS (
        SELECT tenant_id, id FROM uploads
        WHERE versions_forgotten_at IS NULL AND status NOT IN ('queued', 'validating', 'applying')
          AND (status <> 'completed' OR finished_at < ${finishedBefore}::timestamptz)
        FOR UPDATE SKIP LOCKED
      ), stamped AS (
        UPDATE uploads u SET versions_forgotten_at = now() FROM gone g
        WHERE u.tenant_id = g.tenant_id AND u.id = g.id
      ), deleted AS (
        DELETE FROM record_versions v USING gone g
        WHERE v.tenant_id = g.tenant_id AND v.import_id = g.id RETURNING 1
      )
      SELECT count(*)::int AS n FROM deleted`.execute(db);
    return (r.rows[0] as { n: number } | undefined)?.n ?? 0;
  },
};
