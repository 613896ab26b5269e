import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openBundle, UnusableInputError, type BundleLimits } from '../import/bundle-source.js';
import { FILES_BY_NAME } from '../model/index.js';
import { DomainError } from '../services/errors.js';

/** One part of a multipart upload, transport-neutral. */
export type IncomingPart =
  | { kind: 'file'; field: string; filename: string; stream: Readable }
  | { kind: 'field'; field: string; value: string };

/** A received bundle on local disk, checked enough to be queued. */
export interface SpooledBundle {
  kind: 'zip' | 'files';
  /** The zip file, or the folder holding `<name>.csv` files. */
  path: string;
  /** File names as stored (`bundle.zip`, or `manifest.csv`, `users.csv`, …). */
  names: string[];
  bytes: number;
  /** sha256 of the zip, or of the sorted `name:sha256` lines of the files. */
  contentHash: string;
  /** The name the uploader gave (zip file name, or `N files`). */
  sourceName: string;
  /** Plain form fields (`dryRun`, `profile`). */
  fields: Record<string, string>;
}

const ZIP_MAGIC = [0x50, 0x4b];
const FORM_FIELDS = new Set(['dryRun', 'profile']);
const CSV_FIELDS = new Set(['manifest', ...Object.keys(FILES_BY_NAME)]);

const refuse = (message: string, messageJa: string) => new DomainError('invalid_input', message, messageJa);

/** The request's body could not be read as parts: garbled, without its boundary, or cut short. */
export const malformedUpload = () =>
  refuse(
    'The upload is not well-formed multipart/form-data, or was cut short',
    'アップロードが multipart/form-data として正しくないか、途中で途切れています',
  );

export const tooLarge = (limit: number, what: 'file' | 'bundle') =>
  new DomainError(
    'payload_too_large',
    what === 'file'
      ? `A file of the upload exceeds the limit of ${limit} bytes per file (RH_MAX_FILE_BYTES)`
      : `The upload exceeds the limit of ${limit} bytes in all (RH_MAX_BUNDLE_BYTES)`,
    what === 'file'
      ? `アップロードのファイルが 1 ファイルの上限 ${limit} バイトを超えています（RH_MAX_FILE_BYTES）`
      : `アップロード全体が上限 ${limit} バイトを超えています（RH_MAX_BUNDLE_BYTES）`,
  );

/**
 * Writes the parts of an upload to `dir` as they arrive (nothing is held in memory whole), hashing
 * and counting on the way, then opens the result as a bundle so that an unreadable zip, a zip bomb
 * or an oversize member is refused before anything is queued. Either one zip, or `manifest` plus
 * one part per CSV file named after the file (`users` for users.csv).
 */
export async function spoolUpload(
  parts: AsyncIterable<IncomingPart>,
  dir: string,
  limits: Required<BundleLimits>,
): Promise<SpooledBundle> {
  await mkdir(dir, { recursive: true });
  const fields: Record<string, string> = {};
  const files: {
    field: string;
    filename: string;
    name: string;
    bytes: number;
    sha256: string;
    zip: boolean;
  }[] = [];
  let total = 0;
  for await (const part of parts) {
    if (part.kind === 'field') {
      if (!FORM_FIELDS.has(part.field))
        throw refuse(
          `Unknown form field "${part.field}" (allowed: dryRun, profile, and file parts)`,
          `不明なフォーム項目 "${part.field}" です（dryRun、profile とファイルのみ指定できます）`,
        );
      fields[part.field] = part.value;
      continue;
    }
    const zip = part.filename.toLowerCase().endsWith('.zip') || !CSV_FIELDS.has(part.field);
    if (!zip && files.some((f) => f.field === part.field))
      throw refuse(
        `The file "${part.field}" was sent twice`,
        `ファイル "${part.field}" が 2 回送信されました`,
      );
    const name = zip ? 'bundle.zip' : `${part.field}.csv`;
    if (zip && files.some((f) => f.zip))
      throw refuse(
        'Send one zip file, or CSV files without a zip',
        'zip ファイルは 1 つだけ、または zip なしの CSV ファイルを送信してください',
      );
    const hash = createHash('sha256');
    let bytes = 0;
    let head: number[] = [];
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        total += chunk.length;
        if (head.length < 2) head = [...head, ...chunk.subarray(0, 2 - head.length)];
        if (bytes > limits.maxFileBytes) return done(tooLarge(limits.maxFileBytes, 'file'));
        if (total > limits.maxBundleBytes) return done(tooLarge(limits.maxBundleBytes, 'bundle'));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const sink = createWriteStream(join(dir, name));
    let failedFirst: 'part' | 'disk' | undefined;
    part.stream.once('error', () => (failedFirst ??= 'part'));
    sink.once('error', () => (failedFirst ??= 'disk'));
    try {
      await pipeline(part.stream, meter, sink);
    } catch (err) {
      // Our refusals, and the spool's own failures, stand; a part that broke off is the sender's.
      if (err instanceof DomainError || failedFirst === 'disk') throw err;
      throw malformedUpload();
    }
    if (isTruncated(part.stream)) throw tooLarge(limits.maxFileBytes, 'file');
    const isZip = head[0] === ZIP_MAGIC[0] && head[1] === ZIP_MAGIC[1];
    if (zip && !isZip && bytes > 0 && !CSV_FIELDS.has(part.field))
      throw refuse(
        `Unknown file part "${part.field}": name CSV parts after their file (users, orgs, …, manifest) or send one zip`,
        `不明なファイル項目 "${part.field}" です。CSV はファイル名（users、orgs、…、manifest）を項目名にするか、zip を 1 つ送信してください`,
      );
    files.push({ field: part.field, filename: part.filename, name, bytes, sha256: hash.digest('hex'), zip });
  }
  if (!files.length) throw refuse('The upload holds no file', 'アップロードにファイルが含まれていません');
  const zipFile = files.find((f) => f.zip);
  if (zipFile && files.length > 1)
    throw refuse(
      'Send one zip file, or CSV files without a zip',
      'zip ファイルは 1 つだけ、または zip なしの CSV ファイルを送信してください',
    );
  if (!zipFile && !files.some((f) => f.field === 'manifest'))
    throw refuse(
      'The manifest is missing: send manifest.csv as the part "manifest" with the CSV files',
      'マニフェストがありません。CSV ファイルと一緒に manifest.csv を項目名 "manifest" で送信してください',
    );
  const path = zipFile ? join(dir, 'bundle.zip') : dir;
  await checkReadable(path, limits);
  const contentHash = zipFile
    ? zipFile.sha256
    : createHash('sha256')
        .update(
          files
            .map((f) => `${f.name}:${f.sha256}\n`)
            .sort()
            .join(''),
        )
        .digest('hex');
  return {
    kind: zipFile ? 'zip' : 'files',
    path,
    names: files.map((f) => f.name),
    bytes: total,
    contentHash,
    sourceName: zipFile ? safeName(zipFile.filename) || 'bundle.zip' : `${files.length} files`,
    fields,
  };
}

/** The multipart parser marks a stream it cut at its own file-size limit. */
function isTruncated(stream: Readable): boolean {
  return (stream as Readable & { truncated?: boolean }).truncated === true;
}

async function checkReadable(path: string, limits: Required<BundleLimits>): Promise<void> {
  try {
    const source = await openBundle(path, limits);
    await source.close();
  } catch (err) {
    if (!(err instanceof UnusableInputError)) throw err;
    throw new DomainError(
      err.reason === 'tooLarge' ? 'payload_too_large' : 'unusable_input',
      err.message.replace(path, 'the uploaded file'),
      err.messageJa.replace(path, 'アップロードされたファイル'),
    );
  }
}

/** A file name fit for display and logs: no path, no control characters, bounded. */
function safeName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  return [...last]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .slice(0, 200);
}
