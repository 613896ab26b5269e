import { openBundle, type BundleLimits } from '../import/bundle-source.js';
import { FILES_BY_NAME } from '../model/index.js';

const NEWLINE = 0x0a;

/**
 * Data rows per rostering file, estimated by counting line ends (a quoted field with a line break
 * counts twice): the totals a progress bar needs before validation has counted them exactly.
 * Reading is cheap next to validating (memchr speed, no decoding).
 */
export async function countRows(path: string, limits: BundleLimits): Promise<Record<string, number>> {
  const source = await openBundle(path, limits);
  const totals: Record<string, number> = {};
  try {
    for (const name of source.names) {
      const file = name.replace(/\.csv$/i, '');
      if (!(file in FILES_BY_NAME)) continue;
      let lines = 0;
      let last = NEWLINE;
      for await (const chunk of await source.open(name)) {
        const buf = chunk as Buffer;
        for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, i + 1)) lines++;
        if (buf.length) last = buf[buf.length - 1]!;
      }
      // The header is not a row; a last line without a line end is one.
      totals[file] = Math.max(0, lines - 1 + (last === NEWLINE ? 0 : 1));
    }
  } finally {
    await source.close();
  }
  return totals;
}
