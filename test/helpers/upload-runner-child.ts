/**
 * Runs upload jobs in its own process until killed, printing its log as JSON lines on stdout: the
 * embedded-database stand-in for a server process (`rosterhub worker` needs PostgreSQL and Redis).
 * Usage: node --import tsx test/helpers/upload-runner-child.ts   (RH_DATA_DIR names the database)
 */
import { loadConfig } from '../../src/config/config.js';
import { loadPiiCipher } from '../../src/crypto/pii-cipher.js';
import { openDatabase } from '../../src/db/database.js';
import { startUploads } from '../../src/uploads/index.js';

const config = loadConfig();
const db = await openDatabase(config.database);
const line = (level: string) => (obj: object, msg: string) =>
  process.stdout.write(`${JSON.stringify({ level, msg, ...obj })}\n`);
await startUploads(config, db, {
  runJobs: true,
  pii: await loadPiiCipher(config),
  log: { info: line('info'), warn: line('warn') },
});
process.stdout.write(`${JSON.stringify({ msg: 'ready' })}\n`);
