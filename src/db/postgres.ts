import { once } from 'node:events';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { ident, type ConnectionPool, type CopyWriter, type PooledConnection } from './connection.js';

// Dates travel as text: record timestamps are compared and re-emitted, never computed on.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Data queued for a COPY before the writer waits. One long COPY per file keeps the server busy while
 * rows are parsed; short COPY statements each cost round trips that stall behind parsing (measured:
 * 70 COPYs of ~1 MB spent 7.5 s of a 22 s import waiting).
 */
const COPY_QUEUE_BYTES = 8 << 20;

function copyWriter(stream: Writable): CopyWriter {
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  // Observed by end(); without this an early server error would surface as an unhandled rejection.
  finished.catch(() => undefined);
  return {
    async write(text) {
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), finished]);
    },
    async end() {
      stream.end();
      await finished;
    },
  };
}

export function createPostgresPool(url: string, max = 10, applicationName = 'rosterhub'): ConnectionPool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: applicationName });
  // An idle client that loses its server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  // A checked-out client has no pool listener: a server shutdown must fail its next query, not the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    kind: 'postgres',
    async connect() {
      return wrap(await pool.connect(), url);
    },
    stats: () => ({ max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    end: () => pool.end(),
  };
}

function wrap(client: pg.PoolClient, url: string): PooledConnection {
  return {
    // On a connection of its own: the pool may be full or closing when a stop cancels an import.
    async cancel() {
      const pid = (client as pg.PoolClient & { processID?: number }).processID;
      if (!pid) return;
      const other = new pg.Client({ connectionString: url, application_name: 'rosterhub-cancel' });
      other.on('error', () => undefined);
      await other.connect();
      try {
        await other.query('SELECT pg_cancel_backend($1)', [pid]);
      } finally {
        await other.end();
      }
    },
    async query<R>(sql: string, params?: readonly unknown[]) {
      const r = await client.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0, command: r.command };
    },
    async exec(sql) {
      await client.query(sql);
    },
    copyIn(table, columns) {
      const sql = `COPY ${ident(table)} (${columns.map(ident).join(',')}) FROM STDIN`;
      return copyWriter(client.query(copyFrom(sql, { highWaterMark: COPY_QUEUE_BYTES })));
    },
    async *copyOut(select) {
      const stream = client.query(copyTo(`COPY (${select}) TO STDOUT`));
      stream.setEncoding('utf8');
      for await (const chunk of stream as AsyncIterable<string>) yield chunk;
    },
    release: (destroy) => client.release(destroy),
  };
}
