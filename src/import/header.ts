import { baseHeaderLayouts, type FieldDef, type FileDef } from '../model/index.js';
import type { IssueCollector } from './issues.js';

/** Where each declared field sits in a file's rows (-1: column absent), and the unknown metadata columns. */
export interface HeaderMap {
  readonly width: number;
  readonly fieldIndex: readonly number[];
  readonly extras: readonly { index: number; name: string }[];
}

/**
 * Checks a header against the binding: standard columns exactly in order (either users.csv layout),
 * then only `metadata.*` extension columns, in any order. Returns null when rows cannot be mapped.
 */
export function checkHeader(file: FileDef, header: string[], issues: IssueCollector): HeaderMap | null {
  const at = { file: file.fileName, line: 1 };
  const errorsBefore = issues.errorCount;
  const layouts = baseHeaderLayouts(file);
  // The 1.2.1 users layout is a subset of the 1.2 one: the longest layout the header completes wins.
  const complete = layouts.filter((l) => l.every((c) => header.includes(c)));
  const base =
    complete.reduce<string[] | undefined>((a, l) => (a && a.length >= l.length ? a : l), undefined) ??
    layouts[0] ??
    [];

  for (const column of base)
    if (!header.includes(column)) issues.add('header.missingColumn', { ...at, column });
  if (issues.errorCount === errorsBefore) {
    const position = base.findIndex((c, i) => header[i] !== c);
    if (position !== -1) {
      const column = header[position] ?? '';
      issues.add('header.order', {
        ...at,
        column,
        params: { expected: base[position] ?? '', position: position + 1 },
      });
    }
  }
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) issues.add('header.duplicateColumn', { ...at, column });
    seen.add(column);
    if (!base.includes(column) && !column.startsWith('metadata.'))
      issues.add('header.unknownColumn', { ...at, column });
  }
  if (issues.errorCount > errorsBefore) return null;
  return mapHeader(file.fields, header, new Set(base));
}

function mapHeader(fields: readonly FieldDef[], header: string[], base: Set<string>): HeaderMap {
  const fieldIndex = fields.map((f) => {
    if (!f.extension) return base.has(f.csv) ? header.indexOf(f.csv) : -1;
    return header.findIndex((h) => h === f.csv || (f.aliases ?? []).includes(h));
  });
  const mapped = new Set(fieldIndex);
  const extras = header
    .map((name, index) => ({ name, index }))
    .filter(({ index, name }) => !mapped.has(index) && name.startsWith('metadata.'));
  return { width: header.length, fieldIndex, extras };
}
