import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { CsvChunkParser } from '../../src/import/csv-parser.js';
import { FILES_BY_NAME, type FieldDef, type FileName } from '../../src/model/index.js';
import { validateBundle } from '../../src/services/validation.service.js';

const dir = () => mkdtempSync(join(tmpdir(), 'rh-prop-'));

describe('generated bundles (property)', () => {
  it('any seed and size yields a bundle valid under the Japan Profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('jp12' as const, 'jp121' as const),
        async (seed, students, schools, layout) => {
          const out = dir();
          await generateBundle({ out, seed, students, schools, layout });
          const r = await validateBundle(out, 'japan');
          expect(r.errors).toEqual([]);
          expect(r.warnings).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });
});

type Corruption = {
  kind: string;
  applies: (f: FieldDef) => boolean;
  value: (row: string[]) => string;
  code: string;
};

/** Each corruption of one cell and the code that must report it, at that file, line and column. */
const CORRUPTIONS: Corruption[] = [
  {
    kind: 'empty required',
    applies: (f) => f.required === 'always' && f.key !== 'sourcedId',
    value: () => '',
    code: 'value.required',
  },
  {
    kind: 'bad enum',
    applies: (f) => f.type === 'enum' && f.key !== 'status',
    value: () => 'bogus',
    code: 'value.enum',
  },
  { kind: 'bad date', applies: (f) => f.type === 'date', value: () => '2025-13-45', code: 'value.date' },
  { kind: 'bad boolean', applies: (f) => f.type === 'boolean', value: () => 'maybe', code: 'value.boolean' },
  { kind: 'bad year', applies: (f) => f.type === 'year', value: () => '25', code: 'value.year' },
  { kind: 'bad integer', applies: (f) => f.type === 'integer', value: () => '1x', code: 'value.integer' },
  { kind: 'bad identifier', applies: (f) => f.type === 'guid', value: () => 'has space', code: 'value.guid' },
  {
    kind: 'dangling reference',
    applies: (f) => f.type === 'guidRef' && !!f.ref && !f.unresolvedRef && f.key !== 'parentSourcedId',
    value: () => 'no-such-record',
    code: 'ref.unresolved',
  },
];

function parse(text: string): string[][] {
  return new CsvChunkParser().parse(text, true).rows.map((r) => r.fields);
}
const render = (rows: string[][]) =>
  rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

describe('single-cell corruptions (property)', () => {
  const files: Partial<Record<FileName, string[][]>> = {};
  let base = '';
  beforeAll(async () => {
    base = dir();
    await generateBundle({ out: base, seed: 'corrupt', students: 40, schools: 2 });
    // The data files the generator wrote, as its manifest declares them.
    const manifest = readFileSync(join(base, 'manifest.csv'), 'utf8');
    const written = [...manifest.matchAll(/"file\.(\w+)","(?:bulk|delta)"/g)].map((m) => m[1] as FileName);
    for (const name of written) {
      files[name] = parse(readFileSync(join(base, `${name}.csv`), 'utf8'));
    }
  });

  it('is caught with the right code, file, line and column, never a crash', async () => {
    const cases = Object.entries(files).flatMap(([name, rows]) => {
      const header = rows[0]!;
      return header.flatMap((col, c) => {
        const def = FILES_BY_NAME[name as FileName].fields.find(
          (f) => f.csv === col || f.aliases?.includes(col),
        );
        if (!def) return [];
        // A reference into a file the bundle does not carry can only be checked against a store.
        const checkable = (k: Corruption) =>
          k.code !== 'ref.unresolved' || (def.ref !== undefined && def.ref in files);
        return CORRUPTIONS.filter((k) => k.applies(def) && checkable(k)).map((k) => ({
          name: name as FileName,
          c,
          col,
          k,
        }));
      });
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.nat(), async ({ name, c, col, k }, rowPick) => {
        const rows = files[name]!.map((r) => [...r]);
        const row = 1 + (rowPick % (rows.length - 1));
        rows[row]![c] = k.value(rows[row]!);
        const out = dir();
        for (const [n, r] of Object.entries(files))
          writeFileSync(join(out, `${n}.csv`), render(n === name ? rows : r));
        writeFileSync(join(out, 'manifest.csv'), readFileSync(join(base, 'manifest.csv')));
        const r = await validateBundle(out, 'japan');
        expect(r.valid, `${k.kind} in ${name}.csv:${row + 1} [${col}]`).toBe(false);
        expect(r.errors).toContainEqual(
          expect.objectContaining({ code: k.code, file: `${name}.csv`, line: row + 1, column: col }),
        );
      }),
      { numRuns: 80 },
    );
  });
});
