import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testTargets, useDatabase } from '../helpers/db.js';

/**
 * The scaling plan of docs/operations.md (hash partitioning or Citus distribution by tenant_id)
 * rests on every key of a tenant table starting with tenant_id: a unique index that does not
 * include the distribution column cannot be enforced per shard. This reads the migrated catalog.
 */
const targets = await testTargets();

/** Tables with a tenant_id whose primary key is not led by it, and why. */
const PRIMARY_KEY_EXCEPTIONS: Record<string, string> = {
  // Client ids are global: the token endpoint finds the client (and so its tenant) by id alone.
  // A small table: a Citus reference table, or left unpartitioned.
  api_clients: 'api_clients_pkey',
  // No primary key at all (nothing references an event; every index costs the API path), and
  // platform events have tenant_id NULL: partitioned by time, not by tenant.
  audit_events: '',
};

/** Non-unique indexes of tenant tables not led by tenant_id: deliberate cross-tenant scans. */
const CROSS_TENANT_INDEXES = [
  'audit_events_at', // retention purge by time (BRIN), all tenants at once
  'memberships_user_idx', // a signed-in person's tenants
  'uploads_files_kept_idx', // housekeeping: upload files past retention, all tenants
  'uploads_unfinished_idx', // recovery after a crash: unfinished uploads, all tenants
];

interface IndexRow {
  table: string;
  index: string | null;
  primary: boolean | null;
  unique: boolean | null;
  first: string | null;
}

describe.each(targets)('tenant keys on $name', (target) => {
  const db = useDatabase(target);

  async function tenantTableIndexes(): Promise<IndexRow[]> {
    const r = await sql<IndexRow>`
      SELECT t.relname AS table, x.relname AS index, i.indisprimary AS primary, i.indisunique AS unique,
             (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[0]) AS first
      FROM pg_class t
      JOIN pg_namespace n ON n.oid = t.relnamespace
      LEFT JOIN pg_index i ON i.indrelid = t.oid
      LEFT JOIN pg_class x ON x.oid = i.indexrelid
      WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = t.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
      ORDER BY 1, 2`.execute(db().kysely);
    return r.rows;
  }

  it('finds the tenant tables of the schema', async () => {
    const tables = new Set((await tenantTableIndexes()).map((r) => r.table));
    for (const t of ['users', 'enrollments', 'imports', 'uploads', 'record_versions', 'memberships'])
      expect(tables).toContain(t);
    expect(tables.size).toBeGreaterThanOrEqual(16);
  });

  it('every tenant table has a primary key led by tenant_id, bar the listed exceptions', async () => {
    const rows = await tenantTableIndexes();
    const tables = [...new Set(rows.map((r) => r.table))];
    const offenders = tables.filter((table) => {
      const pk = rows.find((r) => r.table === table && r.primary);
      return pk?.first !== 'tenant_id';
    });
    expect(offenders.sort()).toEqual(Object.keys(PRIMARY_KEY_EXCEPTIONS).sort());
  });

  it('every unique index of a tenant table is led by tenant_id, bar the listed exceptions', async () => {
    const rows = await tenantTableIndexes();
    const offenders = rows.filter((r) => r.unique && r.first !== 'tenant_id').map((r) => r.index);
    const allowed = Object.values(PRIMARY_KEY_EXCEPTIONS).filter(Boolean);
    expect(offenders.sort()).toEqual(allowed.sort());
    expect(rows.filter((r) => r.unique).length).toBeGreaterThanOrEqual(16);
  });

  it('the only other indexes not led by tenant_id are the known cross-tenant scans', async () => {
    const rows = await tenantTableIndexes();
    const crossTenant = rows
      .filter((r) => r.index && !r.unique && r.first !== 'tenant_id')
      .map((r) => r.index);
    expect(crossTenant.sort()).toEqual(CROSS_TENANT_INDEXES);
  });
});
