import type { Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { loadMigrations, migrate } from '../db/migrate.js';
import { EXIT, type Outcome } from './output.js';

/**
 * `rosterhub migrate`: applies pending migrations and exits (a deployment's pre-upgrade step). API
 * processes also migrate when they start, under the same advisory lock, so running both is safe.
 */
export async function migrateCommand(config: Config): Promise<Outcome> {
  const db = await openDatabase(config.database, { migrate: false });
  try {
    const applied = await migrate(db);
    const latest = Math.max(0, ...(await loadMigrations()).map((m) => m.version));
    return {
      exitCode: EXIT.ok,
      json: { applied, latest, database: db.kind },
      text: applied.length
        ? `applied migrations ${applied.join(', ')} (schema version ${latest})`
        : `schema up to date (version ${latest})`,
    };
  } finally {
    await db.close();
  }
}
