import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { TenantDisabledError } from '../../auth/tenant-status.js';
import type { TokenService } from '../../auth/token.service.js';
import type { Database } from '../../db/database.js';
import { forbidden, HttpError, unauthenticated } from '../../identity/errors.js';
import type { Identity, IdentityService } from '../../identity/identity.service.js';
import { roleGrants, type Permission } from '../../identity/permissions.js';
import { TENANT_ROLES, type TenantRole } from '../../repositories/membership.repository.js';
import { tenantRepository, type Tenant } from '../../repositories/tenant.repository.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False on routes exempt from the CSRF check (sign-in, which has no session yet). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in admin user and session (admin API only). */
    identity: Identity | null;
    /** The tenant a tenant-scoped admin route addresses, once its permission is checked. */
    adminTenant: Tenant | null;
    adminRole: TenantRole | null;
    /** The API client when the request authenticated with a bearer token instead of a session. */
    adminClientId: string | null;
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A disabled tenant's members and clients: its data is kept, but they cannot reach it. */
export const tenantDisabled = (): HttpError =>
  new HttpError(
    403,
    'tenant_disabled',
    'This tenant is disabled: ask the platform administrator to enable it',
    'このテナントは無効化されています。プラットフォーム管理者に有効化を依頼してください',
  );

export function requireIdentity(request: FastifyRequest): Identity {
  if (!request.identity) throw unauthenticated();
  return request.identity;
}

export function requireTenantOf(request: FastifyRequest): Tenant {
  if (!request.adminTenant) throw new Error('route has no tenant permission guard');
  return request.adminTenant;
}

export interface GuardOptions {
  allowPendingPasswordChange?: boolean;
  /**
   * The addressed tenant's slug when the path has no `:slug` (routes whose tenant comes from the
   * caller); undefined lets an API client's token decide.
   */
  slugOf?: (request: FastifyRequest) => Promise<string | undefined>;
}

export type Guard = (permission: Permission | null, opts?: GuardOptions) => preValidationAsyncHookHandler;

/**
 * `requirePermission`: a signed-in session (401), a changed one-time password (403
 * password_change_required), then the permission (403). Tenant permissions come from the user's
 * role in the tenant of `:slug`, read under that tenant's row-level security; platform
 * administrators hold every permission. Non-members get 403 whether or not the tenant exists;
 * members of a disabled tenant get 403 tenant_disabled (platform administrators only cannot upload).
 */
export function guardFor(db: Database, identities: IdentityService, tokens: TokenService): Guard {
  /**
   * An API client's bearer token (no session): tenant permissions only, in its own tenant, from
   * the roles it holds now (read under the tenant's row-level security). Not subject to CSRF: the
   * browser never sends the Authorization header on its own.
   */
  async function asClient(
    request: FastifyRequest,
    permission: Permission | null,
    slugOf: GuardOptions['slugOf'],
  ): Promise<void> {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!m) throw unauthenticated();
    const claims = await tokens.verify(m[1]!).catch((err: unknown) => {
      throw err instanceof TenantDisabledError ? tenantDisabled() : unauthenticated();
    });
    // Session routes need a session; platform administration is for people only.
    if (!permission) throw unauthenticated();
    if (permission === 'platform.tenants') throw forbidden();
    const slug = slugOf ? await slugOf(request) : (request.params as { slug?: unknown }).slug;
    const tenant =
      slug === undefined && slugOf
        ? await tenantRepository.findById(db.kysely, claims.tenantId)
        : typeof slug === 'string' && SLUG.test(slug)
          ? await tenantRepository.findBySlug(db.kysely, slug)
          : null;
    if (!tenant || tenant.id !== claims.tenantId) throw forbidden();
    // Read just now: no wait for the token check's cache when the tenant was disabled elsewhere.
    if (tenant.disabledAt) throw tenantDisabled();
    const row = await db.withTenant(
      tenant.id,
      (tx) =>
        tx.kysely
          .withTables<{ api_clients: { roles: string[] } }>()
          .selectFrom('api_clients')
          .select('roles')
          .where('tenant_id', '=', tenant.id)
          .where('id', '=', claims.clientId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst(),
      { readOnly: true },
    );
    const roles = (row?.roles ?? []).filter((r): r is TenantRole => TENANT_ROLES.includes(r as TenantRole));
    request.adminTenant = tenant;
    request.adminClientId = claims.clientId;
    if (!roles.some((r) => roleGrants(r, permission))) throw forbidden();
  }

  return (permission, opts = {}) =>
    async function requirePermission(request) {
      if (!request.identity && request.headers.authorization)
        return asClient(request, permission, opts.slugOf);
      const identity = requireIdentity(request);
      if (identity.user.mustChangePassword && !opts.allowPendingPasswordChange)
        throw new HttpError(
          403,
          'password_change_required',
          'Change your one-time password first (POST /api/v1/session/password)',
          '最初にワンタイムパスワードを変更してください（POST /api/v1/session/password）',
        );
      if (!permission) return;
      if (permission === 'platform.tenants') {
        if (!identity.user.isPlatformAdmin) throw forbidden();
        return;
      }
      const slug = opts.slugOf ? await opts.slugOf(request) : (request.params as { slug?: unknown }).slug;
      const tenant =
        typeof slug === 'string' && SLUG.test(slug)
          ? await tenantRepository.findBySlug(db.kysely, slug)
          : null;
      if (identity.user.isPlatformAdmin) {
        if (!tenant)
          throw new HttpError(
            404,
            'not_found',
            `Unknown tenant "${String(slug)}"`,
            `テナント "${String(slug)}" は存在しません`,
          );
        request.adminTenant = tenant;
        // Platform administrators still see and manage a disabled tenant, but send it no new data.
        if (tenant.disabledAt && permission === 'tenant.upload') throw tenantDisabled();
        return;
      }
      const role = tenant ? await identities.roleIn(tenant.id, identity.user.id) : null;
      // A member's denied request belongs in that tenant's audit log; an outsider's does not.
      if (role) request.adminTenant = tenant;
      // Members only: outsiders learn nothing of the tenant, not even that it is disabled.
      if (role && tenant?.disabledAt) throw tenantDisabled();
      if (!role || !roleGrants(role, permission)) throw forbidden();
      request.adminRole = role;
    };
}
