import { isRealDate } from '../../import/field-parsers.js';

/** Value checks shared by the filter compiler and `modifiedSince`. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const INT32 = /^[+-]?\d{1,10}$/;

export function isDate(raw: string): boolean {
  return DATE.test(raw) && isRealDate(raw);
}

export type ParsedDateTime = { kind: 'day'; start: string; end: string } | { kind: 'instant'; iso: string };

/**
 * An ISO 8601 date or date-time. A date alone stands for the whole UTC day (so `dateLastModified='2024-05-01'`
 * means "modified that day"); a time without an offset is read as UTC, as the binding requires UTC.
 */
export function parseDateTime(raw: string): ParsedDateTime | null {
  // Date.parse rolls 2025-02-30 over to March 2: the calendar date is checked first.
  if (!DATETIME.test(raw) || !isRealDate(raw.slice(0, 10))) return null;
  if (raw.length === 10) {
    const start = new Date(`${raw}T00:00:00.000Z`);
    const end = new Date(start.getTime() + 86_400_000);
    return { kind: 'day', start: start.toISOString(), end: end.toISOString() };
  }
  // Date.parse wants `T`, upper-case `Z` and a full `±hh:mm` offset.
  const normal = `${raw.slice(0, 10)}T${raw.slice(11)}`.replace(/z$/, 'Z').replace(/([+-]\d{2})$/, '$1:00');
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(normal.slice(16));
  const t = Date.parse(hasZone ? normal : `${normal}Z`);
  return Number.isNaN(t) ? null : { kind: 'instant', iso: new Date(t).toISOString() };
}

/** Postgres `integer` range: a wider value would fail the cast at run time instead of at parse time. */
export function parseInt32(raw: string): number | null {
  if (!INT32.test(raw)) return null;
  const n = Number(raw);
  return n >= -2_147_483_648 && n <= 2_147_483_647 ? n : null;
}
