import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import { ENTITIES, type ApiEntity } from '../api/entities.js';
import type { DataVersions } from '../api/data-versions.js';
import type { Operation } from '../api/operations.js';
import type { Presenter } from '../api/presenter.js';
import { compileFilter } from '../api/query/filter-compiler.js';
import { parseCollectionParams, parseFields, selectFields, sortExpression } from '../api/query/params.js';
import type { ApiRow } from '../api/presenter.js';
import { ReadRouter } from '../api/read-routing.js';
import type { ResponseCache } from '../api/response-cache.js';
import { PLAIN_PII, type PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { rosteringRepository } from '../repositories/rostering.repository.js';
import { DomainError } from './errors.js';

export interface RosteringRequest {
  tenantId: string;
  operation: Operation;
  /** Path parameters (sourcedIds). */
  params: Record<string, string>;
  /** Query string as parsed (a repeated parameter is an array). */
  query: Record<string, unknown>;
}

export interface CollectionPage {
  body: Buffer;
  total: number;
  limit: number;
  offset: number;
}

/**
 * Reads of the rostering service. Responses are rendered once per tenant data version and
 * normalised request, then served from the cache until an import changes the tenant's data.
 */
export class RosteringService {
  /** Reads still running: a request whose client went away still holds a connection until it ends. */
  private readonly running = new Set<Promise<unknown>>();
  /** Primary or read replica, per tenant and data version. */
  readonly reads: ReadRouter;

  constructor(
    private readonly db: Database,
    private readonly presenter: Presenter,
    private readonly versions: DataVersions,
    private readonly cache: ResponseCache,
    private readonly maxLimit: number,
    /** Decrypts personal data stored encrypted and computes blind indexes for `filter=email=…`. */
    private readonly pii: PiiCipher = PLAIN_PII,
  ) {
    this.reads = new ReadRouter(db);
  }

  list(req: RosteringRequest): Promise<CollectionPage> {
    return this.track(this.listPage(req));
  }

  get(req: RosteringRequest): Promise<Buffer> {
    return this.track(this.getOne(req));
  }

  /** Resolves once every read started so far has finished (shutdown waits for it before closing the pool). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    void work.finally(() => this.running.delete(work)).catch(() => undefined);
    return work;
  }

  private async listPage(req: RosteringRequest): Promise<CollectionPage> {
    const entity = ENTITIES[req.operation.entity];
    const q = parseCollectionParams(req.query, entity, this.maxLimit);
    const fields = selectFields(entity, q.fields);
    const version = await this.versions.current(req.tenantId);
    const queryKey = JSON.stringify([
      req.tenantId,
      version,
      req.operation.operationId,
      req.params,
      q.filterText,
    ]);
    const pageKey = JSON.stringify([queryKey, q.limit, q.offset, q.sortText, q.direction, q.fields]);
    const cached = this.cache.page(pageKey);
    if (cached) return { body: cached.body, total: cached.total!, limit: q.limit, offset: q.offset };

    const subsets = req.operation.subsets(req.params);
    const filter: RawBuilder<SqlBool> | null = q.filter
      ? compileFilter(entity, q.filter, 't', this.pii)
      : null;
    const sort = q.sort ? { expr: sortExpression(q.sort), direction: q.direction } : null;
    // One read-only transaction per miss: one snapshot for page, total and related rows, and one
    // connection (on PGlite, one turn) per request rather than one per statement.
    const { rows, total, related } = await this.reads.withTenant(req.tenantId, version, async (tx) => {
      await this.checkParents(tx.kysely, req);
      const page = { subsets, filter, sort, limit: q.limit, offset: q.offset };
      const rows = await rosteringRepository.page(tx.kysely, req.tenantId, entity, page);
      const total = await this.total(tx.kysely, queryKey, req.tenantId, entity, subsets, filter);
      const ids = rows.map((r) => r.sourced_id);
      const related = await rosteringRepository.related(
        tx.kysely,
        req.tenantId,
        entity,
        ids,
        this.presenter,
        fields,
        this.pii,
      );
      return { rows, total, related };
    });
    const items = rows.map((row) =>
      this.presenter.present(entity, this.decrypt(entity, row), related, fields),
    );
    const body = Buffer.from(JSON.stringify({ [entity.plural]: items }));
    this.cache.setPage(pageKey, { body, total });
    return { body, total, limit: q.limit, offset: q.offset };
  }

  private async getOne(req: RosteringRequest): Promise<Buffer> {
    const entity = ENTITIES[req.operation.entity];
    const names = parseFields(req.query.fields);
    const fields = selectFields(entity, names);
    const id = req.params.sourcedId!;
    const version = await this.versions.current(req.tenantId);
    const key = JSON.stringify([req.tenantId, version, req.operation.operationId, id, names]);
    const cached = this.cache.page(key);
    if (cached) return cached.body;

    const { row, related } = await this.reads.withTenant(req.tenantId, version, async (tx) => {
      const row = await rosteringRepository.one(
        tx.kysely,
        req.tenantId,
        entity,
        id,
        req.operation.subsets(req.params),
      );
      if (!row) throw unknownObject(entity, id);
      const related = await rosteringRepository.related(
        tx.kysely,
        req.tenantId,
        entity,
        [id],
        this.presenter,
        fields,
        this.pii,
      );
      return { row, related };
    });
    const body = Buffer.from(
      JSON.stringify({
        [entity.single]: this.presenter.present(entity, this.decrypt(entity, row), related, fields),
      }),
    );
    this.cache.setPage(key, { body });
    return body;
  }

  private async total(
    db: Kysely<Schema>,
    key: string,
    tenantId: string,
    entity: ApiEntity,
    subsets: ReturnType<Operation['subsets']>,
    filter: RawBuilder<SqlBool> | null,
  ): Promise<number> {
    const hit = this.cache.count(key);
    if (hit !== undefined) return hit;
    const n = await rosteringRepository.count(db, tenantId, entity, subsets, filter);
    this.cache.setCount(key, n);
    return n;
  }

  /** The row with its encrypted columns decrypted (legacy plaintext passes through). */
  private decrypt(entity: ApiEntity, row: ApiRow): ApiRow {
    let out = row;
    for (const p of entity.properties) {
      const v = p.pii ? row[p.column!] : undefined;
      if (typeof v !== 'string') continue;
      if (out === row) out = { ...row };
      out[p.column!] = this.pii.decrypt(v);
    }
    return out;
  }

  /** A nested path's parents must exist (with their subset: a school is an org of type school). */
  private async checkParents(db: Kysely<Schema>, req: RosteringRequest): Promise<void> {
    for (const parent of req.operation.parents) {
      const id = req.params[parent.param]!;
      const entity = ENTITIES[parent.entity];
      const found = await rosteringRepository.exists(
        db,
        req.tenantId,
        entity,
        id,
        parent.subsets(req.params),
      );
      if (!found) throw unknownObject(entity, id);
    }
  }
}

function unknownObject(entity: ApiEntity, id: string): DomainError {
  return new DomainError(
    'unknownobject',
    `No ${entity.single} with sourcedId "${id}"`,
    `sourcedId "${id}" の ${entity.single} はありません`,
  );
}
