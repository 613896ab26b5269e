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

/** Parses one non-empty cell; returns the normalized value, or a problem. */
export type CellParser = (raw: string) => { value: Value; problem?: CellProblem };

const GUID = /^[0-9A-Za-z./@_-]{1,255}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Lenient on input (CSV binding §1.3): seconds, fraction and offset optional; normalized to UTC.
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR = /^\d{4}$/;
const INTEGER = /^[+-]?\d{1,9}$/;
const USER_ID = /^\{[^:{}]+:[^{}]+\}$/;

const ok = (value: Value) => ({ value });
const bad = (code: IssueCode, params?: Record<string, string | number>) => ({
  value: null,
  problem: { code, ...(params ? { params } : {}) },
});

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function isRealDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
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
  return (raw) => {
    if (allowed.has(raw) || (def.extensible && EXT_TOKEN.test(raw))) return ok(raw);
    if (def.key === 'status' && raw === 'inactive') {
      return { value: 'tobedeleted', problem: { code: 'value.statusInactive', warning: true } };
    }
    return bad('value.enum', { allowed: list });
  };
}

const booleanParser: CellParser = (raw) => {
  if (raw === 'true' || raw === 'false') return ok(raw);
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') {
    return { value: lower, problem: { code: 'value.booleanCase', warning: true } };
  }
  return bad('value.boolean');
};

const guidList: CellParser = (raw) => {
  const items = splitList(raw);
  return items.every((s) => GUID.test(s)) ? ok(items.length ? items : null) : bad('value.guid');
};

/** One parser per declared field, chosen once per file rather than per cell. */
export function parserFor(def: FieldDef): CellParser {
  switch (def.type) {
    case 'guid':
      return (raw) => (GUID.test(raw) ? ok(raw) : bad('value.guid'));
    case 'guidRef':
      // The Japan Profile writes the literal NULL for "no reference" (academicSessions.parentSourcedId).
      return (raw) => (raw === 'NULL' ? ok(null) : GUID.test(raw) ? ok(raw) : bad('value.guid'));
    case 'guidRefList':
      return guidList;
    case 'string':
      return ok;
    case 'stringList':
      return (raw) => {
        const items = splitList(raw);
        return ok(items.length ? items : null);
      };
    case 'userIdList':
      return (raw) => {
        const items = splitList(raw);
        return items.every((s) => USER_ID.test(s)) ? ok(items.length ? items : null) : bad('value.userId');
      };
    case 'enum':
      return enumParser(def);
    case 'boolean':
      return booleanParser;
    case 'date':
      return (raw) => (isRealDate(raw) ? ok(raw) : bad('value.date'));
    case 'datetime':
      return (raw) => {
        const v = parseDateTime(raw);
        return v ? ok(v) : bad('value.datetime');
      };
    case 'year':
      return (raw) => (YEAR.test(raw) ? ok(raw) : bad('value.year'));
    case 'integer':
      return (raw) => (INTEGER.test(raw) ? ok(String(Number(raw))) : bad('value.integer'));
  }
}
