import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Config } from '../config/config.js';
import { ROSTER_FILES } from '../model/index.js';
import type { ConnectionPool, CopyWriter, PooledConnection, PoolStats, SqlConnection } from './connection.js';
import { migrate } from './migrate.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresPool } from './postgres.js';
import type { Schema } from './schema.js';

export interface Tx extends SqlConnection {
  readonly kysely: Kysely<Schema>;
}

/** The role tenant-scoped work runs as: not the tables' owner, so row-level security applies to it. */
export const APP_ROLE = 'rosterhub_app';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Query builder over the pool as the connecting (owner) role: platform-level work only (tenants,
   * migrations, token-endpoint client lookup). Tenant data is read and written in `withTenant`.
   */
  readonly kysely: Kysely<Schema>;
  /** Runs a statement outside any transaction as the owner (VACUUM cannot run in one). */
  maintenance(sql: string): Promise<void>;
  /** A platform-level transaction (owner role). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * A transaction bound to one tenant: it runs as APP_ROLE with `app.tenant_id` set, so row-level
   * security admits that tenant's rows only, whatever a query forgets. `readOnly` reads one
   * consistent snapshot (a page, its total and its related rows agree).
   */
  withTenant<T>(
    tenantId: string,
    fn: (tx: Tx) => Promise<T>,
    opts?: { readOnly?: boolean; signal?: AbortSignal },
  ): Promise<T>;
  /** The read replica (DATABASE_READ_URL) for REST reads, null without one; closed with this database. */
  readonly replica: Database | null;
  /** This process's connections to this database now (metrics). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PGlite in memory instead of the data directory (tests). */
  inMemory?: boolean;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * How long to keep trying while PostgreSQL refuses connections or is starting (long-running
   * processes: a server started alongside its database, or restarted during a database restart).
   */
  waitForServerMs?: number;
}

/** Long-running processes started while PostgreSQL restarts wait for it this long before giving up. */
export const DATABASE_WAIT_MS = 60_000;

/** Errors that mean "the server is not there yet" rather than "the request is wrong". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', '57P03', '57P01']);

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in the data directory. */
export async function openDatabase(
  config: Pick<Config['database'], 'url' | 'dataDir'> & Partial<Config['database']>,
  opts: DatabaseOptions = {},
): Promise<Database> {
  const pool = config.url
    ? createPostgresPool(config.url, config.poolSize ?? 10)
    : await createPgliteDatabase(opts.inMemory ? null : `${config.dataDir}/pglite`);
  // A replica is never migrated: it follows the primary's schema by replication.
  const replica =
    config.url && config.readUrl
      ? databaseOver(createPostgresPool(config.readUrl, config.poolSize ?? 10, 'rosterhub-read'))
      : null;
  const db = databaseOver(pool, replica);
  if (opts.migrate !== false) {
    const until = Date.now() + (opts.waitForServerMs ?? 0);
    for (;;) {
      try {
        await migrate(db);
        break;
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (UNREACHABLE.has(code) && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 1_000));
          continue;
        }
        await db.close();
        throw err;
      }
    }
  }
  return db;
}

export function databaseOver(pool: ConnectionPool, replica: Database | null = null): Database {
  return {
    kind: pool.kind,
    replica,
    poolStats: () => pool.stats(),
    kysely: new Kysely<Schema>({
      dialect: new PostgresDialect({ pool: kyselyPool(() => pool.connect(), true) }),
    }),
    transaction: (fn) => run(fn, 'BEGIN'),
    async maintenance(sql) {
      const conn = await pool.connect();
      try {
        await conn.exec(sql);
      } finally {
        conn.release();
      }
    },
    withTenant(tenantId, fn, opts = {}) {
      // Inlined rather than bound so that the whole preamble is one round trip; the id is a checked UUID.
      if (!UUID.test(tenantId)) return Promise.reject(new Error('withTenant needs a tenant UUID'));
      const mode = opts.readOnly ? ' ISOLATION LEVEL REPEATABLE READ READ ONLY' : '';
      return run(
        fn,
        `BEGIN${mode}; SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`,
        opts.signal,
      );
    },
    async close() {
      await Promise.all([pool.end(), replica?.close()]);
    },
  };

  /** `signal`: aborting it cancels the statement running in the transaction, which then rolls back. */
  async function run<T>(fn: (tx: Tx) => Promise<T>, begin: string, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const conn = await pool.connect();
    let broken = false;
    const cancel = () => void conn.cancel?.().catch(() => undefined);
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await conn.exec(begin);
      const kysely = new Kysely<Schema>({
        dialect: new PostgresDialect({ pool: kyselyPool(() => Promise.resolve(conn), false) }),
      });
      const result = await fn(txOver(conn, kysely, begin !== 'BEGIN'));
      await conn.query('COMMIT');
      return result;
    } catch (err) {
      await conn.query('ROLLBACK').catch(() => (broken = true));
      throw err;
    } finally {
      signal?.removeEventListener('abort', cancel);
      conn.release(broken);
    }
  }
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

function txOver(conn: SqlConnection, kysely: Kysely<Schema>, tenantScoped: boolean): Tx {
  return {
    kysely,
    query: (sql, params) => conn.query(sql, params),
    exec: (sql) => conn.exec(sql),
    copyIn: (table, columns) =>
      tenantScoped && BULK_TABLES.has(table)
        ? copyInAsOwner(conn, table, columns)
        : conn.copyIn(table, columns),
    copyOut: (select) => (tenantScoped ? copyOutAsOwner(conn, select) : conn.copyOut(select)),
  };
}

/*
 * PostgreSQL refuses COPY FROM under row-level security, and PGlite's COPY through its virtual
 * file needs the owner: inside a tenant transaction the bulk paths step back to the owner role for
 * the COPY alone. Their rows and queries carry the transaction's tenant id by construction (the
 * roster repository writes and selects by tenant); everything else stays under RLS.
 */
/** The only tables a tenant transaction may COPY into as the owner: the roster tables and their stages. */
const BULK_TABLES: ReadonlySet<string> = new Set(ROSTER_FILES.flatMap((f) => [f.table, `stage_${f.table}`]));

function copyInAsOwner(conn: SqlConnection, table: string, columns: readonly string[]): CopyWriter {
  let inner: Promise<CopyWriter> | null = null;
  const open = () => (inner ??= conn.exec('RESET ROLE').then(() => conn.copyIn(table, columns)));
  return {
    async write(text) {
      await (await open()).write(text);
    },
    async end() {
      await (await open()).end();
      await conn.exec(`SET LOCAL ROLE ${APP_ROLE}`);
    },
  };
}

async function* copyOutAsOwner(conn: SqlConnection, select: string): AsyncIterable<string> {
  await conn.exec('RESET ROLE');
  yield* conn.copyOut(select);
  await conn.exec(`SET LOCAL ROLE ${APP_ROLE}`);
}
