import type { FieldDef, FileDef } from '../model/index.js';
import type { FileMode } from '../model/manifest.js';
import { INVALID, parserFor, type CellParser, type CellResult, type Value } from './field-parsers.js';
import type { HeaderMap } from './header.js';
import type { IssueCollector } from './issues.js';
import type { CsvRow } from './csv-reader.js';
import type { Profile } from './profiles/profile.js';

/** A row that passed its own checks, with values aligned to `FileDef.fields`. */
export interface ParsedRecord {
  line: number;
  sourcedId: string;
  status: 'active' | 'tobedeleted';
  values: Value[];
  /** Unknown `metadata.*` columns with a value, kept verbatim. */
  extras: Record<string, string> | null;
}

interface Column {
  field: FieldDef;
  index: number;
  parse: CellParser;
  required: boolean;
  mustBeEmpty: boolean;
}

/** The one complaint slot parsers write to (validation is synchronous, so one per process suffices). */
const cell: CellResult = { problem: null };

/**
 * Validates rows of one file against the model. Parsers and requiredness are resolved once per file;
 * the per-row loop only indexes arrays, which keeps validation off the critical path of an import.
 */
export class RowValidator {
  private readonly columns: Column[];
  private readonly subjectsAt: number;
  private readonly subjectCodesAt: number;

  constructor(
    readonly file: FileDef,
    private readonly header: HeaderMap,
    private readonly mode: FileMode,
    private readonly issues: IssueCollector,
    profile: Profile,
  ) {
    const required = new Set(profile.required[file.name] ?? []);
    const extraEnums = profile.extraEnumValues[file.name] ?? {};
    this.columns = file.fields.map((field, i) => {
      const index = header.fieldIndex[i] ?? -1;
      const byProfile = required.has(field.key);
      // A profile-required column missing from the header is reported once, not on every row.
      if (byProfile && index === -1) {
        issues.add('jp.missingColumn', {
          file: file.fileName,
          line: 1,
          column: field.csv,
          params: { profile: profile.name },
        });
      }
      const extra = extraEnums[field.key];
      return {
        field,
        index,
        parse: parserFor(extra ? { ...field, enumValues: [...(field.enumValues ?? []), ...extra] } : field),
        required:
          field.required === 'always' ||
          (field.required === 'delta' && mode === 'delta') ||
          (byProfile && index !== -1),
        mustBeEmpty: field.required === 'delta' && mode === 'bulk',
      };
    });
    this.subjectsAt = file.fields.findIndex((f) => f.key === 'subjects');
    this.subjectCodesAt = file.fields.findIndex((f) => f.key === 'subjectCodes');
  }

  /** Returns the record, or null when the row has errors (its sourcedId is still returned for tracking). */
  validate(row: CsvRow): { record: ParsedRecord | null; sourcedId: string | null } {
    const { fields, line, multiline } = row;
    const fileName = this.file.fileName;
    if (fields.length !== this.header.width) {
      this.issues.add('row.columnCount', {
        file: fileName,
        line,
        params: { actual: fields.length, expected: this.header.width },
      });
      return { record: null, sourcedId: null };
    }
    let failed = false;
    const values: Value[] = new Array<Value>(this.columns.length);
    for (let i = 0; i < this.columns.length; i++) {
      const col = this.columns[i]!;
      const raw = col.index === -1 ? '' : fields[col.index]!;
      values[i] = null;
      if (raw === '') {
        if (col.required) failed = this.report('value.required', col, line, raw) || failed;
        continue;
      }
      if (col.mustBeEmpty) {
        failed = this.report('value.mustBeEmpty', col, line, raw) || failed;
        continue;
      }
      if (multiline && raw.includes('\n')) {
        failed = this.report('row.embeddedNewline', col, line, raw) || failed;
        continue;
      }
      const value = col.parse(raw, cell);
      if (cell.problem) {
        const { code, params } = cell.problem;
        cell.problem = null;
        this.issues.add(code, { file: fileName, line, column: col.field.csv, value: raw, params });
      }
      if (value === INVALID) {
        failed = true;
        continue;
      }
      values[i] = value;
      if (col.required && value === null) failed = this.report('value.required', col, line, raw) || failed;
    }
    failed = this.checkSubjects(values, line) || failed;
    const sourcedId = typeof values[0] === 'string' ? values[0] : null;
    if (failed || sourcedId === null) return { record: null, sourcedId };
    const status = this.mode === 'delta' ? (values[1] as 'active' | 'tobedeleted') : 'active';
    return { record: { line, sourcedId, status, values, extras: this.extras(fields) }, sourcedId };
  }

  private report(
    code: 'value.required' | 'value.mustBeEmpty' | 'row.embeddedNewline',
    col: Column,
    line: number,
    raw: string,
  ) {
    this.issues.add(code, { file: this.file.fileName, line, column: col.field.csv, value: raw || null });
    return true;
  }

  /** CSV binding: when both are given, subjects and subjectCodes are positional pairs. */
  private checkSubjects(values: Value[], line: number): boolean {
    if (this.subjectsAt < 0) return false;
    const a = values[this.subjectsAt];
    const b = values[this.subjectCodesAt];
    if (!Array.isArray(a) || !Array.isArray(b) || a.length === b.length) return false;
    this.issues.add('value.listMismatch', { file: this.file.fileName, line, column: 'subjectCodes' });
    return true;
  }

  private extras(fields: string[]): Record<string, string> | null {
    let out: Record<string, string> | null = null;
    for (const { index, name } of this.header.extras) {
      const v = fields[index];
      if (v) (out ??= {})[name] = v;
    }
    return out;
  }
}
