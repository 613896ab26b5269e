import { openBundle, type BundleLimits } from '../import/bundle-source.js';
import { FILES_BY_NAME } from '../model/index.js';

const NEWLINE = 0x0a;
/** Enough lines to average over, read from the head of each file. */
const SAMPLE_BYTES = 256 << 10;

/**
 * Data rows per rostering file, estimated for a progress bar before validation has counted them:
 * a file read whole when it is small, else its size divided by the mean line length of its first
 * 256 KB. Reading a million-row bundle whole would cost a second or two of inflating for a guess.
 */
export async function estimateRows(path: string, limits: BundleLimits): Promise<Record<string, number>> {
  const source = await openBundle(path, limits);
  const totals: Record<string, number> = {};
  try {
    for (const name of source.names) {
      const file = name.replace(/\.csv$/i, '');
      if (!(file in FILES_BY_NAME)) continue;
      const size = source.size(name);
      let bytes = 0;
      let lines = 0;
      let last = NEWLINE;
      const stream = await source.open(name);
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, i + 1)) lines++;
        if (buf.length) last = buf[buf.length - 1]!;
        bytes += buf.length;
        if (bytes >= SAMPLE_BYTES) break;
      }
      stream.destroy();
      const whole = bytes >= size;
      // The header is not a row; a last line without a line end is one.
      const counted = lines + (whole && last !== NEWLINE ? 1 : 0);
      totals[file] = Math.max(0, (whole || !bytes ? counted : Math.round((counted * size) / bytes)) - 1);
    }
  } finally {
    await source.close();
  }
  return totals;
}
