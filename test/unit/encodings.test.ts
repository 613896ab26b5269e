import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../src/import/bundle-source.js';
import { readCsvRows, type CsvRow } from '../../src/import/csv-reader.js';
import { IssueCollector, type Issue } from '../../src/import/issues.js';
import { csvProblems } from '../../src/import/manifest-reader.js';
import { validateBundle, type ValidationReport } from '../../src/services/validation.service.js';
import {
  SCHOOL,
  TEACHER,
  minimalBundle,
  renderBundle,
  tempDir,
  writeBundleDir,
  type BundleData,
} from '../helpers/bundle.js';
import { patchEntry, writeTemp, zipBuffer } from '../helpers/zip-patch.js';

const sjis = (text: string) => iconv.encode(text, 'cp932');
const all = (r: ValidationReport): Issue[] => [...r.errors, ...r.warnings];
const withCode = (r: ValidationReport, code: string) => all(r).filter((i) => i.code === code);

/** Splits bytes as a zip entry arrives (16 KB), so the reader sees several ~128 KB pieces. */
function pieces(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 16 << 10) out.push(bytes.subarray(at, at + (16 << 10)));
  return out;
}

/** A bundle with CP932-only characters in a user's name (① and ～ have no JIS X 0208 code). */
function japaneseBundle(): BundleData {
  const data = minimalBundle();
  data.users![0]!.givenName = '花子①';
  data.users![0]!.familyName = '髙﨑～';
  return data;
}

/** Writes every file of the bundle as CP932 into a folder. */
function writeSjisDir(data: BundleData): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(renderBundle(data, { crlf: true })))
    writeFileSync(join(dir, name), sjis(text));
  return dir;
}

/** Reads one file of a bundle the way the processor does and returns its rows. */
async function readRows(path: string, file: string): Promise<{ rows: CsvRow[]; issues: IssueCollector }> {
  const source = await openBundle(path);
  const issues = new IssueCollector();
  const rows: CsvRow[] = [];
  try {
    for await (const batch of readCsvRows(await source.open(file), csvProblems(issues, file)))
      rows.push(...batch);
  } finally {
    await source.close();
  }
  return { rows, issues };
}

/** The file names holding non-ASCII text (only those differ between UTF-8 and CP932). */
function nonAsciiFiles(data: BundleData): string[] {
  return Object.entries(renderBundle(data))
    .filter(([, text]) => Buffer.byteLength(text) !== text.length)
    .map(([name]) => name)
    .sort();
}

describe('Shift_JIS (CP932) files', () => {
  it('validate with exactly one file.shiftJis warning per Shift_JIS file', async () => {
    const data = japaneseBundle();
    const r = await validateBundle(writeSjisDir(data));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    const warned = withCode(r, 'file.shiftJis');
    expect(warned.map((i) => i.file).sort()).toEqual(nonAsciiFiles(data));
    expect(warned.map((i) => i.file)).toContain('users.csv');
    // Apart from the encoding warnings, the report is the one of the same bundle in UTF-8.
    const utf8 = await validateBundle(await writeBundleDir(data, { crlf: true }));
    expect(all(r).filter((i) => i.code !== 'file.shiftJis')).toEqual(all(utf8));
    const users = warned.find((i) => i.file === 'users.csv')!;
    expect(users.severity).toBe('warning');
    expect(users.message).toContain('users.csv');
    expect(users.messageJa).toContain('Shift_JIS（CP932）として読み込みました');
    expect(users.messageJa).toContain('UTF-8 で保存してください');
  });

  it('reads names right, CP932-only characters included', async () => {
    const { rows, issues } = await readRows(writeSjisDir(japaneseBundle()), 'users.csv');
    expect(issues.errors).toEqual([]);
    const text = rows.map((r) => r.fields.join(',')).join('\n');
    expect(text).toContain('花子①');
    expect(text).toContain('髙﨑～');
    expect(text).toContain('ヤマダ');
    expect(text).toContain('佐藤');
  });

  it('decides on the first piece that is not UTF-8 (earlier pieces being ASCII)', async () => {
    // 200 KB of ASCII rows first, so the Shift_JIS bytes arrive in a later ~128 KB piece.
    const ascii = 'id,name\n' + Array.from({ length: 20_000 }, (_, i) => `id${i},x\n`).join('');
    const bytes = Buffer.concat([Buffer.from(ascii), sjis('last,山田①\nend,ｶﾀｶﾅ\n')]);
    const seen: string[] = [];
    const rows: CsvRow[] = [];
    const problems = {
      bom: () => seen.push('bom'),
      encoding: (line: number) => seen.push(`encoding@${line}`),
      unterminatedQuote: () => seen.push('unterminated'),
      strayQuote: () => seen.push('stray'),
      shiftJis: () => seen.push('shiftJis'),
    };
    for await (const batch of readCsvRows(Readable.from(pieces(bytes)), problems)) rows.push(...batch);
    expect(seen).toEqual(['shiftJis']);
    expect(rows.at(-2)!.fields).toEqual(['last', '山田①']);
    expect(rows.at(-1)!.fields).toEqual(['end', 'ｶﾀｶﾅ']);
    expect(rows.at(-1)!.line).toBe(20_003);
  });

  it('stays strict UTF-8 for a reader not offered the fallback', async () => {
    const encoding: number[] = [];
    const problems = {
      bom: () => {},
      encoding: (line: number) => void encoding.push(line),
      unterminatedQuote: () => {},
      strayQuote: () => {},
    };
    for await (const _ of readCsvRows(Readable.from([sjis('a\n山田\n')]), problems)) void _;
    expect(encoding).toEqual([2]);
  });
});

describe('bytes that are neither UTF-8 nor CP932', () => {
  it('a UTF-8 file with Japanese text and one stray byte is an error on the right line', async () => {
    const data = minimalBundle();
    const files = renderBundle(data);
    const lines = files['users.csv']!.split('\n');
    // Line 3 (the second user) gets a stray 0x82 after its Japanese given name.
    const at = lines[2]!.indexOf('太郎') + '太郎'.length;
    const broken = Buffer.concat([
      Buffer.from(lines.slice(0, 2).join('\n') + '\n' + lines[2]!.slice(0, at)),
      Buffer.from([0x82]),
      Buffer.from(lines[2]!.slice(at) + '\n' + lines.slice(3).join('\n')),
    ]);
    const dir = await writeBundleDir(data);
    writeFileSync(join(dir, 'users.csv'), broken);
    const r = await validateBundle(dir);
    expect(r.valid).toBe(false);
    expect(withCode(r, 'file.encoding')).toMatchObject([{ file: 'users.csv', line: 3 }]);
    expect(withCode(r, 'file.shiftJis')).toEqual([]);
  });

  it('a byte CP932 does not map either is an error naming file and line', async () => {
    const dir = await writeBundleDir(minimalBundle());
    writeFileSync(
      join(dir, 'roles.csv'),
      Buffer.concat([sjis(renderBundle(minimalBundle())['roles.csv']!), Buffer.from([0xff, 0x0a])]),
    );
    const r = await validateBundle(dir);
    expect(withCode(r, 'file.encoding')).toMatchObject([{ file: 'roles.csv', line: 4 }]);
  });

  it('a Shift_JIS file with a bad byte after the first piece reports that line', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `id${i},山田\n`).join('');
    const bytes = Buffer.concat([sjis('id,name\n' + body), Buffer.from([0x81, 0x0a]), sjis('z,y\n')]);
    const encoding: number[] = [];
    const problems = {
      bom: () => {},
      encoding: (line: number) => void encoding.push(line),
      unterminatedQuote: () => {},
      strayQuote: () => {},
      shiftJis: () => {},
    };
    let last = 0;
    for await (const batch of readCsvRows(Readable.from(pieces(bytes)), problems)) last = batch.at(-1)!.line;
    expect(encoding).toEqual([20_002]);
    expect(last).toBe(20_001);
  });

  it('a UTF-8 file whose later piece turns to Shift_JIS is an error, not mojibake', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `id${i},山田\n`).join('');
    const bytes = Buffer.concat([Buffer.from('id,name\n' + body), sjis('z,山田\n')]);
    const seen: string[] = [];
    const problems = {
      bom: () => {},
      encoding: (line: number) => void seen.push(`encoding@${line}`),
      unterminatedQuote: () => {},
      strayQuote: () => {},
      shiftJis: () => void seen.push('shiftJis'),
    };
    for await (const _ of readCsvRows(Readable.from(pieces(bytes)), problems)) void _;
    expect(seen).toEqual(['encoding@20002']);
  });
});

describe('whitespace around identifiers and codes', () => {
  it('is trimmed with a warning and the rows stay valid; string fields keep theirs', async () => {
    const data = minimalBundle();
    data.users![0]!.sourcedId = `\u3000${TEACHER} `;
    data.users![0]!.givenName = ' 花子 ';
    data.users![1]!.enabledUser = 'true\t';
    data.roles![0]!.role = ' teacher\u3000';
    data.roles![1]!.orgSourcedId = ` ${SCHOOL}`;
    const r = await validateBundle(await writeBundleDir(data));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.counts.users).toBe(2);
    const ws = withCode(r, 'value.whitespace');
    expect(ws.map((i) => [i.file, i.line, i.column])).toEqual([
      ['users.csv', 2, 'sourcedId'],
      ['users.csv', 3, 'enabledUser'],
      ['roles.csv', 2, 'role'],
      ['roles.csv', 3, 'orgSourcedId'],
    ]);
    expect(ws[0]!.severity).toBe('warning');
    // The references to the trimmed sourcedId resolve.
    expect(all(r).filter((i) => i.code.startsWith('ref.'))).toEqual([]);
  });

  it('keeps the spaces of a plain string field', async () => {
    const data = minimalBundle();
    data.users![0]!.givenName = ' 花子\u3000';
    const dir = await writeBundleDir(data);
    const { rows } = await readRows(dir, 'users.csv');
    const header = rows[0]!.fields;
    expect(rows[1]!.fields[header.indexOf('givenName')]).toBe(' 花子\u3000');
    const r = await validateBundle(dir);
    expect(withCode(r, 'value.whitespace')).toEqual([]);
  });
});

describe('zip entry names', () => {
  it('finds files in a folder whose name is Shift_JIS without the UTF-8 flag', async () => {
    const folder = sjis('名簿データ/');
    const placeholder = 'X'.repeat(folder.length - 1) + '/';
    const files = renderBundle(japaneseBundle());
    const entries: Record<string, string | Buffer> = { [placeholder]: '' };
    for (const [name, text] of Object.entries(files)) entries[placeholder + name] = sjis(text);
    let zip = await zipBuffer(entries);
    for (const name of Object.keys(entries))
      zip = patchEntry(zip, name, {
        name: Buffer.concat([folder, Buffer.from(name.slice(placeholder.length))]),
        clearUtf8Flag: true,
      });
    const path = await writeTemp(zip);
    const source = await openBundle(path);
    expect([...source.names].sort()).toEqual(Object.keys(files).sort());
    await source.close();
    const r = await validateBundle(path);
    expect(r.errors).toEqual([]);
    expect(r.counts.users).toBe(2);
    expect(withCode(r, 'file.shiftJis').map((i) => i.file)).toContain('users.csv');
  });

  it('reads a Shift_JIS file name whose trail byte is 0x5C ("\\") as one name', async () => {
    // ソ is 83 5C in CP932: decoded first, it is not taken for a path separator.
    const folder = sjis('ソフト/');
    const placeholder = 'X'.repeat(folder.length - 1) + '/';
    const files = renderBundle(minimalBundle());
    const entries: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) entries[placeholder + name] = text;
    let zip = await zipBuffer(entries);
    for (const name of Object.keys(entries))
      zip = patchEntry(zip, name, {
        name: Buffer.concat([folder, Buffer.from(name.slice(placeholder.length))]),
        clearUtf8Flag: true,
      });
    const r = await validateBundle(await writeTemp(zip));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('still reads UTF-8 names, flagged or not', async () => {
    const files = renderBundle(minimalBundle());
    const entries: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) entries[`名簿データ/${name}`] = text;
    let zip = await zipBuffer(entries);
    // Without the flag the valid UTF-8 bytes still read as UTF-8.
    for (const name of Object.keys(entries).slice(0, 3)) zip = patchEntry(zip, name, { clearUtf8Flag: true });
    const r = await validateBundle(await writeTemp(zip));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

// A folder with a Shift_JIS name on disk is the file system's business; this only checks the names API.
it('folder bundles list their files by name', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'manifest.csv'), 'propertyName,value\n');
  const source = await openBundle(dir);
  expect(source.names).toEqual(['manifest.csv']);
});
