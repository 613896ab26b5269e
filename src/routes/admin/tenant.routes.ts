import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ROSTER_SCOPES } from '../../auth/scopes.js';
import type { TenantStatus } from '../../auth/tenant-status.js';
import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import type { AdminClient, AdminClientService } from '../../identity/clients.js';
import { HttpError } from '../../identity/errors.js';
import type { IdentityService } from '../../identity/identity.service.js';
import { tenantRepository, type Tenant as TenantRecord } from '../../repositories/tenant.repository.js';
import { createTenant, listTenants } from '../../services/tenant.service.js';
import { requireTenantOf, type Guard } from './guard.js';
import {
  Client,
  DateTime,
  Email,
  PASSWORD_NOTICE,
  Role,
  SECRET_NOTICE,
  Slug,
  SlugParams,
  Tenant,
  responses,
} from './schemas.js';

const TenantName = Type.String({ minLength: 1, maxLength: 200 });
const TenantBody = Type.Object(
  { slug: Slug, name: Type.Optional(TenantName) },
  { additionalProperties: false },
);
const TenantPatch = Type.Object(
  {
    name: Type.Optional(TenantName),
    disabled: Type.Optional(
      Type.Boolean({
        description:
          'true disables the tenant (its data is kept; its API clients get no tokens and their tokens are refused; its members lose access; no uploads), false enables it again',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** A tenant as platform administrators see it: with its status. */
const TenantEntry = Type.Object({
  ...Tenant.properties,
  disabledAt: Type.Union([DateTime, Type.Null()], {
    description: 'When the tenant was disabled; null while it is enabled',
  }),
});
const MemberBody = Type.Object({ email: Email, role: Role }, { additionalProperties: false });
const UserParams = Type.Object({ slug: Slug, userId: Type.String({ format: 'uuid' }) });
const Member = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  role: Role,
  addedAt: DateTime,
});
const ScopeName = Type.String({
  description: `A rostering scope, in full or by its last segment (${ROSTER_SCOPES.map((s) => s.split('/').at(-1)).join(', ')})`,
});
const ClientBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    scopes: Type.Optional(Type.Array(ScopeName, { minItems: 1, maxItems: 3 })),
    roles: Type.Optional(Type.Array(Role, { minItems: 1, maxItems: 3 })),
  },
  { additionalProperties: false },
);
const ClientParams = Type.Object({ slug: Slug, id: Type.String({ pattern: '^rh_[A-Za-z0-9]{24}$' }) });
const ClientWithSecret = Type.Object({ client: Client, clientSecret: Type.String(), notice: Type.String() });
const tenantJson = (t: TenantRecord) => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  disabledAt: t.disabledAt?.toISOString() ?? null,
});
const clientJson = (c: AdminClient) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  revokedAt: c.revokedAt?.toISOString() ?? null,
  lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
});
const fullScope = (s: string) => ROSTER_SCOPES.find((full) => full === s || full.endsWith(`/${s}`)) ?? s;

/** Registers its routes synchronously; the promise satisfies the plugin contract. */
export function tenantRoutes(
  app: FastifyInstance,
  o: {
    config: Config;
    db: Database;
    identities: IdentityService;
    clients: AdminClientService;
    guard: Guard;
    /** Told when a tenant is disabled or enabled, so this node applies it at once. */
    tenantStatus: TenantStatus;
  },
): Promise<void> {
  const { db, identities, clients, guard } = o;

  // Tenants (platform administrators).
  app.get(
    '/tenants',
    {
      preValidation: guard('platform.tenants'),
      schema: {
        summary: 'List tenants (platform administrators)',
        tags: ['admin: tenants'],
        response: responses({ 200: Type.Object({ tenants: Type.Array(TenantEntry) }) }),
      },
    },
    async () => ({ tenants: (await listTenants(db)).map(tenantJson) }),
  );

  app.post<{ Body: Static<typeof TenantBody> }>(
    '/tenants',
    {
      preValidation: guard('platform.tenants'),
      schema: {
        summary: 'Create a tenant (platform administrators)',
        tags: ['admin: tenants'],
        body: TenantBody,
        response: responses({ 201: Type.Object({ tenant: TenantEntry }) }),
      },
    },
    async (request, reply) => {
      const { tenant, created } = await createTenant(db, request.body.slug, request.body.name);
      if (!created)
        throw new HttpError(
          409,
          'conflict',
          `Tenant "${tenant.slug}" already exists`,
          `テナント "${tenant.slug}" は既に存在します`,
        );
      return reply.code(201).send({ tenant: tenantJson(tenant) });
    },
  );

  app.patch<{ Params: Static<typeof SlugParams>; Body: Static<typeof TenantPatch> }>(
    '/tenants/:slug',
    {
      preValidation: guard('platform.tenants'),
      schema: {
        summary: 'Rename, disable or enable a tenant (platform administrators)',
        description:
          'Disabling keeps the data. Other server instances apply it within a few seconds (their cached tenant status).',
        tags: ['admin: tenants'],
        params: SlugParams,
        body: TenantPatch,
        response: responses({ 200: Type.Object({ tenant: TenantEntry }) }),
      },
    },
    async (request) => {
      const { slug } = request.params;
      const found = await tenantRepository.findBySlug(db.kysely, slug);
      const tenant = found && (await tenantRepository.update(db.kysely, found.id, request.body));
      if (!tenant)
        throw new HttpError(
          404,
          'not_found',
          `Unknown tenant "${slug}"`,
          `テナント "${slug}" は存在しません`,
        );
      o.tenantStatus.forget(tenant.id);
      return { tenant: tenantJson(tenant) };
    },
  );

  // Users of a tenant (tenant administrators).
  const userTags = ['admin: users'];
  app.get<{ Params: Static<typeof SlugParams> }>(
    '/tenants/:slug/users',
    {
      preValidation: guard('users.manage'),
      schema: {
        summary: "List the tenant's users and their roles",
        tags: userTags,
        params: SlugParams,
        response: responses({ 200: Type.Object({ users: Type.Array(Member) }) }),
      },
    },
    async (request) => {
      const members = await identities.listMembers(requireTenantOf(request).id);
      return {
        users: members.map((m) => ({
          id: m.userId,
          email: m.email,
          role: m.role,
          addedAt: m.createdAt.toISOString(),
        })),
      };
    },
  );

  app.post<{ Params: Static<typeof SlugParams>; Body: Static<typeof MemberBody> }>(
    '/tenants/:slug/users',
    {
      preValidation: guard('users.manage'),
      schema: {
        summary: 'Add a user to the tenant with a role',
        description:
          'A new account gets a one-time password, returned here only, to be changed at first sign-in; an existing account keeps its password (oneTimePassword is null).',
        tags: userTags,
        params: SlugParams,
        body: MemberBody,
        response: responses({
          201: Type.Object({
            user: Member,
            oneTimePassword: Type.Union([Type.String(), Type.Null()]),
            notice: Type.Union([Type.String(), Type.Null()]),
          }),
        }),
      },
    },
    async (request, reply) => {
      const { user, membership, oneTimePassword } = await identities.addMember(
        requireTenantOf(request).id,
        request.body.email,
        request.body.role,
      );
      return reply.code(201).send({
        user: {
          id: user.id,
          email: user.email,
          role: membership.role,
          addedAt: membership.createdAt.toISOString(),
        },
        oneTimePassword,
        notice: oneTimePassword ? PASSWORD_NOTICE : null,
      });
    },
  );

  app.delete<{ Params: Static<typeof UserParams> }>(
    '/tenants/:slug/users/:userId',
    {
      preValidation: guard('users.manage'),
      schema: {
        summary: 'Remove a user from the tenant',
        tags: userTags,
        params: UserParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      if (request.params.userId === request.identity?.user.id)
        throw new HttpError(
          409,
          'conflict',
          'You cannot remove yourself from a tenant',
          '自分自身をテナントから削除することはできません',
        );
      await identities.removeMember(requireTenantOf(request).id, request.params.userId);
      return reply.code(204).send();
    },
  );

  // API clients (tenant administrators).
  const clientTags = ['admin: API clients'];
  app.get<{ Params: Static<typeof SlugParams> }>(
    '/tenants/:slug/clients',
    {
      preValidation: guard('clients.manage'),
      schema: {
        summary: "List the tenant's API clients, with their last use",
        tags: clientTags,
        params: SlugParams,
        response: responses({ 200: Type.Object({ clients: Type.Array(Client) }) }),
      },
    },
    async (request) => ({ clients: (await clients.list(requireTenantOf(request).id)).map(clientJson) }),
  );

  app.post<{ Params: Static<typeof SlugParams>; Body: Static<typeof ClientBody> }>(
    '/tenants/:slug/clients',
    {
      preValidation: guard('clients.manage'),
      schema: {
        summary: 'Create an API client (the secret is returned once)',
        description:
          'Scopes default to all three rostering scopes, roles to none (rostering only; give admin, uploader or reader for the admin API).',
        tags: clientTags,
        params: SlugParams,
        body: ClientBody,
        response: responses({ 201: ClientWithSecret }),
      },
    },
    async (request, reply) => {
      const { client, secret } = await clients.create(requireTenantOf(request).id, {
        name: request.body.name,
        scopes: request.body.scopes?.map(fullScope),
        roles: request.body.roles,
      });
      return reply
        .code(201)
        .send({ client: clientJson(client), clientSecret: secret, notice: SECRET_NOTICE });
    },
  );

  app.post<{ Params: Static<typeof ClientParams> }>(
    '/tenants/:slug/clients/:id/rotate',
    {
      preValidation: guard('clients.manage'),
      schema: {
        summary: "Rotate an API client's secret (the new secret is returned once; the old one stops working)",
        tags: clientTags,
        params: ClientParams,
        response: responses({ 200: ClientWithSecret }),
      },
    },
    async (request) => {
      const { client, secret } = await clients.rotate(requireTenantOf(request).id, request.params.id);
      return { client: clientJson(client), clientSecret: secret, notice: SECRET_NOTICE };
    },
  );

  app.delete<{ Params: Static<typeof ClientParams> }>(
    '/tenants/:slug/clients/:id',
    {
      preValidation: guard('clients.manage'),
      schema: {
        summary: 'Revoke an API client',
        tags: clientTags,
        params: ClientParams,
        response: responses({ 200: Type.Object({ client: Client }) }),
      },
    },
    async (request) => ({
      client: clientJson(await clients.revoke(requireTenantOf(request).id, request.params.id)),
    }),
  );

  return Promise.resolve();
}
