import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { CsvChunkParser, type ParsedRow } from './csv-parser.js';

export type CsvRow = ParsedRow;

export interface CsvProblems {
  bom(): void;
  /** Bytes that are not UTF-8: reading stops, the file is reported once. */
  encoding(line: number): void;
  unterminatedQuote(line: number): void;
  strayQuote(line: number): void;
}

/**
 * Bytes decoded and parsed per batch (zip entries arrive in ~16 KB pieces; ~1 MB at a time keeps
 * per-batch costs negligible), and the longest a row may be before its quote counts as unterminated.
 */
const PARSE_BYTES = 128 << 10;
const MAX_ROW_BYTES = 4 << 20;

/**
 * Streams a CSV file as batches of rows, decoding UTF-8 strictly and parsing ~1 MB at a time (rows
 * split across pieces are carried over); blank lines are skipped but still counted.
 */
export async function* readCsvRows(stream: Readable, problems: CsvProblems): AsyncGenerator<CsvRow[]> {
  const parser = new CsvChunkParser();
  let first = true;
  /** Bytes after the last line feed seen, decoded together with the next piece. */
  let pending: Buffer = Buffer.alloc(0);

  /**
   * Parses bytes that end at a line feed (or the end of the file). A line feed never occurs inside a
   * multi-byte UTF-8 sequence, so each piece decodes on its own into a fresh flat string; gluing
   * decoded strings together instead measured over a second per million rows in string flattening.
   * Bytes that are not UTF-8 are reported with the line of the first bad byte and end the file.
   */
  let failed = false;
  const parse = (bytes: Buffer, final: boolean): CsvRow[] => {
    // isUtf8 + toString run on simdutf; a fatal TextDecoder measured ~1 s per million rows more.
    let text: string;
    if (isUtf8(bytes)) {
      text = bytes.toString('utf8');
    } else {
      const bad = firstInvalidUtf8(bytes);
      // Complete rows before the bad bytes are still checked; the file is reported once.
      const valid = bytes.subarray(0, bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1);
      const rows = valid.length ? parse(valid, false) : [];
      problems.encoding(parser.line + countLineFeeds(bytes.subarray(valid.length), bad - valid.length));
      failed = true;
      return rows;
    }
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        problems.bom();
        text = text.slice(1);
      }
    }
    const r = parser.parse(text, final);
    for (const l of r.strayQuotes) problems.strayQuote(l);
    if (r.unterminatedAt !== null) problems.unterminatedQuote(r.unterminatedAt);
    // A quoted field with a line break can straddle the cut: its row goes back in front of the rest.
    if (r.consumed < text.length) pending = Buffer.concat([Buffer.from(text.slice(r.consumed)), pending]);
    return r.rows;
  };

  for await (const chunk of coalesce(stream as AsyncIterable<Buffer>, PARSE_BYTES)) {
    const bytes = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const cut = bytes.lastIndexOf(0x0a) + 1;
    pending = bytes.subarray(cut);
    if (cut > 0) {
      const rows = parse(bytes.subarray(0, cut), false);
      if (rows.length) yield rows;
      if (failed) {
        stream.destroy();
        return;
      }
    }
    // No row ends within this much text: a quote was never closed. Stop rather than re-parse it forever.
    if (pending.length > MAX_ROW_BYTES) {
      problems.unterminatedQuote(parser.line);
      stream.destroy();
      return;
    }
  }
  if (pending.length) {
    const rows = parse(pending, true);
    if (rows.length) yield rows;
  }
}

/** Offset of the first byte of `buf` that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    if (n === 0) return i;
    // Second-byte ranges that exclude overlong forms, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k++) {
      if (i + k >= buf.length) return i;
      const c = buf[i + k]!;
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += n;
  }
  return buf.length;
}

/** Bytes of a lead byte's sequence, 0 when it cannot start one. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  return b >= 0xf0 && b <= 0xf4 ? 4 : 0;
}

function countLineFeeds(buf: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) n++;
  return n;
}

/** Joins small chunks into pieces of at least `min` bytes (the last one may be smaller). */
async function* coalesce(chunks: AsyncIterable<Buffer>, min: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size < min) continue;
    yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
  }
  if (size) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
}
