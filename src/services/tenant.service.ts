import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { tenantRepository, type Tenant } from '../repositories/tenant.repository.js';
import { DomainError } from './errors.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function assertSlug(slug: string): void {
  if (!SLUG.test(slug)) {
    throw new DomainError(
      'invalid_input',
      `Invalid tenant slug "${slug}": use lower-case letters, digits and hyphens (at most 63)`,
      `テナント名 "${slug}" が正しくありません。英小文字・数字・ハイフン（63 文字以内）で指定してください`,
    );
  }
}

export async function createTenant(
  db: Database,
  slug: string,
  name?: string,
): Promise<{ tenant: Tenant; created: boolean }> {
  assertSlug(slug);
  return tenantRepository.insert(db.kysely, { id: randomUUID(), slug, name: name ?? slug });
}

export async function requireTenant(db: Database, slug: string): Promise<Tenant> {
  assertSlug(slug);
  const tenant = await tenantRepository.findBySlug(db.kysely, slug);
  if (!tenant)
    throw new DomainError('not_found', `Unknown tenant "${slug}"`, `テナント "${slug}" は存在しません`);
  return tenant;
}

export function listTenants(db: Database): Promise<Tenant[]> {
  return tenantRepository.list(db.kysely);
}
