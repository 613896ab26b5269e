import { randomBytes } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';
import type { Database } from '../../db/database.js';
import { checkWebhookUrl, PermanentWebhookError } from '../../notifications/webhook.js';
import { tenantSettingsRepository } from '../../repositories/tenant-settings.repository.js';
import { DomainError } from '../../services/errors.js';
import { requireTenantOf, type Guard } from './guard.js';
import { responses, SlugParams } from './schemas.js';

const tags = ['admin: settings'];
const WebhookBody = Type.Object(
  {
    url: Type.String({
      maxLength: 2048,
      description: 'https:// URL called when an upload completes, fails or is reverted',
    }),
  },
  { additionalProperties: false },
);
const WebhookSet = Type.Object({
  url: Type.String(),
  secret: Type.String({
    description: 'Shown once: verify the X-RosterHub-Signature header with it (docs/webhooks.md)',
  }),
});

/**
 * The tenant's upload webhook: setting it (or setting it again) issues a new signing secret,
 * shown once and stored encrypted; the URL is checked for scheme and refused addresses.
 */
export function webhookRoutes(
  app: FastifyInstance,
  o: { config: Config; db: Database; guard: Guard; pii: PiiCipher },
  done: (err?: Error) => void,
): void {
  const { config, db, guard } = o;

  app.put<{ Params: Static<typeof SlugParams>; Body: Static<typeof WebhookBody> }>(
    '/tenants/:slug/settings/webhook',
    {
      preValidation: guard('settings.manage'),
      schema: {
        summary: 'Set the upload webhook; returns a new signing secret, once',
        tags,
        params: SlugParams,
        body: WebhookBody,
        response: responses({ 200: WebhookSet }),
      },
    },
    async (request) => {
      const tenantId = requireTenantOf(request).id;
      const url = request.body.url;
      try {
        await checkWebhookUrl(url, { allowPrivate: config.uploads.webhookAllowPrivate, resolve: false });
      } catch (err) {
        if (!(err instanceof PermanentWebhookError)) throw err;
        throw new DomainError(
          'invalid_input',
          `The webhook URL is refused: ${err.message}`,
          `Webhook の URL は使用できません: ${err.message}`,
        );
      }
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const pii = o.pii;
      await db.withTenant(tenantId, async (tx) => {
        const current = await tenantSettingsRepository.find(tx.kysely, tenantId);
        await tenantSettingsRepository.upsert(tx.kysely, tenantId, {
          profile: current?.profile ?? 'japan',
          auditRetentionDays: current?.auditRetentionDays ?? null,
          readsPerHour: current?.readsPerHour ?? null,
          uploadsPerHour: current?.uploadsPerHour ?? null,
          webhook: { url, secret: pii.encrypt(secret) },
          updatedBy: request.identity?.user.id ?? null,
        });
      });
      return { url, secret };
    },
  );

  app.delete<{ Params: Static<typeof SlugParams> }>(
    '/tenants/:slug/settings/webhook',
    {
      preValidation: guard('settings.manage'),
      schema: {
        summary: 'Remove the upload webhook',
        tags,
        params: SlugParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const tenantId = requireTenantOf(request).id;
      await db.withTenant(tenantId, async (tx) => {
        const current = await tenantSettingsRepository.find(tx.kysely, tenantId);
        if (!current) return;
        await tenantSettingsRepository.upsert(tx.kysely, tenantId, {
          ...current,
          webhook: null,
          updatedBy: request.identity?.user.id ?? null,
        });
      });
      return reply.code(204).send();
    },
  );
  done();
}
