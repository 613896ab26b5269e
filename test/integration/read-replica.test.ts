import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth } from '../../src/auth/index.js';
import { ROSTER_SCOPES } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { minimalBundle, STUDENT, tempDir, user, writeBundleDir, type BundleData } from '../helpers/bundle.js';
import { adminSql, POSTGRES_ADMIN_URL, testTargets } from '../helpers/db.js';

/*
 * DATABASE_READ_URL on real PostgreSQL. The "replica" is a copy of the primary made with CREATE
 * DATABASE … TEMPLATE: it holds the primary's state at copy time and then stays behind, as a
 * lagging replica does; "replication" is simulated by updating it directly.
 */
const onPostgres = (await testTargets()).some((t) => t.name === 'postgres');

function urlOf(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function withStudentName(givenName: string): BundleData {
  const data = minimalBundle();
  data.users = data.users!.map((u) => (u.sourcedId === STUDENT ? user(STUDENT, { ...u, givenName }) : u));
  return data;
}

describe.skipIf(!onPostgres)('REST reads with a read replica (PostgreSQL)', () => {
  const suffix = randomUUID().replace(/-/g, '').slice(0, 10);
  const primaryName = `rh_primary_${suffix}`;
  const replicaName = `rh_replica_${suffix}`;
  let db: Database;
  let app: FastifyInstance;
  let tokenA: string;
  let tokenB: string;
  let tenantA: string;

  const studentName = async (token: string) => {
    const r = await app.inject({
      method: 'GET',
      url: `/ims/oneroster/rostering/v1p2/users/${STUDENT}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.statusCode).toBe(200);
    return r.json<{ user: { givenName: string } }>().user.givenName;
  };
  const onReplica = async (sql: string, params: unknown[]) => {
    const client = new pg.Client({ connectionString: urlOf(replicaName) });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  const settle = () => new Promise((r) => setTimeout(r, 1_100)); // past the 1 s version caches

  beforeAll(async () => {
    await adminSql(`CREATE DATABASE ${primaryName}`);
    const seed = await openDatabase({ url: urlOf(primaryName), dataDir: '' });
    for (const t of ['a', 'b'])
      expect(
        (await importBundle(seed, await writeBundleDir(withStudentName('一郎')), { tenant: t })).status,
      ).toBe('completed');
    await seed.close();
    await adminSql(`CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
    // After the copy the primary moves on for tenant a only: the replica now lags a, not b.
    // No response cache: every request reaches a database, so the answer shows which one.
    const config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-replica-'),
      RH_API_CACHE_MB: '0',
      DATABASE_URL: urlOf(primaryName),
      DATABASE_READ_URL: urlOf(replicaName),
    });
    db = await openDatabase(config.database);
    expect(db.replica).not.toBeNull();
    expect(
      (await importBundle(db, await writeBundleDir(withStudentName('二郎')), { tenant: 'a' })).status,
    ).toBe('completed');
    const auth = await createAuth(config, db);
    app = await buildApp({ config, db, auth });
    tenantA = (await requireTenant(db, 'a')).id;
    const tenantB = (await requireTenant(db, 'b')).id;
    const token = async (tenantId: string) => {
      const { client } = await auth.clients.create(tenantId, { name: 'lms', scopes: ROSTER_SCOPES });
      return (await auth.tokens.issue(client, ROSTER_SCOPES)).access_token;
    };
    tokenA = await token(tenantA);
    tokenB = await token(tenantB);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await adminSql(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await adminSql(`DROP DATABASE IF EXISTS ${primaryName} WITH (FORCE)`);
  });

  it('serves a tenant the replica has caught up with from the replica', async () => {
    // Marks the replica's copy (same data version) so that an answer from it can be told apart.
    await onReplica(`UPDATE users SET given_name = '三郎' WHERE sourced_id = $1 AND tenant_id <> $2`, [
      STUDENT,
      tenantA,
    ]);
    expect(await studentName(tokenB)).toBe('三郎');
  });

  it('serves a tenant whose last import the replica lacks from the primary', async () => {
    expect(await studentName(tokenA)).toBe('二郎');
    const list = await app.inject({
      method: 'GET',
      url: `/ims/oneroster/rostering/v1p2/users?filter=${encodeURIComponent("givenName='二郎'")}`,
      headers: { authorization: `Bearer ${tokenA}` },
    });
    expect(list.statusCode).toBe(200);
    expect(list.headers['x-total-count']).toBe('1');
  });

  it('moves a tenant to the replica once the replica reaches its data version', async () => {
    const version = (
      await db.kysely
        .selectFrom('tenants')
        .select('data_version')
        .where('id', '=', tenantA)
        .executeTakeFirstOrThrow()
    ).data_version;
    await onReplica(`UPDATE users SET given_name = '四郎' WHERE sourced_id = $1 AND tenant_id = $2`, [
      STUDENT,
      tenantA,
    ]);
    await onReplica(`UPDATE tenants SET data_version = $1 WHERE id = $2`, [version, tenantA]);
    await settle();
    expect(await studentName(tokenA)).toBe('四郎');
  });

  it('falls back to the primary when the replica is gone', async () => {
    await adminSql(`DROP DATABASE ${replicaName} WITH (FORCE)`);
    await settle();
    // Primary data: the replica's marks are gone with it.
    expect(await studentName(tokenB)).toBe('一郎');
    expect(await studentName(tokenA)).toBe('二郎');
  });
});
