import { describe, expect, it } from 'vitest';
import { MANIFEST_FILES } from '../../src/model/index.js';
import { validateBundle, type ValidationReport } from '../../src/services/validation.service.js';
import { minimalBundle, writeBundleDir, type BundleData } from '../helpers/bundle.js';

/** The manifest the fixture builder writes for minimalBundle(), as [property, value] rows. */
function manifestRows(data: BundleData = minimalBundle()): [string, string][] {
  return [
    ['manifest.version', '1.0'],
    ['oneroster.version', '1.2'],
    ...MANIFEST_FILES.map((f): [string, string] => [
      `file.${f}`,
      data[f as keyof BundleData] ? 'bulk' : 'absent',
    ]),
  ];
}

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

/** Validates minimalBundle() with the given manifest rows (header added unless `header` is given). */
async function withManifest(rows: [string, string][], header: string[] = ['propertyName', 'value']) {
  const dir = await writeBundleDir(minimalBundle(), {
    extraFiles: { 'manifest.csv': csv([header, ...rows]) },
  });
  return validateBundle(dir, 'oneroster');
}

const set = (rows: [string, string][], name: string, value: string) =>
  rows.map(([n, v]): [string, string] => [n, n === name ? value : v]);

const codes = (r: ValidationReport) => [...r.errors, ...r.warnings].map((i) => i.code);

describe('manifest.csv', () => {
  it('accepts the fixture manifest', async () => {
    const r = await withManifest(manifestRows());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.counts.users).toBe(2);
  });

  it('rejects a bundle without manifest and reads no data file', async () => {
    const data = minimalBundle();
    // A broken users.csv would produce errors if it were read.
    const dir = await writeBundleDir(data, { omitManifest: true, headers: { users: ['nonsense'] } });
    const r = await validateBundle(dir, 'oneroster');
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'manifest.missing', file: 'manifest.csv', line: null });
    expect(r.warnings).toEqual([]);
    expect(r.counts).toEqual({});
  });

  it('rejects a manifest with a wrong header and reads no data file', async () => {
    const r = await withManifest(manifestRows(), ['property', 'value']);
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      code: 'manifest.header',
      file: 'manifest.csv',
      line: 1,
      value: 'property,value',
    });
    expect(r.counts).toEqual({});
  });

  it('rejects a manifest header with a third column', async () => {
    const r = await withManifest(manifestRows(), ['propertyName', 'value', 'note']);
    expect(codes(r)).toEqual(['manifest.header']);
  });

  it('rejects an empty manifest.csv', async () => {
    const dir = await writeBundleDir(minimalBundle(), { extraFiles: { 'manifest.csv': '' } });
    const r = await validateBundle(dir, 'oneroster');
    expect(r.valid).toBe(false);
    expect(r.errors.map((i) => i.code)).toEqual(['manifest.header']);
    expect(r.counts).toEqual({});
  });

  it('rejects a manifest whose first line is blank (no header on line 1)', async () => {
    const text = '\n' + csv([['propertyName', 'value'], ...manifestRows()]);
    const dir = await writeBundleDir(minimalBundle(), { extraFiles: { 'manifest.csv': text } });
    const r = await validateBundle(dir, 'oneroster');
    expect(r.valid).toBe(false);
    expect(r.errors.map((i) => [i.code, i.line])).toEqual([['manifest.header', 1]]);
  });

  it('rejects manifest.version other than 1.0 with its line', async () => {
    const r = await withManifest(set(manifestRows(), 'manifest.version', '1.1'));
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'manifest.version', line: 2, column: 'value', value: '1.1' });
    expect(r.counts).toEqual({});
  });

  it('rejects a manifest without manifest.version', async () => {
    const r = await withManifest(manifestRows().filter(([n]) => n !== 'manifest.version'));
    expect(r.errors.map((i) => [i.code, i.line])).toEqual([['manifest.version', null]]);
  });

  it.each(['1.2', '1.2.1', '1.2_JP'])('accepts oneroster.version %s', async (version) => {
    const r = await withManifest(set(manifestRows(), 'oneroster.version', version));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it.each(['1.1', '1.2JP', '1.2.0', ''])('rejects oneroster.version "%s"', async (version) => {
    const r = await withManifest(set(manifestRows(), 'oneroster.version', version));
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'manifest.onerosterVersion', line: 3, column: 'value' });
    expect(r.errors[0]!.message).toContain('1.2, 1.2.1, 1.2_JP');
  });

  it('trims spaces around a value', async () => {
    const r = await withManifest(set(manifestRows(), 'oneroster.version', ' 1.2 '));
    expect(r.valid).toBe(true);
  });

  it('rejects a file mode other than bulk, delta or absent', async () => {
    const r = await withManifest(set(manifestRows(), 'file.users', 'full'));
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      code: 'manifest.fileMode',
      line: 24,
      column: 'value',
      value: 'full',
    });
    expect(r.errors[0]!.message).toContain('file.users');
    expect(r.counts).toEqual({});
  });

  it('rejects an upper-case file mode', async () => {
    const r = await withManifest(set(manifestRows(), 'file.orgs', 'Bulk'));
    expect(codes(r)).toEqual(['manifest.fileMode']);
  });

  it('warns about a missing file.* row and treats the file as absent', async () => {
    const r = await withManifest(manifestRows().filter(([n]) => n !== 'file.results'));
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      code: 'manifest.fileRowMissing',
      severity: 'warning',
      file: 'manifest.csv',
    });
    expect(r.warnings[0]!.message).toContain('file.results');
  });

  it('treats a data file without file.* row as absent, so a present file is not declared', async () => {
    const r = await withManifest(manifestRows().filter(([n]) => n !== 'file.roles'));
    expect(r.valid).toBe(false);
    expect(codes(r).sort()).toEqual(['bundle.fileNotDeclared', 'manifest.fileRowMissing']);
    expect(r.errors[0]).toMatchObject({ code: 'bundle.fileNotDeclared', file: 'roles.csv' });
    expect(r.counts.roles).toBeUndefined();
  });

  it('warns about an unknown property and ignores it', async () => {
    const r = await withManifest([
      ...manifestRows(),
      ['file.attendance', 'bulk'],
      ['source.systemName', 'Acme'],
    ]);
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      code: 'manifest.unknownProperty',
      line: 25,
      value: 'file.attendance',
    });
  });

  it('rejects a property given twice, on the second line', async () => {
    const rows = manifestRows();
    const r = await withManifest([...rows, ['oneroster.version', '1.2']]);
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      code: 'manifest.duplicateProperty',
      line: rows.length + 2,
      value: 'oneroster.version',
    });
    expect(r.counts).toEqual({});
  });

  it('tolerates file.roles* (the asterisk of the binding table)', async () => {
    const r = await withManifest(
      manifestRows().map(([n, v]): [string, string] => [n === 'file.roles' ? 'file.roles*' : n, v]),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.counts.roles).toBe(2);
  });

  it('honours the mode written on file.roles*', async () => {
    const rows = manifestRows().map(([n, v]): [string, string] =>
      n === 'file.roles' ? ['file.roles*', 'absent'] : [n, v],
    );
    const r = await withManifest(rows);
    expect(r.errors.map((i) => [i.code, i.file])).toEqual([['bundle.fileNotDeclared', 'roles.csv']]);
  });

  it('reads a manifest with BOM, CRLF and quotes', async () => {
    const text =
      '\uFEFF' +
      [['propertyName', 'value'], ...manifestRows()]
        .map((r) => r.map((c) => `"${c}"`).join(','))
        .join('\r\n') +
      '\r\n';
    const dir = await writeBundleDir(minimalBundle(), { extraFiles: { 'manifest.csv': text } });
    const r = await validateBundle(dir, 'oneroster');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((i) => [i.code, i.file])).toEqual([['file.bom', 'manifest.csv']]);
  });
});
