import { EXT_TOKEN, type FieldDef } from '../model/index.js';
import type { IssueCode } from './issue-codes.js';

/** A normalized cell: empty values are always null (never ''), lists are arrays of non-empty items. */
export type Value = string | string[] | null;

export interface CellProblem {
  code: IssueCode;
  params?: Record<string, string | number>;
  /** Warnings keep the (normalized) value; errors drop the row. */
  warning?: boolean;
}

/** Returned instead of a value when the cell is invalid; the reason is in `CellResult.problem`. */
export const INVALID: unique symbol = Symbol('invalid');

/** Where a parser leaves its complaint; reused for every cell so the happy path allocates nothing. */
export interface CellResult {
  problem: CellProblem | null;
}

/** Parses one non-empty cell into its normalized value, or INVALID. Runs ~15M times per 1M-row import. */
export type CellParser = (raw: string, out: CellResult) => Value | typeof INVALID;

/** The binding's GUID characters `[0-9A-Za-z./@_-]`, as a table: a char loop beat the regex ~3× here. */
const GUID_CHAR = new Uint8Array(128);
for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz./@_-')
  GUID_CHAR[c.charCodeAt(0)] = 1;

export function isGuid(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 255) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || GUID_CHAR[c] === 0) return false;
  }
  return true;
}

/** `isGuid` in the shape list parsers take. */
const GUID = { test: isGuid };
// Lenient on input (CSV binding §1.3): seconds, fraction and offset optional; normalized to UTC.
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR = /^\d{4}$/;
const INTEGER = /^[+-]?\d{1,9}$/;
const USER_ID = /^\{[^:{}]+:[^{}]+\}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const fail = (out: CellResult, code: IssueCode, params?: Record<string, string | number>): typeof INVALID => {
  out.problem = params ? { code, params } : { code };
  return INVALID;
};

/**
 * Retries a cell that failed its check with surrounding whitespace (spaces, U+3000, tabs) removed:
 * accepted with a `value.whitespace` warning when the trimmed text passes, else reported as `code`.
 * Only reached after the untrimmed check failed, so clean cells cost nothing.
 */
function retryTrimmed(
  raw: string,
  out: CellResult,
  check: (s: string) => Value | typeof INVALID,
  code: IssueCode,
  params?: Record<string, string | number>,
): Value | typeof INVALID {
  const trimmed = raw.trim();
  if (trimmed !== raw) {
    const v = trimmed === '' ? null : check(trimmed);
    if (v !== INVALID) {
      out.problem = { code: 'value.whitespace', warning: true };
      return v;
    }
  }
  return fail(out, code, params);
}

const guidValue = (s: string): Value | typeof INVALID => (isGuid(s) ? s : INVALID);
const guidRefValue = (s: string): Value | typeof INVALID => (s === 'NULL' ? null : isGuid(s) ? s : INVALID);

function splitList(raw: string): string[] {
  const items: string[] = [];
  for (const part of raw.split(',')) {
    const s = part.trim();
    if (s) items.push(s);
  }
  return items;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** `YYYY-MM-DD` naming a real calendar day, checked arithmetically (no Date objects on the hot path). */
export function isRealDate(raw: string): boolean {
  if (raw.length !== 10 || raw[4] !== '-' || raw[7] !== '-') return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(raw, i)) return false;
  const y = digit(raw, 0) * 1000 + digit(raw, 1) * 100 + digit(raw, 2) * 10 + digit(raw, 3);
  const m = digit(raw, 5) * 10 + digit(raw, 6);
  const d = digit(raw, 8) * 10 + digit(raw, 9);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

function parseDateTime(raw: string): string | null {
  // Date.parse rolls 2025-02-30 over to March 2: the calendar date is checked first.
  if (!DATETIME.test(raw) || !isRealDate(raw.slice(0, 10))) return null;
  // A value without an offset is read as UTC, as the binding requires UTC.
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(raw) && raw.length > 10;
  const t = Date.parse(
    hasZone ? raw.replace(' ', 'T') : `${raw.replace(' ', 'T')}${raw.length > 10 ? 'Z' : ''}`,
  );
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function enumParser(def: FieldDef): CellParser {
  const allowed = new Set(def.enumValues ?? []);
  const list = [...allowed, ...(def.extensible ? ['ext:…'] : [])].join(', ');
  const valid = (s: string): Value | typeof INVALID =>
    allowed.has(s) || (def.extensible && EXT_TOKEN.test(s)) ? s : INVALID;
  return (raw, out) => {
    if (valid(raw) !== INVALID) return raw;
    const trimmed = raw.trim();
    if (def.key === 'status' && trimmed === 'inactive') {
      out.problem = { code: 'value.statusInactive', warning: true };
      return 'tobedeleted';
    }
    return retryTrimmed(raw, out, valid, 'value.enum', { allowed: list });
  };
}

const booleanValue = (s: string): Value | typeof INVALID => {
  const lower = s.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : INVALID;
};

/** Spaces and letter case are both forgiven; a cell with both reports the spaces. */
const booleanParser: CellParser = (raw, out) => {
  if (raw === 'true' || raw === 'false') return raw;
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') {
    out.problem = { code: 'value.booleanCase', warning: true };
    return lower;
  }
  return retryTrimmed(raw, out, booleanValue, 'value.boolean');
};

function listParser(item: { test(s: string): boolean } | null, code: IssueCode): CellParser {
  return (raw, out) => {
    const items = splitList(raw);
    if (item && !items.every((s) => item.test(s))) return fail(out, code);
    return items.length ? items : null;
  };
}

/** One parser per declared field, chosen once per file rather than per cell. */
export function parserFor(def: FieldDef): CellParser {
  switch (def.type) {
    case 'guid':
      return (raw, out) => (isGuid(raw) ? raw : retryTrimmed(raw, out, guidValue, 'value.guid'));
    case 'guidRef':
      // The Japan Profile writes the literal NULL for "no reference" (academicSessions.parentSourcedId).
      return (raw, out) =>
        raw === 'NULL' ? null : isGuid(raw) ? raw : retryTrimmed(raw, out, guidRefValue, 'value.guid');
    // List items are trimmed silently, as before: "t1, t2" is the usual way of writing a list.
    case 'guidRefList':
      return listParser(GUID, 'value.guid');
    case 'string':
      return (raw) => raw;
    case 'stringList':
      return listParser(null, 'value.enum');
    case 'userIdList':
      return listParser(USER_ID, 'value.userId');
    case 'enum':
      return enumParser(def);
    case 'boolean':
      return booleanParser;
    case 'date':
      return (raw, out) => (isRealDate(raw) ? raw : fail(out, 'value.date'));
    case 'datetime':
      return (raw, out) => parseDateTime(raw) ?? fail(out, 'value.datetime');
    case 'year':
      return (raw, out) => (YEAR.test(raw) ? raw : fail(out, 'value.year'));
    case 'integer':
      return (raw, out) => (INTEGER.test(raw) ? String(Number(raw)) : fail(out, 'value.integer'));
  }
}
