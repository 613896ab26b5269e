import type { Writable } from 'node:stream';
import { CsvWriter } from '../generate/csv-writer.js';
import { MANIFEST_FILES, MANIFEST_HEADER, MANIFEST_VERSION } from '../model/index.js';

export const EXPORT_SYSTEM_NAME = 'RosterHub';
export const EXPORT_ONEROSTER_VERSION = '1.2';

/** manifest.csv of an export: one `file.*` row for each of the 21 files, `mode` for those written. */
export async function writeExportManifest(
  out: Writable,
  mode: 'bulk' | 'delta',
  written: ReadonlySet<string>,
): Promise<void> {
  const w = new CsvWriter(out, MANIFEST_HEADER, ['propertyName', 'value']);
  w.row({ propertyName: 'manifest.version', value: MANIFEST_VERSION });
  w.row({ propertyName: 'oneroster.version', value: EXPORT_ONEROSTER_VERSION });
  for (const name of MANIFEST_FILES)
    w.row({ propertyName: `file.${name}`, value: written.has(name) ? mode : 'absent' });
  w.row({ propertyName: 'source.systemName', value: EXPORT_SYSTEM_NAME });
  await w.flush();
}
