import type { CopyWriter, SqlConnection } from '../db/connection.js';
import { isPiiField, PII_CHANGE } from '../audit/pii.js';
import type { FileDef, FileMode, FileName } from '../model/index.js';
import { rosterRepository, type StoredState } from '../repositories/roster.repository.js';
import type { FileCounts, FileSink, RecordSink } from './bundle-processor.js';
import type { IssueCollector } from './issues.js';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import {
  contentHash,
  copyLine,
  encodeContent,
  fingerprint,
  storedEncoder,
  type StoredEncoder,
} from './record-encoding.js';
import type { ParsedRecord } from './row-validator.js';
import { detach } from './detach.js';

/** Changed records held in memory before they are staged (the main COPY is closed and reopened then). */
const CHANGED_CHARS = 32 << 20;

export interface StoreSinkContext {
  tx: SqlConnection;
  tenantId: string;
  importId: string;
  /** One timestamp for the whole import: every change it makes shares it. */
  now: string;
  issues: IssueCollector;
  /** Collect the sourcedIds each file creates, updates and deletes (default true). */
  trackChanges?: boolean;
  /** Encrypts PII columns (after the content hash is taken over the plaintext). */
  pii?: PiiCipher;
  /** Copy each changed record's stored row to `record_versions` before changing it (revert). */
  keepPrevious?: boolean;
}

/** Records one file of an import changed, by sourcedId (the audit's per-record changes). */
export interface FileRecordChanges {
  file: FileName;
  created: string[];
  /** Updated records grouped by the fields that changed (CSV names; `status` on reactivation; `pii`). */
  updated: { fields: string[]; ids: string[] }[];
  /** Marked tobedeleted: delta rows saying so, and bulk-file records absent from the file. */
  deleted: string[];
}

/** Applies validated records to the tenant's store inside the caller's transaction. */
export class StoreSink implements RecordSink {
  /** Per file, in processing order, when `trackChanges` is on: complete once every file has ended. */
  readonly changes: FileRecordChanges[] = [];

  constructor(private readonly ctx: StoreSinkContext) {}

  async beginFile(file: FileDef, mode: FileMode): Promise<FileSink> {
    const state = await rosterRepository.loadState(this.ctx.tx, this.ctx.tenantId, file);
    const changes: FileRecordChanges | null =
      this.ctx.trackChanges === false ? null : { file: file.name, created: [], updated: [], deleted: [] };
    if (changes) this.changes.push(changes);
    return new StoreFileSink(this.ctx, file, mode, state, changes);
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
  private readonly stored: StoredEncoder;

  constructor(
    private readonly ctx: StoreSinkContext,
    private readonly file: FileDef,
    private readonly mode: FileMode,
    /** Stored records not yet seen in the file; what remains at the end is missing from it. */
    private readonly state: StoredState,
    /** Where created/updated/deleted sourcedIds go (null: not tracked). */
    private readonly changes: FileRecordChanges | null,
  ) {
    this.stored = storedEncoder(file, ctx.pii);
  }

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
        created += copyLine(tenantId, rec, this.stored(rec, content), hash, now, now, importId);
        this.counts.created++;
        // A flat copy: the id is a slice of the file's text, which it would otherwise keep alive.
        this.changes?.created.push(detach(rec.sourcedId));
        continue;
      }
      this.state.delete(rec.sourcedId);
      if (prev === fingerprint(hash, rec.status === 'tobedeleted')) {
        this.counts.unchanged++;
        continue;
      }
      const line = copyLine(tenantId, rec, this.stored(rec, content), hash, now, now, importId);
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
    if (this.stage) {
      if (this.changes) await this.trackStaged(this.stage, this.changes);
      if (this.ctx.keepPrevious)
        await rosterRepository.keepPreviousOfStaged(tx, tenantId, importId, this.file, this.stage);
      await rosterRepository.mergeStage(tx, this.file, this.stage);
    }
    if (this.mode === 'bulk') {
      const missing: string[] = [];
      for (const [id, state] of this.state) if (state > 0) missing.push(id);
      if (this.changes) append(this.changes.deleted, missing);
      if (this.ctx.keepPrevious)
        await rosterRepository.keepPreviousOf(tx, tenantId, importId, this.file, missing);
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

  /**
   * Which staged records are deletions and which fields the updates change, compared in SQL before
   * the merge. PII columns are not compared (encrypted with a random IV, they always differ): a
   * changed content hash with no compared field changed lists `pii` instead.
   */
  private async trackStaged(stage: string, changes: FileRecordChanges): Promise<void> {
    const file = this.file;
    const hasPii = file.fields.some((f) => isPiiField(file, f));
    const groups = await rosterRepository.stageChanges(this.ctx.tx, file, stage, (f) => !isPiiField(file, f));
    const updated = new Map<string, { fields: string[]; ids: string[] }>();
    for (const g of groups) {
      if (g.status === 'tobedeleted') {
        append(changes.deleted, g.ids);
        continue;
      }
      const fields = [...g.fields];
      if (g.contentChanged && !fields.length && hasPii) fields.push(PII_CHANGE);
      if (g.statusChanged) fields.unshift('status');
      const key = fields.join(',');
      const entry = updated.get(key);
      if (entry) append(entry.ids, g.ids);
      else updated.set(key, { fields, ids: g.ids });
    }
    changes.updated.push(...updated.values());
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

/** `push(...items)` without the argument-count limit (a million ids overflow the stack). */
function append(target: string[], items: readonly string[]): void {
  for (const item of items) target.push(item);
}
