import type { Config } from '../config/config.js';
import { loadPiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { exportBundle } from '../services/export.service.js';
import type { Profile } from '../services/validation.service.js';
import { EXIT, table, type Outcome } from './output.js';

export async function exportCommand(
  db: Database,
  opts: { tenant: string; out: string; profile: Profile; includeDeleted: boolean },
  config: Config,
): Promise<Outcome> {
  const r = await exportBundle(db, { ...opts, pii: await loadPiiCipher(config) });
  const rows = Object.entries(r.files);
  return {
    exitCode: EXIT.ok,
    json: { ...r },
    text: [
      rows.length ? table([['file', 'rows'], ...rows]) : '',
      `Exported ${r.totalRows} rows of tenant ${r.tenant} as a ${r.mode} bundle to ${r.out} in ${r.durationMs} ms / エクスポート完了`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
