import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './database.js';

/** The SQL files live in src/db/migrations; both src/db and dist/db sit two levels below the root. */
const MIGRATIONS_DIR = new URL('../../src/db/migrations/', import.meta.url);
const LOCK_KEY = 7_212_430_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

async function migrationNames(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((n) => /^\d{4}_.+\.sql$/.test(n)).sort();
}

export async function loadMigrations(): Promise<Migration[]> {
  const names = await migrationNames();
  return Promise.all(
    names.map(async (name) => ({
      version: Number(name.slice(0, 4)),
      name,
      sql: await readFile(new URL(name, MIGRATIONS_DIR), 'utf8'),
    })),
  );
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so several
 * instances can start at once; returns the versions applied.
 */
export async function migrate(db: Database): Promise<number[]> {
  const migrations = await loadMigrations();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

// The bundled set is fixed for the life of a process: read the folder once.
let bundledVersions: Promise<number[]> | undefined;

/**
 * Versions bundled with this build that the database has not applied (readiness: a process must
 * not serve a schema older than its code). Rejects when the database cannot be queried.
 */
export async function pendingMigrations(db: Database): Promise<number[]> {
  bundledVersions ??= migrationNames().then(
    (names) => names.map((n) => Number(n.slice(0, 4))),
    (err: unknown) => {
      bundledVersions = undefined;
      throw err;
    },
  );
  const bundled = await bundledVersions;
  const applied = await sql<{ version: number }>`SELECT version FROM schema_migrations`.execute(db.kysely);
  const done = new Set(applied.rows.map((r) => r.version));
  return bundled.filter((v) => !done.has(v));
}
