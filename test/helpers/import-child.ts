/**
 * Runs one import in its own process, reporting progress on stdout, so a test can kill it mid-apply.
 * Usage: node --import tsx test/helpers/import-child.ts <bundle> <tenant>
 */
import { loadConfig } from '../../src/config/config.js';
import { openDatabase } from '../../src/db/database.js';
import { importBundle } from '../../src/services/import.service.js';

const [bundle, tenant] = process.argv.slice(2);
const db = await openDatabase(loadConfig().database);
const summary = await importBundle(db, bundle!, {
  tenant: tenant!,
  onProgress: (file, rows) => process.stdout.write(`progress ${file} ${rows}\n`),
});
process.stdout.write(`done ${summary.status}\n`);
await db.close();
