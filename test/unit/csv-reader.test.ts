import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvRows, type CsvRow } from '../../src/import/csv-reader.js';

interface Recorded {
  rows: CsvRow[];
  batches: number;
  bom: number;
  encoding: number[];
  unterminated: number[];
  stray: number[];
}

/** Splits a buffer into chunks whose sizes cycle through `sizes` (bytes). */
function chunked(buf: Buffer, sizes: readonly number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < buf.length; i++) {
    const n = sizes[i % sizes.length]!;
    out.push(buf.subarray(at, at + n));
    at += n;
  }
  return out;
}

async function read(input: string | Buffer, sizes?: readonly number[]): Promise<Recorded> {
  const buf = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const chunks = sizes ? chunked(buf, sizes) : buf.length ? [buf] : [];
  const rec: Recorded = { rows: [], batches: 0, bom: 0, encoding: [], unterminated: [], stray: [] };
  const problems = {
    bom: () => void rec.bom++,
    encoding: (line: number) => void rec.encoding.push(line),
    unterminatedQuote: (line: number) => void rec.unterminated.push(line),
    strayQuote: (line: number) => void rec.stray.push(line),
  };
  for await (const batch of readCsvRows(Readable.from(chunks), problems)) {
    expect(batch.length).toBeGreaterThan(0);
    rec.batches++;
    for (const row of batch) {
      // `multiline` must say whether a field holds a line break; the cases below compare line and fields.
      expect(row.multiline).toBe(row.fields.some((f) => f.includes('\n')));
      rec.rows.push({ line: row.line, fields: row.fields } as CsvRow);
    }
  }
  return rec;
}

/**
 * Every case runs on the whole input in one chunk and on tiny chunks (1–7 bytes, several patterns),
 * so rows, quotes, CRLF pairs and multi-byte characters are split across chunk boundaries.
 */
const SPLITS: { name: string; sizes?: number[] }[] = [
  { name: 'one chunk' },
  { name: '1-byte chunks', sizes: [1] },
  { name: '2-byte chunks', sizes: [2] },
  { name: '3-byte chunks', sizes: [3] },
  { name: '1–7 byte chunks', sizes: [1, 2, 3, 4, 5, 6, 7] },
  { name: '7–1 byte chunks', sizes: [7, 5, 3, 1, 6, 4, 2] },
];

describe.each(SPLITS)('readCsvRows ($name)', ({ sizes }) => {
  it('reads LF rows with true line numbers', async () => {
    const r = await read('a,b,c\n1,2,3\nx,,z\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['x', '', 'z'] },
    ]);
    expect(r).toMatchObject({ bom: 0, encoding: [], unterminated: [] });
  });

  it('reads CRLF rows without leaving \\r in the last field', async () => {
    const r = await read('a,b\r\n1,2\r\n"q",3\r\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['q', '3'] },
    ]);
  });

  it('reads a last row without a trailing newline', async () => {
    const r = await read('a,b\n1,2', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('unquotes fields with commas and doubled quotes, and keeps a quoted list as one field', async () => {
    const r = await read('id,name,grades\n1,"Sato, Taro","say ""hi"""\n2,"","P1,P2"\n', sizes);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['id', 'name', 'grades'],
      ['1', 'Sato, Taro', 'say "hi"'],
      ['2', '', 'P1,P2'],
    ]);
  });

  it('decodes multi-byte UTF-8 characters split across chunks', async () => {
    const r = await read('名前,かな\n山田 花子,"ヤマダ, ハナコ"\n𠮷野,😀\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['名前', 'かな'] },
      { line: 2, fields: ['山田 花子', 'ヤマダ, ハナコ'] },
      { line: 3, fields: ['𠮷野', '😀'] },
    ]);
    expect(r.encoding).toEqual([]);
  });

  it('reports a UTF-8 BOM once and strips it from the first field', async () => {
    const r = await read('\uFEFFsourcedId,name\r\nx,y\r\n', sizes);
    expect(r.bom).toBe(1);
    expect(r.rows).toEqual([
      { line: 1, fields: ['sourcedId', 'name'] },
      { line: 2, fields: ['x', 'y'] },
    ]);
  });

  it('does not report a BOM when there is none', async () => {
    const r = await read('sourcedId\nx\n', sizes);
    expect(r.bom).toBe(0);
    expect(r.rows[0]!.fields).toEqual(['sourcedId']);
  });

  it('skips blank lines but keeps counting them', async () => {
    const r = await read('h1,h2\n\na,b\n\n\nc,d\n\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 3, fields: ['a', 'b'] },
      { line: 6, fields: ['c', 'd'] },
    ]);
  });

  it('skips blank CRLF lines but keeps counting them', async () => {
    const r = await read('h\r\n\r\na\r\n\r\nb\r\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['h'] },
      { line: 3, fields: ['a'] },
      { line: 5, fields: ['b'] },
    ]);
  });

  it('yields a quoted field with an embedded newline as one row and counts the extra line', async () => {
    const r = await read('id,note\n1,"two\nlines"\n2,"three\nmore\nlines"\n3,end\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['1', 'two\nlines'] },
      { line: 4, fields: ['2', 'three\nmore\nlines'] },
      { line: 7, fields: ['3', 'end'] },
    ]);
  });

  it('counts an embedded CRLF line break in a CRLF file', async () => {
    const r = await read('id,note\r\n1,"a\r\nb"\r\n2,c\r\n', sizes);
    expect(r.rows).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['1', 'a\r\nb'] },
      { line: 4, fields: ['2', 'c'] },
    ]);
  });

  it('reports an unterminated quote with the line where the quoted field starts', async () => {
    const r = await read('id,name\n1,ok\n2,"never closed\n3,more\n', sizes);
    expect(r.unterminated).toEqual([3]);
    expect(r.rows.slice(0, 2)).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'ok'] },
    ]);
    // Whatever the reader makes of the broken remainder, it never invents a row after it.
    expect(r.rows.every((row) => row.line <= 3)).toBe(true);
  });

  it('does not report an unterminated quote for well-formed quoting', async () => {
    const r = await read('a\n"x"\n"y\nz"\n', sizes);
    expect(r.unterminated).toEqual([]);
    expect(r.rows.map((x) => x.fields)).toEqual([['a'], ['x'], ['y\nz']]);
  });

  it('reports invalid UTF-8 with the line of the bad byte and stops reading', async () => {
    const buf = Buffer.concat([
      Buffer.from('h1,h2\na,b\nc,'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('d\ne,f\ng,h\n'),
    ]);
    const r = await read(buf, sizes);
    expect(r.encoding).toEqual([3]);
    // Rows after the bad byte are never yielded.
    expect(r.rows.map((x) => x.fields)).not.toContainEqual(['e', 'f']);
    expect(r.rows.map((x) => x.fields)).not.toContainEqual(['g', 'h']);
  });

  it('reports a character cut short by a line break on the line where it starts', async () => {
    // あ is E3 81 82: the third byte is replaced by the line feed.
    const buf = Buffer.concat([Buffer.from('h1\nab'), Buffer.from([0xe3, 0x81]), Buffer.from('\nc\nd\n')]);
    const r = await read(buf, sizes);
    expect(r.encoding).toEqual([2]);
  });

  it('reports an overlong encoding and a UTF-16 surrogate as not UTF-8', async () => {
    const overlong = await read(
      Buffer.concat([Buffer.from('h\nx\n'), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]),
      sizes,
    );
    expect(overlong.encoding).toEqual([3]);
    const surrogate = await read(
      Buffer.concat([Buffer.from('h\n'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
      sizes,
    );
    expect(surrogate.encoding).toEqual([2]);
  });

  it('reports a truncated multi-byte character at the end of the input', async () => {
    const buf = Buffer.concat([Buffer.from('h\nあ\n'), Buffer.from('い').subarray(0, 2)]);
    const r = await read(buf, sizes);
    expect(r.encoding).toEqual([3]);
  });

  it('reports Shift_JIS input as not UTF-8', async () => {
    // "山田" in Shift_JIS.
    const sjis = Buffer.from([0x8e, 0x52, 0x93, 0x63]);
    const r = await read(Buffer.concat([Buffer.from('name\n'), sjis, Buffer.from('\n')]), sizes);
    expect(r.encoding).toEqual([2]);
  });
});

describe('readCsvRows edge cases', () => {
  it('yields nothing for empty input', async () => {
    const r = await read('');
    expect(r).toEqual({ rows: [], batches: 0, bom: 0, encoding: [], unterminated: [], stray: [] });
  });

  it('yields nothing but the BOM warning for a file that is only a BOM', async () => {
    const r = await read('\uFEFF', [1]);
    expect(r.rows).toEqual([]);
    expect(r.bom).toBe(1);
  });

  it('yields only the header of a header-only file', async () => {
    const r = await read('a,b\n', [1]);
    expect(r.rows).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });

  it('keeps line numbers exact over many rows read in tiny chunks', async () => {
    const lines = ['id,v', ...Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? '' : `${i},"値${i}"`))];
    const r = await read(lines.join('\r\n') + '\r\n', [1, 5, 2, 7, 3]);
    const expected = lines.flatMap((l, i) => (l === '' ? [] : [i + 1]));
    expect(r.rows.map((x) => x.line)).toEqual(expected);
    expect(r.rows.at(-1)!.fields).toEqual(['299', '値299']);
  });

  it('stops reading after invalid UTF-8 and destroys the stream', async () => {
    const stream = Readable.from([Buffer.from('a\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\nb\n')]);
    const lines: number[] = [];
    const rows: CsvRow[] = [];
    const problems = {
      bom: () => {},
      encoding: (l: number) => void lines.push(l),
      unterminatedQuote: () => {},
      strayQuote: () => {},
    };
    for await (const batch of readCsvRows(stream, problems)) rows.push(...batch);
    expect(lines).toEqual([2]);
    expect(rows).toEqual([{ line: 1, fields: ['a'], multiline: false }]);
    expect(stream.destroyed).toBe(true);
  });

  it('keeps characters after a closing quote and reports the row', async () => {
    const r = await read('a,b\n"x"y,2\n"ok",3\n');
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['xy', '2'],
      ['ok', '3'],
    ]);
    expect(r.stray).toEqual([2]);
  });

  it('gives up on a quote still open after 4 MB instead of re-reading the rest of the file', async () => {
    const filler = Buffer.from('x,y\n'.repeat(400_000));
    const stream = Readable.from([Buffer.from('h1,h2\n1,"open\n'), filler, filler, filler]);
    const unterminated: number[] = [];
    const rows: CsvRow[] = [];
    const problems = {
      bom: () => {},
      encoding: () => {},
      unterminatedQuote: (l: number) => void unterminated.push(l),
      strayQuote: () => {},
    };
    for await (const batch of readCsvRows(stream, problems)) rows.push(...batch);
    expect(unterminated).toEqual([2]);
    expect(rows.map((x) => x.line)).toEqual([1]);
    expect(stream.destroyed).toBe(true);
  });
});
