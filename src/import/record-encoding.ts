import { hash } from 'node:crypto';
import { COMMON_FIELD_COUNT } from '../model/index.js';
import type { Value } from './field-parsers.js';
import type { ParsedRecord } from './row-validator.js';

const FIELD_SEP = '\u001f';
const ITEM_SEP = '\u001e';
const NULL_MARK = '\u0000';

/**
 * Fingerprint of a record's content (every field but sourcedId/status/dateLastModified, plus unknown
 * metadata columns). Computed on normalized values so that quoting, `TRUE`/`true` or a BOM never
 * count as a change; status is compared separately.
 */
export function contentHash(rec: ParsedRecord): string {
  let s = '';
  const { values } = rec;
  for (let i = COMMON_FIELD_COUNT; i < values.length; i++) {
    const v = values[i];
    s +=
      (v === null || v === undefined ? NULL_MARK : typeof v === 'string' ? v : v.join(ITEM_SEP)) + FIELD_SEP;
  }
  if (rec.extras) s += canonicalJson(rec.extras);
  return hash('md5', s, 'base64').slice(0, 22);
}

export function canonicalJson(obj: Record<string, string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** Escapes one value for PostgreSQL's COPY text format. */
export function copyText(v: string): string {
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : v;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** An array literal (`{"a","b"}`), itself escaped for COPY. */
function copyArray(items: readonly string[]): string {
  return copyText(`{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

export function copyValue(v: Value | undefined): string {
  if (v === null || v === undefined) return '\\N';
  return typeof v === 'string' ? copyText(v) : copyArray(v);
}

/** One COPY line in the column order of `tableColumns(file)`. */
export function copyLine(
  tenantId: string,
  rec: ParsedRecord,
  hashValue: string,
  created: string,
  modified: string,
  importId: string,
): string {
  let line = `${tenantId}\t${copyText(rec.sourcedId)}\t${rec.status}\t${created}\t${modified}\t${hashValue}\t${importId}\t`;
  line += rec.extras ? copyText(canonicalJson(rec.extras)) : '\\N';
  const { values } = rec;
  for (let i = COMMON_FIELD_COUNT; i < values.length; i++) line += `\t${copyValue(values[i])}`;
  return `${line}\n`;
}
