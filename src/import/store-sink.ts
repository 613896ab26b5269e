import type { CopyWriter, SqlConnection } from '../db/connection.js';
import type { FileDef, FileMode } from '../model/index.js';
import { rosterRepository, type StoredState } from '../repositories/roster.repository.js';
import type { FileCounts, FileSink, RecordSink } from './bundle-processor.js';
import type { IssueCollector } from './issues.js';
import { contentHash, copyLine, encodeContent, fingerprint } from './record-encoding.js';
import type { ParsedRecord } from './row-validator.js';

/** Changed records held in memory before they are staged (the main COPY is closed and reopened then). */
const CHANGED_CHARS = 32 << 20;

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
 * all. New records stream into the table through one COPY that stays open while the file is parsed;
 * changed ones are collected and go through a staging table and one UPDATE (they are few, and a
 * connection runs one COPY at a time, so a large set of them closes and reopens the main COPY).
 */
class StoreFileSink implements FileSink {
  private readonly counts: FileCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  private writer: CopyWriter | null = null;
  private changed: string[] = [];
  private changedChars = 0;
  private stage: string | null = null;

  constructor(
    private readonly ctx: StoreSinkContext,
    private readonly file: FileDef,
    private readonly mode: FileMode,
    /** Stored records not yet seen in the file; what remains at the end is missing from it. */
    private readonly state: StoredState,
  ) {}

  async write(records: ParsedRecord[]): Promise<void> {
    const { tenantId, importId, now } = this.ctx;
    let created = '';
    for (const rec of records) {
      const content = encodeContent(rec);
      const hash = contentHash(content);
      const prev = this.state.get(rec.sourcedId);
      if (prev === undefined) {
        if (rec.status === 'tobedeleted') {
          const at = { file: this.file.fileName, line: rec.line, column: 'status', value: rec.sourcedId };
          this.ctx.issues.add('delta.unknownRecord', at);
          continue;
        }
        created += copyLine(tenantId, rec, content, hash, now, now, importId);
        this.counts.created++;
        continue;
      }
      this.state.delete(rec.sourcedId);
      if (prev === fingerprint(hash, rec.status === 'tobedeleted')) {
        this.counts.unchanged++;
        continue;
      }
      const line = copyLine(tenantId, rec, content, hash, now, now, importId);
      this.changed.push(line);
      this.changedChars += line.length;
      if (rec.status === 'tobedeleted') this.counts.deleted++;
      else this.counts.updated++;
    }
    if (created) {
      this.writer ??= rosterRepository.newRecordsWriter(this.ctx.tx, this.file);
      await this.writer.write(created);
    }
    if (this.changedChars > CHANGED_CHARS) await this.flushChanged();
  }

  async end(): Promise<FileCounts> {
    await this.closeWriter();
    await this.flushChanged();
    const { tx, tenantId, importId, now } = this.ctx;
    if (this.stage) await rosterRepository.mergeStage(tx, this.file, this.stage);
    if (this.mode === 'bulk') {
      const missing: string[] = [];
      for (const [id, state] of this.state) if (state > 0) missing.push(id);
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

  private async closeWriter(): Promise<void> {
    const writer = this.writer;
    this.writer = null;
    await writer?.end();
  }

  private async flushChanged(): Promise<void> {
    if (!this.changed.length) return;
    await this.closeWriter();
    this.stage ??= await rosterRepository.createStage(this.ctx.tx, this.file);
    const staged = rosterRepository.stageWriter(this.ctx.tx, this.file, this.stage);
    const lines = this.changed;
    this.changed = [];
    this.changedChars = 0;
    for (let i = 0; i < lines.length; i += 10_000) await staged.write(lines.slice(i, i + 10_000).join(''));
    await staged.end();
  }
}
