import type { BundleSource } from '../../../../src/import/bundle-source';
import { MANIFEST_FILES, MANIFEST_FILE_NAME } from '../../../../src/model/index';
import { isZipName } from './file-selection';
import { blobPieces, byteStream, entryBytes, type Inflater } from './byte-streams';
import { PrecheckInputError } from './precheck-input-error';
import { dataStart, readZipDirectory, type ZipEntry } from './zip-directory';

/** Size limits as the server applies them (RH_MAX_FILE_BYTES, RH_MAX_BUNDLE_BYTES), and how to inflate. */
export interface BrowserBundleOptions {
  maxFileBytes: number;
  maxBundleBytes: number;
  /** Which inflater reads zip entries; the browser's own when it has one (tests try both). */
  inflater?: Inflater;
}

/** The server defaults; a server may be set to others. */
export const DEFAULT_LIMITS: BrowserBundleOptions = {
  maxFileBytes: 50 * 1024 * 1024,
  maxBundleBytes: 2 * 1024 * 1024 * 1024,
};

/** Entries inflating more than this many times their compressed size (above 1 MB) are refused, as on the server. */
const MAX_RATIO = 1000;
const RATIO_MIN_BYTES = 1 << 20;

/**
 * The chosen files as the validator's BundleSource: one zip, or loose files (CSV) read as the server
 * reads a folder. Nothing is read until the validator opens a file, and nothing leaves the browser.
 */
export async function openBrowserBundle(
  files: readonly File[],
  options: BrowserBundleOptions = DEFAULT_LIMITS,
): Promise<BundleSource> {
  if (files.length === 0) throw new PrecheckInputError('noFiles');
  const zips = files.filter((f) => isZipName(f.name));
  if (zips.length > 1) throw new PrecheckInputError('severalZips');
  if (zips.length && files.length > 1) throw new PrecheckInputError('mixed');
  return zips[0] ? openZipFile(zips[0], options) : openLooseFiles(files, options);
}

/** Upload staff's exports vary in case (`Users.CSV`): known files are named as the server names them. */
const KNOWN_NAMES = new Map(
  [MANIFEST_FILE_NAME, ...MANIFEST_FILES.map((f) => `${f}.csv`)].map((n) => [n.toLowerCase(), n]),
);

function openLooseFiles(files: readonly File[], limits: BrowserBundleOptions): BundleSource {
  const byName = new Map<string, File>();
  let total = 0;
  for (const file of files) {
    const name = KNOWN_NAMES.get(file.name.toLowerCase()) ?? file.name;
    if (byName.has(name)) throw new PrecheckInputError('duplicateName', { name });
    if (file.size > limits.maxFileBytes) throw fileTooLarge(name, file.size, limits);
    total += file.size;
    if (total > limits.maxBundleBytes) throw bundleTooLarge(name, limits);
    byName.set(name, file);
  }
  return {
    kind: 'directory',
    names: [...byName.keys()],
    size: (name) => byName.get(name)?.size ?? 0,
    open: (name) => {
      const file = byName.get(name);
      return file
        ? Promise.resolve(byteStream(blobPieces(file)))
        : Promise.reject(new Error(`No file ${name}`));
    },
    close: () => Promise.resolve(),
  };
}

async function openZipFile(zip: File, limits: BrowserBundleOptions): Promise<BundleSource> {
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (const entry of await readZipDirectory(zip)) {
    const name = baseName(entry.path);
    // Folders and the resource forks some archivers add are not part of the bundle.
    if (!name || entry.path.endsWith('/') || entry.path.startsWith('__MACOSX/')) continue;
    declared += entry.uncompressedSize;
    checkEntry(name, entry, limits, declared);
    entries.set(name, entry);
  }
  /** Bytes inflated so far over the whole bundle. */
  let inflated = 0;
  const count = (name: string) => (bytes: number) => {
    inflated += bytes;
    if (inflated > limits.maxBundleBytes) throw bundleTooLarge(name, limits);
  };
  return {
    kind: 'zip',
    names: [...entries.keys()],
    size: (name) => entries.get(name)?.uncompressedSize ?? 0,
    open: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new Error(`No entry ${name}`);
      if (entry.flags & 1) throw new PrecheckInputError('encrypted', { name });
      if (entry.method !== 0 && entry.method !== 8)
        throw new PrecheckInputError('unsupportedMethod', { name, method: entry.method });
      const start = await dataStart(zip, entry);
      const compressed = zip.slice(start, start + entry.compressedSize);
      const checks = { name, declared: entry.uncompressedSize, count: count(name) };
      return byteStream(entryBytes(compressed, entry.method, checks, limits.inflater));
    },
    close: () => Promise.resolve(),
  };
}

/** Checks an entry's declared sizes before anything is inflated, with the server's limits. */
function checkEntry(
  name: string,
  entry: ZipEntry,
  limits: BrowserBundleOptions,
  declaredTotal: number,
): void {
  const { compressedSize: packed, uncompressedSize: size } = entry;
  if (packed > limits.maxFileBytes) throw fileTooLarge(name, packed, limits);
  if (declaredTotal > limits.maxBundleBytes) throw bundleTooLarge(name, limits);
  if (size > RATIO_MIN_BYTES && size > packed * MAX_RATIO)
    throw new PrecheckInputError('zipBomb', { name, size, packed, ratio: MAX_RATIO });
}

/** Entries inside one enclosing folder are accepted: only the base name identifies a file. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const fileTooLarge = (name: string, size: number, limits: BrowserBundleOptions) =>
  new PrecheckInputError('fileTooLarge', { name, size, limit: limits.maxFileBytes });

const bundleTooLarge = (name: string, limits: BrowserBundleOptions) =>
  new PrecheckInputError('bundleTooLarge', { name, limit: limits.maxBundleBytes });
