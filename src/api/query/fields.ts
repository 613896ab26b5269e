import { property, type ApiEntity } from '../entities.js';
import { filterError } from './filter-parser.js';

/**
 * What a dotted property path in `filter` or `sort` stands for. Only names derived from the entity
 * map resolve, so every SQL identifier the compiler emits comes from the model, never from the request.
 */

export type ScalarType = 'string' | 'date' | 'datetime' | 'boolean' | 'integer';

/** One column of the entity's own row. */
export interface ScalarField {
  readonly kind: 'scalar';
  readonly path: string;
  readonly column: string;
  readonly type: ScalarType;
  readonly nullable: boolean;
}

/** A `text[]` column: `grades`, `subjects`, `terms.sourcedId`, … */
export interface ListField {
  readonly kind: 'list';
  readonly path: string;
  readonly column: string;
}

/** `roles.*` of a user: a column of the separate `roles` table. */
export interface RoleField {
  readonly kind: 'role';
  readonly path: string;
  readonly column: string;
  readonly type: ScalarType;
}

/** `userIds.type` / `userIds.identifier`: one half of the `{type:identifier}` items of `users.user_ids`. */
export interface UserIdField {
  readonly kind: 'userId';
  readonly path: string;
  readonly column: string;
  readonly part: 'type' | 'identifier';
}

/**
 * `email` of a user, stored encrypted: only `=` and `!=` work, through the keyed blind index
 * (`indexColumn`); `column` holds the ciphertext (or legacy plaintext, compared when no cipher runs).
 */
export interface BlindIndexField {
  readonly kind: 'blindIndex';
  readonly path: string;
  readonly column: string;
  readonly indexColumn: string;
}

export type ResolvedField = ScalarField | ListField | RoleField | UserIdField | BlindIndexField;

// The three columns every roster table declares NOT NULL.
const NOT_NULL = new Set(['sourced_id', 'status', 'date_last_modified']);
const SCALAR_KINDS = new Set<string>(['string', 'date', 'datetime', 'boolean', 'integer']);

const ROLE_COLUMNS: Record<string, { column: string; type: ScalarType }> = {
  role: { column: 'role', type: 'string' },
  roleType: { column: 'role_type', type: 'string' },
  beginDate: { column: 'begin_date', type: 'date' },
  endDate: { column: 'end_date', type: 'date' },
  'org.sourcedId': { column: 'org_sourced_id', type: 'string' },
  org: { column: 'org_sourced_id', type: 'string' },
};

type Why = 'unknown' | 'derived' | 'refPart' | 'userIds' | 'encrypted';

const WHY: Record<Why, [string, string]> = {
  unknown: ['is not a property of', 'は次の項目にありません:'],
  derived: [
    'is built from other records and cannot be used in filter or sort on',
    'は他のレコードから組み立てる項目のため、条件・並べ替えに使えません:',
  ],
  refPart: [
    'names a part of a reference other than sourcedId, which is not stored, on',
    'は参照の sourcedId 以外の部分で、保存されていません:',
  ],
  userIds: [
    'cannot be queried as a whole (use userIds.type or userIds.identifier) on',
    'は全体では条件に使えません (userIds.type または userIds.identifier を使用):',
  ],
  encrypted: [
    'is personal data encrypted at rest and cannot be used in filter or sort (only email supports = and !=) on',
    'は暗号化して保存している個人情報のため、条件・並べ替えに使えません (email の = と != のみ可):',
  ],
};

/** The encrypted properties that can still be matched for equality, by their blind-index column. */
const BLIND_INDEXED: Record<string, Record<string, string>> = { user: { email: 'email_bidx' } };

function unknown(entity: ApiEntity, path: string, why: Why = 'unknown'): never {
  const [en, ja] = WHY[why];
  throw filterError(`"${path}" ${en} ${entity.single}`, `"${path}" ${ja} ${entity.single}`);
}

function scalar(entity: ApiEntity, path: string, column: string, kind: string): ScalarField {
  const type = kind === 'guidRef' ? 'string' : kind;
  if (!SCALAR_KINDS.has(type)) unknown(entity, path);
  return { kind: 'scalar', path, column, type: type as ScalarType, nullable: !NOT_NULL.has(column) };
}

/** A GUIDRef is named by its `sourcedId` (or bare, as shorthand); `href` and `type` are not stored. */
function refTail(rest: string): boolean {
  return rest === '' || rest === 'sourcedId';
}

function resolveMetadata(entity: ApiEntity, path: string, rest: string): ResolvedField {
  const [key, tail = ''] = rest.split(/\.(.*)/s) as [string, string?];
  // The Japan Profile itself spells some keys both ways (`ShussekiNo`, `shussekiNo`).
  const meta =
    entity.metadata.find((m) => m.key === key) ??
    entity.metadata.find((m) => m.key.toLowerCase() === key.toLowerCase());
  if (!meta) unknown(entity, path);
  if (meta.kind === 'guidRef' ? !refTail(tail) : tail !== '') unknown(entity, path);
  return scalar(entity, path, meta.column, meta.kind);
}

export function resolveField(entity: ApiEntity, path: string): ResolvedField {
  if (path.startsWith('metadata.jp.'))
    return resolveMetadata(entity, path, path.slice('metadata.jp.'.length));
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  const rest = dot < 0 ? '' : path.slice(dot + 1);
  if (entity.name === 'user' && head === 'roles' && ROLE_COLUMNS[rest]) {
    return { kind: 'role', path, ...ROLE_COLUMNS[rest] };
  }
  const p = property(entity, head);
  if (!p) unknown(entity, path);
  if (!p.column) unknown(entity, path, 'derived');
  if (p.pii) {
    const indexColumn = BLIND_INDEXED[entity.name]?.[p.name];
    if (!indexColumn || rest !== '') unknown(entity, path, 'encrypted');
    return { kind: 'blindIndex', path, column: p.column, indexColumn };
  }
  switch (p.kind) {
    case 'guidRef':
      if (!refTail(rest)) unknown(entity, path, 'refPart');
      return scalar(entity, path, p.column, p.kind);
    case 'guidRefList':
      if (!refTail(rest)) unknown(entity, path, 'refPart');
      return { kind: 'list', path, column: p.column };
    case 'stringList':
      if (rest !== '') unknown(entity, path);
      return { kind: 'list', path, column: p.column };
    case 'userIds':
      if (rest !== 'type' && rest !== 'identifier') unknown(entity, path, 'userIds');
      return { kind: 'userId', path, column: p.column, part: rest };
    default:
      if (rest !== '') unknown(entity, path);
      return scalar(entity, path, p.column, p.kind);
  }
}
