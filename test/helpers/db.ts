import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';

/**
 * The databases integration suites run on: PGlite always, PostgreSQL when reachable. Under CI
 * (CI=true) an unreachable PostgreSQL fails the run instead of skipping it.
 */
export interface TestTarget {
  name: 'pglite' | 'postgres';
  /** Opens a migrated database private to the calling test file. */
  open(): Promise<Database>;
  /** For child processes: the DATABASE_URL / RH_DATA_DIR they must use to reach the same database. */
  env(): Record<string, string>;
  cleanup(): Promise<void>;
}

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement on the PostgreSQL server as its administrator (CREATE/DROP DATABASE…). */
export async function adminSql(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function postgresTarget(): TestTarget {
  const name = `rh_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  let created = false;
  return {
    name: 'postgres',
    async open() {
      if (!created) await adminSql(`CREATE DATABASE ${name}`);
      created = true;
      return openDatabase({ url: url.toString(), dataDir: '' });
    },
    env: () => ({ DATABASE_URL: url.toString() }),
    async cleanup() {
      if (created) await adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function pgliteTarget(dataDir?: string): TestTarget {
  return {
    name: 'pglite',
    open: () => openDatabase({ url: null, dataDir: dataDir ?? '' }, { inMemory: !dataDir }),
    env: (): Record<string, string> => (dataDir ? { RH_DATA_DIR: dataDir } : {}),
    cleanup: () => Promise.resolve(),
  };
}

/** Targets for `describe.each`; pass `dataDir` when another process must open the same PGlite files. */
export async function testTargets(opts: { pgliteDataDir?: string } = {}): Promise<TestTarget[]> {
  const targets = [pgliteTarget(opts.pgliteDataDir)];
  if (await postgresReachable()) targets.push(postgresTarget());
  else if (process.env.CI === 'true')
    throw new Error(`PostgreSQL is required under CI but ${POSTGRES_ADMIN_URL} is unreachable`);
  else
    console.warn(
      `PostgreSQL unreachable at ${POSTGRES_ADMIN_URL}: running the PGlite half of this suite only`,
    );
  return targets;
}

/**
 * Opens the target's database for the enclosing `describe` (closed and dropped after it); the
 * returned getter reads the open handle inside tests.
 */
export function useDatabase(target: TestTarget): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(async () => {
    await db?.close();
    await target.cleanup();
  });
  return () => {
    if (!db) throw new Error('database not open yet');
    return db;
  };
}

/** A database of its own on the PostgreSQL server, for suites whose child processes connect to it. */
export function scratchDatabase(prefix: string): {
  name: string;
  url: string;
  create(): Promise<void>;
  drop(): Promise<void>;
} {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    create: () => adminSql(`CREATE DATABASE ${name}`),
    drop: () => adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
