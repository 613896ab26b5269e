import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PLAIN_PII, type PiiCipher } from '../crypto/pii-cipher.js';
import type { Database, Tx } from '../db/database.js';
import { writeExportManifest } from '../export/manifest.js';
import { exportHeader, presenterFor } from '../export/presenter.js';
import { isZipPath, openSink, type BundleSink } from '../generate/bundle-writer.js';
import { CsvWriter } from '../generate/csv-writer.js';
import { MANIFEST_FILE_NAME, MANIFEST_FILES, ROSTER_FILES, type FileDef } from '../model/index.js';
import { rosterReadRepository, type ReadOptions } from '../repositories/roster-read.repository.js';
import { requireTenant } from './tenant.service.js';
import type { Profile } from './validation.service.js';

export interface ExportOptions {
  tenant: string;
  /** A path ending in .zip (a folder is written otherwise). */
  out: string;
  /** Write a delta bundle carrying tobedeleted records too (default: bulk of active records). */
  includeDeleted?: boolean;
  /** Accepted for symmetry with validate; every profile writes the Japan Profile layout today. */
  profile?: Profile;
  /** Records read per query (tests use small batches to cross batch boundaries). */
  batchSize?: number;
  /** Decrypts personal data stored encrypted (without it, stored values are written as they are). */
  pii?: PiiCipher;
}

export interface ExportSummary {
  out: string;
  tenant: string;
  mode: 'bulk' | 'delta';
  /** Data rows per file written. */
  files: Record<string, number>;
  totalRows: number;
  durationMs: number;
}

interface FilePlan {
  file: FileDef;
  metadataKeys: string[];
}

/**
 * Writes a tenant's store as a Japan Profile bundle. All reads run in one read-only REPEATABLE READ
 * transaction, so the bundle is one consistent snapshot even while imports run; records stream
 * in batches straight into the zip entry, never a whole table in memory.
 */
export async function exportBundle(db: Database, opts: ExportOptions): Promise<ExportSummary> {
  const started = Date.now();
  const tenant = await requireTenant(db, opts.tenant);
  const mode = opts.includeDeleted ? 'delta' : 'bulk';
  const read: ReadOptions = { includeDeleted: !!opts.includeDeleted, batchSize: opts.batchSize };
  const files: Record<string, number> = {};

  await db.withTenant(
    tenant.id,
    async (tx) => {
      const plans: FilePlan[] = [];
      for (const file of ROSTER_FILES) {
        if (!(await rosterReadRepository.hasRecords(tx, tenant.id, file, read))) continue;
        plans.push({
          file,
          metadataKeys: await rosterReadRepository.metadataKeys(tx, tenant.id, file, read),
        });
      }
      const bundleFiles = [MANIFEST_FILE_NAME, ...MANIFEST_FILES.map((f) => `${f}.csv`)];
      const sink = await openSink(opts.out, bundleFiles, new Date(started));
      try {
        const manifest = sink.openEntry(MANIFEST_FILE_NAME);
        await writeExportManifest(manifest, mode, new Set(plans.map((p) => p.file.name)));
        await sink.closeEntry(manifest);
        for (const plan of plans)
          files[plan.file.name] = await writeFile(
            tx,
            sink,
            tenant.id,
            plan,
            mode,
            read,
            opts.pii ?? PLAIN_PII,
          );
        await sink.finish([MANIFEST_FILE_NAME, ...plans.map((p) => p.file.fileName)]);
      } catch (err) {
        sink.abort(err instanceof Error ? err : new Error(String(err)));
        // A truncated zip must not be mistaken for a bundle.
        if (isZipPath(opts.out)) await rm(opts.out, { force: true });
        throw err;
      }
    },
    { readOnly: true },
  );

  return {
    out: path.resolve(opts.out),
    tenant: tenant.slug,
    mode,
    files,
    totalRows: Object.values(files).reduce((a, b) => a + b, 0),
    durationMs: Date.now() - started,
  };
}

async function writeFile(
  tx: Tx,
  sink: BundleSink,
  tenantId: string,
  { file, metadataKeys }: FilePlan,
  mode: 'bulk' | 'delta',
  read: ReadOptions,
  pii: PiiCipher,
): Promise<number> {
  const stream = sink.openEntry(file.fileName);
  const header = exportHeader(file, metadataKeys);
  const w = new CsvWriter(stream, header, header);
  const present = presenterFor(file, mode, metadataKeys, pii);
  for await (const batch of rosterReadRepository.batches(tx, tenantId, file, read)) {
    for (const rec of batch) if (w.row(present(rec))) await w.flush();
    // Hand each batch on before the next query, so the zip stream's backpressure paces the reads.
    await w.flush();
  }
  await w.flush();
  await sink.closeEntry(stream);
  return w.rows;
}
