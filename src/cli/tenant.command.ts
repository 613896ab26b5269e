import type { Database } from '../db/database.js';
import { createTenant, listTenants } from '../services/tenant.service.js';
import { EXIT, table, type Outcome } from './output.js';

export async function tenantCreateCommand(db: Database, slug: string, name?: string): Promise<Outcome> {
  const { tenant, created } = await createTenant(db, slug, name);
  return {
    exitCode: EXIT.ok,
    json: { tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name }, created },
    text: created
      ? `Created tenant ${tenant.slug} (${tenant.id})`
      : `Tenant ${tenant.slug} already exists (${tenant.id})`,
  };
}

export async function tenantListCommand(db: Database): Promise<Outcome> {
  const tenants = await listTenants(db);
  return {
    exitCode: EXIT.ok,
    json: {
      tenants: tenants.map((t) => ({
        id: t.id,
        slug: t.slug,
        name: t.name,
        createdAt: t.createdAt.toISOString(),
      })),
    },
    text: tenants.length
      ? table([['slug', 'name', 'id'], ...tenants.map((t) => [t.slug, t.name, t.id])])
      : 'No tenants / テナントはありません',
  };
}
