import type { Kysely, Selectable } from 'kysely';
import type { ApiClientsTable, Schema } from '../db/schema.js';

export interface ApiClient {
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

type Row = Selectable<ApiClientsTable>;

function toClient(row: Omit<Row, 'secret_hash' | 'roles'>): ApiClient {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

const PUBLIC_COLUMNS = [
  'id',
  'tenant_id',
  'name',
  'scopes',
  'created_at',
  'revoked_at',
  'last_used_at',
] as const;

/** API clients; the secret hash leaves this module only through `findWithSecret`. */
export const clientRepository = {
  async insert(
    db: Kysely<Schema>,
    c: { id: string; tenantId: string; name: string; secretHash: string; scopes: string[]; roles?: string[] },
  ): Promise<ApiClient> {
    const row = await db
      .insertInto('api_clients')
      .values({
        id: c.id,
        tenant_id: c.tenantId,
        name: c.name,
        secret_hash: c.secretHash,
        scopes: c.scopes,
        roles: c.roles ?? [],
      })
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    return toClient(row);
  },

  async findWithSecret(
    db: Kysely<Schema>,
    id: string,
  ): Promise<{ client: ApiClient; secretHash: string } | null> {
    const row = await db.selectFrom('api_clients').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { client: toClient(row), secretHash: row.secret_hash } : null;
  },

  async find(db: Kysely<Schema>, id: string): Promise<ApiClient | null> {
    const row = await db
      .selectFrom('api_clients')
      .select(PUBLIC_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toClient(row) : null;
  },

  async listByTenant(db: Kysely<Schema>, tenantId: string): Promise<ApiClient[]> {
    const rows = await db
      .selectFrom('api_clients')
      .select(PUBLIC_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toClient);
  },

  /** Sets revoked_at once; a second revoke keeps the first time. Null when the id is unknown. */
  async revoke(db: Kysely<Schema>, id: string, at: Date): Promise<ApiClient | null> {
    const row = await db
      .updateTable('api_clients')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
      .where('id', '=', id)
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirst();
    return row ? toClient(row) : null;
  },

  async touch(db: Kysely<Schema>, id: string, at: Date): Promise<void> {
    await db.updateTable('api_clients').set({ last_used_at: at }).where('id', '=', id).execute();
  },
};
