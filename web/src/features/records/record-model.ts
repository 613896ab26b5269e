import type { paths, ResponseOf } from '../../api/client';
import { CLASS_TYPES, ENROLLMENT_ROLES, ORG_TYPES, ROLES, SESSION_TYPES } from '../../../../src/model/enums';

export type RecordPage = ResponseOf<'/api/v1/tenants/{slug}/records/{entity}', 'get'>;
export type RecordRow = RecordPage['rows'][number];
export type RecordDetail = ResponseOf<'/api/v1/tenants/{slug}/records/{entity}/{sourcedId}', 'get'>;
export type Relation = RecordDetail['relations'][number];
export type RelatedItem = Relation['items'][number];
export type Change = RecordDetail['history'][number];
export type Entity = RecordPage['entity'];

/** The tabs of the data browser, in the order staff look for things. */
export const ENTITIES: readonly Entity[] = [
  'users',
  'classes',
  'orgs',
  'courses',
  'academicSessions',
  'enrollments',
];
export const DEFAULT_ENTITY: Entity = 'users';

export function isEntity(name: string | undefined): name is Entity {
  return name !== undefined && (ENTITIES as readonly string[]).includes(name);
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const STATUSES = ['active', 'tobedeleted'] as const;
export type RecordStatus = (typeof STATUSES)[number];

/**
 * The second filter each tab offers: users by a role they hold, enrollments by their role, orgs
 * and sessions by type, classes by class type. The options are the vocabulary's values.
 */
export const KIND_FILTER: Partial<
  Record<Entity, { param: 'role' | 'type'; label: string; values: readonly string[] }>
> = {
  users: { param: 'role', label: 'filterRole', values: ROLES },
  enrollments: { param: 'role', label: 'filterRole', values: ENROLLMENT_ROLES },
  orgs: { param: 'type', label: 'filterOrgType', values: ORG_TYPES },
  classes: { param: 'type', label: 'filterClassType', values: CLASS_TYPES },
  academicSessions: { param: 'type', label: 'filterSessionType', values: SESSION_TYPES },
};

/** What the list shows, as kept in the address (`?q=…&status=…&kind=…&page=2&size=50`). */
export interface ListState {
  q: string;
  status: RecordStatus | '';
  /** The role or type of KIND_FILTER, whichever the tab has. */
  kind: string;
  /** Zero-based. */
  page: number;
  size: number;
}

export function listStateOf(params: URLSearchParams): ListState {
  const status = params.get('status') ?? '';
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as RecordStatus) : '',
    kind: params.get('kind') ?? '',
    // The address says page 1 for the first page: people read it and share it.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address parameters of a state, defaults left out so plain links stay plain. */
export function paramsOf(s: ListState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.q.trim()) out.q = s.q;
  if (s.status) out.status = s.status;
  if (s.kind) out.kind = s.kind;
  if (s.page > 0) out.page = String(s.page + 1);
  if (s.size !== DEFAULT_PAGE_SIZE) out.size = String(s.size);
  return out;
}

export type ListQuery = NonNullable<
  paths['/api/v1/tenants/{slug}/records/{entity}']['get']['parameters']['query']
>;

/** The API query of a list state on one tab (a role or type only where the tab has one). */
export function apiQueryOf(entity: Entity, s: ListState): ListQuery {
  const query: ListQuery = { limit: s.size, offset: s.page * s.size };
  const q = s.q.trim();
  if (q) query.q = q;
  if (s.status) query.status = s.status;
  const kind = KIND_FILTER[entity];
  if (kind && kind.values.includes(s.kind)) query[kind.param] = s.kind;
  return query;
}

/** "山田 太郎" from family and given names (Japanese order), whatever is present. */
export function personName(family?: string | null, given?: string | null): string {
  return [family, given].filter((p) => p && p.trim()).join(' ');
}

/** The one line that names a listed record (its sourcedId when it has nothing better). */
export function rowTitle(entity: Entity, row: RecordRow): string {
  switch (entity) {
    case 'users':
      return personName(row.familyName, row.givenName) || row.sourcedId;
    case 'orgs':
      return row.name || row.sourcedId;
    case 'enrollments':
      return row.userName || row.userSourcedId || row.sourcedId;
    default:
      return row.title || row.sourcedId;
  }
}

export function rowKana(row: RecordRow): string {
  return personName(row.kanaFamilyName, row.kanaGivenName);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The display name and kana of a record as the REST API renders it (the detail page's heading). */
export function recordTitle(entity: Entity, record: Record<string, unknown>): { name: string; kana: string } {
  const jp = ((record.metadata as Record<string, unknown> | undefined)?.jp ?? {}) as Record<string, unknown>;
  if (entity === 'users')
    return {
      name: personName(str(record.familyName), str(record.givenName)) || str(record.sourcedId),
      kana: personName(str(jp.kanaFamilyName), str(jp.kanaGivenName)),
    };
  const name = entity === 'orgs' ? str(record.name) : str(record.title);
  return { name: name || str(record.sourcedId), kana: '' };
}

/** The page of a record in the browser. */
export function recordPath(slug: string, entity: Entity, sourcedId: string): string {
  return `/t/${slug}/records/${entity}/${encodeURIComponent(sourcedId)}`;
}

export const recordKeys = {
  list: (slug: string, entity: Entity, query: object) => ['records', slug, entity, query] as const,
  one: (slug: string, entity: string, sourcedId: string) =>
    ['records', slug, entity, 'one', sourcedId] as const,
};
