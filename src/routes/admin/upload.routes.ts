import multipart from '@fastify/multipart';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ImportActor } from '../../audit/import-events.js';
import type { Config } from '../../config/config.js';
import { uploadLimit, type TenantLimit } from '../../http/rate-limits.js';
import { HttpError } from '../../identity/errors.js';
import type { IdentityService } from '../../identity/identity.service.js';
import { issuesToCsv } from '../../import/report.js';
import { DomainError } from '../../services/errors.js';
import { malformedUpload, tooLarge, type IncomingPart } from '../../uploads/intake.js';
import type { UploadService } from '../../uploads/upload.service.js';
import { TERMINAL, type UploadView } from '../../uploads/upload-view.js';
import { requireTenantOf, type Guard } from './guard.js';
import { DateTime, NullableDateTime, responses } from './schemas.js';

export interface UploadRoutesOptions {
  config: Config;
  uploads: UploadService;
  identities: IdentityService;
  guard: Guard;
  tenantLimit?: TenantLimit;
}

const tags = ['admin: uploads'];
const STATUSES = [
  'queued',
  'validating',
  'applying',
  'completed',
  'failed',
  'cancelled',
  'reverted',
] as const;
const Status = Type.Union(STATUSES.map((s) => Type.Literal(s)));
const Issue = Type.Object({
  file: Type.String(),
  line: Type.Union([Type.Integer(), Type.Null()]),
  column: Type.Union([Type.String(), Type.Null()]),
  code: Type.String(),
  severity: Type.String(),
  message: Type.String(),
  messageJa: Type.String(),
  value: Type.Union([Type.String(), Type.Null()]),
});
const Actor = Type.Object({ type: Type.String(), id: Type.Union([Type.String(), Type.Null()]) });
const Failure = Type.Union([
  Type.Object({ code: Type.String(), message: Type.String(), messageJa: Type.String() }),
  Type.Null(),
]);
const Upload = Type.Object({
  uploadId: Type.String({ format: 'uuid' }),
  status: Status,
  dryRun: Type.Boolean(),
  noop: Type.Boolean({ description: 'Same content as the last successful upload: recorded, nothing run' }),
  profile: Type.Union([Type.String(), Type.Null()]),
  source: Type.Object({
    kind: Type.Union([Type.Literal('zip'), Type.Literal('files')]),
    name: Type.String(),
    bytes: Type.Integer(),
    contentHash: Type.String(),
    filesDeleted: Type.Boolean(),
  }),
  createdBy: Actor,
  createdAt: DateTime,
  startedAt: NullableDateTime,
  finishedAt: NullableDateTime,
  attempts: Type.Integer(),
  cancelRequested: Type.Boolean(),
  progress: Type.Record(Type.String(), Type.Unknown(), {
    description: 'phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}}',
  }),
  files: Type.Record(Type.String(), Type.Unknown(), {
    description: 'Per file: rows, and once applied created/updated/unchanged/deleted',
  }),
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  errors: Type.Array(Issue, { description: 'The first errors; the report has them all' }),
  warnings: Type.Array(Issue),
  failure: Failure,
  timings: Type.Record(Type.String(), Type.Number()),
  revert: Type.Object({
    availableUntil: NullableDateTime,
    revertedAt: NullableDateTime,
    revertedBy: Type.Union([Actor, Type.Null()]),
    counts: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  }),
  links: Type.Object({
    self: Type.String(),
    report: Type.String(),
    reportCsv: Type.String(),
    events: Type.String(),
    cancel: Type.String(),
    revert: Type.String(),
  }),
});
const Accepted = Type.Object({
  uploadId: Type.String({ format: 'uuid' }),
  status: Status,
  links: Upload.properties.links,
  upload: Upload,
});
const Page = Type.Object({
  uploads: Type.Array(Upload),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
const Report = Type.Object({
  uploadId: Type.String(),
  status: Status,
  profile: Type.String(),
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  errors: Type.Array(Issue),
  warnings: Type.Array(Issue),
  truncated: Type.Array(Type.Object({ code: Type.String(), omitted: Type.Integer() })),
  summary: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});

const TenantQuery = {
  tenant: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
      description:
        "The tenant's slug (signed-in users with several tenants; an API client's token names its own)",
    }),
  ),
};
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const TenantOnly = Type.Object(TenantQuery);
const UploadQuery = Type.Object({
  ...TenantQuery,
  dryRun: Type.Optional(Type.Boolean({ description: 'Validate only: nothing is applied' })),
  profile: Type.Optional(
    Type.Union([Type.Literal('oneroster'), Type.Literal('japan'), Type.Literal('eportal')]),
  ),
});
const ListQuery = Type.Object({
  ...TenantQuery,
  status: Type.Optional(Type.String({ pattern: `^(${STATUSES.join('|')})(,(${STATUSES.join('|')}))*$` })),
  since: Type.Optional(Type.String({ format: 'date-time' })),
  until: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
const ReportQuery = Type.Object({
  ...TenantQuery,
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
});

const MULTIPART_SLACK = 1 << 20;

/** SSE: how often a stream looks for news, and how long one stays open before the client reconnects. */
const EVENT_POLL_MS = 500;
const EVENT_STREAM_MS = 30 * 60_000;
const KEEPALIVE_MS = 15_000;

/**
 * Uploads under `/api/v1/uploads`: the tenant is the caller's (an API client's own, or for people
 * `?tenant=` unless they belong to one tenant only). Sending and undoing need `tenant.upload`
 * (uploader or admin); reading needs `tenant.read`.
 */
export async function uploadRoutes(app: FastifyInstance, o: UploadRoutesOptions): Promise<void> {
  const { config, uploads, identities, guard } = o;
  await app.register(multipart, {
    limits: {
      fileSize: config.limits.maxFileBytes,
      files: 40,
      fields: 10,
      parts: 50,
      fieldSize: 1000,
      headerPairs: 100,
    },
  });

  const slugOf = async (request: FastifyRequest): Promise<string | undefined> => {
    const q = (request.query as { tenant?: unknown } | undefined)?.tenant;
    if (typeof q === 'string') return q;
    const h = request.headers['x-rosterhub-tenant'];
    if (typeof h === 'string') return h;
    if (!request.identity) return undefined;
    const tenants = await identities.tenantsOf(request.identity.user.id);
    if (tenants.length === 1) return tenants[0]!.slug;
    throw new HttpError(
      400,
      'tenant_required',
      'Say which tenant: add ?tenant=<slug> (you belong to several tenants, or are a platform administrator)',
      'テナントを指定してください: ?tenant=<スラッグ> を付けてください（複数のテナントに所属しているか、プラットフォーム管理者です）',
    );
  };
  const reading = guard('tenant.read', { slugOf });
  const sending = guard('tenant.upload', { slugOf });
  const actorOf = (request: FastifyRequest): ImportActor =>
    request.identity
      ? { type: 'user', id: request.identity.user.id }
      : { type: 'client', id: request.adminClientId };

  app.post<{ Querystring: Static<typeof UploadQuery> }>(
    '/uploads',
    {
      preValidation: sending,
      // The bundle limit plus room for the multipart framing; the parts are checked as they stream.
      bodyLimit: config.limits.maxBundleBytes + MULTIPART_SLACK,
      config: { rateLimit: uploadLimit(config, (req) => req.adminTenant?.id, o.tenantLimit) },
      schema: {
        summary: 'Upload a bundle: one zip, or `manifest` plus one part per CSV file (named after the file)',
        description:
          'multipart/form-data. Returns 202 at once; the work happens in a background job (poll `links.self` or ' +
          'follow `links.events`). An `Idempotency-Key` header makes retries safe. Options: `dryRun`, `profile` ' +
          '(query or form fields).',
        tags,
        querystring: UploadQuery,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) }),
        response: responses({ 202: Accepted }),
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new DomainError(
          'invalid_input',
          'Send the bundle as multipart/form-data',
          'バンドルは multipart/form-data で送信してください',
        );
      const tenant = requireTenantOf(request);
      const { view, replayed } = await uploads.accept(tenant, actorOf(request), partsOf(request, config), {
        idempotencyKey: request.headers['idempotency-key'] as string | undefined,
        dryRun: request.query.dryRun,
        profile: request.query.profile,
      });
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      return reply
        .code(202)
        .header('Location', view.links.self)
        .send({ uploadId: view.uploadId, status: view.status, links: view.links, upload: view });
    },
  );

  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/uploads',
    {
      preValidation: reading,
      schema: {
        summary: 'Upload history, newest first, with status and date filters',
        tags,
        querystring: ListQuery,
        response: responses({ 200: Page }),
      },
    },
    async (request) => {
      const q = request.query;
      return uploads.list(requireTenantOf(request), {
        status: q.status?.split(',') as (typeof STATUSES)[number][] | undefined,
        since: q.since,
        until: q.until,
        limit: q.limit ?? 50,
        cursor: q.cursor,
      });
    },
  );

  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof TenantOnly> }>(
    '/uploads/:id',
    {
      preValidation: reading,
      schema: {
        summary: 'An upload: status, progress, counts per file, first errors, timings',
        tags,
        params: IdParams,
        querystring: TenantOnly,
        response: responses({ 200: Upload }),
      },
    },
    async (request) => uploads.get(requireTenantOf(request), request.params.id),
  );

  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof ReportQuery> }>(
    '/uploads/:id/report',
    {
      preValidation: reading,
      schema: {
        summary: 'The full validation report (JSON, or CSV with a BOM for spreadsheets)',
        tags,
        params: IdParams,
        querystring: ReportQuery,
        response: responses({ 200: Report }),
      },
    },
    async (request, reply) => {
      const report = await uploads.report(requireTenantOf(request), request.params.id);
      if (request.query.format !== 'csv') return report;
      // issuesToCsv writes the BOM itself: a second one would show in the first header cell.
      const csv = issuesToCsv([...report.errors, ...report.warnings]);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="upload-${report.uploadId}-report.csv"`)
        .send(csv);
    },
  );

  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof TenantOnly> }>(
    '/uploads/:id/events',
    {
      preValidation: reading,
      schema: {
        summary: 'Server-sent events: `progress` while the upload runs, then `done` with its final status',
        tags,
        params: IdParams,
        querystring: TenantOnly,
      },
    },
    async (request, reply) => {
      const tenant = requireTenantOf(request);
      const id = request.params.id;
      let view: UploadView = await uploads.get(tenant, id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      let open = true;
      res.on('close', () => (open = false));
      const send = (event: string, data: unknown) =>
        res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      res.write('retry: 2000\n\n');
      send(TERMINAL.has(view.status) ? 'done' : 'progress', view);
      const started = Date.now();
      let lastSent = JSON.stringify([view.status, view.progress]);
      let lastWrite = Date.now();
      // A stopping process ends its streams first (preClose): browsers reconnect (retry) to another node.
      while (open && !closing && !TERMINAL.has(view.status) && Date.now() - started < EVENT_STREAM_MS) {
        await new Promise((r) => setTimeout(r, EVENT_POLL_MS));
        // This process runs it: phase and progress from memory (an embedded database is busy with
        // the apply's transaction); otherwise the database.
        const live = uploads.liveProgress(tenant, id);
        if (live && live.phase !== 'done')
          view = { ...view, status: live.phase, progress: live as unknown as Record<string, unknown> };
        else view = await uploads.get(tenant, id).catch(() => view);
        const key = JSON.stringify([view.status, view.progress]);
        if (!open) break;
        if (key !== lastSent) {
          send(TERMINAL.has(view.status) ? 'done' : 'progress', view);
          lastSent = key;
          lastWrite = Date.now();
        } else if (Date.now() - lastWrite >= KEEPALIVE_MS) {
          res.write(': keep-alive\n\n');
          lastWrite = Date.now();
        }
      }
      if (open) res.end();
    },
  );

  app.post<{ Params: Static<typeof IdParams>; Querystring: Static<typeof TenantOnly> }>(
    '/uploads/:id/cancel',
    {
      preValidation: sending,
      schema: {
        summary:
          'Cancel an upload before it is applied (a queued one at once, a validating one within a second)',
        tags,
        params: IdParams,
        querystring: TenantOnly,
        response: responses({ 200: Upload }),
      },
    },
    async (request) => uploads.cancel(requireTenantOf(request), request.params.id),
  );

  app.post<{ Params: Static<typeof IdParams>; Querystring: Static<typeof TenantOnly> }>(
    '/uploads/:id/revert',
    {
      preValidation: sending,
      schema: {
        summary: 'Undo a completed upload within the revert window, unless a later change depends on it',
        description:
          'Records the upload updated or deleted get their previous content and status back; records it created ' +
          'become `tobedeleted`; all with dateLastModified = now, so delta consumers see the revert.',
        tags,
        params: IdParams,
        querystring: TenantOnly,
        response: responses({ 200: Upload }),
      },
    },
    async (request) => uploads.revert(requireTenantOf(request), request.params.id, actorOf(request)),
  );
}

/** The request's multipart parts as transport-neutral parts, with the parser's limits as our errors. */
async function* partsOf(request: FastifyRequest, config: Config): AsyncGenerator<IncomingPart> {
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file')
        yield { kind: 'file', field: part.fieldname, filename: part.filename ?? '', stream: part.file };
      else yield { kind: 'field', field: part.fieldname, value: String(part.value) };
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(config.limits.maxFileBytes, 'file');
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new DomainError(
        'payload_too_large',
        'Too many parts in the upload',
        'アップロードのパートが多すぎます',
      );
    // Everything else the parser raises (no boundary, a body cut short or garbled, a field named
    // like a prototype property) is the request's fault, not the server's.
    throw malformedUpload();
  }
}
