/**
 * Where the CSV files go: a directory, or a zip written by yazl with one stream per entry.
 * Entries are produced one after another, so only the entry being written holds buffered data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** Large stream buffers let compression and disk writes overlap with row generation. */
const HIGH_WATER_MARK = 1024 * 1024;

/**
 * DEFLATE level 1: the random UUIDs that fill most rows compress about as well at level 1 as at 6
 * (≈6% larger), while level 6 made compression, not row generation, the bottleneck.
 */
const COMPRESSION_LEVEL = 1;

export interface BundleSink {
  /** Stream for `fileName` (e.g. `users.csv`); call `closeEntry` before opening the next one. */
  openEntry(fileName: string): Writable;
  closeEntry(stream: Writable): Promise<void>;
  /** Completes the bundle; `written` are the file names produced (stale ones are removed from a directory). */
  finish(written: readonly string[]): Promise<void>;
  /** Stops after a failure, releasing open streams. */
  abort(error: Error): void;
}

export const isZipPath = (out: string): boolean => out.toLowerCase().endsWith('.zip');

export async function openSink(
  out: string,
  bundleFiles: readonly string[],
  mtime: Date,
): Promise<BundleSink> {
  return isZipPath(out) ? openZipSink(out, mtime) : openDirSink(out, bundleFiles);
}

/** `bundleFiles` are all names a bundle may hold; any of them not written this time is deleted. */
async function openDirSink(dir: string, bundleFiles: readonly string[]): Promise<BundleSink> {
  await fs.promises.mkdir(dir, { recursive: true });
  const open = new Set<Writable>();
  return {
    openEntry(fileName) {
      const stream = fs.createWriteStream(path.join(dir, fileName), { highWaterMark: HIGH_WATER_MARK });
      open.add(stream);
      return stream;
    },
    async closeEntry(stream) {
      stream.end();
      await finished(stream);
      open.delete(stream);
    },
    async finish(written) {
      // A file left over from an earlier run would contradict the manifest's `absent`.
      const stale = bundleFiles.filter((f) => !written.includes(f));
      await Promise.all(stale.map((f) => fs.promises.rm(path.join(dir, f), { force: true })));
    },
    abort(error) {
      for (const stream of open) stream.destroy(error);
    },
  };
}

async function openZipSink(file: string, mtime: Date): Promise<BundleSink> {
  await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const zip = new yazl.ZipFile();
  const output = fs.createWriteStream(file, { highWaterMark: HIGH_WATER_MARK });
  const done = finished(output);
  // Without a handler a write error would be thrown as an uncaught exception before `finish` awaits it.
  done.catch(() => undefined);
  zip.outputStream.pipe(output);
  const entries = new Set<PassThrough>();
  zip.outputStream.on('error', (err: Error) => output.destroy(err));
  // A blocked entry would otherwise wait for 'drain' forever once the file stream has failed.
  output.on('error', (err: Error) => {
    for (const entry of entries) entry.destroy(err);
  });
  return {
    openEntry(fileName) {
      const entry = new PassThrough({ highWaterMark: HIGH_WATER_MARK });
      entries.add(entry);
      // A fixed DOS timestamp (no extended UTC field) keeps the bytes identical across runs and time zones.
      zip.addReadStream(entry, fileName, {
        mtime,
        compressionLevel: COMPRESSION_LEVEL,
        forceDosTimestamp: true,
      });
      return entry;
    },
    closeEntry(stream) {
      // yazl drains the entry once the previous ones are compressed; waiting here would add nothing.
      stream.end();
      entries.delete(stream as PassThrough);
      return Promise.resolve();
    },
    async finish() {
      zip.end();
      await done;
    },
    abort(error) {
      for (const entry of entries) entry.destroy(error);
      output.destroy(error);
    },
  };
}
