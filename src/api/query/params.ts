import type { RawBuilder } from 'kysely';
import type { ApiEntity } from '../entities.js';
import { DomainError } from '../../services/errors.js';
import { resolveField, type ScalarField } from './fields.js';
import { columnRef } from './filter-compiler.js';
import { filterError, formatFilter, parseFilter, type FilterExpr } from './filter-parser.js';
import { parseDateTime } from './values.js';

/** The collection query parameters of digest §2.3, validated against one entity. */

export interface SortSpec {
  readonly field: ScalarField;
  readonly direction: 'asc' | 'desc';
}

export interface CollectionParams {
  readonly limit: number;
  readonly offset: number;
  readonly sort: SortSpec | null;
  /** `orderBy` (asc when absent), also when there is no `sort`. */
  readonly direction: 'asc' | 'desc';
  /** The resolved sort path, for cache keys. */
  readonly sortText: string | null;
  /** The effective filter, `modifiedSince` included, in canonical form: equal meaning, equal key. */
  readonly filterText: string | null;
  readonly filter: FilterExpr | null;
  /** Trimmed names as requested, unknown ones included; see `selectFields`. */
  readonly fields: string[] | null;
}

export const DEFAULT_LIMIT = 100;
const NON_NEGATIVE_INTEGER = /^\d+$/;

function invalid(en: string, ja: string): DomainError {
  return new DomainError('invalid_input', en, ja);
}

/** A parameter that must appear at most once; repeating it is ambiguous, not a list. */
function single(query: Record<string, unknown>, name: string): string | undefined {
  const v = query[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  throw invalid(
    `Query parameter ${name} must be given once, as text`,
    `クエリパラメータ ${name} は 1 回だけ文字列で指定してください`,
  );
}

/** Digits only: `1.5`, `1e3`, `+5` and `0x10` are all rejected rather than guessed at. */
function integerParam(
  query: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const text = raw.trim();
  const n = Number(text);
  if (!NON_NEGATIVE_INTEGER.test(text) || n < min || n > max) {
    throw invalid(
      `Query parameter ${name} must be an integer of at least ${min}, not '${raw}'`,
      `クエリパラメータ ${name} は ${min} 以上の整数でなければなりません ('${raw}')`,
    );
  }
  return n;
}

function parseSort(
  query: Record<string, unknown>,
  entity: ApiEntity,
): { sort: SortSpec | null; direction: 'asc' | 'desc' } {
  const sort = single(query, 'sort')?.trim();
  const orderBy = single(query, 'orderBy')?.trim();
  let direction: 'asc' | 'desc' = 'asc';
  if (orderBy) {
    const d = orderBy.toLowerCase();
    if (d !== 'asc' && d !== 'desc') {
      throw invalid(
        `orderBy must be asc or desc, not '${orderBy}'`,
        `orderBy は asc または desc でなければなりません ('${orderBy}')`,
      );
    }
    direction = d;
  }
  // orderBy alone is validated but has nothing to order by; the caller's default order applies.
  if (!sort) return { sort: null, direction };
  const field = resolveField(entity, sort);
  if (field.kind === 'blindIndex') {
    throw filterError(
      `cannot sort on "${sort}": it is personal data encrypted at rest`,
      `"${sort}" は暗号化して保存している個人情報のため並べ替えに使えません`,
    );
  }
  if (field.kind !== 'scalar') {
    throw filterError(
      `cannot sort on "${sort}": it holds several values`,
      `"${sort}" は複数の値を持つため並べ替えに使えません`,
    );
  }
  return { sort: { field, direction }, direction };
}

/** The ORDER BY key of a resolved sort, on the row aliased `alias`. */
export function sortExpression(sort: SortSpec, alias = 't'): RawBuilder<unknown> {
  return columnRef(alias, sort.field.column);
}

/** `modifiedSince` is sugar for `dateLastModified>='…'`, AND-ed with any filter. */
function withModifiedSince(query: Record<string, unknown>, filter: FilterExpr | null): FilterExpr | null {
  const since = single(query, 'modifiedSince')?.trim();
  if (!since) return filter;
  if (!parseDateTime(since)) {
    throw invalid(
      `modifiedSince must be an ISO 8601 date-time, not '${since}'`,
      `modifiedSince は ISO 8601 の日時でなければなりません ('${since}')`,
    );
  }
  const clause: FilterExpr = { kind: 'clause', field: 'dateLastModified', op: '>=', value: since };
  if (!filter) return clause;
  return { kind: 'and', items: [...(filter.kind === 'and' ? filter.items : [filter]), clause] };
}

/**
 * `fields` for any GET: a comma-separated string or the parameter repeated. A blank name is an
 * error (binding §3.4); unknown names are not, see `selectFields`.
 */
export function parseFields(raw: unknown): string[] | null {
  if (raw === undefined || raw === null) return null;
  const values = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const names: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string') {
      throw new DomainError(
        'invalid_selection_field',
        'fields must be text',
        'fields は文字列で指定してください',
      );
    }
    for (const part of v.split(',')) {
      const name = part.trim();
      if (name === '') {
        throw new DomainError(
          'invalid_selection_field',
          `fields contains a blank field name: '${v}'`,
          `fields に空のフィールド名があります: '${v}'`,
        );
      }
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * The properties to render: the requested names the entity has. When none of them is known the
 * binding says the full record is returned, hence null (= every property).
 */
export function selectFields(entity: ApiEntity, names: readonly string[] | null): Set<string> | null {
  if (!names) return null;
  // `metadata` is not in the property list (it is assembled from extension columns) but is rendered.
  const known = names.filter((n) => n === 'metadata' || entity.properties.some((p) => p.name === n));
  return known.length > 0 ? new Set(known) : null;
}

export function parseCollectionParams(
  query: Record<string, unknown>,
  entity: ApiEntity,
  maxLimit: number,
): CollectionParams {
  // A limit above the maximum is a valid request for "as many as you give": it is clamped (digest §2.3).
  const limit = Math.min(integerParam(query, 'limit', 1, Infinity) ?? DEFAULT_LIMIT, maxLimit);
  const offset = integerParam(query, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const { sort, direction } = parseSort(query, entity);
  // A blank filter (`filter=`) is what many clients send for "no filter".
  const filterText = single(query, 'filter');
  const parsed = filterText === undefined || filterText.trim() === '' ? null : parseFilter(filterText);
  const filter = withModifiedSince(query, parsed);
  return {
    limit,
    offset,
    sort,
    direction,
    sortText: sort ? sort.field.path : null,
    filterText: filter ? formatFilter(filter) : null,
    filter,
    fields: parseFields(query['fields']),
  };
}
