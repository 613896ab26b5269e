import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { ByteStream } from './bundle-source.js';
import { CsvChunkParser, type ParsedRow } from './csv-parser.js';

export type CsvRow = ParsedRow;

export interface CsvProblems {
  bom(): void;
  /** Bytes that are not UTF-8: reading stops, the file is reported once. */
  encoding(line: number): void;
  unterminatedQuote(line: number): void;
  strayQuote(line: number): void;
  /**
   * Given, the reader falls back to Shift_JIS (CP932) for a file that is not UTF-8 but decodes
   * cleanly as CP932, and calls this once; without it, only UTF-8 is read.
   */
  shiftJis?(): void;
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
export async function* readCsvRows(stream: ByteStream, problems: CsvProblems): AsyncGenerator<CsvRow[]> {
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
  /** Whether every piece so far was ASCII (reads the same in UTF-8 and CP932), and the file's encoding. */
  let ascii = true;
  let cp932 = false;
  /** Complete rows before the bad byte at `bad` are still checked; the file is reported once. */
  const fail = (bytes: Buffer, bad: number): CsvRow[] => {
    const valid = bytes.subarray(0, bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1);
    const rows = valid.length ? parse(valid, false) : [];
    problems.encoding(parser.line + countLineFeeds(bytes.subarray(valid.length), bad - valid.length));
    failed = true;
    return rows;
  };
  const parse = (bytes: Buffer, final: boolean): CsvRow[] => {
    // isUtf8 + toString run on simdutf; a fatal TextDecoder measured ~1 s per million rows more.
    let text: string;
    if (cp932) {
      // A line feed is never part of a CP932 character either, so pieces still decode on their own.
      text = iconv.decode(bytes, 'cp932');
      const bad = firstUnclean(bytes, text);
      if (bad >= 0) return fail(bytes, bad);
    } else if (isUtf8(bytes)) {
      text = bytes.toString('utf8');
      // Equal lengths only for ASCII (a BOM or any other non-ASCII character takes several bytes).
      if (ascii && text.length !== bytes.length) ascii = false;
    } else {
      const bad = firstInvalidUtf8(bytes);
      // Shift_JIS only when nothing read so far could differ, the piece does not look like UTF-8
      // with a stray byte, and it decodes without replacement characters and round-trips.
      if (!problems.shiftJis || !ascii || utf8Share(bytes) > 0.5) return fail(bytes, bad);
      text = iconv.decode(bytes, 'cp932');
      if (firstUnclean(bytes, text) >= 0) return fail(bytes, bad);
      cp932 = true;
      problems.shiftJis();
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
    if (r.consumed < text.length) {
      const rest = text.slice(r.consumed);
      pending = Buffer.concat([cp932 ? iconv.encode(rest, 'cp932') : Buffer.from(rest), pending]);
    }
    return r.rows;
  };

  for await (const chunk of coalesce(stream, PARSE_BYTES)) {
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

/**
 * Offset of the first byte that CP932 does not decode cleanly (a replacement character, or text that
 * does not encode back to the same bytes), or -1.
 */
function firstUnclean(bytes: Buffer, text: string): number {
  // A replacement character encodes back as "?", so it shows as a difference like any other.
  const back = iconv.encode(text, 'cp932');
  if (back.equals(bytes)) return -1;
  const n = Math.min(back.length, bytes.length);
  for (let i = 0; i < n; i++) if (back[i] !== bytes[i]) return i;
  return n;
}

/**
 * Share of the non-ASCII bytes that form well-formed UTF-8 sequences of three or four bytes:
 * near 1 for Japanese UTF-8 text with a stray byte, small for Shift_JIS text.
 */
function utf8Share(buf: Uint8Array): number {
  let nonAscii = 0;
  let inSequences = 0;
  let i = 0;
  while (i < buf.length) {
    if (buf[i]! < 0x80) {
      i++;
      continue;
    }
    const n = firstInvalidUtf8(buf.subarray(i, i + 4)) === 0 ? 1 : sequenceLength(buf[i]!);
    nonAscii += n;
    if (n >= 3) inSequences += n;
    i += n;
  }
  return nonAscii ? inSequences / nonAscii : 0;
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

/**
 * Joins small chunks into pieces of at least `min` bytes (the last one may be smaller). Node streams
 * deliver Buffers; plain Uint8Arrays (the browser pre-check) are viewed as Buffers without a copy.
 */
async function* coalesce(chunks: AsyncIterable<Uint8Array>, min: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const piece of chunks) {
    const chunk = Buffer.isBuffer(piece)
      ? piece
      : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    parts.push(chunk);
    size += chunk.length;
    if (size < min) continue;
    yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
  }
  if (size) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
}
