import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { recordChangeEvents, type ImportActor } from '../audit/import-events.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { PROFILES, type ProfileName } from '../import/profiles/profile.js';
import type { JobQueue } from '../jobs/queue.js';
import { revertRepository } from '../repositories/revert.repository.js';
import { rosterRepository } from '../repositories/roster.repository.js';
import { tenantRepository, type Tenant } from '../repositories/tenant.repository.js';
import { uploadRepository, type UploadRow } from '../repositories/upload.repository.js';
import type { UploadStatus } from '../db/schema.js';
import { DomainError } from '../services/errors.js';
import { insertAudit } from '../services/import.service.js';
import type { ObjectStorage } from '../storage/object-storage.js';
import { spoolUpload, type IncomingPart } from './intake.js';
import type { LiveUploads } from './progress.js';
import { uploadView, type UploadReport, type UploadView } from './upload-view.js';

export interface UploadServiceDeps {
  config: Config;
  db: Database;
  storage: ObjectStorage;
  jobs: JobQueue;
  live: LiveUploads;
  log?: { warn(obj: object, msg: string): void };
}

export interface UploadRequest {
  idempotencyKey?: string;
  /** Options given in the query string; form fields of the same names count too. */
  dryRun?: boolean;
  profile?: string;
}

export interface UploadPage {
  uploads: UploadView[];
  nextCursor: string | null;
}

/** The storage prefix of an upload's files. */
export const uploadKey = (tenantId: string, uploadId: string) => `uploads/${tenantId}/${uploadId}`;

const notFound = (id: string) =>
  new DomainError(
    'not_found',
    `No upload ${id} in this tenant`,
    `このテナントにアップロード ${id} はありません`,
  );

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Uploads over HTTP: receives a bundle into storage and queues its job (the work happens there),
 * answers status, history and reports, and cancels or reverts. Tenant data is read and written
 * under the tenant's row-level security.
 */
export class UploadService {
  constructor(private readonly deps: UploadServiceDeps) {}

  async accept(
    tenant: Tenant,
    actor: ImportActor,
    parts: AsyncIterable<IncomingPart>,
    req: UploadRequest,
  ): Promise<{ view: UploadView; replayed: boolean }> {
    const { db, config, storage, jobs } = this.deps;
    if (req.idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(req.idempotencyKey))
      throw new DomainError(
        'invalid_input',
        'Idempotency-Key must be 1–200 visible ASCII characters',
        'Idempotency-Key は 1〜200 文字の ASCII 可視文字で指定してください',
      );
    if (req.idempotencyKey) {
      const key = req.idempotencyKey;
      const seen = await db.withTenant(tenant.id, (tx) =>
        uploadRepository.findByIdempotencyKey(tx.kysely, tenant.id, key),
      );
      if (seen) {
        for await (const part of parts) if (part.kind === 'file') part.stream.resume();
        return { view: this.view(seen), replayed: true };
      }
    }
    const id = randomUUID();
    const spool = join(config.database.dataDir, 'spool', id);
    try {
      const bundle = await spoolUpload(parts, spool, config.limits);
      const dryRun = req.dryRun ?? parseBool(bundle.fields.dryRun);
      const profile = profileOf(req.profile ?? bundle.fields.profile);
      const key = uploadKey(tenant.id, id);
      const noop = !dryRun && (await this.sameAsLastImport(tenant.id, bundle.contentHash));
      if (!noop) for (const name of bundle.names) await storage.moveFile(`${key}/${name}`, join(spool, name));
      const row = {
        tenantId: tenant.id,
        id,
        status: noop ? ('completed' as const) : ('queued' as const),
        dryRun,
        profile,
        noop,
        sourceKind: bundle.kind,
        sourceName: bundle.sourceName,
        storageKey: key,
        contentHash: bundle.contentHash,
        sizeBytes: bundle.bytes,
        idempotencyKey: req.idempotencyKey ?? null,
        actorType: actor.type,
        actorId: actor.id ?? null,
        finishedAt: noop ? new Date().toISOString() : null,
      };
      try {
        await db.withTenant(tenant.id, async (tx) => {
          await uploadRepository.insert(tx.kysely, row);
          if (noop)
            await tx.kysely
              .updateTable('uploads')
              .set({
                files_deleted_at: new Date().toISOString(),
                progress: JSON.stringify({ phase: 'done', percent: 100 }),
              })
              .where('tenant_id', '=', tenant.id)
              .where('id', '=', id)
              .execute();
        });
      } catch (err) {
        // Two requests with one Idempotency-Key raced: the first one's upload is the answer.
        const existing = req.idempotencyKey
          ? await db.withTenant(tenant.id, (tx) =>
              uploadRepository.findByIdempotencyKey(tx.kysely, tenant.id, req.idempotencyKey!),
            )
          : null;
        await storage.deletePrefix(`${key}/`).catch(() => 0);
        if (existing) return { view: this.view(existing), replayed: true };
        throw err;
      }
      // Read before the job is queued: an in-process queue may start it at once, and the answer
      // describes the upload as accepted.
      const view = await this.get(tenant, id);
      if (!noop)
        await jobs.enqueue('upload.process', { tenantId: tenant.id, uploadId: id }, { jobId: id }).catch(
          // The upload is stored and queued in the database: housekeeping on any process that runs
          // jobs (or this one's next start) submits it again, so a stopping process or an
          // unreachable queue costs a delay, not the upload.
          (err: unknown) =>
            this.deps.log?.warn({ err, uploadId: id }, 'upload queued; job submission deferred'),
        );
      return { view, replayed: false };
    } finally {
      await rm(spool, { recursive: true, force: true });
    }
  }

  async get(tenant: Tenant, id: string): Promise<UploadView> {
    return this.view(await this.row(tenant, id));
  }

  /** Status from this process's memory when it runs the upload (no database round trip). */
  liveProgress(tenant: Tenant, id: string) {
    return this.deps.live.progress(tenant.id, id);
  }

  async list(
    tenant: Tenant,
    q: { status?: UploadStatus[]; since?: string; until?: string; limit: number; cursor?: string },
  ): Promise<UploadPage> {
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const rows = await this.deps.db.withTenant(
      tenant.id,
      (tx) => uploadRepository.list(tx.kysely, tenant.id, { ...q, limit: q.limit + 1, after }),
      { readOnly: true },
    );
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      uploads: page.map((r) => this.view(r)),
      nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null,
    };
  }

  async report(
    tenant: Tenant,
    id: string,
  ): Promise<UploadReport & { uploadId: string; status: UploadStatus }> {
    const row = await this.row(tenant, id);
    const report = (row.report as UploadReport | null) ?? {
      profile: row.profile ?? '',
      errors: [],
      warnings: [],
      errorCount: 0,
      warningCount: 0,
      truncated: [],
      summary: [],
    };
    return { uploadId: row.id, status: row.status, ...report };
  }

  /** A queued upload is cancelled at once; a validating one stops at its next progress step. */
  async cancel(tenant: Tenant, id: string): Promise<UploadView> {
    const outcome = await this.deps.db.withTenant(tenant.id, (tx) =>
      uploadRepository.requestCancel(tx.kysely, tenant.id, id),
    );
    const row = await this.row(tenant, id);
    if (!outcome)
      throw new DomainError(
        'conflict',
        row.status === 'applying'
          ? 'The upload is being applied and can no longer be cancelled; revert it once it completes'
          : `The upload is ${row.status} and can no longer be cancelled`,
        row.status === 'applying'
          ? 'アップロードは反映中のため取り消せません。完了後に元に戻してください'
          : `アップロードは ${row.status} のため取り消せません`,
        { status: row.status },
      );
    return this.view(row);
  }

  /**
   * Undoes a completed upload within the revert window: every record it updated or deleted gets
   * its previous content and status back, every record it created becomes `tobedeleted`, all with
   * dateLastModified = now (consumers polling deltas see the revert). Refused when a later change
   * touched any of those records. One transaction under the tenant's import lock.
   */
  async revert(tenant: Tenant, id: string, actor: ImportActor): Promise<UploadView> {
    const { db, config } = this.deps;
    await db.withTenant(tenant.id, async (tx) => {
      await rosterRepository.lockTenant(tx, tenant.id);
      const row = await uploadRepository.find(tx.kysely, tenant.id, id, true);
      if (!row) throw notFound(id);
      checkRevertible(row, config.uploads.revertWindowHours);
      // Housekeeping of a process with a shorter window may have forgotten them: reverting the
      // creations alone would half-undo the upload and call it reverted.
      if (changedRecords(row) > 0 && !(await revertRepository.keepsPrevious(tx, tenant.id, id)))
        throw new DomainError(
          'conflict',
          'The previous versions of the records this upload changed are no longer kept (the revert window passed, RH_REVERT_WINDOW_HOURS)',
          'このアップロードが変更したレコードの以前の内容はすでに保持されていません（元に戻せる期間を過ぎています、RH_REVERT_WINDOW_HOURS）',
          { reason: 'revert_window_passed', status: row.status },
        );
      const appliedAt = new Date(row.applied_at!).toISOString();
      const conflicts = await revertRepository.conflicts(tx, tenant.id, id, appliedAt);
      if (conflicts.length) {
        const list = conflicts.map(
          (c) => `${c.file}: ${c.count} (${c.sample.join(', ')}${c.count > c.sample.length ? ', …' : ''})`,
        );
        throw new DomainError(
          'conflict',
          `A later change depends on this upload: records it changed were changed again since — ${list.join('; ')}. Revert the later upload first.`,
          `このアップロード後の変更が同じレコードを更新しているため元に戻せません — ${list.join('、')}。先に後のアップロードを元に戻してください。`,
          { reason: 'revert_blocked', conflicts },
        );
      }
      const at = new Date().toISOString();
      const changes = await revertRepository.revert(tx, tenant.id, id, appliedAt, at);
      const counts = Object.fromEntries(
        changes.map((c) => [c.file, { restored: c.restored.length, deleted: c.deleted.length }]),
      );
      await uploadRepository.markReverted(
        tx.kysely,
        tenant.id,
        id,
        { type: actor.type, id: actor.id ?? null },
        at,
        counts,
      );
      await revertRepository.forget(tx, tenant.id, id);
      if (changes.length) await tenantRepository.bumpDataVersion(tx.kysely, tenant.id);
      await insertAudit(tx, [
        {
          tenantId: tenant.id,
          kind: 'upload.reverted',
          actorType: actor.type,
          actorId: actor.id ?? null,
          details: { uploadId: id, files: counts },
        },
        ...recordChangeEvents(
          tenant.id,
          id,
          changes.map((c) => ({
            file: c.file as never,
            created: [],
            updated: c.restored.length ? [{ fields: ['revert'], ids: c.restored }] : [],
            deleted: c.deleted,
          })),
          actor,
        ),
      ]);
    });
    await this.deps.jobs.enqueue(
      'webhook.deliver',
      { tenantId: tenant.id, uploadId: id },
      { jobId: `${id}-reverted` },
    );
    return this.get(tenant, id);
  }

  private async row(tenant: Tenant, id: string): Promise<UploadRow> {
    const row = await this.deps.db.withTenant(
      tenant.id,
      (tx) => uploadRepository.find(tx.kysely, tenant.id, id),
      {
        readOnly: true,
      },
    );
    if (!row) throw notFound(id);
    return row;
  }

  private view(row: UploadRow): UploadView {
    return uploadView(row, {
      revertWindowHours: this.deps.config.uploads.revertWindowHours,
      live: this.deps.live.progress(row.tenant_id, row.id),
    });
  }

  /** Same content as the tenant's latest import, which was an upload still standing: nothing to do. */
  private async sameAsLastImport(tenantId: string, contentHash: string): Promise<boolean> {
    return this.deps.db.withTenant(
      tenantId,
      async (tx) => {
        const last = await uploadRepository.lastCompletedImport(tx.kysely, tenantId);
        if (!last) return false;
        const upload = await uploadRepository.find(tx.kysely, tenantId, last.id);
        return upload?.status === 'completed' && upload.content_hash === contentHash;
      },
      { readOnly: true },
    );
  }
}

function checkRevertible(row: UploadRow, windowHours: number): void {
  const refuse = (reason: string, en: string, ja: string) =>
    new DomainError('conflict', en, ja, { reason, status: row.status });
  if (row.status === 'reverted')
    throw refuse(
      'already_reverted',
      'The upload was already reverted',
      'このアップロードはすでに元に戻されています',
    );
  // Before the applied_at test: a completed dry run or no-op has none, having applied nothing.
  if (row.status === 'completed' && (row.dry_run || row.noop))
    throw refuse(
      'nothing_to_revert',
      'The upload changed nothing (dry run or same content as before)',
      'このアップロードは何も変更していません（検証のみ、または前回と同じ内容）',
    );
  if (row.status !== 'completed' || !row.applied_at)
    throw refuse(
      'not_completed',
      `Only a completed upload can be reverted (this one is ${row.status})`,
      `元に戻せるのは完了したアップロードだけです（状態: ${row.status}）`,
    );
  const until = new Date(row.finished_at!).getTime() + windowHours * 3_600_000;
  if (Date.now() > until)
    throw refuse(
      'revert_window_passed',
      `The revert window of ${windowHours} hours has passed (RH_REVERT_WINDOW_HOURS)`,
      `元に戻せる期間（${windowHours} 時間、RH_REVERT_WINDOW_HOURS）を過ぎています`,
    );
}

/** Records the upload updated or deleted, by its per-file counts: each has a previous version. */
function changedRecords(row: UploadRow): number {
  let n = 0;
  for (const c of Object.values(row.files as Record<string, { updated?: number; deleted?: number }>))
    n += (c.updated ?? 0) + (c.deleted ?? 0);
  return n;
}

function parseBool(v: string | undefined): boolean {
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new DomainError(
    'invalid_input',
    'dryRun must be true or false',
    'dryRun は true か false で指定してください',
  );
}

function profileOf(v: string | undefined): ProfileName | null {
  if (v === undefined || v === '') return null;
  if ((PROFILES as readonly string[]).includes(v)) return v as ProfileName;
  throw new DomainError(
    'invalid_input',
    `Unknown profile "${v}" (use ${PROFILES.join(', ')})`,
    `不明なプロファイル "${v}" です（${PROFILES.join('、')} のいずれか）`,
  );
}

function encodeCursor(row: UploadRow): string {
  return Buffer.from(`${new Date(row.created_at).toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id))
    throw new DomainError('invalid_input', 'Invalid cursor', 'カーソルが正しくありません');
  return { createdAt, id };
}
