import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { ident, type ConnectionPool, type PooledConnection } from './connection.js';

/** PGlite holds each COPY payload in memory: rows go in pieces of about this many characters. */
const PGLITE_COPY_CHARS = 8 << 20;

/**
 * PGlite is one in-process connection: the pool hands it to one caller at a time so a transaction
 * never interleaves with another caller's statements.
 */
export async function createPgliteDatabase(dataDir: string | null): Promise<ConnectionPool> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = new PGlite(dataDir ?? undefined, {
    parsers: { 1082: (v: string) => v },
  });
  await db.waitReady;
  let queue: Promise<void> = Promise.resolve();
  // Callers holding or waiting for the one connection (the holder counts as the first).
  let users = 0;
  return {
    kind: 'pglite',
    connect() {
      let release!: () => void;
      users++;
      const turn = new Promise<void>((r) => (release = r)).then(() => void users--);
      const ready = queue.then(() => connection(db, release));
      queue = queue.then(() => turn);
      return ready;
    },
    stats: () => ({ max: 1, total: 1, idle: users ? 0 : 1, waiting: Math.max(0, users - 1) }),
    end: () => db.close(),
  };
}

function connection(db: PGlite, release: () => void): PooledConnection {
  let released = false;
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      const r = await db.query<R>(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: commandOf(sql) };
    },
    async exec(sql) {
      await db.exec(sql);
    },
    copyIn(table, columns) {
      const sql = `COPY ${ident(table)} (${columns.map(ident).join(',')}) FROM '/dev/blob'`;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (!parts.length) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        await db.query(sql, [], { blob });
      };
      return {
        async write(text) {
          parts.push(text);
          size += text.length;
          if (size >= PGLITE_COPY_CHARS) await flush();
        },
        end: flush,
      };
    },
    async *copyOut(select) {
      const r = await db.query(`COPY (${select}) TO '/dev/blob'`);
      if (r.blob) yield await r.blob.text();
    },
    release() {
      if (released) return;
      released = true;
      release();
    },
  };
}

/** Kysely reads the command tag to report affected rows; PGlite reports it for simple statements only. */
function commandOf(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
}
