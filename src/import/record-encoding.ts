import { hash } from 'node:crypto';
import { PLAIN_PII, type PiiCipher } from '../crypto/pii-cipher.js';
import { derivedColumns } from '../db/roster-columns.js';
import { COMMON_FIELD_COUNT, type FileDef } from '../model/index.js';
import type { Value } from './field-parsers.js';
import type { ParsedRecord } from './row-validator.js';

/**
 * A record's content in COPY text form: the `metadata` column (unknown `metadata.*` columns as
 * sorted JSON) and every stored field, tab-separated. It is both what is written and what is
 * fingerprinted, so the hash costs no second encoding (~1 s per million rows saved).
 */
export function encodeContent(rec: ParsedRecord): string {
  let s = rec.extras ? copyText(canonicalJson(rec.extras)) : '\\N';
  const { values } = rec;
  for (let i = COMMON_FIELD_COUNT; i < values.length; i++) s += `\t${copyValue(values[i])}`;
  return s;
}

/** Turns a record's content (as hashed) into what is written: `writtenColumns(file)` after the bookkeeping. */
export type StoredEncoder = (rec: ParsedRecord, content: string) => string;

/**
 * The encoder of one file's stored content: personal-data fields encrypted (`pii` fields of the
 * model) and derived columns appended (`derivedColumns`: the email blind index). It runs after
 * `contentHash(content)`: the hash stays over plaintext, so an unchanged re-import still matches and
 * writes nothing, whatever random IV the last write used. Without a cipher (`PLAIN_PII`) values are
 * written as given and the blind index is NULL.
 */
export function storedEncoder(file: FileDef, pii: PiiCipher = PLAIN_PII): StoredEncoder {
  const encrypted: number[] = [];
  file.fields.forEach((f, i) => {
    if (f.pii && i >= COMMON_FIELD_COUNT) encrypted.push(i);
  });
  const derived = derivedColumns(file);
  const emailAt = derived.includes('email_bidx') ? file.fields.findIndex((f) => f.key === 'email') : -1;
  if (!pii.enabled || encrypted.length === 0) {
    const tail = '\t\\N'.repeat(derived.length);
    return tail ? (_rec, content) => content + tail : (_rec, content) => content;
  }
  const isPii = new Uint8Array(file.fields.length);
  for (const i of encrypted) isPii[i] = 1;
  return (rec, content) => {
    const { values } = rec;
    let tail = '';
    if (emailAt >= 0) {
      const email = values[emailAt];
      tail = typeof email === 'string' && email !== '' ? `\t${pii.blindIndex(email)}` : '\t\\N';
    }
    if (!encrypted.some((i) => values[i] !== null && values[i] !== undefined)) return content + tail;
    // Fields start at the first raw tab: copyText escapes every tab inside the metadata JSON.
    let s = content.slice(0, content.indexOf('\t'));
    for (let i = COMMON_FIELD_COUNT; i < values.length; i++) {
      const v = values[i];
      // Ciphertext is base64url with dots: nothing in it needs COPY escaping.
      s += isPii[i] && typeof v === 'string' ? `\t${pii.encrypt(v)}` : `\t${copyValue(v)}`;
    }
    return s + tail;
  };
}

/**
 * Fingerprint of a record's content (every field but sourcedId/status/dateLastModified, plus unknown
 * metadata columns). Computed on normalized values so that quoting, `TRUE`/`true` or a BOM never
 * count as a change; status is compared separately.
 */
export function contentHash(content: string): string {
  return hash('md5', content, 'base64').slice(0, 22);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/**
 * A content hash as stored state is kept in memory during an import: its first 48 bits as a number
 * (negated for a tobedeleted record), so a million stored records cost no million strings. A change
 * hides behind an equal 48-bit prefix with probability 2^-48.
 */
export function fingerprint(hash: string, deleted: boolean): number {
  let n = 0;
  for (let i = 0; i < 8; i++) n = n * 64 + B64_VALUE[hash.charCodeAt(i) & 127]!;
  return deleted ? -(n + 1) : n + 1;
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
  content: string,
  hashValue: string,
  created: string,
  modified: string,
  importId: string,
): string {
  return `${tenantId}\t${copyText(rec.sourcedId)}\t${rec.status}\t${created}\t${modified}\t${hashValue}\t${importId}\t${content}\n`;
}
