import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { importEvent, recordChangeEvents, type ImportActor } from '../audit/import-events.js';
import type { AuditEvent } from '../audit/event.js';
import type { Database, Tx } from '../db/database.js';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { openBundle, type BundleLimits } from '../import/bundle-source.js';
import { processBundle, type FileCounts, type ProcessResult } from '../import/bundle-processor.js';
import { IssueCollector, type Issue } from '../import/issues.js';
import type { StoreLookup } from '../import/reference-index.js';
import { StoreSink } from '../import/store-sink.js';
import type { ProfileName } from '../import/profiles/profile.js';
import { FILES_BY_NAME } from '../model/index.js';
import { ident } from '../db/connection.js';
import { auditRepository } from '../repositories/audit.repository.js';
import { importRepository } from '../repositories/import.repository.js';
import { rosterRepository } from '../repositories/roster.repository.js';
import { tenantSettingsRepository } from '../repositories/tenant-settings.repository.js';
import { tenantRepository } from '../repositories/tenant.repository.js';
import { createTenant } from './tenant.service.js';

export interface ImportOptions {
  tenant: string;
  /** Validation profile; by default the tenant's setting, else `japan`. */
  profile?: ProfileName;
  /** Input size limits (defaults: 50 MB per stored file, 2 GB per bundle). */
  limits?: BundleLimits;
  dryRun?: boolean;
  /** Encrypts PII at rest; without it values are stored as given (tests of other concerns). */
  pii?: PiiCipher;
  onProgress?: (file: string, rows: number) => void;
  /** Aborting it stops the import: the running statement is cancelled and the transaction rolls back. */
  signal?: AbortSignal;
  /** Who runs the import, for the audit log (`system` by default: the CLI or a job). */
  actor?: ImportActor;
  /** Record the per-record changes (`import.record` audit events); default true. */
  auditRecords?: boolean;
  /** The import's id (an upload's id); a new one by default. */
  importId?: string;
  /** Name recorded for the source (the file or folder name by default). */
  sourceName?: string;
  /** Keep the previous version of every record the import changes, so that it can be reverted. */
  keepPrevious?: boolean;
  /** Collects the import's issues (a new collector by default): for a caller that wants the grouped report. */
  issues?: IssueCollector;
  /** Runs inside the import transaction just before it commits (an upload records its outcome atomically). */
  beforeCommit?: (tx: Tx, summary: ImportSummary) => Promise<void>;
}

export interface ImportSummary {
  importId: string;
  tenant: string;
  status: 'completed' | 'failed' | 'dry-run';
  /** The validation profile applied (given, or the tenant's setting). */
  profile: ProfileName;
  files: Record<string, FileCounts & { rows: number }>;
  errors: Issue[];
  warnings: Issue[];
  errorCount: number;
  warningCount: number;
  durationMs: number;
  /** The timestamp of every record the import wrote (dateCreated of new ones, dateLastModified of changed ones). */
  appliedAt: string;
}

const MAX_STORED_ISSUES = 1000;

/** Thrown inside the import transaction to undo it when the bundle turns out invalid. */
class Rollback extends Error {}

/**
 * Imports a bundle into a tenant's store in one transaction: either every file applies, or nothing
 * does (an error, a crash or a killed process all leave the store as it was).
 */
export async function importBundle(db: Database, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const { tenant } = await createTenant(db, opts.tenant);
  const source = await openBundle(path, opts.limits);
  const issues = opts.issues ?? new IssueCollector();
  const importId = opts.importId ?? randomUUID();
  const sourceName = opts.sourceName ?? basename(path);
  const started = new Date();
  const now = started.toISOString();
  let result: ProcessResult = { manifest: null, rows: {}, counts: {}, timings: {} };
  let status: ImportSummary['status'] = 'completed';
  let profile: ProfileName = opts.profile ?? 'japan';
  try {
    await db.withTenant(
      tenant.id,
      async (tx) => {
        await rosterRepository.lockTenant(tx, tenant.id);
        profile =
          opts.profile ?? (await tenantSettingsRepository.find(tx.kysely, tenant.id))?.profile ?? 'japan';
        const sink = opts.dryRun
          ? undefined
          : new StoreSink({
              tx,
              tenantId: tenant.id,
              importId,
              now,
              issues,
              trackChanges: opts.auditRecords !== false,
              pii: opts.pii,
              keepPrevious: opts.keepPrevious,
            });
        result = await processBundle(source, {
          profile,
          issues,
          sink,
          store: storeLookup(tx, tenant.id),
          onProgress: opts.onProgress,
        });
        if (issues.hasErrors || !result.manifest || opts.dryRun) throw new Rollback();
        await importRepository.insert(tx.kysely, record('completed'));
        // The audit of a completed import commits with it (and disappears with it on a rollback).
        await insertAudit(tx, [
          auditEvent(),
          ...recordChangeEvents(tenant.id, importId, sink?.changes ?? [], opts.actor),
        ]);
        const changed = Object.values(result.counts).some((c) => c.created + c.updated + c.deleted > 0);
        if (changed) await tenantRepository.bumpDataVersion(tx.kysely, tenant.id);
        await opts.beforeCommit?.(tx, summary());
      },
      { signal: opts.signal },
    );
  } catch (err) {
    if (!(err instanceof Rollback)) {
      // Audited as failed, best effort: the original error is what the caller must see.
      status = 'failed';
      await db.withTenant(tenant.id, (tx) => insertAudit(tx, [auditEvent()])).catch(() => undefined);
      throw err;
    }
    status = opts.dryRun && !issues.hasErrors ? 'dry-run' : 'failed';
    await db.withTenant(tenant.id, async (tx) => {
      if (status === 'failed') await importRepository.insert(tx.kysely, record('failed'));
      await insertAudit(tx, [auditEvent()]);
    });
  } finally {
    await source.close();
  }
  if (status === 'completed' && db.kind === 'pglite') await refreshStatistics(db, result);
  return summary();

  function record(s: 'completed' | 'failed') {
    const finished = new Date();
    return {
      tenantId: tenant.id,
      id: importId,
      status: s,
      dryRun: false,
      sourceName,
      startedAt: now,
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      manifest: result.manifest,
      rowCounts: result.rows,
      changeCounts: s === 'completed' ? result.counts : {},
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      issues: [...issues.errors, ...issues.warnings].slice(0, MAX_STORED_ISSUES),
      timings: { ...result.timings, total: finished.getTime() - started.getTime() },
    };
  }

  function auditEvent(): AuditEvent {
    const s = summary();
    return importEvent({
      tenantId: tenant.id,
      importId,
      status,
      sourceName,
      actor: opts.actor,
      durationMs: s.durationMs,
      files: s.files as unknown as Record<string, Record<string, number>>,
      errorCount: s.errorCount,
      warningCount: s.warningCount,
    });
  }

  function summary(): ImportSummary {
    const applied = status === 'completed';
    const files = Object.fromEntries(
      Object.entries(result.rows).map(([name, rows]) => {
        const c = applied ? result.counts[name] : undefined;
        return [
          name,
          {
            rows,
            created: c?.created ?? 0,
            updated: c?.updated ?? 0,
            unchanged: c?.unchanged ?? 0,
            deleted: c?.deleted ?? 0,
          },
        ];
      }),
    );
    return {
      profile,
      importId,
      tenant: tenant.slug,
      status,
      files,
      errors: issues.errors,
      warnings: issues.warnings,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      durationMs: Date.now() - started.getTime(),
      appliedAt: now,
    };
  }
}

/** Audit events written by the import transaction itself (as the tenant, under RLS), a few per statement. */
export async function insertAudit(tx: Tx, events: readonly AuditEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 20) await auditRepository.insertMany(tx, events.slice(i, i + 20));
}

export function storeLookup(tx: Tx, tenantId: string): StoreLookup {
  return { existing: (file, ids) => rosterRepository.existing(tx, tenantId, FILES_BY_NAME[file], ids) };
}

/**
 * PGlite runs no autovacuum: after an import that changed rows, the changed tables are vacuumed
 * and analysed so that API reads keep their index-only scans and good plans (PostgreSQL's
 * autovacuum does this by itself).
 */
async function refreshStatistics(db: Database, result: ProcessResult): Promise<void> {
  const tables = Object.entries(result.counts)
    .filter(([, c]) => c.created + c.updated + c.deleted > 0)
    .map(([name]) => FILES_BY_NAME[name as keyof typeof FILES_BY_NAME].table);
  if (tables.length) await db.maintenance(`VACUUM ANALYZE ${tables.map((t) => ident(t)).join(', ')}`);
}
