import type { Readable } from 'node:stream';
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { LocalStorage } from './local-storage.js';
import { S3Storage } from './s3-storage.js';

/**
 * Where uploaded bundles and their derived files live: a folder in the data directory, or an
 * S3-compatible bucket so several API and worker processes share them.
 */
export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
}

export interface ObjectStorage {
  readonly kind: 'local' | 's3';
  /** Streams `body` into `key` (never buffering it whole); returns the bytes written. */
  put(key: string, body: Readable, opts?: { contentType?: string }): Promise<{ bytes: number }>;
  /** Uploads a local file. */
  putFile(key: string, path: string): Promise<{ bytes: number }>;
  /** Stores a local file the caller no longer needs: renamed into place on local storage (no copy). */
  moveFile(key: string, path: string): Promise<{ bytes: number }>;
  /** The object's path when it is a local file that may be read in place (null on object stores). */
  localPath(key: string): string | null;
  /** Streams an object; rejects with ObjectNotFoundError when absent. */
  get(key: string): Promise<Readable>;
  /** Writes an object to a local path (creating parent folders). */
  getToFile(key: string, path: string): Promise<void>;
  /** Objects under a prefix (all pages), sorted by key. */
  list(prefix: string): Promise<StoredObject[]>;
  /** Deletes every object under the prefix; returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** Cheap reachability check for readiness probes (throws when unreachable). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`Object not found: ${key}`);
    this.name = 'ObjectNotFoundError';
  }
}

export class InvalidObjectKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid object key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'InvalidObjectKeyError';
  }
}

const SEGMENT = /^[A-Za-z0-9._-]+$/;
/** S3's limit; local file systems allow 255 bytes per name. */
const MAX_KEY_LENGTH = 1024;
const MAX_SEGMENT_LENGTH = 255;

/** True for a name a key segment may have; anything else in the local tree (temp files) is not an object. */
export function isKeySegment(name: string): boolean {
  return name.length <= MAX_SEGMENT_LENGTH && SEGMENT.test(name) && name !== '.' && name !== '..';
}

/**
 * Keys are checked before any disk or network access: a key is joined onto the local root, so
 * only plain relative segments may ever reach the file system.
 */
export function assertKey(key: string): void {
  if (typeof key !== 'string' || key === '') throw new InvalidObjectKeyError(String(key), 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidObjectKeyError(key, `longer than ${MAX_KEY_LENGTH}`);
  if (key.startsWith('/')) throw new InvalidObjectKeyError(key, 'absolute paths are not keys');
  for (const segment of key.split('/')) {
    if (segment === '') throw new InvalidObjectKeyError(key, 'empty path segment');
    if (segment === '.' || segment === '..') throw new InvalidObjectKeyError(key, `"${segment}" segment`);
    if (!isKeySegment(segment))
      throw new InvalidObjectKeyError(key, 'segments may only hold A-Z a-z 0-9 . _ - (at most 255)');
  }
}

/** A prefix is empty (everything) or a key, optionally ending with `/`; it matches keys as a string prefix. */
export function assertPrefix(prefix: string): void {
  if (prefix === '') return;
  assertKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
}

export interface StorageTuning {
  /** Multipart part size in bytes (S3 minimum 5 MiB); memory per upload is about partSize × (queueSize + 1). */
  partSize?: number;
  /** Parts uploaded in parallel. */
  queueSize?: number;
  /** S3 request attempts including the first (SDK default 3). */
  maxAttempts?: number;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** S3 when a bucket is configured, else files under `<dataDir>/objects`. */
export function createStorage(
  config: {
    database: Pick<Config['database'], 'dataDir'> & Partial<Config['database']>;
    storage: Config['storage'];
  },
  tuning: StorageTuning = {},
): ObjectStorage {
  const s3 = config.storage.s3;
  return s3 ? new S3Storage(s3, tuning) : new LocalStorage(join(config.database.dataDir, 'objects'));
}
