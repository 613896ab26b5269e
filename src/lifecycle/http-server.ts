import type { Config } from '../config/config.js';
import { buildApp } from '../app.js';
import { DATABASE_WAIT_MS, openDatabase } from '../db/database.js';
import { ensureFirstRunAdmin } from '../identity/first-run.js';
import { settlesWithin } from '../jobs/catalogue.js';
import { stopSignal } from './signals.js';

export interface HttpServerOptions {
  /** Create the first platform administrator on an empty database (the cluster primary does it once instead). */
  firstRun: boolean;
  /** Flushes traces and other exporters after everything else closed. */
  onStopped?: () => Promise<void>;
}

/**
 * One API process: opens the database, listens, and on SIGTERM/SIGINT stops gracefully —
 * no new connections, in-flight requests finish (bounded by the shutdown grace), a running import
 * commits or rolls back and is re-queued (uploads.close), pools close — then exits 0.
 */
export async function runHttpServer(config: Config, opts: HttpServerOptions): Promise<void> {
  const db = await openDatabase(config.database, { waitForServerMs: DATABASE_WAIT_MS });
  if (opts.firstRun)
    // First run: a platform administrator with a one-time password, printed once on this terminal.
    await ensureFirstRunAdmin(db, {
      sessionTtlHours: config.sessions.ttlHours,
      signInUrl: `${config.http.publicUrl}/`,
    });
  const app = await buildApp({ config, db });
  const stopping = stopSignal((signal) => app.log.warn({ signal }, 'second signal: exiting at once'));

  await app.listen({ port: config.http.port, host: config.http.host });
  app.log.info(
    `RosterHub on ${config.http.publicUrl} — admin UI / 管理画面: ${config.http.publicUrl}/ (database: ${db.kind === 'pglite' ? config.database.dataDir : 'PostgreSQL'})`,
  );

  const signal = await stopping;
  const grace = config.lifecycle.shutdownGraceMs;
  const started = performance.now();
  app.log.info({ signal, graceMs: grace }, 'shutting down');
  // app.close(): stops listening, answers 503 on kept-alive sockets, drains the job queue alongside
  // (app.ts, preClose), waits for in-flight requests, then runs onClose hooks (audit flush,
  // caches). Sockets still open after the grace are cut.
  const cut = setTimeout(() => {
    app.log.warn('requests still open after the shutdown grace: closing their connections');
    app.server.closeAllConnections();
  }, grace);
  cut.unref();
  // The backstop: the import's grace plus the queue's settling time after its abort, and margin.
  let failed = false;
  const closing = app.close().catch((err: unknown) => {
    failed = true;
    app.log.error({ err }, 'shutdown failed');
  });
  if (!(await settlesWithin(closing, 2 * grace + 20_000))) {
    failed = true;
    app.log.error('shutdown did not finish in time');
  }
  clearTimeout(cut);
  await settlesWithin(db.close(), 5_000);
  await opts.onStopped?.();
  app.log.info({ ms: Math.round(performance.now() - started) }, 'stopped');
  process.exit(failed ? 1 : 0);
}
