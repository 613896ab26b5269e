import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Config } from '../config/config.js';
import type { ConnectionPool, PooledConnection, SqlConnection } from './connection.js';
import { migrate } from './migrate.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresPool } from './postgres.js';
import type { Schema } from './schema.js';

export interface Tx extends SqlConnection {
  readonly kysely: Kysely<Schema>;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** Query builder over the pool, for single statements outside a transaction. */
  readonly kysely: Kysely<Schema>;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PGlite in memory instead of the data directory (tests). */
  inMemory?: boolean;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in the data directory. */
export async function openDatabase(
  config: Config['database'],
  opts: DatabaseOptions = {},
): Promise<Database> {
  const pool = config.url
    ? createPostgresPool(config.url)
    : await createPgliteDatabase(opts.inMemory ? null : `${config.dataDir}/pglite`);
  const db = databaseOver(pool);
  if (opts.migrate !== false) {
    try {
      await migrate(db);
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  return db;
}

export function databaseOver(pool: ConnectionPool): Database {
  return {
    kind: pool.kind,
    kysely: new Kysely<Schema>({
      dialect: new PostgresDialect({ pool: kyselyPool(() => pool.connect(), true) }),
    }),
    async transaction(fn) {
      const conn = await pool.connect();
      let broken = false;
      try {
        await conn.query('BEGIN');
        const kysely = new Kysely<Schema>({
          dialect: new PostgresDialect({ pool: kyselyPool(() => Promise.resolve(conn), false) }),
        });
        const result = await fn(txOver(conn, kysely));
        await conn.query('COMMIT');
        return result;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        conn.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** Adapts our connections to the `pg.Pool` shape Kysely's PostgreSQL dialect drives. */
function kyselyPool(acquire: () => Promise<PooledConnection>, releaseAfter: boolean): PostgresPool {
  return {
    async connect() {
      const conn = await acquire();
      return {
        // Kysely streams through cursors only when asked to; we never do, so only the plain form exists.
        query: ((sql: string, params: readonly unknown[]) =>
          conn.query(sql, params)) as PostgresPoolClient['query'],
        release: () => (releaseAfter ? conn.release() : undefined),
      };
    },
    end: () => Promise.resolve(),
  };
}

function txOver(conn: SqlConnection, kysely: Kysely<Schema>): Tx {
  return {
    kysely,
    query: (sql, params) => conn.query(sql, params),
    exec: (sql) => conn.exec(sql),
    copyIn: (table, columns) => conn.copyIn(table, columns),
    copyOut: (select) => conn.copyOut(select),
  };
}
