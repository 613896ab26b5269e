import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { Presenter } from '../../api/presenter.js';
import type { Config } from '../../config/config.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';
import type { Database } from '../../db/database.js';
import { BROWSABLE_ENTITIES } from '../../repositories/record-browser.repository.js';
import { RELATION_KEYS } from '../../services/record-relations.js';
import { DEFAULT_PAGE, MAX_PAGE, RecordBrowserService } from '../../services/record-browser.service.js';
import { ROSTERING_BASE } from '../rostering.routes.js';
import { requireTenantOf, type Guard } from './guard.js';
import { DateTime, Slug, responses } from './schemas.js';

export interface RecordsRoutesOptions {
  config: Config;
  db: Database;
  guard: Guard;
  pii: PiiCipher;
}

const tags = ['admin: records'];
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Text = Type.Optional(Nullable(Type.String()));
const Entity = Type.Union(BROWSABLE_ENTITIES.map((e) => Type.Literal(e)));
const ENTITY_TEXT = `One of ${BROWSABLE_ENTITIES.join(', ')} (another answers 404)`;

const ListParams = Type.Object({ slug: Slug, entity: Type.String({ description: ENTITY_TEXT }) });
const DetailParams = Type.Object({
  slug: Slug,
  entity: Type.String({ description: ENTITY_TEXT }),
  sourcedId: Type.String({ minLength: 1, maxLength: 1000 }),
});
const ListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'A sourcedId (exact or prefix), or part of a name, kana (hiragana finds katakana), title or code',
      }),
    ),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('tobedeleted')])),
    role: Type.Optional(
      Type.String({ maxLength: 100, description: 'users: a role held; enrollments: the role' }),
    ),
    type: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'orgs and academicSessions: type; classes: classType',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

const RecordRow = Type.Object(
  {
    sourcedId: Type.String(),
    status: Type.String(),
    dateLastModified: DateTime,
    // users
    givenName: Text,
    familyName: Text,
    middleName: Text,
    kanaGivenName: Text,
    kanaFamilyName: Text,
    kanaMiddleName: Text,
    roles: Type.Optional(Type.Array(Type.String())),
    grades: Type.Optional(Type.Array(Type.String())),
    // orgs
    name: Text,
    type: Text,
    identifier: Text,
    parentSourcedId: Text,
    parentName: Text,
    // classes, courses, academicSessions
    title: Text,
    classCode: Text,
    classType: Text,
    schoolSourcedId: Text,
    schoolName: Text,
    courseSourcedId: Text,
    courseCode: Text,
    orgSourcedId: Text,
    orgName: Text,
    schoolYearSourcedId: Text,
    startDate: Text,
    endDate: Text,
    schoolYear: Text,
    // enrollments
    userSourcedId: Text,
    userName: Text,
    userKana: Text,
    classSourcedId: Text,
    classTitle: Text,
    role: Text,
    primary: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
  },
  { description: "A listed record: the common fields and its entity's display fields" },
);

const RecordPage = Type.Object({
  entity: Entity,
  rows: Type.Array(RecordRow),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  tenantHasData: Type.Boolean({ description: 'False when the tenant holds no roster data yet' }),
});

const RelatedItem = Type.Object({
  entity: Entity,
  sourcedId: Type.String(),
  name: Nullable(Type.String({ description: 'Null when the reference points to no record' })),
  kana: Nullable(Type.String()),
  role: Nullable(Type.String()),
  status: Nullable(Type.String()),
});

const Relation = Type.Object({
  key: Type.Union(RELATION_KEYS.map((k) => Type.Literal(k))),
  entity: Entity,
  items: Type.Array(RelatedItem),
  total: Type.Integer(),
  truncated: Type.Boolean({ description: 'More related records exist than are listed' }),
});

const Change = Type.Object({
  at: DateTime,
  change: Type.String({ description: 'created, updated or deleted' }),
  fields: Type.Union([Type.Array(Type.String()), Type.Null()]),
  importId: Nullable(Type.String()),
  isUpload: Type.Boolean({
    description: 'The import was an upload (GET /tenants/{slug}/uploads/{importId})',
  }),
  actor: Type.Object({ type: Nullable(Type.String()), id: Nullable(Type.String()) }),
});

const RecordDetail = Type.Object({
  entity: Entity,
  sourcedId: Type.String(),
  record: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The record as the OneRoster REST API renders it, passwords left out',
  }),
  relations: Type.Array(Relation),
  history: Type.Array(Change, { description: 'Changes by imports, newest first' }),
  historyTruncated: Type.Boolean(),
});

/** The admin data browser: a tenant's roster records, listed, searched and shown one by one. */
export function recordsRoutes(
  app: FastifyInstance,
  o: RecordsRoutesOptions,
  done: (err?: Error) => void,
): void {
  const presenter = new Presenter(`${o.config.http.publicUrl}${ROSTERING_BASE}`);
  const records = new RecordBrowserService(o.db, presenter, o.pii);

  app.get<{ Params: Static<typeof ListParams>; Querystring: Static<typeof ListQuery> }>(
    '/tenants/:slug/records/:entity',
    {
      preValidation: o.guard('tenant.read'),
      schema: {
        summary: "A page of the tenant's records of one kind, searched and filtered, with the total",
        tags,
        params: ListParams,
        querystring: ListQuery,
        response: responses({ 200: RecordPage }),
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      return records.list(requireTenantOf(request).id, request.params.entity, filters, {
        limit,
        offset,
      });
    },
  );

  app.get<{ Params: Static<typeof DetailParams> }>(
    '/tenants/:slug/records/:entity/:sourcedId',
    {
      preValidation: o.guard('tenant.read'),
      schema: {
        summary: 'One record: its fields, related records and change history',
        tags,
        params: DetailParams,
        response: responses({ 200: RecordDetail }),
      },
    },
    async (request) =>
      records.detail(requireTenantOf(request).id, request.params.entity, request.params.sourcedId),
  );
  done();
}
