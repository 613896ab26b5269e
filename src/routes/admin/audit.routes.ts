import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { eventsCsv, listEvents, MAX_AUDIT_PAGE, type AuditFilters } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { requireTenantOf, type Guard } from './guard.js';
import { DateTime, Slug, responses } from './schemas.js';

const AuditQuery = Type.Object(
  {
    kind: Type.Optional(Type.String({ description: 'An event kind, or a prefix such as `auth.*`' })),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
    actorId: Type.Optional(Type.String()),
    route: Type.Optional(Type.String()),
    status: Type.Optional(Type.Integer({ minimum: 100, maximum: 599 })),
    sourcedId: Type.Optional(Type.String({ description: 'Import record events naming this sourcedId' })),
    importId: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_AUDIT_PAGE, default: 100 })),
    cursor: Type.Optional(Type.String({ description: '`nextCursor` of the previous page' })),
  },
  { additionalProperties: false },
);
type Query = Static<typeof AuditQuery>;

const AuditEvent = Type.Object({
  id: Type.String(),
  at: DateTime,
  tenantId: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  actorType: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Type.String(), Type.Null()]),
  method: Type.Union([Type.String(), Type.Null()]),
  route: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Integer(), Type.Null()]),
  durationMs: Type.Union([Type.Integer(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  details: Type.Unknown(),
});
const AuditPageSchema = Type.Object({
  events: Type.Array(AuditEvent),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

const tags = ['admin: audit'];

function filtersOf(q: Query): AuditFilters {
  const { limit: _limit, cursor: _cursor, ...filters } = q;
  return filters;
}

async function sendCsv(
  reply: FastifyReply,
  rows: AsyncIterable<string>,
  name: string,
): Promise<FastifyReply> {
  reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}"`);
  let body = '';
  for await (const chunk of rows) body += chunk;
  return reply.send(body);
}

/**
 * The audit log through the admin API: a tenant's events (tenant admins), the platform's events
 * without a tenant (platform administrators), newest first with a cursor, or as CSV.
 */
export function auditRoutes(app: FastifyInstance, o: { db: Database; guard: Guard }, done: () => void): void {
  const { db, guard } = o;
  const SlugParams = Type.Object({ slug: Slug });

  app.get<{ Params: Static<typeof SlugParams>; Querystring: Query }>(
    '/tenants/:slug/audit',
    {
      preValidation: guard('audit.read'),
      schema: {
        summary: "The tenant's audit events, newest first",
        tags,
        params: SlugParams,
        querystring: AuditQuery,
        response: responses({ 200: AuditPageSchema }),
      },
    },
    async (request) => {
      const q = request.query;
      return listEvents(db, requireTenantOf(request).id, filtersOf(q), {
        limit: q.limit,
        cursor: q.cursor ?? null,
      });
    },
  );

  app.get<{ Params: Static<typeof SlugParams>; Querystring: Query }>(
    '/tenants/:slug/audit.csv',
    {
      preValidation: guard('audit.read'),
      schema: {
        summary: "The tenant's audit events as CSV",
        tags,
        params: SlugParams,
        querystring: AuditQuery,
      },
    },
    (request, reply) =>
      sendCsv(reply, eventsCsv(db, requireTenantOf(request).id, filtersOf(request.query)), 'audit.csv'),
  );

  app.get<{ Querystring: Query }>(
    '/audit',
    {
      preValidation: guard('platform.tenants'),
      schema: {
        summary: 'Platform events without a tenant (unauthenticated requests, failed token requests)',
        tags,
        querystring: AuditQuery,
        response: responses({ 200: AuditPageSchema }),
      },
    },
    async (request) => {
      const q = request.query;
      return listEvents(db, null, filtersOf(q), { limit: q.limit, cursor: q.cursor ?? null });
    },
  );
  done();
}
