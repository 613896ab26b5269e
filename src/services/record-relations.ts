import type { Kysely } from 'kysely';
import type { ApiRow } from '../api/presenter.js';
import type { Schema } from '../db/schema.js';
import type { BrowsableEntity } from '../repositories/record-browser.repository.js';
import {
  recordRelationsRepository as repo,
  type RelatedItem,
  type RelatedList,
} from '../repositories/record-relations.repository.js';

export const RELATION_KEYS = [
  'user',
  'class',
  'school',
  'course',
  'org',
  'schoolYear',
  'terms',
  'parent',
  'children',
  'teachers',
  'students',
  'otherMembers',
  'classes',
  'courses',
  'users',
  'orgs',
  'agents',
  'agentFor',
  'homeClass',
] as const;
export type RelationKey = (typeof RELATION_KEYS)[number];

export interface Relation {
  key: RelationKey;
  entity: BrowsableEntity;
  items: RelatedItem[];
  total: number;
  /** `total` is more than `items` holds. */
  truncated: boolean;
}

type Db = Kysely<Schema>;
type Lists = [RelationKey, BrowsableEntity, () => Promise<RelatedList>][];

const one = (v: unknown): string[] => (typeof v === 'string' && v !== '' ? [v] : []);
const many = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** What relates to one record (its stored row), each list capped at `cap`. */
export async function relationsOf(
  db: Db,
  tenantId: string,
  entity: BrowsableEntity,
  row: ApiRow,
  cap: number,
): Promise<Relation[]> {
  const id = row.sourced_id;
  const refs = (e: BrowsableEntity, ids: string[]) => repo.refs(db, tenantId, e, ids, cap);
  const referring = (e: BrowsableEntity, column: string) => repo.referring(db, tenantId, e, column, id, cap);
  const lists: Record<BrowsableEntity, () => Lists> = {
    users: () => [
      ['classes', 'classes', () => repo.userClasses(db, tenantId, id, cap)],
      ['homeClass', 'classes', () => refs('classes', one(row.home_class))],
      ['orgs', 'orgs', () => repo.userOrgs(db, tenantId, id, cap)],
      ['agents', 'users', () => refs('users', many(row.agent_sourced_ids))],
      ['agentFor', 'users', () => repo.listing(db, tenantId, 'users', 'agent_sourced_ids', id, cap)],
    ],
    classes: () => [
      ['teachers', 'users', () => repo.classMembers(db, tenantId, id, ['teacher'], false, cap)],
      ['students', 'users', () => repo.classMembers(db, tenantId, id, ['student'], false, cap)],
      ['otherMembers', 'users', () => repo.classMembers(db, tenantId, id, ['teacher', 'student'], true, cap)],
      ['course', 'courses', () => refs('courses', one(row.course_sourced_id))],
      ['school', 'orgs', () => refs('orgs', one(row.school_sourced_id))],
      ['terms', 'academicSessions', () => refs('academicSessions', many(row.term_sourced_ids))],
    ],
    orgs: () => [
      ['parent', 'orgs', () => refs('orgs', one(row.parent_sourced_id))],
      ['children', 'orgs', () => referring('orgs', 'parent_sourced_id')],
      ['classes', 'classes', () => referring('classes', 'school_sourced_id')],
      ['courses', 'courses', () => referring('courses', 'org_sourced_id')],
      ['users', 'users', () => repo.orgUsers(db, tenantId, id, cap)],
    ],
    courses: () => [
      ['org', 'orgs', () => refs('orgs', one(row.org_sourced_id))],
      ['schoolYear', 'academicSessions', () => refs('academicSessions', one(row.school_year_sourced_id))],
      ['classes', 'classes', () => referring('classes', 'course_sourced_id')],
    ],
    academicSessions: () => [
      ['parent', 'academicSessions', () => refs('academicSessions', one(row.parent_sourced_id))],
      ['children', 'academicSessions', () => referring('academicSessions', 'parent_sourced_id')],
      ['classes', 'classes', () => repo.listing(db, tenantId, 'classes', 'term_sourced_ids', id, cap)],
      ['courses', 'courses', () => referring('courses', 'school_year_sourced_id')],
    ],
    enrollments: () => [
      ['user', 'users', () => refs('users', one(row.user_sourced_id))],
      ['class', 'classes', () => refs('classes', one(row.class_sourced_id))],
      ['school', 'orgs', () => refs('orgs', one(row.school_sourced_id))],
    ],
  };
  const out: Relation[] = [];
  // One after another: the statements share the transaction's one connection.
  for (const [key, target, read] of lists[entity]()) {
    const list = await read();
    out.push({ key, entity: target, ...list, truncated: list.total > list.items.length });
  }
  return out;
}
