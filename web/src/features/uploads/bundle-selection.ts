import { ROSTER_FILES } from '../../../../src/model/files';

/** One chosen file and the multipart part it is sent as (`bundle`, or the CSV's file name). */
export interface ChosenFile {
  file: File;
  part: string;
}

export type SelectionProblem =
  | { kind: 'unsupported'; names: string[] }
  | { kind: 'severalZips' }
  | { kind: 'mixed' }
  | { kind: 'unknownCsv'; names: string[] }
  | { kind: 'noManifest' };

export interface Selection {
  files: ChosenFile[];
  kind: 'zip' | 'csv' | null;
  problems: SelectionProblem[];
}

/** The CSV parts the server accepts, by lower-case name (staff's exports vary in case). */
const CSV_PARTS = new Map(
  ['manifest', ...ROSTER_FILES.map((f) => f.name)].map((name) => [name.toLowerCase(), name]),
);

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const baseOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

/**
 * Adds newly chosen files to a selection: a zip replaces everything, CSV files join the CSV files
 * already chosen (one of the same name replaces the older), so staff may pick files in several goes.
 */
export function addFiles(current: readonly File[], added: readonly File[]): File[] {
  const addsZip = added.some((f) => extensionOf(f.name) === 'zip');
  const keep = addsZip || current.some((f) => extensionOf(f.name) === 'zip') ? [] : current;
  const names = new Set(added.map((f) => f.name.toLowerCase()));
  return [...keep.filter((f) => !names.has(f.name.toLowerCase())), ...added];
}

/** What the chosen files will be sent as, and what keeps them from being sent. */
export function checkSelection(files: readonly File[]): Selection {
  const problems: SelectionProblem[] = [];
  const zips = files.filter((f) => extensionOf(f.name) === 'zip');
  const csvs = files.filter((f) => extensionOf(f.name) === 'csv');
  const other = files.filter((f) => !['zip', 'csv'].includes(extensionOf(f.name)));
  if (other.length) problems.push({ kind: 'unsupported', names: other.map((f) => f.name) });
  if (zips.length > 1) problems.push({ kind: 'severalZips' });
  if (zips.length && csvs.length) problems.push({ kind: 'mixed' });
  if (zips.length === 0 && csvs.length) {
    const unknown = csvs.filter((f) => !CSV_PARTS.has(baseOf(f.name).toLowerCase()));
    if (unknown.length) problems.push({ kind: 'unknownCsv', names: unknown.map((f) => f.name) });
    if (!csvs.some((f) => baseOf(f.name).toLowerCase() === 'manifest')) problems.push({ kind: 'noManifest' });
  }
  const kind = zips.length ? 'zip' : csvs.length ? 'csv' : null;
  const chosen =
    kind === 'zip'
      ? zips.map((file) => ({ file, part: 'bundle' }))
      : csvs.map((file) => ({
          file,
          part: CSV_PARTS.get(baseOf(file.name).toLowerCase()) ?? baseOf(file.name),
        }));
  return { files: chosen, kind, problems };
}
