import type { FileRecordChanges } from '../import/store-sink.js';
import type { ActorType, AuditEvent } from './event.js';

/** SourcedIds per `import.record` event. */
export const IDS_PER_EVENT = 10_000;

export interface ImportActor {
  type: ActorType;
  id?: string | null;
}

/** Default actor of an import: the CLI or a job, not a person. */
export const SYSTEM_ACTOR: ImportActor = { type: 'system', id: null };

export interface ImportAuditInput {
  tenantId: string;
  importId: string;
  status: 'completed' | 'failed' | 'dry-run';
  sourceName: string;
  actor?: ImportActor;
  durationMs: number;
  /** Per file: rows read and (completed imports) created/updated/unchanged/deleted. */
  files: Record<string, Record<string, number>>;
  errorCount: number;
  warningCount: number;
}

/** The `import` event: one per import, whatever its outcome, with per-file counts. */
export function importEvent(i: ImportAuditInput): AuditEvent {
  return {
    tenantId: i.tenantId,
    kind: 'import',
    actorType: i.actor?.type ?? SYSTEM_ACTOR.type,
    actorId: i.actor?.id ?? null,
    durationMs: i.durationMs,
    details: {
      importId: i.importId,
      status: i.status,
      source: i.sourceName,
      files: i.files,
      errorCount: i.errorCount,
      warningCount: i.warningCount,
    },
  };
}

/**
 * The per-record changes of an import as `import.record` events, compactly: one event per file,
 * kind of change (created / updated with the same changed fields / deleted) and chunk of at most
 * IDS_PER_EVENT sourcedIds — `details = {importId, file, change, fields?, ids}`. A first import of
 * a million records writes ~100 events instead of a million. Field names only, never values.
 */
export function recordChangeEvents(
  tenantId: string,
  importId: string,
  changes: readonly FileRecordChanges[],
  actor: ImportActor = SYSTEM_ACTOR,
): AuditEvent[] {
  const events: AuditEvent[] = [];
  const at = new Date();
  const push = (file: string, change: string, ids: readonly string[], fields?: string[]) => {
    for (let i = 0; i < ids.length; i += IDS_PER_EVENT) {
      events.push({
        tenantId,
        at,
        kind: 'import.record',
        actorType: actor.type,
        actorId: actor.id ?? null,
        details: {
          importId,
          file,
          change,
          ...(fields ? { fields } : {}),
          ids: ids.slice(i, i + IDS_PER_EVENT),
        },
      });
    }
  };
  for (const c of changes) {
    push(c.file, 'created', c.created);
    for (const u of c.updated) push(c.file, 'updated', u.ids, u.fields);
    push(c.file, 'deleted', c.deleted);
  }
  return events;
}
