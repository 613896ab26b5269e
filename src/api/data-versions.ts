import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { tenantRepository } from '../repositories/tenant.repository.js';

/**
 * Each tenant's data version as this node last read it. A read is reused for `maxAgeMs`, so a node
 * serving thousands of requests a second asks the database a few times a second at most; an
 * import committed by another node is visible here within that time (docs/decisions.md).
 */
export class DataVersions {
  private readonly known = new Map<string, { version: string; readAt: number }>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly maxAgeMs = 1000,
  ) {}

  async current(tenantId: string): Promise<string> {
    const hit = this.known.get(tenantId);
    if (hit && performance.now() - hit.readAt < this.maxAgeMs) return hit.version;
    // Concurrent requests of one tenant share one read.
    let read = this.pending.get(tenantId);
    if (!read) {
      read = tenantRepository
        .dataVersion(this.db, tenantId)
        .then((v) => {
          const version = v ?? 'none';
          this.known.set(tenantId, { version, readAt: performance.now() });
          return version;
        })
        .finally(() => this.pending.delete(tenantId));
      this.pending.set(tenantId, read);
    }
    return read;
  }

  /** Forgets what this node knows (an import here just committed). */
  invalidate(tenantId: string): void {
    this.known.delete(tenantId);
  }
}
