import type { PiiCipher } from '../crypto/pii-cipher.js';
import { ident } from '../db/connection.js';
import type { Database } from '../db/database.js';
import { derivedColumns, piiFields } from '../db/roster-columns.js';
import { ROSTER_FILES, type FileDef } from '../model/index.js';

export interface ReencryptOptions {
  /** Rows read (and locked) per transaction; default 5,000. */
  batchSize?: number;
  onBatch?: (table: string, scanned: number, updated: number) => void;
}

export interface ReencryptSummary {
  /** Per table: rows scanned and rows rewritten. */
  tables: Record<string, { scanned: number; updated: number }>;
  kid: string;
}

const DEFAULT_BATCH = 5000;

type Row = { tenant_id: string; sourced_id: string } & Record<string, string | null>;

/**
 * Brings every tenant's personal data to the cipher's current key: values under an older key are
 * re-encrypted, legacy plaintext (written before encryption existed) is encrypted, and the email
 * blind index is recomputed. Runs as the platform (owner) role over all tenants in keyset batches
 * of `batchSize` rows, one short transaction each with the batch's rows locked, so imports and reads
 * go on meanwhile. Content hashes and change times are untouched: the plaintext did not change.
 * Idempotent: a second run (or a run resumed after a crash) rewrites nothing already current.
 */
export async function reencryptAll(
  db: Database,
  pii: PiiCipher,
  opts: ReencryptOptions = {},
): Promise<ReencryptSummary> {
  if (!pii.enabled || !pii.currentKid) throw new Error('reencryptAll needs an encryption key');
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const tables: ReencryptSummary['tables'] = {};
  for (const file of ROSTER_FILES) {
    const fields = piiFields(file);
    if (!fields.length) continue;
    tables[file.table] = await reencryptTable(db, pii, file, batch, opts.onBatch);
  }
  return { tables, kid: pii.currentKid };
}

async function reencryptTable(
  db: Database,
  pii: PiiCipher,
  file: FileDef,
  batch: number,
  onBatch: ReencryptOptions['onBatch'],
): Promise<{ scanned: number; updated: number }> {
  const columns = piiFields(file).map((f) => f.column);
  const bidx = derivedColumns(file).includes('email_bidx');
  const read = [...columns, ...(bidx ? ['email_bidx'] : [])];
  const table = ident(file.table);
  const select = `SELECT tenant_id, sourced_id, ${read.map(ident).join(', ')} FROM ${table}
    WHERE (tenant_id, sourced_id) > ($1::uuid, $2) ORDER BY tenant_id, sourced_id LIMIT ${Number(batch)}
    FOR UPDATE`;
  const set = read.map((c) => `${ident(c)} = v.${ident(c)}`).join(', ');
  const update = `UPDATE ${table} t SET ${set}
    FROM unnest($1::uuid[], $2::text[], ${read.map((_, i) => `$${i + 3}::text[]`).join(', ')})
      AS v(tenant_id, sourced_id, ${read.map(ident).join(', ')})
    WHERE t.tenant_id = v.tenant_id AND t.sourced_id = v.sourced_id`;
  let after: [string, string] = ['00000000-0000-0000-0000-000000000000', ''];
  let scanned = 0;
  let updated = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = (await tx.query<Row>(select, after)).rows;
      if (!rows.length) return 0;
      const changed: Row[] = [];
      for (const row of rows) {
        let dirty = false;
        const out: Row = { ...row };
        for (const c of columns) {
          const v = row[c];
          if (v === null || v === undefined || pii.isCurrent(v)) continue;
          out[c] = pii.encrypt(pii.decrypt(v));
          dirty = true;
        }
        if (bidx) {
          const email = row.email ? pii.decrypt(row.email) : null;
          const want = email ? pii.blindIndex(email) : null;
          if (want !== (row.email_bidx ?? null)) {
            out.email_bidx = want;
            dirty = true;
          }
        }
        if (dirty) changed.push(out);
      }
      if (changed.length)
        await tx.query(update, [
          changed.map((r) => r.tenant_id),
          changed.map((r) => r.sourced_id),
          ...read.map((c) => changed.map((r) => r[c] ?? null)),
        ]);
      const last = rows[rows.length - 1]!;
      after = [last.tenant_id, last.sourced_id];
      scanned += rows.length;
      updated += changed.length;
      onBatch?.(file.table, scanned, updated);
      return rows.length;
    });
    if (n < batch) break;
  }
  return { scanned, updated };
}
