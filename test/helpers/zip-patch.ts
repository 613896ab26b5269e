import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { tempDir } from './bundle.js';

/** Builds a zip in memory with yazl (names as UTF-8 with the UTF-8 flag, as yazl always writes them). */
export async function zipBuffer(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name);
    else zip.addBuffer(typeof content === 'string' ? Buffer.from(content) : content, name);
  }
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}

export interface EntryPatch {
  /** Raw name bytes replacing the entry's name; must have the same length. */
  name?: Buffer;
  /** Clear the UTF-8 flag (general purpose bit 11), as Japanese Windows archivers do. */
  clearUtf8Flag?: boolean;
  /** Uncompressed size to declare in the central directory (a lying header). */
  uncompressedSize?: number;
}

/** Rewrites the central directory record (and local header) of the entry named `name`. */
export function patchEntry(zip: Buffer, name: string, patch: EntryPatch): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = out.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
    if (out.subarray(p + 46, p + 46 + nameLength).toString('utf8') === name) {
      const local = out.readUInt32LE(p + 42);
      if (patch.name) {
        if (patch.name.length !== nameLength) throw new Error('patched name must keep its length');
        patch.name.copy(out, p + 46);
        patch.name.copy(out, local + 30);
      }
      if (patch.clearUtf8Flag) {
        out.writeUInt16LE(out.readUInt16LE(p + 8) & ~0x800, p + 8);
        out.writeUInt16LE(out.readUInt16LE(local + 6) & ~0x800, local + 6);
      }
      if (patch.uncompressedSize !== undefined) out.writeUInt32LE(patch.uncompressedSize, p + 24);
      return out;
    }
    p = next;
  }
  throw new Error(`no entry ${name}`);
}

export async function writeTemp(buf: Buffer, file = 'bundle.zip'): Promise<string> {
  const path = join(tempDir(), file);
  await writeFile(path, buf);
  return path;
}
