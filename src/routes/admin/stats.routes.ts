import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';
import type { Database } from '../../db/database.js';
import { ROSTER_FILES } from '../../model/index.js';
import { RECENT_UPLOADS, SERIES_UPLOADS, TenantStatsService } from '../../services/tenant-stats.service.js';
import { requireTenantOf, type Guard } from './guard.js';
import { DateTime, NullableDateTime, SlugParams, responses } from './schemas.js';

export interface StatsRoutesOptions {
  config: Config;
  db: Database;
  guard: Guard;
  pii: PiiCipher;
}

const Count = Type.Integer({ minimum: 0 });
const Entity = Type.Union(ROSTER_FILES.map((f) => Type.Literal(f.name)));
const UploadStatus = Type.Union(
  (['queued', 'validating', 'applying', 'completed', 'failed', 'cancelled', 'reverted'] as const).map((s) =>
    Type.Literal(s),
  ),
);
const ChangeTotals = { created: Count, updated: Count, deleted: Count };
const FileCounts = Type.Object({ rows: Count, unchanged: Count, ...ChangeTotals });

const TenantStats = Type.Object({
  generatedAt: DateTime,
  counts: Type.Array(Type.Object({ entity: Entity, active: Count, tobedeleted: Count }), {
    description: 'Records per roster file by status, every file listed (in processing order)',
  }),
  lastUpload: Type.Union(
    [
      Type.Object({
        uploadId: Type.String({ format: 'uuid' }),
        createdAt: DateTime,
        finishedAt: DateTime,
        sourceName: Type.String(),
        noop: Type.Boolean({ description: 'Same content as the upload before: nothing changed' }),
        files: Type.Record(Type.String(), FileCounts, { description: 'Per file: rows read and changes' }),
        totals: Type.Object(ChangeTotals, { description: 'The changes summed over the files' }),
      }),
      Type.Null(),
    ],
    { description: 'The last successful upload (completed, not a dry run, not reverted); null if none' },
  ),
  recentUploads: Type.Array(
    Type.Object({
      uploadId: Type.String({ format: 'uuid' }),
      status: UploadStatus,
      dryRun: Type.Boolean(),
      noop: Type.Boolean(),
      createdAt: DateTime,
      finishedAt: NullableDateTime,
      sourceName: Type.String(),
      errorCount: Count,
      warningCount: Count,
    }),
    { description: `The newest ${RECENT_UPLOADS} uploads, newest first` },
  ),
  series: Type.Array(
    Type.Object({ uploadId: Type.String({ format: 'uuid' }), finishedAt: DateTime, ...ChangeTotals }),
    {
      description: `What each of the last ${SERIES_UPLOADS} applied uploads changed, oldest first`,
    },
  ),
});

/**
 * The dashboard's figures: `GET /tenants/:slug/stats` for any member (`tenant.read`).
 *
 * Measured on PostgreSQL 15 (2 shared cores, load average ~12) with a tenant of 1.05M records
 * (`rosterhub generate --schools 20 --students 120000`: 632k enrollments, 128k users…): the
 * first request after a data change 1.6 s, of which the counts 1.3 s; then ~20 ms, the counts
 * being kept until the tenant's data version changes (TenantStatsService).
 */
export function statsRoutes(app: FastifyInstance, o: StatsRoutesOptions, done: (err?: Error) => void): void {
  const stats = new TenantStatsService(o.db);
  app.get<{ Params: Static<typeof SlugParams> }>(
    '/tenants/:slug/stats',
    {
      preValidation: o.guard('tenant.read'),
      schema: {
        summary:
          "The tenant's dashboard: records per file and status, last and recent uploads, changes over time",
        tags: ['admin: dashboard'],
        params: SlugParams,
        response: responses({ 200: TenantStats }),
      },
    },
    (request) => stats.read(requireTenantOf(request).id),
  );
  done();
}
