import { describe, expect, it } from 'vitest';
import { addFiles, checkSelection } from './bundle-selection';

const file = (name: string) => new File(['x'], name);
const kinds = (names: string[]) => checkSelection(names.map(file)).problems.map((p) => p.kind);

describe('bundle selection', () => {
  it('a zip goes as the part "bundle"; CSV files as their roster file names', () => {
    expect(checkSelection([file('export.ZIP')]).files.map((f) => f.part)).toEqual(['bundle']);
    const csv = checkSelection([file('Manifest.csv'), file('users.csv'), file('academicsessions.csv')]);
    expect(csv.kind).toBe('csv');
    expect(csv.problems).toEqual([]);
    expect(csv.files.map((f) => f.part)).toEqual(['manifest', 'users', 'academicSessions']);
  });

  it('asks for manifest.csv among CSV files, and refuses what the server would', () => {
    expect(kinds(['users.csv', 'orgs.csv'])).toEqual(['noManifest']);
    expect(kinds(['a.zip', 'b.zip'])).toEqual(['severalZips']);
    expect(kinds(['a.zip', 'manifest.csv'])).toEqual(['mixed']);
    expect(kinds(['manifest.csv', 'notes.txt'])).toEqual(['unsupported']);
    expect(kinds(['manifest.csv', 'grades.csv'])).toEqual(['unknownCsv']);
  });

  it('CSV files chosen in several goes add up; a zip replaces the selection', () => {
    const first = addFiles([], [file('manifest.csv'), file('users.csv')]);
    const second = addFiles(first, [file('orgs.csv'), file('users.csv')]);
    expect(second.map((f) => f.name)).toEqual(['manifest.csv', 'orgs.csv', 'users.csv']);
    expect(addFiles(second, [file('b.zip')]).map((f) => f.name)).toEqual(['b.zip']);
    expect(addFiles([file('b.zip')], [file('users.csv')]).map((f) => f.name)).toEqual(['users.csv']);
  });
});
