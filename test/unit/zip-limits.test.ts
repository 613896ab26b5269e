import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnusableInputError, openBundle, type BundleLimits } from '../../src/import/bundle-source.js';
import { minimalBundle, renderBundle, tempDir, writeBundleDir } from '../helpers/bundle.js';
import { patchEntry, writeTemp, zipBuffer } from '../helpers/zip-patch.js';

/** Opens the bundle and reads `name` to the end; returns the bytes delivered. */
async function readAll(path: string, name: string, limits: BundleLimits = {}): Promise<number> {
  const source = await openBundle(path, limits);
  try {
    let n = 0;
    for await (const chunk of await source.open(name)) n += (chunk as Buffer).length;
    return n;
  } finally {
    await source.close();
  }
}

/** The error a promise rejects with, asserted to be an UnusableInputError. */
async function refusal(p: Promise<unknown>): Promise<UnusableInputError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnusableInputError);
  return err as UnusableInputError;
}

const BIG = 'a'.repeat(200_000);

describe('zip limits', () => {
  it('reads an ordinary bundle under the default limits', async () => {
    const files = renderBundle(minimalBundle());
    const path = await writeTemp(await zipBuffer(files));
    expect(await readAll(path, 'users.csv')).toBe(Buffer.byteLength(files['users.csv']!));
  });

  it('stops an entry that inflates past its declared size (a lying header)', async () => {
    let zip = await zipBuffer({ 'manifest.csv': 'propertyName,value\n', 'users.csv': BIG });
    zip = patchEntry(zip, 'users.csv', { uncompressedSize: 1000 });
    const path = await writeTemp(zip);
    const err = await refusal(readAll(path, 'users.csv', { maxBundleBytes: 10_000 }));
    expect(err.message).toContain('users.csv');
    expect(err.message).toContain('1000');
    expect(err.messageJa).toContain('users.csv');
  });

  it('counts inflated bytes against the bundle limit while streaming', async () => {
    // Each read is within its declared size; reading the entry twice passes the 300 KB limit.
    const path = await writeTemp(await zipBuffer({ 'users.csv': BIG }));
    const source = await openBundle(path, { maxBundleBytes: 300_000 });
    for await (const _ of await source.open('users.csv')) void _;
    const err = await refusal(
      (async () => {
        for await (const _ of await source.open('users.csv')) void _;
      })(),
    );
    await source.close();
    expect(err.message).toContain('users.csv');
    expect(err.message).toContain('RH_MAX_BUNDLE_BYTES');
  });

  it('counts inflated bytes over the whole bundle', async () => {
    const zip = await zipBuffer({ 'a.csv': BIG, 'b.csv': BIG });
    // Declared sizes are checked up front: 400 KB > 300 KB refuses at open, naming the file.
    const upFront = await refusal(openBundle(await writeTemp(zip), { maxBundleBytes: 300_000 }));
    expect(upFront.message).toContain('b.csv');
    expect(upFront.message).toContain('RH_MAX_BUNDLE_BYTES');
    expect(upFront.messageJa).toContain('b.csv');
    // With headers understating b.csv, the running count refuses it while it streams.
    const lying = patchEntry(zip, 'b.csv', { uncompressedSize: 50_000 });
    const path = await writeTemp(lying);
    const source = await openBundle(path, { maxBundleBytes: 300_000 });
    for await (const _ of await source.open('a.csv')) void _;
    const err = await refusal(
      (async () => {
        for await (const _ of await source.open('b.csv')) void _;
      })(),
    );
    await source.close();
    expect(err.message).toContain('b.csv');
  });

  it('refuses an entry whose compressed size is over the per-file limit, naming it', async () => {
    const path = await writeTemp(await zipBuffer({ 'manifest.csv': 'x\n', 'users.csv': randomBytes(5000) }));
    const err = await refusal(openBundle(path, { maxFileBytes: 1000 }));
    expect(err.message).toContain('users.csv');
    expect(err.message).toContain('RH_MAX_FILE_BYTES');
    expect(err.messageJa).toContain('users.csv');
    expect(err.messageJa).toContain('大きすぎます');
  });

  it('refuses a compression ratio above 1000:1 on an entry over 1 MB', async () => {
    const path = await writeTemp(await zipBuffer({ 'enrollments.csv': Buffer.alloc(4 << 20, 0x61) }));
    const err = await refusal(openBundle(path));
    expect(err.message).toContain('enrollments.csv');
    expect(err.message).toContain('1000:1');
    expect(err.messageJa).toContain('enrollments.csv');
  });

  it('refuses an entry that ends short of its declared size as corrupt', async () => {
    let zip = await zipBuffer({ 'users.csv': BIG });
    zip = patchEntry(zip, 'users.csv', { uncompressedSize: 300_000 });
    const err = await refusal(readAll(await writeTemp(zip), 'users.csv'));
    expect(err.message).toContain('users.csv');
  });
});

describe('folder limits', () => {
  it('refuses a file over the per-file limit, naming it', async () => {
    const dir = await writeBundleDir(minimalBundle());
    writeFileSync(join(dir, 'users.csv'), BIG);
    const err = await refusal(openBundle(dir, { maxFileBytes: 100_000 }));
    expect(err.message).toContain('users.csv');
    expect(err.messageJa).toContain('users.csv');
  });

  it('refuses files that together exceed the bundle limit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), BIG);
    writeFileSync(join(dir, 'b.csv'), BIG);
    const err = await refusal(openBundle(dir, { maxBundleBytes: 300_000 }));
    expect(err.message).toMatch(/[ab]\.csv/);
    await expect(openBundle(dir, { maxBundleBytes: 400_000 })).resolves.toBeDefined();
  });
});
