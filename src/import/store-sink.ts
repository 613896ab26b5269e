import type { SqlConnection } from '../db/connection.js';
import type { FileDef, FileMode } from '../model/index.js';
import { DELETED_MARK, rosterRepository, type StoredState } from '../repositories/roster.repository.js';
import type { FileCounts, FileSink, RecordSink } from './bundle-processor.js';
import type { IssueCollector } from './issues.js';
import { contentHash, copyLine } from './record-encoding.js';
import type { ParsedRecord } from './row-validator.js';

/** COPY payloads are sent in pieces of about this many characters (PGlite holds each piece in memory). */
const FLUSH_CHARS = 1 << 20;

export interface StoreSinkContext {
  tx: SqlConnection;
  tenantId: string;
  importId: string;
  /** One timestamp for the whole import: every change it makes shares it. */
  now: string;
  issues: IssueCollector;
}

/** Applies validated records to the tenant's store inside the caller's transaction. */
export class StoreSink implements RecordSink {
  constructor(private readonly ctx: StoreSinkContext) {}

  async beginFile(file: FileDef, mode: FileMode): Promise<FileSink> {
    const state = await rosterRepository.loadState(this.ctx.tx, this.ctx.tenantId, file);
    return new StoreFileSink(this.ctx, file, mode, state);
  }
}

/**
 * Change detection happens here, against the stored hashes, so unchanged records cost no write at
 * all; new records are COPYed straight into the table, changed ones through a staging table and one
 * UPDATE. One COPY piece is in flight while the next is being parsed (the server works in parallel).
 */
class StoreFileSink implements FileSink {
  private readonly counts: FileCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  private newRows = '';
  private changedRows = '';
  private stage: string | null = null;
  private inflight: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: StoreSinkContext,
    private readonly file: FileDef,
    private readonly mode: FileMode,
    /** Stored records not yet seen in the file; what remains at the end is missing from it. */
    private readonly state: StoredState,
  ) {}

  async write(records: ParsedRecord[]): Promise<void> {
    const { tenantId, importId, now } = this.ctx;
    for (const rec of records) {
      const hash = contentHash(rec);
      const prev = this.state.get(rec.sourcedId);
      if (prev === undefined) {
        if (rec.status === 'tobedeleted') {
          this.ctx.issues.add('delta.unknownRecord', {
            file: this.file.fileName,
            line: rec.line,
            column: 'status',
            value: rec.sourcedId,
          });
          continue;
        }
        this.newRows += copyLine(tenantId, rec, hash, now, now, importId);
        this.counts.created++;
        continue;
      }
      this.state.delete(rec.sourcedId);
      if (prev === (rec.status === 'tobedeleted' ? hash + DELETED_MARK : hash)) {
        this.counts.unchanged++;
        continue;
      }
      this.changedRows += copyLine(tenantId, rec, hash, now, now, importId);
      if (rec.status === 'tobedeleted') this.counts.deleted++;
      else this.counts.updated++;
    }
    if (this.newRows.length > FLUSH_CHARS) await this.flushNew();
    if (this.changedRows.length > FLUSH_CHARS) await this.flushChanged();
  }

  async end(): Promise<FileCounts> {
    await this.flushNew();
    await this.flushChanged();
    await this.inflight;
    const { tx, tenantId, importId, now } = this.ctx;
    if (this.stage) await rosterRepository.mergeStage(tx, this.file, this.stage);
    if (this.mode === 'bulk') {
      const missing = [...this.state].filter(([, s]) => !s.endsWith(DELETED_MARK)).map(([id]) => id);
      this.counts.deleted += await rosterRepository.markDeleted(
        tx,
        tenantId,
        this.file,
        missing,
        now,
        importId,
      );
    }
    this.state.clear();
    return this.counts;
  }

  private async flushNew(): Promise<void> {
    if (!this.newRows) return;
    const payload = this.newRows;
    this.newRows = '';
    await this.send(() => rosterRepository.copyNew(this.ctx.tx, this.file, payload));
  }

  private async flushChanged(): Promise<void> {
    if (!this.changedRows) return;
    const payload = this.changedRows;
    this.changedRows = '';
    await this.inflight;
    this.stage ??= await rosterRepository.createStage(this.ctx.tx, this.file);
    const stage = this.stage;
    await this.send(() => rosterRepository.copyStage(this.ctx.tx, this.file, stage, payload));
  }

  /** Waits for the previous piece, then starts this one without waiting for it. */
  private async send(copy: () => Promise<void>): Promise<void> {
    await this.inflight;
    const p = copy();
    // Handled when awaited by the next send or end(); this only stops an early unhandled-rejection report.
    p.catch(() => undefined);
    this.inflight = p;
  }
}
