export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
  command: string;
}

/** What repositories need from one database connection, identical for PostgreSQL and PGlite. */
export interface SqlConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Loads `payload` (COPY text format) into `table (columns)`. */
  copyFrom(table: string, columns: readonly string[], payload: string): Promise<void>;
  /** Streams the result of a SELECT in COPY text format, chunk by chunk (rows may span chunks). */
  copyOut(select: string): AsyncIterable<string>;
}

export interface PooledConnection extends SqlConnection {
  release(destroy?: boolean): void;
}

/** The driver-specific half of a Database. */
export interface ConnectionPool {
  readonly kind: 'postgres' | 'pglite';
  connect(): Promise<PooledConnection>;
  end(): Promise<void>;
}

/** Quotes an identifier that comes from the model, never from input. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
