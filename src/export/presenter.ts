import { PLAIN_PII, type PiiCipher } from '../crypto/pii-cipher.js';
import { storedFields } from '../db/roster-columns.js';
import type { FieldDef, FileDef } from '../model/index.js';
import type { StoredRecord } from '../repositories/roster-read.repository.js';

/** A row as CSV cells keyed by header name (the shape `CsvWriter` takes). */
export type CsvCells = Record<string, string>;

/** Written for a missing reference where the Japan Profile asks for the literal `NULL`. */
const NULL_LITERAL = new Set(['academicSessions.parentSourcedId']);

/**
 * The model's columns an export writes, in spec order: users.csv in the 1.2.1 layout (without
 * `resourceSourcedIds`), every file with all its known Japan Profile extension columns.
 */
export function exportFields(file: FileDef): readonly FieldDef[] {
  return file.fields.filter((f) => !f.layoutOptional);
}

/** Full header: the model's columns, then the file's unknown `metadata.*` columns (sorted). */
export function exportHeader(file: FileDef, metadataKeys: readonly string[]): string[] {
  return [...exportFields(file).map((f) => f.csv), ...metadataKeys];
}

/** One stored value as CSV text: lists joined with `,`, booleans `true`/`false`, empty for NULL. */
export function presentValue(field: FieldDef, value: unknown, fileName: string): string {
  if (value === null || value === undefined)
    return NULL_LITERAL.has(`${fileName}.${field.key}`) ? 'NULL' : '';
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date)
    return field.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * Presenter for one file: maps a stored record to its cells. In `delta` mode status and
 * dateLastModified are written; in `bulk` mode they stay empty (the binding requires it). Personal
 * data stored encrypted is decrypted with `pii` (legacy plaintext passes through).
 */
export function presenterFor(
  file: FileDef,
  mode: 'bulk' | 'delta',
  metadataKeys: readonly string[],
  pii: PiiCipher = PLAIN_PII,
): (rec: StoredRecord) => CsvCells {
  const stored = new Set(storedFields(file));
  const fields = exportFields(file).filter((f) => stored.has(f));
  return (rec) => {
    const cells: CsvCells = {
      sourcedId: rec.sourced_id,
      status: mode === 'delta' ? rec.status : '',
      dateLastModified: mode === 'delta' ? rec.date_last_modified : '',
    };
    for (const f of fields) {
      const v = rec[f.column];
      cells[f.csv] = presentValue(f, f.pii && typeof v === 'string' ? pii.decrypt(v) : v, file.name);
    }
    const meta = rec.metadata;
    for (const key of metadataKeys) cells[key] = meta?.[key] ?? '';
    return cells;
  };
}
