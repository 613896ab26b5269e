import {
  FILE_MODES,
  MANIFEST_FILES,
  MANIFEST_FILE_NAME,
  MANIFEST_HEADER,
  MANIFEST_PROPERTIES,
  MANIFEST_VERSION,
  ONEROSTER_VERSIONS,
  type FileMode,
} from '../model/index.js';
import type { BundleSource } from './bundle-source.js';
import { readCsvRows } from './csv-reader.js';
import type { IssueCollector } from './issues.js';

export interface Manifest {
  onerosterVersion: string;
  /** Mode of each of the 21 data files (missing rows read as absent). */
  files: Record<string, FileMode>;
  source: { systemName?: string; systemCode?: string };
}

const file = MANIFEST_FILE_NAME;

/** Reads and checks manifest.csv; returns null when the bundle must be rejected before any data file is read. */
export async function readManifest(source: BundleSource, issues: IssueCollector): Promise<Manifest | null> {
  if (!source.names.includes(file)) {
    issues.add('manifest.missing', { file });
    return null;
  }
  const errorsBefore = issues.errorCount;
  const props = new Map<string, { value: string; line: number }>();
  let headerOk = false;
  for await (const batch of readCsvRows(await source.open(file), csvProblems(issues))) {
    for (const row of batch) {
      if (row.line === 1) {
        headerOk = row.fields.length === 2 && row.fields.every((f, i) => f === MANIFEST_HEADER[i]);
        if (!headerOk) issues.add('manifest.header', { file, line: 1, value: row.fields.join(',') });
        continue;
      }
      const [name = '', value = ''] = row.fields;
      if (props.has(name))
        issues.add('manifest.duplicateProperty', {
          file,
          line: row.line,
          value: name,
          params: { property: name },
        });
      else props.set(name, { value: value.trim(), line: row.line });
    }
  }
  if (!headerOk) {
    // An empty manifest (or one whose first line is blank) has no header row to complain about above.
    if (issues.errorCount === errorsBefore) issues.add('manifest.header', { file, line: 1 });
    return null;
  }
  const manifest = interpret(props, issues);
  return issues.errorCount > errorsBefore ? null : manifest;
}

const NUMERIC_ONE = /^1(?:\.0+)?$/;

function interpret(props: Map<string, { value: string; line: number }>, issues: IssueCollector): Manifest {
  const check = (
    name: string,
    allowed: readonly string[],
    code: 'manifest.version' | 'manifest.onerosterVersion',
  ) => {
    const p = props.get(name);
    // A spreadsheet shows 1.0 as the number 1 and saves it that way: read it as meant.
    if (p && name === 'manifest.version' && NUMERIC_ONE.test(p.value) && p.value !== MANIFEST_VERSION) {
      issues.add('manifest.versionNumeric', { file, line: p.line, column: 'value', value: p.value });
      return;
    }
    if (!p || !allowed.includes(p.value)) {
      issues.add(code, {
        file,
        line: p?.line ?? null,
        column: 'value',
        value: p?.value ?? null,
        params: { expected: allowed.join(', ') },
      });
    }
  };
  check('manifest.version', [MANIFEST_VERSION], 'manifest.version');
  check('oneroster.version', ONEROSTER_VERSIONS, 'manifest.onerosterVersion');

  const files: Record<string, FileMode> = {};
  for (const name of MANIFEST_FILES) {
    const property = `file.${name}`;
    const p = props.get(property) ?? props.get(`${property}*`);
    if (!p) {
      issues.add('manifest.fileRowMissing', { file, params: { property } });
      files[name] = 'absent';
    } else if ((FILE_MODES as readonly string[]).includes(p.value)) {
      files[name] = p.value as FileMode;
    } else {
      issues.add('manifest.fileMode', {
        file,
        line: p.line,
        column: 'value',
        value: p.value,
        params: { property },
      });
    }
  }
  const known = new Set<string>(MANIFEST_PROPERTIES);
  for (const [name, p] of props) {
    if (!known.has(name) && !known.has(name.replace(/\*$/, ''))) {
      issues.add('manifest.unknownProperty', { file, line: p.line, value: name, params: { property: name } });
    }
  }
  const source: Manifest['source'] = {};
  const systemName = props.get('source.systemName')?.value;
  const systemCode = props.get('source.systemCode')?.value;
  if (systemName) source.systemName = systemName;
  if (systemCode) source.systemCode = systemCode;
  return { onerosterVersion: props.get('oneroster.version')?.value ?? '', files, source };
}

export function csvProblems(issues: IssueCollector, fileName = file) {
  return {
    bom: () => issues.add('file.bom', { file: fileName }),
    encoding: (line: number) => issues.add('file.encoding', { file: fileName, line, params: { line } }),
    unterminatedQuote: (line: number) => issues.add('file.unterminatedQuote', { file: fileName, line }),
    strayQuote: (line: number) => issues.add('row.strayQuote', { file: fileName, line }),
    shiftJis: () => issues.add('file.shiftJis', { file: fileName }),
  };
}
