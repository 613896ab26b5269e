import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { tenantRepository } from '../repositories/tenant.repository.js';
import { DomainError } from '../services/errors.js';

/**
 * How long a node trusts what it last read of a tenant's status. Disabling a tenant takes effect
 * at once on the node that did it and within this time on the others (docs/decisions.md).
 */
export const TENANT_STATUS_MAX_AGE_MS = 5000;

/** A bearer token or client of a disabled tenant: refused with 403 and this message. */
export class TenantDisabledError extends DomainError {
  constructor() {
    super(
      'forbidden',
      'The tenant of this API client is disabled: ask the platform administrator to enable it',
      'この API クライアントのテナントは無効化されています。プラットフォーム管理者に有効化を依頼してください',
    );
  }
}

/**
 * Whether tenants are disabled, as this node last read it: the bearer check asks on every API
 * request, so a read is reused for `maxAgeMs` and concurrent requests share one read.
 */
export class TenantStatus {
  private readonly known = new Map<string, { disabled: boolean; readAt: number }>();
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly maxAgeMs = TENANT_STATUS_MAX_AGE_MS,
  ) {}

  /** Unknown tenants count as enabled: their tokens fail elsewhere. `maxAgeMs` 0 reads afresh. */
  async isDisabled(tenantId: string, maxAgeMs = this.maxAgeMs): Promise<boolean> {
    const hit = this.known.get(tenantId);
    if (hit && performance.now() - hit.readAt < maxAgeMs) return hit.disabled;
    let read = this.pending.get(tenantId);
    if (!read) {
      read = tenantRepository
        .disabledAt(this.db, tenantId)
        .then((at) => {
          const disabled = at instanceof Date;
          this.known.set(tenantId, { disabled, readAt: performance.now() });
          return disabled;
        })
        .finally(() => this.pending.delete(tenantId));
      this.pending.set(tenantId, read);
    }
    return read;
  }

  /** Forgets what this node knows of a tenant (it was just disabled or enabled here). */
  forget(tenantId: string): void {
    this.known.delete(tenantId);
  }
}
