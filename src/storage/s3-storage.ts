import { open, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client,
  type _Object,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Config } from '../config/config.js';
import { writeFileAtomically } from './local-storage.js';
import {
  assertKey,
  assertPrefix,
  ObjectNotFoundError,
  type ObjectStorage,
  type StorageTuning,
  type StoredObject,
} from './object-storage.js';

export type S3Settings = NonNullable<Config['storage']['s3']>;

const MIB = 1024 * 1024;
/** S3 refuses parts below 5 MiB (but the last); 8 MiB × 10,000 parts is far above any bundle. */
const DEFAULT_PART_SIZE = 8 * MIB;
const DEFAULT_QUEUE_SIZE = 2;
/** DeleteObjects takes at most this many keys per request. */
const DELETE_BATCH = 1000;

/** Objects in an S3-compatible bucket (AWS, MinIO, Ceph…), every key under the configured prefix. */
export class S3Storage implements ObjectStorage {
  readonly kind = 's3' as const;
  readonly bucket: string;
  /** Endpoint without any userinfo, safe for messages. */
  readonly endpoint: string;
  readonly prefix: string;
  // Private so that logging or serialising the storage cannot reach the credentials it holds.
  readonly #client: S3Client;
  readonly #partSize: number;
  readonly #queueSize: number;

  constructor(settings: S3Settings, tuning: StorageTuning = {}) {
    this.bucket = settings.bucket;
    this.endpoint = redactEndpoint(settings.endpoint);
    this.prefix = normalizePrefix(settings.prefix);
    this.#partSize = Math.max(5 * MIB, tuning.partSize ?? DEFAULT_PART_SIZE);
    this.#queueSize = Math.max(1, tuning.queueSize ?? DEFAULT_QUEUE_SIZE);
    this.#client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      maxAttempts: tuning.maxAttempts,
      requestHandler: {
        connectionTimeout: tuning.connectionTimeoutMs ?? 5_000,
        requestTimeout: tuning.requestTimeoutMs ?? 120_000,
      },
      // Newer SDKs add CRC trailers (aws-chunked bodies) to every upload, which many S3-compatible
      // stores reject; checksums are sent only where the API demands one.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, opts: { contentType?: string } = {}): Promise<{ bytes: number }> {
    const objectKey = this.keyOf(key);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer | string, _encoding, done) {
        bytes += Buffer.byteLength(chunk);
        done(null, chunk);
      },
    });
    body.once('error', (err) => counter.destroy(err));
    body.pipe(counter);
    try {
      const upload = new Upload({
        client: this.#client,
        params: {
          Bucket: this.bucket,
          Key: objectKey,
          Body: counter,
          ContentType: opts.contentType ?? 'application/octet-stream',
        },
        // Bounded: at most partSize × (queueSize + 1) bytes of the body are held at once.
        partSize: this.#partSize,
        queueSize: this.#queueSize,
        leavePartsOnError: false,
      });
      await upload.done();
    } catch (err) {
      body.unpipe(counter);
      body.destroy();
      counter.destroy();
      throw err;
    }
    return { bytes };
  }

  async putFile(key: string, path: string): Promise<{ bytes: number }> {
    this.keyOf(key);
    const source = await open(path, 'r');
    return this.put(key, source.createReadStream());
  }

  async moveFile(key: string, path: string): Promise<{ bytes: number }> {
    const stored = await this.putFile(key, path);
    await unlink(path);
    return stored;
  }

  localPath(): null {
    return null;
  }

  async get(key: string): Promise<Readable> {
    const objectKey = this.keyOf(key);
    try {
      const out = await this.#client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (!(out.Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${key}`);
      return out.Body;
    } catch (err) {
      if (isNotFound(err)) throw new ObjectNotFoundError(key);
      throw err;
    }
  }

  async getToFile(key: string, path: string): Promise<void> {
    await writeFileAtomically(resolve(path), await this.get(key));
  }

  async list(prefix: string): Promise<StoredObject[]> {
    assertPrefix(prefix);
    const objects: StoredObject[] = [];
    for await (const page of this.pages(prefix)) {
      for (const item of page) {
        const key = item.Key!.slice(this.prefix.length);
        objects.push({ key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) });
      }
    }
    return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertPrefix(prefix);
    if (prefix === '')
      throw new Error('deletePrefix needs a non-empty prefix (refusing to delete every object)');
    let deleted = 0;
    // Page by page, so a prefix with millions of objects never sits in memory as one list.
    for await (const page of this.pages(prefix)) {
      for (let i = 0; i < page.length; i += DELETE_BATCH) {
        const batch = page.slice(i, i + DELETE_BATCH);
        const out = await this.#client.send(
          new DeleteObjectsCommand({
            Bucket: this.bucket,
            Delete: { Objects: batch.map((o) => ({ Key: o.Key! })), Quiet: true },
          }),
        );
        const failed = out.Errors ?? [];
        if (failed.length) {
          const first = failed[0]!;
          throw new Error(
            `S3 could not delete ${failed.length} of ${batch.length} objects under ${prefix} ` +
              `(first: ${first.Key ?? '?'}: ${first.Code ?? 'error'} ${first.Message ?? ''})`.trimEnd(),
          );
        }
        deleted += batch.length;
      }
    }
    return deleted;
  }

  async ping(): Promise<void> {
    try {
      await this.#client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (err) {
      throw new Error(
        `Object storage unreachable: bucket ${this.bucket} at ${this.endpoint}: ${describe(err)}`,
        {
          cause: err,
        },
      );
    }
  }

  close(): Promise<void> {
    this.#client.destroy();
    return Promise.resolve();
  }

  private keyOf(key: string): string {
    assertKey(key);
    return this.prefix + key;
  }

  /** ListObjectsV2 pages under `prefix`, only objects whose key lies under the configured prefix. */
  private async *pages(prefix: string): AsyncGenerator<_Object[]> {
    let token: string | undefined;
    do {
      const out = await this.#client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix + prefix,
          ContinuationToken: token,
        }),
      );
      yield (out.Contents ?? []).filter((o) => o.Key?.startsWith(this.prefix + prefix));
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }
}

/**
 * The configured prefix always acts as a folder: `rh` and `rh2` must never see (or delete) each
 * other's objects, which a bare string prefix would allow.
 */
function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : '';
}

function redactEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(invalid endpoint)';
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } } | null;
  // A missing bucket is misconfiguration, not a missing object.
  if (e?.name === 'NoSuchBucket' || e?.Code === 'NoSuchBucket') return false;
  return (
    e?.name === 'NoSuchKey' ||
    e?.name === 'NotFound' ||
    e?.Code === 'NoSuchKey' ||
    e?.$metadata?.httpStatusCode === 404
  );
}

/** The error's kind and message only: SDK errors carry no credentials, and nothing else is echoed. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const code = (err as NodeJS.ErrnoException).code;
  const detail = [err.name, code, status ? `HTTP ${status}` : undefined].filter(Boolean).join(' ');
  return err.message && err.message !== err.name ? `${detail}: ${err.message}` : detail;
}
