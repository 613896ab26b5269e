import { randomBytes } from 'node:crypto';
import { createWriteStream, type Dirent } from 'node:fs';
import { mkdir, open, readdir, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertKey,
  assertPrefix,
  isKeySegment,
  ObjectNotFoundError,
  type ObjectStorage,
  type StoredObject,
} from './object-storage.js';

/**
 * Writes a stream to `path` through a sibling temp file renamed into place, so readers (and a
 * crash) see either the previous file or the complete new one. The temp name holds `~`, which no
 * key segment may, so listings never mistake it for an object.
 */
export async function writeFileAtomically(path: string, body: Readable): Promise<number> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    body.destroy(); // releases the source (an open file handle, a request) nobody will read now
    throw err;
  }
  const tmp = join(dirname(path), `${basename(path)}.~${process.pid}-${randomBytes(6).toString('hex')}`);
  // `flush` fsyncs before close: a rename that outlives a power cut must not point at empty blocks.
  const out = createWriteStream(tmp, { flags: 'wx', flush: true });
  try {
    await pipeline(body, out);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  return out.bytesWritten;
}

/** Objects as files under one root folder; keys map one-to-one onto relative paths. */
export class LocalStorage implements ObjectStorage {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable): Promise<{ bytes: number }> {
    const path = this.pathOf(key);
    return { bytes: await writeFileAtomically(path, body) };
  }

  async putFile(key: string, path: string): Promise<{ bytes: number }> {
    const target = this.pathOf(key);
    // Opened first so a missing source fails before anything is created.
    const source = await open(path, 'r');
    return { bytes: await writeFileAtomically(target, source.createReadStream()) };
  }

  async moveFile(key: string, path: string): Promise<{ bytes: number }> {
    const target = this.pathOf(key);
    const handle = await open(path, 'r+');
    let bytes: number;
    try {
      // Durable before it is named: the same guarantee as a written object.
      await handle.sync();
      bytes = (await handle.stat()).size;
    } finally {
      await handle.close();
    }
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(path, target);
    } catch (err) {
      // Another file system (a spool folder mounted elsewhere): copy, then drop the source.
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await this.putFile(key, path);
      await unlink(path);
    }
    return { bytes };
  }

  localPath(key: string): string {
    return this.pathOf(key);
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (err) {
      if (isMissing(err)) throw new ObjectNotFoundError(key);
      throw err;
    }
    // A folder standing where a key would be (a key that is only a prefix) is no object.
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw new ObjectNotFoundError(key);
    }
    return handle.createReadStream();
  }

  async getToFile(key: string, path: string): Promise<void> {
    await writeFileAtomically(resolve(path), await this.get(key));
  }

  async list(prefix: string): Promise<StoredObject[]> {
    assertPrefix(prefix);
    const objects: StoredObject[] = [];
    await this.walk(prefix, async (key, path) => {
      const info = await stat(path).catch((err: unknown) => {
        if (isMissing(err)) return null; // deleted while listing
        throw err;
      });
      if (info?.isFile()) objects.push({ key, size: info.size, lastModified: info.mtime });
    });
    return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertPrefix(prefix);
    if (prefix === '')
      throw new Error('deletePrefix needs a non-empty prefix (refusing to delete every object)');
    let deleted = 0;
    await this.walk(
      prefix,
      async (_key, path) => {
        try {
          await unlink(path);
          deleted++;
        } catch (err) {
          if (!isMissing(err)) throw err;
        }
      },
      async (path) => {
        // Only folders left empty go; one still holding a concurrent write's temp file stays.
        await rmdir(path).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && !isMissing(err)) throw err;
        });
      },
    );
    return deleted;
  }

  async ping(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    // A real write, not access(): it also catches a full disk or a read-only remount.
    const probe = join(this.root, `.ping~${process.pid}-${randomBytes(6).toString('hex')}`);
    await writeFile(probe, '');
    await unlink(probe);
  }

  async close(): Promise<void> {}

  private pathOf(key: string): string {
    assertKey(key);
    const path = join(this.root, ...key.split('/'));
    // assertKey already rules out traversal; this guards against a future change to it.
    if (!path.startsWith(this.root + sep)) throw new Error(`Object key escapes the storage root: ${key}`);
    return path;
  }

  /**
   * Visits every file whose key starts with `prefix`, starting at the deepest folder the prefix
   * names and skipping folders that cannot match. `onFolderDone` runs after a folder's contents
   * for folders entirely inside the prefix.
   */
  private async walk(
    prefix: string,
    onFile: (key: string, path: string) => Promise<void>,
    onFolderDone?: (path: string) => Promise<void>,
  ): Promise<void> {
    const cut = prefix.lastIndexOf('/');
    const startKey = cut < 0 ? '' : prefix.slice(0, cut);
    const visit = async (folderKey: string): Promise<void> => {
      const folder = folderKey ? join(this.root, ...folderKey.split('/')) : this.root;
      let entries: Dirent[];
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (err) {
        if (isMissing(err) || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        throw err;
      }
      for (const entry of entries) {
        if (!isKeySegment(entry.name)) continue;
        const key = folderKey ? `${folderKey}/${entry.name}` : entry.name;
        // Symbolic links are neither: nothing outside the root is ever reached through one.
        if (entry.isDirectory()) {
          const asFolder = `${key}/`;
          if (asFolder.startsWith(prefix) || prefix.startsWith(asFolder)) {
            await visit(key);
            if (onFolderDone && asFolder.startsWith(prefix)) await onFolderDone(join(folder, entry.name));
          }
        } else if (entry.isFile() && key.startsWith(prefix)) {
          await onFile(key, join(folder, entry.name));
        }
      }
    };
    await visit(startKey);
    if (onFolderDone && startKey && `${startKey}/`.startsWith(prefix))
      await onFolderDone(join(this.root, ...startKey.split('/')));
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT';
}
