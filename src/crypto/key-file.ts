import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Key files in the data directory (token signing keys, PII encryption keys): mode 0600, written
 * beside and moved into place so a reader never sees half a file.
 */
export async function writeKeyFileText(path: string, text: string, exclusive = false): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, text, { mode: 0o600 });
  try {
    await chmod(tmp, 0o600);
    // link() fails when the file exists: two processes starting at once agree on the first key.
    if (exclusive) await link(tmp, path);
    else await rename(tmp, path);
  } finally {
    if (exclusive) await unlink(tmp).catch(() => undefined);
  }
}

/** Reads a key file, creating it with a first key when it does not exist yet. */
export async function readOrCreateKeyFile<K>(
  dir: string,
  path: string,
  codec: { parse(text: string, path: string): K[]; text(keys: K[]): string; first(): K },
): Promise<K[]> {
  try {
    return codec.parse(await readFile(path, 'utf8'), path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const keys = [codec.first()];
  try {
    await writeKeyFileText(path, codec.text(keys), true);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return codec.parse(await readFile(path, 'utf8'), path);
  }
  return keys;
}
