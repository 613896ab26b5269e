/**
 * The CSV tokenizer of the import, written for the binding's dialect (RFC 4180, `,` and `"`, CRLF or
 * LF). Japanese bundles quote every field; on such files papaparse's core parser measured ~290k
 * rows/s here (enrollments, 12 fields), a third of the budget of a 150k rows/s validation, while
 * this indexOf-driven scanner keeps the same semantics several times faster (docs/decisions.md).
 */
export interface ParsedRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
  /** A quoted field holds a line break. */
  multiline: boolean;
}

export interface ChunkResult {
  rows: ParsedRow[];
  /** Characters of the text that form complete rows; the rest must be passed again with more text. */
  consumed: number;
  /** Line of a row whose quote is never closed (only reported for the final text). */
  unterminatedAt: number | null;
  /** Lines of rows where a closing quote is followed by something other than `,` or a line end. */
  strayQuotes: number[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvChunkParser {
  /** Line of the next row to be read. */
  line = 1;

  /** Parses the complete rows of `text`; with `final`, the remainder is the last row. */
  parse(text: string, final: boolean): ChunkResult {
    const rows: ParsedRow[] = [];
    const strayQuotes: number[] = [];
    const len = text.length;
    let pos = 0;
    let unterminatedAt: number | null = null;
    while (pos < len) {
      const rowStart = pos;
      const fields: string[] = [];
      let multiline = false;
      let stray = false;
      let lineFeeds = 0;
      let nl = text.indexOf('\n', pos);
      let complete = false;
      for (;;) {
        if (text.charCodeAt(pos) === QUOTE) {
          // Quoted field: runs to the next quote that is not doubled, across line breaks if any.
          let value = '';
          let seg = pos + 1;
          let close = -1;
          for (;;) {
            const q = text.indexOf('"', seg);
            if (q === -1) break;
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(seg, q + 1);
              seg = q + 2;
              continue;
            }
            value += text.slice(seg, q);
            close = q;
            break;
          }
          if (close === -1) {
            if (!final) break;
            unterminatedAt = this.line;
            value += text.slice(seg);
            const feeds = countLineFeeds(value);
            lineFeeds += feeds;
            if (feeds > 0) multiline = true;
            fields.push(value);
            pos = len;
            complete = true;
            break;
          }
          if (nl !== -1 && nl < close) {
            multiline = true;
            lineFeeds += countLineFeeds(value);
            nl = text.indexOf('\n', close);
          }
          pos = close + 1;
          const c = text.charCodeAt(pos);
          if (c === COMMA) {
            fields.push(value);
            pos++;
            continue;
          }
          if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) {
            fields.push(value);
            pos = nl + 1;
            complete = true;
            break;
          }
          if (pos >= len) {
            if (!final) break;
            fields.push(value);
            complete = true;
            break;
          }
          // `"ab"c`: keep the stray characters, as spreadsheet tools do, and report the row.
          const end = fieldEnd(text, pos, nl);
          if (end === -1 && !final) break;
          stray = true;
          fields.push(value + stripCr(text.slice(pos, end === -1 ? len : end)));
          if (end !== -1 && end !== nl) {
            pos = end + 1;
            continue;
          }
          pos = end === -1 ? len : nl + 1;
          complete = true;
          break;
        }
        const comma = text.indexOf(',', pos);
        if (comma !== -1 && (nl === -1 || comma < nl)) {
          fields.push(text.slice(pos, comma));
          pos = comma + 1;
          continue;
        }
        if (nl === -1) {
          if (!final) break;
          fields.push(stripCr(text.slice(pos)));
          pos = len;
          complete = true;
          break;
        }
        fields.push(stripCr(text.slice(pos, nl)));
        pos = nl + 1;
        complete = true;
        break;
      }
      if (!complete) return { rows, consumed: rowStart, unterminatedAt, strayQuotes };
      const line = this.line;
      this.line += 1 + lineFeeds;
      if (stray) strayQuotes.push(line);
      // A blank line is skipped, but it still counts.
      if (fields.length === 1 && fields[0] === '') continue;
      rows.push({ line, fields, multiline });
    }
    return { rows, consumed: len, unterminatedAt, strayQuotes };
  }
}

/** End of an unquoted remainder: the next comma before the line end, else the line end (-1: none yet). */
function fieldEnd(text: string, from: number, nl: number): number {
  const comma = text.indexOf(',', from);
  return comma !== -1 && (nl === -1 || comma < nl) ? comma : nl;
}

function stripCr(s: string): string {
  return s.charCodeAt(s.length - 1) === CR ? s.slice(0, -1) : s;
}

function countLineFeeds(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
