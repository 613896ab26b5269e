import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { PLAIN_PII, type PiiCipher } from '../../crypto/pii-cipher.js';
import type { ApiEntity } from '../entities.js';
import { resolveField, type BlindIndexField, type ResolvedField, type ScalarType } from './fields.js';
import { filterError, type FilterClause, type FilterExpr, type FilterOp } from './filter-parser.js';
import { isDate, parseDateTime, parseInt32 } from './values.js';

export { resolveField } from './fields.js';

/**
 * Turns a parsed filter into a SQL condition on the entity's row aliased `alias`. Identifiers come
 * only from `resolveField` (the model); every request value is a bound parameter.
 */

type Cond = RawBuilder<SqlBool>;
type Compare = (lhs: RawBuilder<unknown>, rhs: RawBuilder<unknown>) => Cond;

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  // Defence in depth: names come from the model, but a slip there must not reach SQL text.
  if (!SAFE_IDENTIFIER.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return name;
}

/** `alias.column`, both checked to be plain identifiers. */
export function columnRef(alias: string, column: string): RawBuilder<unknown> {
  return sql.ref(`${ident(alias)}.${ident(column)}`);
}

const COMPARE: Record<Exclude<FilterOp, '~'>, Compare> = {
  '=': (l, r) => sql<SqlBool>`${l} = ${r}`,
  '!=': (l, r) => sql<SqlBool>`${l} <> ${r}`,
  '>': (l, r) => sql<SqlBool>`${l} > ${r}`,
  '>=': (l, r) => sql<SqlBool>`${l} >= ${r}`,
  '<': (l, r) => sql<SqlBool>`${l} < ${r}`,
  '<=': (l, r) => sql<SqlBool>`${l} <= ${r}`,
};

function contains(lhs: RawBuilder<unknown>, value: string): Cond {
  return sql<SqlBool>`strpos(lower(${lhs}::text), lower(${value})) > 0`;
}

function badValue(c: FilterClause, expected: string, expectedJa: string): never {
  throw filterError(
    `"${c.field}" needs ${expected}, not '${c.value}'`,
    `"${c.field}" の値は ${expectedJa} でなければなりません ('${c.value}')`,
  );
}

function badOp(c: FilterClause, allowed: string): never {
  throw filterError(
    `operator ${c.op} cannot be used with "${c.field}" (allowed: ${allowed})`,
    `"${c.field}" には演算子 ${c.op} を使えません (使用可能: ${allowed})`,
  );
}

/** A date-only value against a timestamp column means the whole UTC day. */
function dayRange(
  lhs: RawBuilder<unknown>,
  op: FilterOp,
  start: string,
  end: string,
  nullable: boolean,
): Cond {
  const s = sql`${start}::timestamptz`;
  const e = sql`${end}::timestamptz`;
  switch (op) {
    case '=':
      return sql<SqlBool>`(${lhs} >= ${s} and ${lhs} < ${e})`;
    case '!=':
      return nullable
        ? sql<SqlBool>`not coalesce(${lhs} >= ${s} and ${lhs} < ${e}, false)`
        : sql<SqlBool>`(${lhs} < ${s} or ${lhs} >= ${e})`;
    case '>':
      return sql<SqlBool>`${lhs} >= ${e}`;
    case '>=':
      return sql<SqlBool>`${lhs} >= ${s}`;
    case '<':
      return sql<SqlBool>`${lhs} < ${s}`;
    case '<=':
      return sql<SqlBool>`${lhs} < ${e}`;
    case '~':
      return contains(lhs, start.slice(0, 10));
  }
}

/** Compares one scalar column; `!=` on a nullable column keeps rows where the column is null. */
function scalarCond(lhs: RawBuilder<unknown>, type: ScalarType, nullable: boolean, c: FilterClause): Cond {
  // Substring search reads the column as text, whatever its type.
  if (c.op === '~') {
    if (type === 'boolean') badOp(c, '=, !=');
    return contains(lhs, c.value);
  }
  const compare: Compare =
    c.op === '!=' && nullable ? (l, r) => sql<SqlBool>`${l} is distinct from ${r}` : COMPARE[c.op];
  switch (type) {
    case 'string':
      return compare(lhs, sql`${c.value}`);
    case 'boolean':
      if (c.op !== '=' && c.op !== '!=') badOp(c, '=, !=');
      if (c.value !== 'true' && c.value !== 'false')
        badValue(c, "'true' or 'false'", "'true' または 'false'");
      return compare(lhs, sql`${c.value === 'true'}`);
    case 'integer': {
      const n = parseInt32(c.value);
      if (n === null) badValue(c, 'an integer', '整数');
      return compare(lhs, sql`${n}`);
    }
    case 'date':
      if (!isDate(c.value)) badValue(c, 'a date YYYY-MM-DD', '日付 YYYY-MM-DD');
      return compare(lhs, sql`${c.value}::date`);
    case 'datetime': {
      const t = parseDateTime(c.value);
      if (!t) badValue(c, 'an ISO 8601 date or date-time', 'ISO 8601 の日付または日時');
      if (t.kind === 'day') return dayRange(lhs, c.op, t.start, t.end, nullable);
      return compare(lhs, sql`${t.iso}::timestamptz`);
    }
  }
}

/** Lists hold several values: `=` means "contains", `!=` "does not contain", `~` "an item contains". */
function listCond(items: RawBuilder<unknown>, c: FilterClause): Cond {
  switch (c.op) {
    case '=':
      return sql<SqlBool>`${c.value} = any(${items})`;
    case '!=':
      return sql<SqlBool>`not coalesce(${c.value} = any(${items}), false)`;
    case '~':
      return sql<SqlBool>`exists (select 1 from unnest(${items}) as e(v) where strpos(lower(e.v), lower(${c.value})) > 0)`;
    default:
      return badOp(c, '=, !=, ~');
  }
}

/** `{type:identifier}` items: the type is before the first colon, the identifier after it. */
function userIdCond(items: RawBuilder<unknown>, part: 'type' | 'identifier', c: FilterClause): Cond {
  const piece =
    part === 'type'
      ? sql`split_part(substr(e.v, 2), ':', 1)`
      : sql`substr(e.v, strpos(e.v, ':') + 1, length(e.v) - strpos(e.v, ':') - 1)`;
  const some = (cond: Cond) => sql<SqlBool>`exists (select 1 from unnest(${items}) as e(v) where ${cond})`;
  switch (c.op) {
    case '=':
      return some(sql<SqlBool>`${piece} = ${c.value}`);
    case '!=':
      return sql<SqlBool>`not ${some(sql<SqlBool>`${piece} = ${c.value}`)}`;
    case '~':
      return some(contains(piece, c.value));
    default:
      return badOp(c, '=, !=, ~');
  }
}

/**
 * A user matches `roles.x op v` when one of its roles does; `!=` means none of its roles has the
 * value, like `!=` on a list, so `roles.role!='student'` excludes every student.
 */
function roleCond(alias: string, field: { column: string; type: ScalarType }, c: FilterClause): Cond {
  const r = alias === 'r' ? 'r1' : 'r';
  const some = (cond: Cond) =>
    sql<SqlBool>`exists (select 1 from roles as ${sql.id(r)} where ${columnRef(r, 'tenant_id')} = ${columnRef(alias, 'tenant_id')} and ${columnRef(r, 'user_sourced_id')} = ${columnRef(alias, 'sourced_id')} and ${columnRef(r, 'status')} = 'active' and ${cond})`;
  if (c.op === '!=')
    return sql<SqlBool>`not ${some(scalarCond(columnRef(r, field.column), field.type, false, { ...c, op: '=' }))}`;
  return some(scalarCond(columnRef(r, field.column), field.type, false, c));
}

/**
 * Equality on an encrypted column, through its blind index: `=` matches the index under any known
 * key (rows not yet re-encrypted after a rotation still match), `!=` keeps rows without a value.
 * Without a cipher the column holds plaintext and is compared as a nullable string.
 */
function blindIndexCond(alias: string, f: BlindIndexField, c: FilterClause, pii: PiiCipher): Cond {
  if (c.op !== '=' && c.op !== '!=')
    throw filterError(
      `operator ${c.op} cannot be used with "${c.field}": it is encrypted at rest, only = and != are possible`,
      `"${c.field}" は暗号化して保存しているため、演算子 ${c.op} は使えません (= と != のみ可)`,
    );
  const indexes = pii.blindIndexes(c.value);
  if (!indexes) return scalarCond(columnRef(alias, f.column), 'string', true, c);
  const match = sql<SqlBool>`${columnRef(alias, f.indexColumn)} = any(${indexes}::text[])`;
  return c.op === '=' ? match : sql<SqlBool>`not coalesce(${match}, false)`;
}

function clauseCond(entity: ApiEntity, c: FilterClause, alias: string, pii: PiiCipher): Cond {
  const f: ResolvedField = resolveField(entity, c.field);
  switch (f.kind) {
    case 'blindIndex':
      return blindIndexCond(alias, f, c, pii);
    case 'scalar':
      return scalarCond(columnRef(alias, f.column), f.type, f.nullable, c);
    case 'list':
      return listCond(columnRef(alias, f.column), c);
    case 'userId':
      return userIdCond(columnRef(alias, f.column), f.part, c);
    case 'role':
      return roleCond(alias, f, c);
  }
}

/** `pii` computes blind indexes for filters on encrypted columns (`users.email`). */
export function compileFilter(
  entity: ApiEntity,
  expr: FilterExpr,
  alias = 't',
  pii: PiiCipher = PLAIN_PII,
): RawBuilder<SqlBool> {
  if (expr.kind === 'clause') return clauseCond(entity, expr, alias, pii);
  const parts = expr.items.map((i) => compileFilter(entity, i, alias, pii));
  return sql<SqlBool>`(${sql.join(parts, expr.kind === 'and' ? sql` and ` : sql` or `)})`;
}
