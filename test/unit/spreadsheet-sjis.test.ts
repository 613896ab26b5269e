import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/services/validation.service.js';

const FIXTURES = new URL('../fixtures/spreadsheet-sjis/', import.meta.url).pathname;
const codesOf = (issues: { code: string }[]) => [...new Set(issues.map((i) => i.code))].sort();

describe('Shift_JIS bundles saved by a spreadsheet', () => {
  it('the fixtures really are Shift_JIS, not UTF-8', () => {
    const users = readFileSync(join(FIXTURES, 'saved-as-text', 'users.csv'));
    expect(users.includes(Buffer.from('中野'))).toBe(false);
    expect(users.includes(Buffer.from([0x92, 0x86, 0x96, 0xec]))).toBe(true); // 中野 in CP932
  });

  it('saved with text columns: valid, one file.shiftJis warning per Japanese file', async () => {
    const r = await validateBundle(join(FIXTURES, 'saved-as-text'), 'japan');
    expect(r.errors).toEqual([]);
    expect(codesOf(r.warnings)).toEqual(['file.shiftJis']);
    const nonAscii = readdirSync(join(FIXTURES, 'saved-as-text')).filter((name) =>
      readFileSync(join(FIXTURES, 'saved-as-text', name)).some((b) => b > 0x7f),
    );
    expect(r.warnings.map((w) => w.file).sort()).toEqual(nonAscii.sort());
    expect(r.counts.users).toBeGreaterThan(12);
    expect(r.valid).toBe(true);
  });

  it('saved with inferred types: the dropped leading zero is an error, the rest warnings', async () => {
    const r = await validateBundle(join(FIXTURES, 'types-inferred'), 'japan');
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.code, e.value])).toEqual([
      ['orgs.csv', 2, 'identifier', 'jp.boardCode', '70568'],
    ]);
    expect(codesOf(r.warnings)).toEqual(['file.shiftJis', 'manifest.versionNumeric', 'value.booleanCase']);
    expect(r.warnings.find((w) => w.code === 'manifest.versionNumeric')).toMatchObject({
      file: 'manifest.csv',
      line: 2,
      value: '1',
    });
  });
});
