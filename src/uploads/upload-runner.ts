import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { openBundle, UnusableInputError } from '../import/bundle-source.js';
import { processBundle } from '../import/bundle-processor.js';
import { IssueCollector } from '../import/issues.js';
import type { ProfileName } from '../import/profiles/profile.js';
import { summarizeIssues } from '../import/report.js';
import { JOB_POLICIES } from '../jobs/catalogue.js';
import type { JobContext, JobQueue } from '../jobs/queue.js';
import { FILES_BY_NAME } from '../model/index.js';
import { countImportRows, recordImportJob, type ImportOutcome } from '../observability/metrics.js';
import { rosterRepository } from '../repositories/roster.repository.js';
import { tenantSettingsRepository } from '../repositories/tenant-settings.repository.js';
import { tenantRepository } from '../repositories/tenant.repository.js';
import { uploadRepository, type UploadRow } from '../repositories/upload.repository.js';
import { importBundle } from '../services/import.service.js';
import type { ObjectStorage } from '../storage/object-storage.js';
import { estimateRows } from './row-count.js';
import { doneProgress, ProgressTracker, type LiveUploads } from './progress.js';
import type { UploadReport } from './upload-view.js';

export interface UploadRunnerDeps {
  config: Config;
  db: Database;
  storage: ObjectStorage;
  jobs: JobQueue;
  live: LiveUploads;
  pii: PiiCipher;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

/** Progress reaches the database (for other processes and restarts) at most this often. */
const HEARTBEAT_MS = 1000;

class Cancelled extends Error {}
/** Another run took the upload over (a retry after this one was presumed dead): stop quietly. */
class Superseded extends Error {}
/** An upload sent after this one was applied first (this one's run was retried late): not applied. */
class Outdated extends Error {}

type Failure = { code: string; message: string; messageJa: string };

/**
 * Runs an upload: fetches its files from storage, validates them without writing (cancellable,
 * reported), then applies them in one import transaction that also records the outcome, so the
 * store and the upload's status change together or not at all.
 */
export async function runUpload(
  deps: UploadRunnerDeps,
  payload: { tenantId: string; uploadId: string },
  ctx: JobContext,
): Promise<void> {
  const { db, config, storage, live, log } = deps;
  const { tenantId, uploadId } = payload;
  const row = await db.withTenant(tenantId, (tx) => uploadRepository.claim(tx.kysely, tenantId, uploadId));
  if (!row) return;
  const started = performance.now();
  // Set once the upload's end is recorded; none when another run took it over.
  let outcome: ImportOutcome | null = null;
  const attempt = row.attempts;
  const work = join(config.database.dataDir, 'work', `${uploadId}-${attempt}`);
  let tracker = new ProgressTracker({});
  let phase: 'validating' | 'applying' = 'validating';
  let cancelled = false;
  let superseded = false;
  live.add(uploadId, tenantId, () => tracker.snapshot());
  // On the embedded database the import's transaction holds the only connection: no heartbeat then.
  const canBeat = () => db.kind === 'postgres' || phase === 'validating';
  const state: { beating: Promise<void> | null } = { beating: null };
  const beat = setInterval(() => {
    if (state.beating || !canBeat()) return;
    state.beating = db
      .withTenant(tenantId, (tx) =>
        uploadRepository.heartbeat(tx.kysely, tenantId, uploadId, attempt, { ...tracker.snapshot() }),
      )
      .then((r) => {
        if (!r) superseded = phase === 'validating';
        else if (r.cancelRequested) cancelled = true;
      })
      .catch((err: unknown) => log.warn({ err, uploadId }, 'upload heartbeat failed'))
      .finally(() => (state.beating = null));
  }, HEARTBEAT_MS);
  const checkpoint = () => {
    if (ctx.signal.aborted) throw new Error('The worker is shutting down');
    if (superseded) throw new Superseded();
    if (cancelled && phase === 'validating') throw new Cancelled();
  };
  const finish = (end: Parameters<typeof uploadRepository.finish>[4]) =>
    db.withTenant(tenantId, (tx) => uploadRepository.finish(tx.kysely, tenantId, uploadId, attempt, end));
  try {
    const tenant = await tenantRepository.findById(db.kysely, tenantId);
    if (!tenant) throw new Superseded();
    const path = await fetchFiles(storage, row, work);
    tracker = new ProgressTracker(await estimateRows(path, config.limits));
    const profile = await profileOf(db, row);

    // Validation: no lock, no transaction held (lookups of stored records take one each).
    const issues = new IssueCollector();
    const source = await openBundle(path, config.limits);
    const validated = await processBundle(source, {
      profile,
      issues,
      store: {
        existing: (file, ids) =>
          db.withTenant(tenantId, (tx) => rosterRepository.existing(tx, tenantId, FILES_BY_NAME[file], ids), {
            readOnly: true,
          }),
      },
      onProgress: (file, rows) => {
        tracker.rows(file, rows);
        checkpoint();
      },
    }).finally(() => source.close());
    checkpoint();
    countImportRows('validate', sum(Object.values(validated.rows)));
    const report = reportOf(profile, issues);
    const rowsOnly = Object.fromEntries(Object.entries(validated.rows).map(([f, rows]) => [f, { rows }]));
    if (issues.hasErrors || !validated.manifest || row.dry_run) {
      const valid = !issues.hasErrors && validated.manifest !== null;
      await finish({
        status: valid ? 'completed' : 'failed',
        progress: { ...doneProgress(validated.rows) },
        files: rowsOnly,
        report,
        errorCount: issues.errorCount,
        warningCount: issues.warningCount,
        failure: valid ? null : invalidBundle(issues.errorCount),
        timings: { validateMs: tracker.elapsedMs, totalMs: tracker.elapsedMs },
      });
      outcome = valid ? 'dry_run' : 'invalid';
      await notify(deps, payload);
      return;
    }

    // Apply: under the tenant's import lock, in one transaction with the upload's completion.
    const applying = await db.withTenant(tenantId, async (tx) => {
      if (await uploadRepository.newerCompleted(tx.kysely, tenantId, uploadId)) throw new Outdated();
      return uploadRepository.startApplying(tx.kysely, tenantId, uploadId, attempt);
    });
    if (!applying) throw cancelled ? new Cancelled() : new Superseded();
    phase = 'applying';
    log.info({ uploadId, tenantId, attempt }, 'upload applying');
    const validateMs = tracker.elapsedMs;
    tracker.startPhase('applying', validated.rows);
    const applyIssues = new IssueCollector();
    const summary = await importBundle(db, path, {
      tenant: tenant.slug,
      importId: uploadId,
      profile,
      limits: config.limits,
      pii: deps.pii,
      keepPrevious: true,
      issues: applyIssues,
      signal: ctx.signal,
      sourceName: row.source_name,
      actor: { type: row.actor_type as 'user' | 'client', id: row.actor_id },
      onProgress: (file, rows) => {
        tracker.rows(file, rows);
        if (ctx.signal.aborted) throw new Error('The worker is shutting down');
      },
      beforeCommit: async (tx, s) => {
        // Checked again under the tenant's lock: a newer upload may have completed while this one applied.
        if (await uploadRepository.newerCompleted(tx.kysely, tenantId, uploadId)) throw new Outdated();
        const held = await uploadRepository.finish(tx.kysely, tenantId, uploadId, attempt, {
          status: 'completed',
          appliedAt: s.appliedAt,
          progress: { ...doneProgress(validated.rows) },
          files: s.files,
          report,
          errorCount: issues.errorCount,
          warningCount: issues.warningCount,
          failure: null,
          timings: { validateMs, applyMs: tracker.elapsedMs - validateMs, totalMs: tracker.elapsedMs },
        });
        // Rolls the import back: a newer run of this upload owns it now.
        if (!held) throw new Superseded();
      },
    });
    if (summary.status === 'failed') {
      // The store changed between validation and apply (a reference now missing): reported, nothing applied.
      await finish({
        status: 'failed',
        progress: { ...doneProgress(validated.rows) },
        files: rowsOnly,
        report: reportOf(profile, applyIssues),
        errorCount: applyIssues.errorCount,
        warningCount: applyIssues.warningCount,
        failure: invalidBundle(applyIssues.errorCount),
        timings: { validateMs, totalMs: tracker.elapsedMs },
      });
      outcome = 'invalid';
    } else {
      const files = Object.values(summary.files);
      countImportRows('apply', sum(files.map((f) => f.rows)));
      outcome = files.every((f) => f.created + f.updated + f.deleted === 0) ? 'no_change' : 'applied';
    }
    log.info(
      { uploadId, tenantId, status: summary.status, durationMs: tracker.elapsedMs },
      'upload finished',
    );
    await notify(deps, payload);
  } catch (err) {
    if (err instanceof Superseded) return;
    if (err instanceof Outdated) {
      await finish({
        status: 'cancelled',
        progress: tracker.snapshot() as never,
        failure: {
          code: 'upload.outdated',
          message:
            'Not applied: an upload sent after this one was applied first, and this one would have replaced newer data with older.',
          messageJa:
            '反映していません。この後に送信されたアップロードが先に反映されたため、古いデータで新しいデータを上書きしないよう取り消しました。',
        },
      });
      outcome = 'cancelled';
      return;
    }
    if (err instanceof Cancelled) {
      await finish({ status: 'cancelled', progress: tracker.snapshot() as never, failure: null });
      outcome = 'cancelled';
      return;
    }
    if (err instanceof UnusableInputError) {
      await finish({
        status: 'failed',
        progress: tracker.snapshot() as never,
        failure: { code: 'upload.unusable', message: err.message, messageJa: err.messageJa },
      });
      outcome = 'invalid';
      await notify(deps, payload);
      return;
    }
    if (ctx.signal.aborted) {
      // The process is stopping: nothing was applied (the transaction rolled back); queued again,
      // it runs on the next start or in another worker.
      await finish({
        status: 'queued',
        progress: {},
        failure: {
          code: 'upload.retrying',
          message: 'The server stopped while the upload ran; nothing was applied and it will run again.',
          messageJa: 'アップロードの処理中にサーバーが停止しました。何も反映されておらず、再実行されます。',
        },
      }).catch(() => false);
      // Kept when the upload already ended (its webhook could not be queued).
      outcome ??= 'requeued';
      throw err;
    }
    const last = ctx.attempt >= JOB_POLICIES['upload.process'].attempts;
    log.warn({ err, uploadId, tenantId, attempt: ctx.attempt, last }, 'upload run failed');
    const failure: Failure = {
      code: last ? 'upload.error' : 'upload.retrying',
      message: last
        ? 'The upload could not be processed; nothing was applied. Try again, or ask the operator to check the server log.'
        : 'The upload hit a temporary problem; nothing was applied and it will be retried.',
      messageJa: last
        ? 'アップロードを処理できませんでした。何も反映されていません。再度お試しいただくか、運用担当者にサーバーログの確認を依頼してください。'
        : '一時的な問題が発生しました。何も反映されておらず、自動的に再試行します。',
    };
    await finish({ status: last ? 'failed' : 'queued', progress: {}, failure }).catch(() => false);
    outcome ??= last ? 'failed' : 'requeued';
    if (last) {
      await notify(deps, payload).catch(() => undefined);
      return;
    }
    throw err;
  } finally {
    if (outcome) recordImportJob(outcome, (performance.now() - started) / 1000);
    clearInterval(beat);
    await state.beating;
    live.remove(uploadId);
    await rm(work, { recursive: true, force: true });
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function fetchFiles(storage: ObjectStorage, row: UploadRow, work: string): Promise<string> {
  const objects = await storage.list(`${row.storage_key}/`);
  if (!objects.length)
    throw new UnusableInputError(
      "The upload's files are no longer stored (retention passed); upload the bundle again",
      'アップロードのファイルは保存期間を過ぎて削除されています。もう一度アップロードしてください',
    );
  // Local storage is read in place; an object store's files are fetched to the work folder first.
  const local = storage.localPath(row.storage_key);
  const dir = local ?? join(work, 'bundle');
  if (!local) {
    await mkdir(dir, { recursive: true });
    for (const o of objects)
      await storage.getToFile(o.key, join(dir, o.key.slice(row.storage_key.length + 1)));
  }
  return row.source_kind === 'zip' ? join(dir, 'bundle.zip') : dir;
}

async function profileOf(db: Database, row: UploadRow): Promise<ProfileName> {
  if (row.profile) return row.profile;
  const settings = await db.withTenant(
    row.tenant_id,
    (tx) => tenantSettingsRepository.find(tx.kysely, row.tenant_id),
    {
      readOnly: true,
    },
  );
  return settings?.profile ?? 'japan';
}

export function reportOf(profile: ProfileName, issues: IssueCollector): UploadReport {
  return {
    profile,
    errors: issues.errors,
    warnings: issues.warnings,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
    truncated: issues.truncated(),
    summary: summarizeIssues(issues),
  };
}

function invalidBundle(errors: number): Failure {
  return {
    code: 'upload.invalid',
    message: `The bundle has ${errors} error(s); nothing was applied. See the report.`,
    messageJa: `バンドルに ${errors} 件のエラーがあるため、何も反映されていません。レポートを確認してください。`,
  };
}

/** Queues the webhook when the tenant has one (the job itself looks the settings up). */
async function notify(
  deps: UploadRunnerDeps,
  payload: { tenantId: string; uploadId: string },
): Promise<void> {
  await deps.jobs.enqueue('webhook.deliver', payload, { jobId: `${payload.uploadId}-finished` });
}
