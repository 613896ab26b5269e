export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
  command: string;
}

/** An open COPY: data streams to the server while the caller prepares more. */
export interface CopyWriter {
  /** Queues COPY text (whole lines); waits only when too much is already queued. */
  write(text: string): Promise<void>;
  /** Completes the COPY; rejects if the server refused any of the data. */
  end(): Promise<void>;
}

/** What repositories need from one database connection, identical for PostgreSQL and PGlite. */
export interface SqlConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Starts `COPY table (columns) FROM …` in text format; no other statement may run until it ends. */
  copyIn(table: string, columns: readonly string[]): CopyWriter;
  /** Streams the result of a SELECT in COPY text format, chunk by chunk (rows may span chunks). */
  copyOut(select: string): AsyncIterable<string>;
}

export interface PooledConnection extends SqlConnection {
  release(destroy?: boolean): void;
  /**
   * Asks the server to stop the statement now running on this connection (PostgreSQL; absent on
   * PGlite, whose statements run to completion between turns of the event loop).
   */
  cancel?(): Promise<void>;
}

/** Connections of a pool right now (metrics): open, of which idle, and callers waiting for one. */
export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/** The driver-specific half of a Database. */
export interface ConnectionPool {
  readonly kind: 'postgres' | 'pglite';
  connect(): Promise<PooledConnection>;
  stats(): PoolStats;
  end(): Promise<void>;
}

/** Quotes an identifier that comes from the model, never from input. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
