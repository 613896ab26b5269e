import type { Database } from '../../src/db/database.js';
import { ROSTER_FILES, type FileName } from '../../src/model/index.js';
import { FILES_BY_NAME } from '../../src/model/index.js';
import { tenantRepository } from '../../src/repositories/tenant.repository.js';

export interface StoredRow {
  sourced_id: string;
  status: string;
  date_created: string;
  date_last_modified: string;
  [column: string]: unknown;
}

/** Test-side reads of the store (tests may use SQL; application code goes through repositories). */
export async function rows(db: Database, tenant: string, file: FileName): Promise<Map<string, StoredRow>> {
  const t = await tenantRepository.findBySlug(db.kysely, tenant);
  if (!t) return new Map();
  const r = await db.transaction((tx) =>
    tx.query<StoredRow>(
      `SELECT *, to_char(date_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS date_created,
              to_char(date_last_modified AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS date_last_modified
       FROM ${FILES_BY_NAME[file].table} WHERE tenant_id = $1 ORDER BY sourced_id`,
      [t.id],
    ),
  );
  return new Map(r.rows.map((row) => [row.sourced_id, row]));
}

/** A fingerprint of everything a tenant has stored, to prove that nothing changed. */
export async function snapshot(db: Database, tenant: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of ROSTER_FILES) {
    const map = await rows(db, tenant, file.name);
    out[file.name] = [...map.values()].map((r) => JSON.stringify(r)).join('\n');
  }
  return out;
}
