import { ClientService, type ApiClient } from '../auth/client.service.js';
import { createRevocationList } from '../auth/revocation.js';
import { ROSTER_SCOPES } from '../auth/scopes.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { requireTenant } from '../services/tenant.service.js';
import { EXIT, table, type Outcome } from './output.js';
import { TENANT_ROLES } from '../repositories/membership.repository.js';
import { DomainError } from '../services/errors.js';

/** Commands run once: the revocation list is written to, never polled. */
async function withClients<T>(
  db: Database,
  config: Config,
  fn: (clients: ClientService) => Promise<T>,
): Promise<T> {
  const revocations = createRevocationList(config, db);
  try {
    return await fn(new ClientService(db, revocations, config.auth.tokenTtlSeconds));
  } finally {
    await revocations.close();
  }
}

function clientJson(c: ApiClient): Record<string, unknown> {
  return {
    id: c.id,
    tenantId: c.tenantId,
    name: c.name,
    scopes: c.scopes,
    createdAt: c.createdAt.toISOString(),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
  };
}

/** `--scopes` accepts full URIs or their short names (roster-core.readonly, …). */
export function parseScopes(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ROSTER_SCOPES.find((full) => full === s || full.endsWith(`/${s}`)) ?? s);
}

export async function clientCreateCommand(
  db: Database,
  config: Config,
  o: { tenant: string; scopes?: string; name?: string; roles?: string },
): Promise<Outcome> {
  const tenant = await requireTenant(db, o.tenant);
  const roles = (o.roles ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(TENANT_ROLES as readonly string[]).includes(r));
  if (unknown.length)
    throw new DomainError(
      'invalid_input',
      `Roles must be among: ${TENANT_ROLES.join(', ')} (unknown: ${unknown.join(', ')})`,
      `ロールは次の中から指定してください: ${TENANT_ROLES.join(', ')}`,
    );
  const { client, secret } = await withClients(db, config, (clients) =>
    clients.create(tenant.id, { name: o.name, scopes: parseScopes(o.scopes), roles }),
  );
  const notice =
    'The secret is shown only now: store it safely. / シークレットは今回のみ表示されます。安全に保管してください。';
  return {
    exitCode: EXIT.ok,
    json: { client: clientJson(client), clientSecret: secret, notice },
    text: [
      `Created client ${client.name} for tenant ${tenant.slug}`,
      `client_id:     ${client.id}`,
      `client_secret: ${secret}`,
      `scopes:        ${client.scopes.join(' ')}`,
      notice,
    ].join('\n'),
  };
}

export async function clientListCommand(db: Database, config: Config, slug: string): Promise<Outcome> {
  const tenant = await requireTenant(db, slug);
  const list = await withClients(db, config, (clients) => clients.list(tenant.id));
  const short = (scopes: string[]) => scopes.map((s) => s.slice(s.lastIndexOf('/') + 1)).join(' ');
  return {
    exitCode: EXIT.ok,
    json: { tenant: { id: tenant.id, slug: tenant.slug }, clients: list.map(clientJson) },
    text: list.length
      ? table([
          ['id', 'name', 'status', 'last used', 'scopes'],
          ...list.map((c) => [
            c.id,
            c.name,
            c.revokedAt ? 'revoked' : 'active',
            c.lastUsedAt?.toISOString() ?? '-',
            short(c.scopes),
          ]),
        ])
      : `No clients for ${tenant.slug} / クライアントはありません`,
  };
}

export async function clientRevokeCommand(db: Database, config: Config, id: string): Promise<Outcome> {
  const client = await withClients(db, config, (clients) => clients.revoke(id));
  return {
    exitCode: EXIT.ok,
    json: { client: clientJson(client) },
    text: `Revoked client ${client.id} (${client.name}); its tokens stop working within seconds`,
  };
}
