import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/api/entities.js';
import { APP_ROLE } from '../../src/db/database.js';
import { rosteringRepository } from '../../src/repositories/rostering.repository.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { minimalBundle, writeBundleDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

describe.each(targets)('row-level security on $name', (target) => {
  const db = useDatabase(target);
  let a: string;
  let b: string;

  beforeAll(async () => {
    const bundle = await writeBundleDir(minimalBundle());
    for (const slug of ['rls-a', 'rls-b']) await importBundle(db(), bundle, { tenant: slug });
    a = (await requireTenant(db(), 'rls-a')).id;
    b = (await requireTenant(db(), 'rls-b')).id;
  });

  it('every table with a tenant_id has RLS enabled and the tenant policy for the app role', async () => {
    const r = await sql<{ table: string; rls: boolean; policies: number }>`
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             (SELECT count(*)::int FROM pg_policies p
               WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation' AND ${APP_ROLE} = ANY (p.roles)) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND (c.relname = 'tenants' OR EXISTS (SELECT 1 FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
      ORDER BY 1`.execute(db().kysely);
    expect(r.rows.length).toBeGreaterThanOrEqual(12);
    for (const row of r.rows) expect(row, row.table).toMatchObject({ rls: true, policies: 1 });
  });

  it('the app role cannot bypass RLS and owns nothing', async () => {
    const role = await sql<{ super: boolean; bypass: boolean; owned: number }>`
      SELECT rolsuper AS super, rolbypassrls AS bypass,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
      FROM pg_roles r WHERE rolname = ${APP_ROLE}`.execute(db().kysely);
    expect(role.rows).toEqual([{ super: false, bypass: false, owned: 0 }]);
  });

  it('a query without its tenant condition sees one tenant only', async () => {
    const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(db().kysely);
    const seen = await db().withTenant(a, async (tx) => {
      const r = await sql<{ tenant_id: string }>`SELECT tenant_id FROM users`.execute(tx.kysely);
      return r.rows.map((row) => row.tenant_id);
    });
    expect(total.rows[0]!.n).toBe(seen.length * 2);
    expect(new Set(seen)).toEqual(new Set([a]));
  });

  it("a repository asked for another tenant's rows inside a tenant transaction gets nothing", async () => {
    const page = { subsets: [], filter: null, sort: null, limit: 100, offset: 0 };
    const own = await db().withTenant(a, (tx) => rosteringRepository.page(tx.kysely, a, ENTITIES.user, page));
    const other = await db().withTenant(a, (tx) =>
      rosteringRepository.page(tx.kysely, b, ENTITIES.user, page),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(other).toEqual([]);
    const count = await db().withTenant(a, (tx) =>
      rosteringRepository.count(tx.kysely, b, ENTITIES.user, [], null),
    );
    expect(count).toBe(0);
  });

  it("writes cannot reach or create another tenant's rows", async () => {
    const updated = await db().withTenant(a, async (tx) => {
      const r = await tx.query(`UPDATE users SET given_name = given_name`);
      return r.rowCount;
    });
    const ofA = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE tenant_id = ${a}`.execute(
      db().kysely,
    );
    expect(updated).toBe(ofA.rows[0]!.n);
    await expect(
      db().withTenant(a, (tx) =>
        tx.query(
          `INSERT INTO orgs (tenant_id, sourced_id, status, date_created, date_last_modified, content_hash, name, type)
           VALUES ($1, 'intruder', 'active', now(), now(), 'x', 'x', 'school')`,
          [b],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const tenants = await db().withTenant(a, async (tx) => (await tx.query(`SELECT id FROM tenants`)).rows);
    expect(tenants).toEqual([{ id: a }]);
  });

  it('refuses a tenant transaction without a tenant id', async () => {
    await expect(db().withTenant('', () => Promise.resolve())).rejects.toThrow(/tenant UUID/);
    await expect(db().withTenant("x'; DROP TABLE users; --", () => Promise.resolve())).rejects.toThrow();
  });
});
