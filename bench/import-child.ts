/**
 * One import in a fresh process, so its peak RSS is its own. Prints one JSON line on stdout.
 * Usage: tsx bench/import-child.ts <bundle> <tenant> [profile]   (database from DATABASE_URL / RH_DATA_DIR)
 */
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import type { ProfileName } from '../src/import/profiles/profile.js';
import { loadPiiCipher } from '../src/crypto/pii-cipher.js';
import { importBundle } from '../src/services/import.service.js';

const [bundle, tenant, profile = 'japan'] = process.argv.slice(2);
const config = loadConfig();
const db = await openDatabase(config.database);
// BENCH_PII=0 imports without encryption: the difference is the cost of PII encryption at rest.
const pii = process.env.BENCH_PII === '0' ? undefined : await loadPiiCipher(config);
const started = performance.now();
const opts = { tenant: tenant!, profile: profile as ProfileName, pii };
const summary = await importBundle(db, bundle!, opts);
const wallMs = performance.now() - started;
await db.close();
const rows = Object.values(summary.files).reduce((n, f) => n + f.rows, 0);
const written = Object.values(summary.files).reduce((n, f) => n + f.created + f.updated + f.deleted, 0);
process.stdout.write(
  `${JSON.stringify({ status: summary.status, rows, written, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024, errors: summary.errorCount })}\n`,
);
