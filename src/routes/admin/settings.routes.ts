import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import { tenantSettingsRepository } from '../../repositories/tenant-settings.repository.js';
import { requireTenantOf, type Guard } from './guard.js';
import { NullableDateTime, responses, SlugParams } from './schemas.js';

const Profile = Type.Union([Type.Literal('oneroster'), Type.Literal('japan'), Type.Literal('eportal')]);
const SettingsBody = Type.Object(
  {
    profile: Profile,
    // `nullable` rather than a union with null: Fastify's coercion would turn 0 into null.
    auditRetentionDays: Type.Unsafe<number | null>({
      type: 'integer',
      nullable: true,
      minimum: 1,
      maximum: 36600,
      description: 'Days audit entries are kept; null for the platform default',
    }),
    readsPerHour: Type.Optional(
      Type.Unsafe<number | null>({
        type: 'integer',
        nullable: true,
        minimum: 1,
        description: 'Rostering reads per API client and hour; null for the platform default',
      }),
    ),
    uploadsPerHour: Type.Optional(
      Type.Unsafe<number | null>({
        type: 'integer',
        nullable: true,
        minimum: 1,
        description: 'Uploads per hour; null for the platform default',
      }),
    ),
  },
  { additionalProperties: false },
);
const Settings = Type.Object({
  profile: Profile,
  auditRetentionDays: Type.Union([Type.Integer(), Type.Null()]),
  effectiveAuditRetentionDays: Type.Integer(),
  readsPerHour: Type.Union([Type.Integer(), Type.Null()]),
  effectiveReadsPerHour: Type.Integer(),
  uploadsPerHour: Type.Union([Type.Integer(), Type.Null()]),
  effectiveUploadsPerHour: Type.Integer(),
  /** Where upload outcomes are posted (its signing secret is shown once, when set). */
  webhookUrl: Type.Union([Type.String(), Type.Null()]),
  updatedAt: NullableDateTime,
});

/** A tenant's settings (validation profile, audit retention, hourly budgets); the webhook has its own routes. */
export function settingsRoutes(
  app: FastifyInstance,
  o: { config: Config; db: Database; guard: Guard },
  done: (err?: Error) => void,
): void {
  const { db, guard } = o;
  const settingsTags = ['admin: settings'];
  const settingsJson = (s: {
    profile: Static<typeof Profile>;
    auditRetentionDays: number | null;
    readsPerHour: number | null;
    uploadsPerHour: number | null;
    webhookUrl?: string | null;
    updatedAt: Date | null;
  }) => ({
    profile: s.profile,
    auditRetentionDays: s.auditRetentionDays,
    effectiveAuditRetentionDays: s.auditRetentionDays ?? o.config.audit.retentionDays,
    readsPerHour: s.readsPerHour,
    effectiveReadsPerHour: s.readsPerHour ?? o.config.rateLimits.readsPerHour,
    uploadsPerHour: s.uploadsPerHour,
    effectiveUploadsPerHour: s.uploadsPerHour ?? o.config.rateLimits.uploadsPerHour,
    webhookUrl: s.webhookUrl ?? null,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  });
  app.get<{ Params: Static<typeof SlugParams> }>(
    '/tenants/:slug/settings',
    {
      preValidation: guard('tenant.read'),
      schema: {
        summary: "The tenant's settings (validation profile, audit retention)",
        tags: settingsTags,
        params: SlugParams,
        response: responses({ 200: Settings }),
      },
    },
    async (request) => {
      const tenantId = requireTenantOf(request).id;
      const stored = await db.withTenant(
        tenantId,
        (tx) => tenantSettingsRepository.find(tx.kysely, tenantId),
        {
          readOnly: true,
        },
      );
      return settingsJson(
        stored ?? {
          profile: 'japan',
          auditRetentionDays: null,
          readsPerHour: null,
          uploadsPerHour: null,
          updatedAt: null,
        },
      );
    },
  );

  app.put<{ Params: Static<typeof SlugParams>; Body: Static<typeof SettingsBody> }>(
    '/tenants/:slug/settings',
    {
      preValidation: guard('settings.manage'),
      schema: {
        summary: "Replace the tenant's settings",
        tags: settingsTags,
        params: SlugParams,
        body: SettingsBody,
        response: responses({ 200: Settings }),
      },
    },
    async (request) => {
      const tenantId = requireTenantOf(request).id;
      const stored = await db.withTenant(tenantId, (tx) =>
        tenantSettingsRepository.upsert(tx.kysely, tenantId, {
          profile: request.body.profile,
          auditRetentionDays: request.body.auditRetentionDays,
          readsPerHour: request.body.readsPerHour,
          uploadsPerHour: request.body.uploadsPerHour,
          updatedBy: request.identity?.user.id ?? null,
        }),
      );
      return settingsJson(stored);
    },
  );
  done();
}
