import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from '../../src/storage/local-storage.js';
import {
  createStorage,
  InvalidObjectKeyError,
  ObjectNotFoundError,
  type ObjectStorage,
} from '../../src/storage/object-storage.js';
import { S3Storage, type S3Settings } from '../../src/storage/s3-storage.js';
import { startS3rver, stopS3rver } from '../helpers/s3.js';

const BUCKET = 'rosterhub-test';
const SECRET = 'test-secret-key-that-must-not-leak';
const MIB = 1024 * 1024;

let work: string;
let s3rver: ChildProcess | undefined;
let s3Endpoint: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rosterhub-storage-'));
  const started = await startS3rver(join(work, 's3rver'), BUCKET);
  s3rver = started.child;
  s3Endpoint = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  if (s3rver) await stopS3rver(s3rver);
  if (work) await rm(work, { recursive: true, force: true });
});

function s3Settings(overrides: Partial<S3Settings> = {}): S3Settings {
  return {
    endpoint: s3Endpoint,
    bucket: BUCKET,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: SECRET,
    forcePathStyle: true,
    prefix: '',
    ...overrides,
  };
}

/** A deterministic-size random body produced chunk by chunk, with the digest of what was produced. */
function randomBody(bytes: number, chunk = 64 * 1024): { stream: Readable; digest: () => string } {
  const hash = createHash('sha256');
  let left = bytes;
  const stream = Readable.from(
    (function* () {
      while (left > 0) {
        const part = randomBytes(Math.min(chunk, left));
        left -= part.length;
        hash.update(part);
        yield part;
      }
    })(),
  );
  return { stream, digest: () => hash.copy().digest('hex') };
}

async function digestOf(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function text(storage: ObjectStorage, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await storage.get(key)) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

const INVALID_KEYS = ['../x', '/abs', 'a//b', 'a\\b', '', 'a/./b', 'a/../b', 'a/', 'a b', 'ü'];

function contract(name: string, make: () => ObjectStorage) {
  describe(`${name} object storage contract`, () => {
    let storage: ObjectStorage;
    let scratch: string;

    beforeAll(async () => {
      storage = make();
      scratch = await mkdtemp(join(work, `${name}-scratch-`));
    });
    afterAll(async () => {
      await storage?.close();
    });

    it('answers ping', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    it('streams a 12 MB body in and out unchanged', async () => {
      const size = 12 * MIB;
      const body = randomBody(size);
      await expect(
        storage.put('big/bundle.zip', body.stream, { contentType: 'application/zip' }),
      ).resolves.toEqual({
        bytes: size,
      });
      const back = await digestOf(await storage.get('big/bundle.zip'));
      expect(back).toEqual({ sha256: body.digest(), bytes: size });
      const [listed] = await storage.list('big/');
      expect(listed).toMatchObject({ key: 'big/bundle.zip', size });
      expect(listed!.lastModified).toBeInstanceOf(Date);
      expect(Math.abs(listed!.lastModified.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    });

    it('stores an empty body and replaces an object written again', async () => {
      await expect(storage.put('small/empty.csv', Readable.from([]))).resolves.toEqual({ bytes: 0 });
      expect(await text(storage, 'small/empty.csv')).toBe('');
      await storage.put('small/note.txt', Readable.from([Buffer.from('first')]));
      await storage.put('small/note.txt', Readable.from([Buffer.from('second version')]));
      expect(await text(storage, 'small/note.txt')).toBe('second version');
      expect((await storage.list('small/')).map((o) => [o.key, o.size])).toEqual([
        ['small/empty.csv', 0],
        ['small/note.txt', 14],
      ]);
    });

    it('uploads a local file and downloads into folders it creates', async () => {
      const source = join(scratch, 'users.csv');
      const content = 'sourcedId,status\n' + 'u1,active\n'.repeat(10_000);
      await writeFile(source, content);
      await expect(storage.putFile('files/t1/users.csv', source)).resolves.toEqual({
        bytes: Buffer.byteLength(content),
      });
      const target = join(scratch, 'deep', 'er', 'users.copy.csv');
      await storage.getToFile('files/t1/users.csv', target);
      expect(await readFile(target, 'utf8')).toBe(content);
      // Nothing but the file itself is left beside it.
      expect(await readdir(join(scratch, 'deep', 'er'))).toEqual(['users.copy.csv']);
      await expect(storage.putFile('files/t1/missing.csv', join(scratch, 'nope.csv'))).rejects.toThrow(
        /ENOENT/,
      );
      await expect(storage.get('files/t1/missing.csv')).rejects.toBeInstanceOf(ObjectNotFoundError);
    });

    it('lists nested keys under a prefix, as a string prefix, sorted', async () => {
      for (const key of ['tree/a/1.txt', 'tree/a/b/2.txt', 'tree/a/b/c/3.txt', 'tree/ab/4.txt', 'tree/z.txt'])
        await storage.put(key, Readable.from([Buffer.from(key)]));
      const keys = async (prefix: string) => (await storage.list(prefix)).map((o) => o.key);
      expect(await keys('tree/')).toEqual([
        'tree/a/1.txt',
        'tree/a/b/2.txt',
        'tree/a/b/c/3.txt',
        'tree/ab/4.txt',
        'tree/z.txt',
      ]);
      expect(await keys('tree/a/')).toEqual(['tree/a/1.txt', 'tree/a/b/2.txt', 'tree/a/b/c/3.txt']);
      expect(await keys('tree/a')).toEqual([
        'tree/a/1.txt',
        'tree/a/b/2.txt',
        'tree/a/b/c/3.txt',
        'tree/ab/4.txt',
      ]);
      expect(await keys('tree/a/b/c/3')).toEqual(['tree/a/b/c/3.txt']);
      expect(await keys('tree/nothing/')).toEqual([]);
      expect(await keys('nothing-at-all/')).toEqual([]);
      expect(await keys('')).toEqual(expect.arrayContaining(['big/bundle.zip', 'tree/z.txt']));
      const sizes = await storage.list('tree/a/b/');
      expect(sizes.map((o) => o.size)).toEqual([
        Buffer.byteLength('tree/a/b/2.txt'),
        Buffer.byteLength('tree/a/b/c/3.txt'),
      ]);
    });

    it('deletes everything under a prefix and counts it', async () => {
      for (const key of [
        'del/u1/a.csv',
        'del/u1/x/b.csv',
        'del/u1/x/y/c.csv',
        'del/u10/d.csv',
        'del/u2/e.csv',
      ])
        await storage.put(key, Readable.from([Buffer.from('x')]));
      await expect(storage.deletePrefix('del/u1/')).resolves.toBe(3);
      expect((await storage.list('del/')).map((o) => o.key)).toEqual(['del/u10/d.csv', 'del/u2/e.csv']);
      await expect(storage.get('del/u1/x/b.csv')).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage.deletePrefix('del/u1/')).resolves.toBe(0);
      await expect(storage.deletePrefix('del/u')).resolves.toBe(2);
      await expect(storage.list('del/')).resolves.toEqual([]);
      await expect(storage.deletePrefix('')).rejects.toThrow(/non-empty prefix/);
    });

    it('deletes more objects than one list page holds', async () => {
      const keys = Array.from({ length: 1105 }, (_, i) => `many/${String(i).padStart(4, '0')}.txt`);
      for (let i = 0; i < keys.length; i += 50)
        await Promise.all(keys.slice(i, i + 50).map((k) => storage.put(k, Readable.from([Buffer.from(k)]))));
      expect((await storage.list('many/')).map((o) => o.key)).toEqual(keys);
      await expect(storage.deletePrefix('many/')).resolves.toBe(keys.length);
      await expect(storage.list('many/')).resolves.toEqual([]);
    });

    it('rejects a missing object with ObjectNotFoundError, and a prefix is no object', async () => {
      const err = await storage.get('absent/thing.zip').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ObjectNotFoundError);
      expect((err as ObjectNotFoundError).key).toBe('absent/thing.zip');
      const target = join(scratch, 'absent', 'thing.zip');
      await expect(storage.getToFile('absent/thing.zip', target)).rejects.toBeInstanceOf(ObjectNotFoundError);
      expect(existsSync(target)).toBe(false);
      await storage.put('folder-like/inner.txt', Readable.from([Buffer.from('x')]));
      await expect(storage.get('folder-like')).rejects.toBeInstanceOf(ObjectNotFoundError);
    });

    it('leaves no object behind when the body fails midway', async () => {
      const failing = new Readable({ read() {} });
      failing.push(Buffer.alloc(256 * 1024, 1));
      setTimeout(() => failing.destroy(new Error('client went away')), 20);
      await expect(storage.put('broken/upload.zip', failing)).rejects.toThrow(/client went away/);
      await expect(storage.get('broken/upload.zip')).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage.list('broken/')).resolves.toEqual([]);
    });

    it.each(INVALID_KEYS)('rejects the key %j before any access', async (key) => {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
        InvalidObjectKeyError,
      );
      await expect(storage.putFile(key, join(scratch, 'users.csv'))).rejects.toBeInstanceOf(
        InvalidObjectKeyError,
      );
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
      await expect(storage.getToFile(key, join(scratch, 'never'))).rejects.toBeInstanceOf(
        InvalidObjectKeyError,
      );
      if (key !== '' && key !== 'a/') {
        await expect(storage.list(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
        await expect(storage.deletePrefix(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
      }
    });
  });
}

contract('local', () => new LocalStorage(join(work, 'local-root')));
contract('s3', () => new S3Storage(s3Settings({ prefix: 'deployment-a' })));

describe('local object storage', () => {
  it('writes nothing outside its root, keeps temp files out of listings and prunes empty folders', async () => {
    const root = join(work, 'local-only', 'objects');
    const storage = new LocalStorage(root);
    await expect(storage.put('../escape.txt', Readable.from([Buffer.from('x')]))).rejects.toThrow(
      InvalidObjectKeyError,
    );
    expect(existsSync(join(work, 'local-only', 'escape.txt'))).toBe(false);

    await storage.put('uploads/u1/a.csv', Readable.from([Buffer.from('a')]));
    await storage.put('uploads/u1/deep/b.csv', Readable.from([Buffer.from('b')]));
    // What a crashed write leaves: a temp name no key can have.
    await writeFile(join(root, 'uploads', 'u1', 'a.csv.~123-abcdef'), 'partial');
    expect((await storage.list('uploads/')).map((o) => o.key)).toEqual([
      'uploads/u1/a.csv',
      'uploads/u1/deep/b.csv',
    ]);
    expect(await readdir(join(root, 'uploads', 'u1'))).toEqual(
      expect.arrayContaining(['a.csv', 'deep', 'a.csv.~123-abcdef']),
    );

    await storage.put('uploads/u2/c.csv', Readable.from([Buffer.from('c')]));
    await expect(storage.deletePrefix('uploads/u2/')).resolves.toBe(1);
    expect(await readdir(join(root, 'uploads'))).toEqual(['u1']);
    await expect(storage.deletePrefix('uploads/u1/')).resolves.toBe(2);
    // The folder still holding the stray temp file stays; its emptied subfolder goes.
    expect(await readdir(join(root, 'uploads', 'u1'))).toEqual(['a.csv.~123-abcdef']);
  });

  it('fails ping when its root cannot be written', async () => {
    const blocker = join(work, 'not-a-folder');
    await writeFile(blocker, 'file');
    await expect(new LocalStorage(join(blocker, 'objects')).ping()).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});

describe('s3 object storage', () => {
  it('keeps deployments with neighbouring prefixes apart and strips the prefix from keys', async () => {
    const a = new S3Storage(s3Settings({ prefix: 'iso' }));
    const b = new S3Storage(s3Settings({ prefix: '/iso2/' }));
    const bare = new S3Storage(s3Settings());
    try {
      await a.put('x/1.txt', Readable.from([Buffer.from('a')]));
      await b.put('x/1.txt', Readable.from([Buffer.from('b')]));
      expect((await a.list('')).map((o) => o.key)).toEqual(['x/1.txt']);
      expect((await b.list('x/')).map((o) => o.key)).toEqual(['x/1.txt']);
      expect((await bare.list('iso')).map((o) => o.key)).toEqual(['iso/x/1.txt', 'iso2/x/1.txt']);
      await expect(a.deletePrefix('x/')).resolves.toBe(1);
      expect(await text(b, 'x/1.txt')).toBe('b');
    } finally {
      await Promise.all([a.close(), b.close(), bare.close()]);
    }
  });

  it('fails ping quickly for an unreachable endpoint without revealing the secret', async () => {
    const port = await closedPort();
    const storage = new S3Storage(s3Settings({ endpoint: `http://user:${SECRET}@127.0.0.1:${port}` }), {
      maxAttempts: 1,
      connectionTimeoutMs: 1_000,
      requestTimeoutMs: 1_000,
    });
    const started = Date.now();
    try {
      const err = await storage.ping().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      const message = (err as Error).message;
      expect(message).toMatch(/Object storage unreachable: bucket rosterhub-test at http:\/\/127\.0\.0\.1:/);
      expect(message).not.toContain(SECRET);
      expect(Date.now() - started).toBeLessThan(5_000);
      // Key checks come first: an unreachable store still reports the bad key, not the network.
      await expect(storage.get('../x')).rejects.toBeInstanceOf(InvalidObjectKeyError);
    } finally {
      await storage.close();
    }
  });

  it('fails ping for a bucket that does not exist', async () => {
    const storage = new S3Storage(s3Settings({ bucket: 'no-such-bucket' }), { maxAttempts: 1 });
    try {
      await expect(storage.ping()).rejects.toThrow(/no-such-bucket/);
    } finally {
      await storage.close();
    }
  });
});

describe('createStorage', () => {
  it('chooses local files under the data directory without S3 settings, else S3', async () => {
    const dataDir = join(work, 'data-dir');
    await mkdir(dataDir, { recursive: true });
    const local = createStorage({ database: { url: null, dataDir }, storage: { s3: null } });
    expect(local.kind).toBe('local');
    await local.put('k/v.txt', Readable.from([Buffer.from('v')]));
    expect(await readFile(join(dataDir, 'objects', 'k', 'v.txt'), 'utf8')).toBe('v');
    await local.close();

    const s3 = createStorage({
      database: { url: null, dataDir },
      storage: { s3: s3Settings({ prefix: 'factory' }) },
    });
    expect(s3.kind).toBe('s3');
    await s3.ping();
    // The secret lives only inside the client, out of reach of loggers that serialise the storage.
    expect(JSON.stringify(s3)).not.toContain(SECRET);
    await s3.close();
  });
});
