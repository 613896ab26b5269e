/**
 * The server as `src/server.ts` starts it, with one bench switch: BENCH_AUDIT=0 builds the app
 * without request auditing, to measure what the audit costs.
 */
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';

const config = loadConfig();
const db = await openDatabase(config.database);
const app = await buildApp({
  config,
  db,
  ...(process.env.BENCH_AUDIT === '0' ? { audit: false as const } : {}),
});
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0)),
);
await app.listen({ port: config.http.port, host: config.http.host });
