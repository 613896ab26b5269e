import { JOB_POLICIES, PermanentJobError } from '../jobs/catalogue.js';
import type { JobHandlers } from '../jobs/queue.js';
import { deliverWebhook, PermanentWebhookError } from '../notifications/webhook.js';
import { recordImportJob } from '../observability/metrics.js';
import { auditRepository } from '../repositories/audit.repository.js';
import { tenantSettingsRepository } from '../repositories/tenant-settings.repository.js';
import { uploadRepository, type UploadRow } from '../repositories/upload.repository.js';
import { runUpload, type UploadRunnerDeps } from './upload-runner.js';
import { uploadView } from './upload-view.js';

/** A running upload whose heartbeat is older than this is presumed orphaned by a dead process. */
export const STALE_RUN_MS = 60_000;
/** How often housekeeping runs (recovery of orphans, file retention, previous versions). */
export const HOUSEKEEPING_EVERY_MS = 60_000;

/** The handlers of the upload jobs, for whichever process runs jobs (an API process or `rosterhub worker`). */
export function uploadJobHandlers(deps: UploadRunnerDeps): JobHandlers {
  return {
    'upload.process': (payload, ctx) => runUpload(deps, payload, ctx),
    'webhook.deliver': (payload, ctx) => deliverUploadWebhook(deps, payload, ctx.attempt),
    'uploads.housekeeping': async () => {
      await recoverUploads(deps, { staleMs: STALE_RUN_MS, queued: false });
      await housekeeping(deps);
    },
  };
}

/** A queued upload older than this is submitted again (a no-op while its job is still pending). */
export const QUEUED_RESUBMIT_MS = 5 * 60_000;

/**
 * Uploads a dead process left unfinished: runs whose heartbeat stopped are re-queued while
 * attempts remain, else failed with the reason — never left hanging. Queued uploads are submitted
 * again under their own id, which the queue ignores while their job is pending: at once with
 * `queued: true` (a starting in-process backend, whose memory queue died with the previous
 * process), else once they have waited QUEUED_RESUBMIT_MS (a job lost with the queue's store).
 */
export async function recoverUploads(
  deps: UploadRunnerDeps,
  opts: { staleMs: number; queued: boolean },
): Promise<{ requeued: number; failed: number }> {
  const { db, jobs, log } = deps;
  const now = Date.now();
  let requeued = 0;
  let failed = 0;
  const submit = (row: UploadRow) =>
    jobs.enqueue('upload.process', { tenantId: row.tenant_id, uploadId: row.id }, { jobId: row.id });
  for (const row of await uploadRepository.platformUnfinished(db.kysely)) {
    if (row.status === 'queued') {
      if (opts.queued || now - new Date(row.created_at).getTime() >= QUEUED_RESUBMIT_MS) await submit(row);
      continue;
    }
    const stale = !row.heartbeat_at || now - new Date(row.heartbeat_at).getTime() >= opts.staleMs;
    if (!stale) continue;
    const exhausted = row.attempts >= JOB_POLICIES['upload.process'].attempts;
    const ok = await db.withTenant(row.tenant_id, (tx) =>
      uploadRepository.finish(tx.kysely, row.tenant_id, row.id, null, {
        status: exhausted ? 'failed' : 'queued',
        progress: {},
        failure: interrupted(exhausted),
      }),
    );
    if (!ok) continue;
    recordImportJob(exhausted ? 'failed' : 'requeued');
    if (exhausted) {
      failed++;
      await jobs.enqueue(
        'webhook.deliver',
        { tenantId: row.tenant_id, uploadId: row.id },
        { jobId: `${row.id}-finished` },
      );
    } else {
      requeued++;
      await submit(row);
    }
  }
  if (requeued || failed) log.warn({ requeued, failed }, 'recovered unfinished uploads');
  return { requeued, failed };
}

function interrupted(final: boolean) {
  return final
    ? {
        code: 'upload.interrupted',
        message:
          'The upload was interrupted (the server stopped) too many times; nothing was applied. Upload it again.',
        messageJa:
          'サーバーの停止によりアップロードが繰り返し中断されたため、何も反映されていません。もう一度アップロードしてください。',
      }
    : {
        code: 'upload.retrying',
        message:
          'The upload was interrupted (the server stopped); nothing was applied and it will run again.',
        messageJa: 'サーバーの停止によりアップロードが中断されました。何も反映されておらず、再実行されます。',
      };
}

/** Deletes uploaded files past retention (reports and counts stay) and previous versions past the revert window. */
export async function housekeeping(
  deps: UploadRunnerDeps,
): Promise<{ filesDeleted: number; versionsForgotten: number }> {
  const { db, storage, config, log } = deps;
  const before = new Date(Date.now() - config.uploads.retentionDays * 86_400_000).toISOString();
  let filesDeleted = 0;
  for (const row of await uploadRepository.platformExpiredFiles(db.kysely, before)) {
    await storage.deletePrefix(`${row.storage_key}/`);
    await uploadRepository.platformMarkFilesDeleted(db.kysely, row.tenant_id, row.id);
    filesDeleted++;
  }
  const windowStart = new Date(Date.now() - config.uploads.revertWindowHours * 3_600_000).toISOString();
  const versionsForgotten = await uploadRepository.platformForgetVersions(db.kysely, windowStart);
  if (filesDeleted || versionsForgotten) log.info({ filesDeleted, versionsForgotten }, 'upload housekeeping');
  return { filesDeleted, versionsForgotten };
}

const EVENT_OF: Partial<Record<UploadRow['status'], string>> = {
  completed: 'upload.completed',
  failed: 'upload.failed',
  reverted: 'upload.reverted',
};

/**
 * Calls the tenant's webhook with the upload's summary (identifiers, status and counts: no
 * personal data). Retried with back-off by the queue; a refused address or a 4xx ends it.
 */
export async function deliverUploadWebhook(
  deps: UploadRunnerDeps,
  payload: { tenantId: string; uploadId: string },
  attempt: number,
): Promise<void> {
  const { db, config, pii } = deps;
  const { tenantId, uploadId } = payload;
  const found = await db.withTenant(
    tenantId,
    async (tx) => ({
      row: await uploadRepository.find(tx.kysely, tenantId, uploadId),
      settings: await tenantSettingsRepository.find(tx.kysely, tenantId),
    }),
    { readOnly: true },
  );
  const { row, settings } = found;
  const event = row ? EVENT_OF[row.status] : undefined;
  if (!row || !event || !settings?.webhookUrl || !settings.webhookSecret) return;
  const view = uploadView(row, { revertWindowHours: config.uploads.revertWindowHours });
  const body = {
    tenantId,
    uploadId,
    status: view.status,
    dryRun: view.dryRun,
    files: view.files,
    errorCount: view.errorCount,
    warningCount: view.warningCount,
    failure: view.failure,
    createdAt: view.createdAt,
    finishedAt: view.finishedAt,
    revertedAt: view.revert.revertedAt,
    links: { self: `${config.http.publicUrl}${view.links.self}` },
  };
  const record = (outcome: string, status: number | null) =>
    db.withTenant(tenantId, (tx) =>
      auditRepository.insertMany(tx, [
        {
          tenantId,
          kind: 'webhook.delivery',
          actorType: 'system',
          details: { uploadId, event, outcome, status, attempt },
        },
      ]),
    );
  try {
    const r = await deliverWebhook(
      {
        url: settings.webhookUrl,
        secret: pii.decrypt(settings.webhookSecret),
        event,
        deliveryId: `${uploadId}.${event}`,
        payload: body,
      },
      { allowPrivate: config.uploads.webhookAllowPrivate },
    );
    await record('delivered', r.status);
  } catch (err) {
    const status = (err as { status?: number }).status ?? null;
    if (err instanceof PermanentWebhookError) {
      await record('refused', status);
      throw new PermanentJobError(err.message);
    }
    if (attempt >= JOB_POLICIES['webhook.deliver'].attempts) await record('gave-up', status);
    throw err;
  }
}
