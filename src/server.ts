import { buildApp } from './app.js';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { ensureFirstRunAdmin } from './identity/first-run.js';

const config = loadConfig();
const db = await openDatabase(config.database);
// First run: a platform administrator with a one-time password, printed once on this terminal.
await ensureFirstRunAdmin(db, {
  sessionTtlHours: config.sessions.ttlHours,
  signInUrl: `${config.http.publicUrl}/`,
});
const app = await buildApp({ config, db });

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.http.port, host: config.http.host });
app.log.info(
  `RosterHub on ${config.http.publicUrl} — admin UI / 管理画面: ${config.http.publicUrl}/ (database: ${db.kind === 'pglite' ? config.database.dataDir : 'PostgreSQL'})`,
);
