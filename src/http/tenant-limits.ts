import type { Database } from '../db/database.js';
import { tenantSettingsRepository } from '../repositories/tenant-settings.repository.js';
import type { TenantLimit } from './rate-limits.js';

/**
 * Per-tenant hourly budgets from the tenant settings, read at most every `maxAgeMs` per tenant:
 * the rate limiter asks on every API request, so the answer must come from memory. A changed
 * setting applies within that time on every node.
 */
export function tenantSettingsLimits(db: Database, maxAgeMs = 30_000): TenantLimit {
  const known = new Map<string, { reads: number | null; uploads: number | null; at: number }>();
  const pending = new Map<string, Promise<{ reads: number | null; uploads: number | null }>>();
  const read = (tenantId: string) => {
    let p = pending.get(tenantId);
    if (!p) {
      p = db
        .withTenant(tenantId, (tx) => tenantSettingsRepository.find(tx.kysely, tenantId), { readOnly: true })
        .then((s) => {
          const limits = { reads: s?.readsPerHour ?? null, uploads: s?.uploadsPerHour ?? null };
          known.set(tenantId, { ...limits, at: performance.now() });
          return limits;
        })
        .finally(() => pending.delete(tenantId));
      pending.set(tenantId, p);
    }
    return p;
  };
  return async (tenantId, kind) => {
    const hit = known.get(tenantId);
    const limits = hit && performance.now() - hit.at < maxAgeMs ? hit : await read(tenantId);
    return (kind === 'reads' ? limits.reads : limits.uploads) ?? undefined;
  };
}
