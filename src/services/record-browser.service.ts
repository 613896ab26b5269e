import { ENTITIES, type ApiEntity, type EntityName } from '../api/entities.js';
import type { ApiRow, Presenter } from '../api/presenter.js';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import {
  isBrowsable,
  recordBrowserRepository,
  type BrowsableEntity,
  type BrowseFilters,
  type BrowseRow,
} from '../repositories/record-browser.repository.js';
import { recordHistoryRepository, type RecordChange } from '../repositories/record-history.repository.js';
import { rosteringRepository } from '../repositories/rostering.repository.js';
import { relationsOf, type Relation } from './record-relations.js';
import { DomainError } from './errors.js';

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;
/** Items per relation list of a detail page; the rest is counted, not listed. */
export const RELATION_CAP = 200;
export const HISTORY_CAP = 100;

const API_ENTITY: Record<BrowsableEntity, EntityName> = {
  users: 'user',
  orgs: 'org',
  classes: 'class',
  courses: 'course',
  academicSessions: 'academicSession',
  enrollments: 'enrollment',
};

export interface RecordPage {
  entity: BrowsableEntity;
  rows: BrowseRow[];
  total: number;
  limit: number;
  offset: number;
  /** False when the tenant holds no roster data at all (only computed for an empty page). */
  tenantHasData: boolean;
}

export interface RecordDetail {
  entity: BrowsableEntity;
  sourcedId: string;
  /** The record as the OneRoster REST API renders it, passwords left out. */
  record: Record<string, unknown>;
  relations: Relation[];
  history: RecordChange[];
  /** More changes exist than `history` lists (see the audit log). */
  historyTruncated: boolean;
}

/** The admin data browser: lists with search and filters, and one record with what relates to it. */
export class RecordBrowserService {
  constructor(
    private readonly db: Database,
    private readonly presenter: Presenter,
    private readonly pii: PiiCipher,
  ) {}

  async list(
    tenantId: string,
    entityName: string,
    filters: BrowseFilters,
    page: { limit?: number; offset?: number } = {},
  ): Promise<RecordPage> {
    const entity = browsable(entityName);
    const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
    const offset = Math.max(page.offset ?? 0, 0);
    const shown = recordBrowserRepository.filtersOf(entity);
    // A filter the entity lacks is ignored rather than refused: one UI link serves every tab.
    const f: BrowseFilters = {
      ...filters,
      role: shown.role ? filters.role : undefined,
      type: shown.type ? filters.type : undefined,
    };
    return this.db.withTenant(
      tenantId,
      async (tx) => {
        const rows = await recordBrowserRepository.page(tx.kysely, tenantId, entity, f, limit, offset);
        const total = await recordBrowserRepository.count(tx.kysely, tenantId, entity, f);
        const tenantHasData = total > 0 || (await recordBrowserRepository.tenantHasData(tx.kysely, tenantId));
        return { entity, rows, total, limit, offset, tenantHasData };
      },
      { readOnly: true },
    );
  }

  async detail(tenantId: string, entityName: string, sourcedId: string): Promise<RecordDetail> {
    const entity = browsable(entityName);
    const api = ENTITIES[API_ENTITY[entity]];
    return this.db.withTenant(
      tenantId,
      async (tx) => {
        const row = await rosteringRepository.one(tx.kysely, tenantId, api, sourcedId, []);
        if (!row) throw unknownRecord(entity, sourcedId);
        const related = await rosteringRepository.related(
          tx.kysely,
          tenantId,
          api,
          [sourcedId],
          this.presenter,
          null,
          this.pii,
        );
        const record = withoutPasswords(
          this.presenter.present(api, this.decrypt(api, row), related, null) as Record<string, unknown>,
        );
        const relations = await relationsOf(tx.kysely, tenantId, entity, row, RELATION_CAP);
        const history = await recordHistoryRepository.changes(
          tx.kysely,
          tenantId,
          api.file.name,
          sourcedId,
          HISTORY_CAP + 1,
        );
        return {
          entity,
          sourcedId,
          record,
          relations,
          history: history.slice(0, HISTORY_CAP),
          historyTruncated: history.length > HISTORY_CAP,
        };
      },
      { readOnly: true },
    );
  }

  /** Encrypted columns decrypted, as the REST API serves them. */
  private decrypt(entity: ApiEntity, row: ApiRow): ApiRow {
    const out = { ...row };
    for (const p of entity.properties) {
      const v = p.pii ? row[p.column!] : undefined;
      if (typeof v === 'string') out[p.column!] = this.pii.decrypt(v);
    }
    return out;
  }
}

function browsable(name: string): BrowsableEntity {
  if (isBrowsable(name)) return name;
  throw new DomainError(
    'not_found',
    `Unknown kind of record "${name}" (users, orgs, classes, courses, academicSessions or enrollments)`,
    `レコードの種類 "${name}" はありません（users、orgs、classes、courses、academicSessions、enrollments のいずれか）`,
  );
}

function unknownRecord(entity: BrowsableEntity, sourcedId: string): DomainError {
  return new DomainError(
    'not_found',
    `No ${entity} record with sourcedId "${sourcedId}"`,
    `sourcedId "${sourcedId}" の ${entity} レコードはありません`,
  );
}

/**
 * Staff browsing the roster have no use for passwords (users.password, credentials of
 * userProfiles), and a page on a shared screen must not show them: left out of the record.
 */
function withoutPasswords(record: Record<string, unknown>): Record<string, unknown> {
  const { password: _password, ...rest } = record;
  const profiles = rest.userProfiles;
  if (Array.isArray(profiles))
    rest.userProfiles = profiles.map((p: { credentials?: { password?: string }[] }) => ({
      ...p,
      credentials: p.credentials?.map(({ password: _p, ...c }) => c),
    }));
  return rest;
}
