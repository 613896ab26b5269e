import type { Database, Tx } from '../db/database.js';
import { DomainError } from '../services/errors.js';
import { DataVersions } from './data-versions.js';

/**
 * Sends a tenant's REST reads to the read replica (DATABASE_READ_URL) when the replica has caught up
 * with that tenant's data version on the primary, and to the primary otherwise: an LMS that polls
 * right after an import sees the import, never the replica's older state. Both versions are
 * per-node reads cached for a second, so the check costs no round trip per request. A replica
 * that fails a read is not trusted for that read: it runs again on the primary.
 */
export class ReadRouter {
  private readonly replicaVersions: DataVersions | null;

  constructor(
    private readonly primary: Database,
    private readonly replica: Database | null = primary.replica,
  ) {
    this.replicaVersions = replica ? new DataVersions(replica.kysely) : null;
  }

  /** A read-only tenant transaction on the pool that can serve `version` of the tenant's data. */
  async withTenant<T>(tenantId: string, version: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.replica && (await this.replicaHas(tenantId, version))) {
      try {
        return await this.replica.withTenant(tenantId, fn, { readOnly: true });
      } catch (err) {
        // An answer (unknown object, bad filter) is the same on both; only a failure is retried.
        if (err instanceof DomainError) throw err;
      }
    }
    return this.primary.withTenant(tenantId, fn, { readOnly: true });
  }

  private async replicaHas(tenantId: string, version: string): Promise<boolean> {
    try {
      return (await this.replicaVersions!.current(tenantId)) === version;
    } catch {
      return false;
    }
  }
}
