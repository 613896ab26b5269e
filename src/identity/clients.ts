import { randomBytes } from 'node:crypto';
import type { Auth } from '../auth/index.js';
import { newClientId } from '../auth/client.service.js';
import { ROSTER_SCOPES, isRosterScope } from '../auth/scopes.js';
import { hashSecret } from '../auth/secret-hash.js';
import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import type { TenantRole } from '../repositories/membership.repository.js';
import { HttpError } from './errors.js';

export interface AdminClient {
  id: string;
  name: string;
  scopes: string[];
  roles: TenantRole[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const COLUMNS = ['id', 'name', 'scopes', 'roles', 'created_at', 'revoked_at', 'last_used_at'] as const;
type Row = {
  id: string;
  name: string;
  scopes: string[];
  roles: string[];
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
};
const toClient = (r: Row): AdminClient => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  roles: r.roles as TenantRole[],
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/** Migration 0007's `api_clients.roles`, known to this module only (the shared table type stays as it was). */
type WithRoles = { api_clients: { roles: ColumnType<string[], string[] | undefined, string[]> } };
const withRoles = (k: Kysely<Schema>) => k.withTables<WithRoles>();

const notFound = (id: string) =>
  new HttpError(404, 'not_found', `Unknown client "${id}"`, `クライアント "${id}" は存在しません`);

/** API clients as the admin API manages them: every read and write inside the tenant's transaction. */
export class AdminClientService {
  constructor(
    private readonly db: Database,
    private readonly auth: Auth,
  ) {}

  async create(
    tenantId: string,
    o: { name?: string; scopes?: string[]; roles?: TenantRole[] },
  ): Promise<{ client: AdminClient; secret: string }> {
    const scopes = [...new Set(o.scopes ?? ROSTER_SCOPES)];
    const unknown = scopes.filter((s) => !isRosterScope(s));
    if (!scopes.length || unknown.length)
      throw new HttpError(
        400,
        'invalid_input',
        `Scopes must be among: ${ROSTER_SCOPES.join(', ')}`,
        `スコープは次の中から指定してください: ${ROSTER_SCOPES.join(', ')}`,
      );
    // Least privilege: admin-API roles only when asked for; rostering needs scopes alone.
    const roles = [...new Set(o.roles ?? [])];
    const secret = randomBytes(32).toString('base64url');
    const id = newClientId();
    const secretHash = await hashSecret(secret);
    const row = await this.db.withTenant(tenantId, (tx) =>
      withRoles(tx.kysely)
        .insertInto('api_clients')
        .values({
          id,
          tenant_id: tenantId,
          name: o.name?.trim() || id,
          secret_hash: secretHash,
          scopes,
          roles,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow(),
    );
    return { client: toClient(row), secret };
  }

  async list(tenantId: string): Promise<AdminClient[]> {
    const rows = await this.db.withTenant(
      tenantId,
      (tx) =>
        withRoles(tx.kysely)
          .selectFrom('api_clients')
          .select(COLUMNS)
          .where('tenant_id', '=', tenantId)
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
      { readOnly: true },
    );
    return rows.map(toClient);
  }

  /** A new secret (returned once); the old one stops working at once. Revoked clients cannot rotate. */
  async rotate(tenantId: string, id: string): Promise<{ client: AdminClient; secret: string }> {
    const secret = randomBytes(32).toString('base64url');
    const secretHash = await hashSecret(secret);
    const row = await this.db.withTenant(tenantId, (tx) =>
      withRoles(tx.kysely)
        .updateTable('api_clients')
        .set({ secret_hash: secretHash })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returning(COLUMNS)
        .executeTakeFirst(),
    );
    if (!row) throw notFound(id);
    return { client: toClient(row), secret };
  }

  /** Revokes a client of this tenant: no new tokens, and issued ones die within a revocation refresh. */
  async revoke(tenantId: string, id: string): Promise<AdminClient> {
    const row = await this.db.withTenant(tenantId, (tx) =>
      withRoles(tx.kysely)
        .selectFrom('api_clients')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    if (!row) throw notFound(id);
    await this.auth.clients.revoke(id);
    const [client] = (await this.list(tenantId)).filter((c) => c.id === id);
    return client!;
  }
}
