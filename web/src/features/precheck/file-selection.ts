/** Told by name, as staff see it; a file that is not really a zip is refused when opened. */
export const isZipName = (name: string) => /\.zip$/i.test(name);

/**
 * Adds newly chosen files to the selection so it always reads as one bundle: a zip replaces
 * everything (one zip at a time), CSV files join the CSV files already chosen and replace one of the
 * same name, so staff may pick files in several goes. `replaced` says earlier files were dropped.
 */
export function addChosen(
  current: readonly File[],
  added: readonly File[],
): { files: File[]; replaced: boolean } {
  const zip = added.find((f) => isZipName(f.name));
  if (zip) return { files: [zip], replaced: current.length > 0 || added.length > 1 };
  const hadZip = current.some((f) => isZipName(f.name));
  const names = new Set(added.map((f) => f.name.toLowerCase()));
  const kept = hadZip ? [] : current.filter((f) => !names.has(f.name.toLowerCase()));
  return { files: [...kept, ...added], replaced: hadZip };
}
