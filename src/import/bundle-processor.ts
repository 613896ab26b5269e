import {
  MANIFEST_FILES,
  MANIFEST_FILE_NAME,
  ROSTER_FILES,
  UNSUPPORTED_FILES,
  fieldIndex,
  type FileDef,
  type FileMode,
  type FileName,
} from '../model/index.js';
import type { BundleSource } from './bundle-source.js';
import { readCsvRows } from './csv-reader.js';
import { checkHeader, type HeaderMap } from './header.js';
import type { IssueCollector } from './issues.js';
import { csvProblems, readManifest, type Manifest } from './manifest-reader.js';
import { ReferenceIndex, type StoreLookup } from './reference-index.js';
import { RowValidator, type ParsedRecord } from './row-validator.js';
import { SetRules } from './set-rules.js';
import { detach } from './detach.js';
import { profileNamed, type Profile, type ProfileName, type ProfileRules } from './profiles/profile.js';

export interface FileCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** Receives the valid records of one file; only fed while the bundle has no errors. */
export interface FileSink {
  write(records: ParsedRecord[]): Promise<void>;
  end(): Promise<FileCounts>;
}

export interface RecordSink {
  beginFile(file: FileDef, mode: FileMode, header: HeaderMap): Promise<FileSink>;
}

export interface ProcessOptions {
  issues: IssueCollector;
  /** Validation profile; `japan` by default. */
  profile?: ProfileName;
  sink?: RecordSink;
  store?: StoreLookup;
  onProgress?: (file: string, rows: number) => void;
}

export interface ProcessResult {
  manifest: Manifest | null;
  /** Data rows read per file (`users`: 1234). */
  rows: Record<string, number>;
  /** Per-file change counts, present when a sink applied the file. */
  counts: Record<string, FileCounts>;
  /** Milliseconds spent per file (read, validate and apply), and on the final reference checks. */
  timings: Record<string, number>;
}

/**
 * One pass over a bundle: manifest first, then each rostering file in dependency order, validating
 * rows, references and set rules while feeding valid records to the sink. The sink's writes are
 * only kept if the caller commits, which it does only when no error was found.
 */
export async function processBundle(source: BundleSource, opts: ProcessOptions): Promise<ProcessResult> {
  const { issues } = opts;
  const result: ProcessResult = { manifest: null, rows: {}, counts: {}, timings: {} };
  const manifest = await readManifest(source, issues);
  if (!manifest) return result;
  result.manifest = manifest;
  checkFileSet(source, manifest, issues);

  const refs = new ReferenceIndex(manifest.files, issues);
  const rules = new SetRules(issues);
  const profile = profileNamed(opts.profile ?? 'japan');
  const profileRules = profile.rules(issues);
  const present = new Set<FileName>();
  for (const file of ROSTER_FILES) {
    const mode = manifest.files[file.name] ?? 'absent';
    if (mode === 'absent' || !source.names.includes(file.fileName)) continue;
    present.add(file.name);
    const started = performance.now();
    const ctx = { ...opts, refs, rules, profile, profileRules };
    result.rows[file.name] = await processFile(source, file, mode, ctx, result);
    result.timings[file.name] = Math.round(performance.now() - started);
  }
  const started = performance.now();
  rules.end();
  // Which files a bundle must carry is a question for complete (bulk) bundles only.
  const allBulk = [...present].every((name) => manifest.files[name] === 'bulk');
  profileRules?.endBundle(allBulk ? present : new Set());
  await refs.endBundle(opts.store ?? null);
  result.timings.references = Math.round(performance.now() - started);
  return result;
}

function checkFileSet(source: BundleSource, manifest: Manifest, issues: IssueCollector): void {
  const declared = new Set(MANIFEST_FILES.map((n) => `${n}.csv`));
  for (const name of MANIFEST_FILES) {
    const mode = manifest.files[name];
    const present = source.names.includes(`${name}.csv`);
    const file = `${name}.csv`;
    if (mode && mode !== 'absent' && !present) issues.add('bundle.fileMissing', { file, params: { mode } });
    if (mode === 'absent' && present) issues.add('bundle.fileNotDeclared', { file });
    else if (present && (UNSUPPORTED_FILES as readonly string[]).includes(name))
      issues.add('bundle.unsupportedFile', { file });
  }
  for (const name of source.names) {
    if (name !== MANIFEST_FILE_NAME && !declared.has(name)) issues.add('bundle.unknownFile', { file: name });
  }
}

interface FileContext extends Omit<ProcessOptions, 'profile'> {
  refs: ReferenceIndex;
  rules: SetRules;
  profile: Profile;
  profileRules: ProfileRules | null;
}

async function processFile(
  source: BundleSource,
  file: FileDef,
  mode: FileMode,
  ctx: FileContext,
  result: ProcessResult,
): Promise<number> {
  const { issues, refs, rules } = ctx;
  const errorsBefore = issues.errorCount;
  const stream = await source.open(file.fileName);
  const checker = new RecordChecker(file, refs, rules, ctx.profileRules, issues, ctx.sink !== undefined);
  let validator: RowValidator | null = null;
  let sink: FileSink | null = null;
  let rows = 0;
  for await (const batch of readCsvRows(stream, csvProblems(issues, file.fileName))) {
    let start = 0;
    if (!validator) {
      const header = checkHeader(file, batch[0]?.line === 1 ? batch[0].fields : [], issues);
      if (!header) {
        stream.destroy();
        return 0;
      }
      validator = new RowValidator(file, header, mode, issues, ctx.profile);
      if (ctx.sink && !issues.hasErrors) sink = await ctx.sink.beginFile(file, mode, header);
      start = 1;
    }
    const records: ParsedRecord[] = [];
    for (let i = start; i < batch.length; i++) {
      const { record, sourcedId } = validator.validate(batch[i]!);
      if (sourcedId !== null) checker.onRow(sourcedId, record, batch[i]!.line);
      if (record) records.push(record);
    }
    rows += batch.length - start;
    if (sink && !issues.hasErrors) await sink.write(records);
    ctx.onProgress?.(file.name, rows);
    // Awaiting buffered data only runs microtasks: give the event loop a turn so socket writes
    // (COPY data to the server) and reads proceed while the next batch is parsed.
    await yieldToEventLoop();
  }
  // A file without even a header (zero bytes, blank lines) is empty too, unless it could not be decoded.
  if (rows === 0 && (validator || issues.errorCount === errorsBefore)) {
    issues.add('file.empty', { file: file.fileName });
  }
  refs.endFile(file.name);
  ctx.profileRules?.endFile(file);
  if (sink && !issues.hasErrors) result.counts[file.name] = await sink.end();
  return rows;
}

/** Only files that some column references need their ids remembered beyond duplicate detection. */
const REFERENCED_FILES: ReadonlySet<string> = new Set([
  'users',
  ...ROSTER_FILES.flatMap((f) => f.fields.flatMap((d) => (d.ref && !d.unresolvedRef ? [d.ref] : []))),
]);

/** Per-row checks that look beyond the row: duplicates, references, set rules. */
class RecordChecker {
  private readonly firstLine = new Map<string, number>();
  private readonly refFields: { index: number; def: FileDef['fields'][number] }[];
  private readonly typeAt: number;
  private readonly referenced: boolean;

  constructor(
    private readonly file: FileDef,
    private readonly refs: ReferenceIndex,
    private readonly rules: SetRules,
    private readonly profileRules: ProfileRules | null,
    private readonly issues: IssueCollector,
    /** Imports keep ids for the whole file: copy them out of their source text (see detach). */
    private readonly compactIds: boolean,
  ) {
    this.refFields = file.fields.flatMap((def, index) =>
      def.ref && !def.unresolvedRef ? [{ index, def }] : [],
    );
    this.typeAt = refs.isTyped(file.name) ? fieldIndex(file, 'type') : -1;
    this.referenced = REFERENCED_FILES.has(file.name);
  }

  onRow(rowId: string, record: ParsedRecord | null, line: number): void {
    const fileName = this.file.fileName;
    const first = this.firstLine.get(rowId);
    if (first !== undefined) {
      this.issues.add('record.duplicate', {
        file: fileName,
        line,
        column: 'sourcedId',
        value: rowId,
        params: { firstLine: first },
      });
      return;
    }
    const sourcedId = this.compactIds ? detach(rowId) : rowId;
    this.firstLine.set(sourcedId, line);
    const type = record && this.typeAt >= 0 ? ((record.values[this.typeAt] as string | null) ?? '') : '';
    if (this.referenced) this.refs.register(this.file.name, sourcedId, type);
    if (!record) return;
    if (this.file.name === 'demographics') {
      this.refs.check('users', sourcedId, 'demographics', {
        file: fileName,
        line,
        column: 'sourcedId',
        refType: undefined,
        code: 'demographics.notUser',
      });
    }
    for (const { index, def } of this.refFields) {
      const v = record.values[index];
      if (v === null || v === undefined) continue;
      if (typeof v === 'string') this.reference(def, v, line);
      else for (const id of v) this.reference(def, id, line);
    }
    this.rules.onRecord(this.file, record);
    this.profileRules?.onRecord(this.file, record);
  }

  private reference(def: FileDef['fields'][number], id: string, line: number): void {
    // Nearly every reference resolves at once; the details object is only built for the rest.
    if (this.refs.resolves(def.ref!, id, def.refType)) return;
    const at = {
      file: this.file.fileName,
      line,
      column: def.csv,
      refType: def.refType,
      code: 'ref.unresolved' as const,
    };
    this.refs.check(def.ref!, id, this.file.name, at);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
