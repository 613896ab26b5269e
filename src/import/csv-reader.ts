import type { Readable } from 'node:stream';
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the row's first character; the header is line 1. */
  line: number;
  fields: string[];
}

export interface CsvProblems {
  bom(): void;
  /** Bytes that are not UTF-8: reading stops, the file is reported once. */
  encoding(line: number): void;
  unterminatedQuote(line: number): void;
}

/**
 * Bytes decoded and parsed per batch (zip entries arrive in ~16 KB pieces; ~1 MB at a time keeps
 * per-batch costs negligible), and the longest a row may be before its quote counts as unterminated.
 */
const PARSE_BYTES = 1 << 20;
const MAX_ROW_CHARS = 4 << 20;

/**
 * Streams a CSV file as batches of rows, decoding UTF-8 strictly. papaparse's core parser is driven
 * chunk by chunk (rows split across chunks are carried over), which measured ~180k rows/s here,
 * several times csv-parse; blank lines are skipped but still counted so line numbers stay true.
 */
export async function* readCsvRows(stream: Readable, problems: CsvProblems): AsyncGenerator<CsvRow[]> {
  // ignoreBOM keeps a leading BOM in the text, so it is seen even when it arrives split across chunks.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parser: Papa.Parser | null = null;
  let carry = '';
  let line = 1;
  let first = true;

  const parse = (text: string, final: boolean): CsvRow[] => {
    parser ??= new Papa.Parser({ delimiter: ',', quoteChar: '"', newline: detectNewline(text) });
    // The parser's typings return any; its result shape is documented by papaparse.
    const result = parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
    const cursor = final ? text.length : result.meta.cursor;
    carry = text.slice(cursor);
    const startLine = line;
    const rows = toRows(result.data);
    // An unclosed quote swallows the rest of the file into the last row: report where that row starts.
    if (final && result.errors.some((e) => e.code === 'MissingQuotes'))
      problems.unterminatedQuote(rows.at(-1)?.line ?? startLine);
    return rows;
  };

  const toRows = (data: string[][]): CsvRow[] => {
    const rows: CsvRow[] = [];
    for (const fields of data) {
      const start = line;
      line += 1 + countNewlines(fields);
      if (fields.length === 1 && fields[0] === '') continue;
      rows.push({ line: start, fields });
    }
    return rows;
  };

  // The bytes of a character left incomplete by the last chunk, so a bad byte can be located.
  let pending: Uint8Array = new Uint8Array(0);
  /** Decodes a chunk (or flushes the decoder). On bad bytes it reports their line and returns the text before them. */
  const decode = (chunk: Buffer | null): { text: string; bad: boolean } => {
    try {
      if (!chunk) return { text: decoder.decode(), bad: false };
      const text = decoder.decode(chunk, { stream: true });
      pending = incompleteTail(
        chunk.length >= 3 ? chunk.subarray(-3) : Buffer.concat([pending, chunk]).subarray(-3),
      );
      return { text, bad: false };
    } catch (err) {
      if (!(err instanceof TypeError && /encoded|decode/i.test(err.message))) throw err;
      // Line feeds are single bytes in UTF-8: those before the bad byte count towards its line.
      const bytes = chunk ? Buffer.concat([pending, chunk]) : Buffer.alloc(0);
      const valid = bytes.subarray(0, firstInvalidUtf8(bytes));
      problems.encoding(line + countNewlinesIn(carry) + countLineFeeds(bytes, valid.length));
      return { text: new TextDecoder('utf-8').decode(valid), bad: true };
    }
  };

  for await (const chunk of coalesce(stream as AsyncIterable<Buffer>, PARSE_BYTES)) {
    const { text: decoded, bad } = decode(chunk);
    if (bad) {
      // Complete rows before the bad bytes are still checked; the file is already reported.
      const before = carry + decoded;
      const rows = before.includes('\n') ? parse(before, false) : [];
      if (rows.length) yield rows;
      stream.destroy();
      return;
    }
    let text = carry + decoded;
    if (first && text.length) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        problems.bom();
        text = text.slice(1);
      }
    }
    if (!text.includes('\n')) {
      carry = text;
      continue;
    }
    const rows = parse(text, false);
    if (rows.length) yield rows;
    // No row ends within this much text: a quote was never closed. Stop rather than re-parse it forever.
    if (carry.length > MAX_ROW_CHARS) {
      problems.unterminatedQuote(line);
      stream.destroy();
      return;
    }
  }
  const tail = decode(null);
  if (tail.bad) return;
  let rest = carry + tail.text;
  if (first && rest.charCodeAt(0) === 0xfeff) {
    problems.bom();
    rest = rest.slice(1);
  }
  if (rest.length) {
    const rows = parse(rest, true);
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

/** The trailing bytes of valid UTF-8 (given its last ≤3 bytes) that start a character not yet complete. */
function incompleteTail(last: Uint8Array): Uint8Array {
  for (let j = last.length - 1; j >= 0; j--) {
    if ((last[j]! & 0xc0) === 0x80) continue;
    return last.length - j < sequenceLength(last[j]!) ? last.slice(j) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function countLineFeeds(buf: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) n++;
  return n;
}

function detectNewline(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

function countNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) if (f.length > 0 && f.includes('\n')) n += countNewlinesIn(f);
  return n;
}

function countNewlinesIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
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
