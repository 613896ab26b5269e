import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { ident, type ConnectionPool, type PooledConnection } from './connection.js';

// Dates travel as text: record timestamps are compared and re-emitted, never computed on.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function createPostgresPool(url: string, max = 10): ConnectionPool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'rosterhub' });
  // An idle client that loses its server must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async connect() {
      return wrap(await pool.connect());
    },
    end: () => pool.end(),
  };
}

function wrap(client: pg.PoolClient): PooledConnection {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      const r = await client.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0, command: r.command };
    },
    async exec(sql) {
      await client.query(sql);
    },
    copyFrom(table, columns, payload) {
      return new Promise<void>((resolve, reject) => {
        const stream = client.query(
          copyFrom(`COPY ${ident(table)} (${columns.map(ident).join(',')}) FROM STDIN`),
        );
        stream.on('error', reject);
        stream.on('finish', () => resolve());
        stream.end(payload);
      });
    },
    async *copyOut(select) {
      const stream = client.query(copyTo(`COPY (${select}) TO STDOUT`));
      stream.setEncoding('utf8');
      for await (const chunk of stream as AsyncIterable<string>) yield chunk;
    },
    release: (destroy) => client.release(destroy),
  };
}
