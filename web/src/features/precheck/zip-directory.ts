import { Buffer, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { PrecheckInputError } from './precheck-input-error';

/** One file of a zip's central directory, with what is needed to find and inflate its data. */
export interface ZipEntry {
  /** The entry's full path inside the zip, decoded, with "/" separators. */
  path: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** A bundle's directory lists a few dozen files; far more is not a bundle and is not read into memory. */
const MAX_DIRECTORY_BYTES = 16 << 20;
const UTF8_FLAG = 0x800;

export async function readRange(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/** Reads the central directory at the end of the zip without reading the entries' data. */
export async function readZipDirectory(zip: Blob): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, zip.size - EOCD_SIZE - MAX_COMMENT);
  const tail = await readRange(zip, tailStart, zip.size);
  const at = lastSignature(tail, EOCD_SIGNATURE);
  if (at < 0) throw new PrecheckInputError('notZip');
  const eocd = view(tail);
  let count = eocd.getUint16(at + 10, true);
  let size = eocd.getUint32(at + 12, true);
  let offset = eocd.getUint32(at + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = await readZip64End(zip, tailStart + at));
  }
  if (size > MAX_DIRECTORY_BYTES || offset + size > zip.size) throw new PrecheckInputError('corruptZip');
  const directory = await readRange(zip, offset, offset + size);
  return parseDirectory(directory, count);
}

/** Zip64 stores the directory's place in an extra record just before the classic end record. */
async function readZip64End(zip: Blob, eocdAt: number) {
  const locator = view(await readRange(zip, eocdAt - 20, eocdAt));
  if (eocdAt < 20 || locator.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE)
    throw new PrecheckInputError('corruptZip');
  const recordAt = u64(locator, 8);
  const record = view(await readRange(zip, recordAt, recordAt + 56));
  if (record.byteLength < 56 || record.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE)
    throw new PrecheckInputError('corruptZip');
  return { count: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
}

function parseDirectory(bytes: Uint8Array, count: number): ZipEntry[] {
  const v = view(bytes);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw new PrecheckInputError('corruptZip');
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const commentLength = v.getUint16(p + 32, true);
    const flags = v.getUint16(p + 8, true);
    const name = bytes.subarray(p + 46, p + 46 + nameLength);
    const extra = bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const sizes = zip64Sizes(extra, {
      uncompressedSize: v.getUint32(p + 24, true),
      compressedSize: v.getUint32(p + 20, true),
      localHeaderOffset: v.getUint32(p + 42, true),
    });
    entries.push({ path: entryPath(name, flags), flags, method: v.getUint16(p + 10, true), ...sizes });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

type Sizes = Pick<ZipEntry, 'uncompressedSize' | 'compressedSize' | 'localHeaderOffset'>;

/** Values too large for 32 bits are 0xFFFFFFFF in the record and follow, in order, in extra field 1. */
function zip64Sizes(extra: Uint8Array, sizes: Sizes): Sizes {
  const keys = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter(
    (k) => sizes[k] === 0xffffffff,
  );
  if (!keys.length) return sizes;
  const v = view(extra);
  for (let p = 0; p + 4 <= extra.length; p += 4 + v.getUint16(p + 2, true)) {
    if (v.getUint16(p, true) !== 1) continue;
    const out = { ...sizes };
    keys.forEach((k, i) => {
      if (p + 4 + i * 8 + 8 > extra.length) throw new PrecheckInputError('corruptZip');
      out[k] = u64(v, p + 4 + i * 8);
    });
    return out;
  }
  throw new PrecheckInputError('corruptZip');
}

/**
 * As the server reads it: UTF-8 when the UTF-8 flag is set or the bytes are valid UTF-8, else CP932
 * (Japanese Windows archivers set no flag); decoded before "\\" is read as a separator.
 */
function entryPath(raw: Uint8Array, flags: number): string {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const utf8 = (flags & UTF8_FLAG) !== 0 || isUtf8(raw);
  return (utf8 ? bytes.toString('utf8') : iconv.decode(bytes, 'cp932')).replace(/\\/g, '/');
}

function lastSignature(bytes: Uint8Array, signature: number): number {
  const v = view(bytes);
  for (let i = bytes.length - EOCD_SIZE; i >= 0; i--) if (v.getUint32(i, true) === signature) return i;
  return -1;
}

/** Where an entry's compressed data starts: after its local header, whose name and extra may differ. */
export async function dataStart(zip: Blob, entry: ZipEntry): Promise<number> {
  const at = entry.localHeaderOffset;
  const header = view(await readRange(zip, at, at + 30));
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_SIGNATURE)
    throw new PrecheckInputError('corruptEntry', { name: entry.path });
  return at + 30 + header.getUint16(26, true) + header.getUint16(28, true);
}
