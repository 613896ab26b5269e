import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { generateBundle } from '../../src/generate/index.js';
import { createStorage } from '../../src/storage/object-storage.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts } from '../helpers/multipart.js';
import { startS3rver, stopS3rver } from '../helpers/s3.js';
import { useSecurity } from '../helpers/security.js';
import { accepted, sendBundle, settle, UPLOAD_ENV } from '../helpers/uploads.js';

/** The whole upload flow with its files in an S3-compatible bucket (s3rver on loopback). */
const BUCKET = 'rosterhub-uploads';
let work: string;
let s3rver: ChildProcess | undefined;
let endpoint: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rh-uploads-s3-'));
  const started = await startS3rver(join(work, 's3rver'), BUCKET);
  s3rver = started.child;
  endpoint = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  if (s3rver) await stopS3rver(s3rver);
  await rm(work, { recursive: true, force: true });
});

const targets = await testTargets();

describe.each(targets)('uploads stored in S3-compatible storage on $name', (target) => {
  const fx = useSecurity(target, UPLOAD_ENV);

  it('stores the files in the bucket, and the job fetches them from there', async () => {
    const f = fx();
    const s3 = {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: `deployment-${target.name}`,
    };
    const dataDir = join(work, `data-${target.name}`);
    const app = await f.api.buildAppWith({ ...UPLOAD_ENV, ...s3, RH_DATA_DIR: dataDir });
    const dir = tempDir();
    await generateBundle({ out: dir, schools: 1, students: 30, seed: `s3-${target.name}` });
    const up = accepted(await sendBundle(app, { bearer: f.clientA.token }, folderParts(dir)));
    const done = await settle(app, { bearer: f.clientA.token }, up.links.self);
    expect(done.status).toBe('completed');
    expect(done.errorCount).toBe(0);

    const bucket = createStorage(loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: work, ...s3 }));
    try {
      const stored = await bucket.list(`uploads/${f.api.tenantA}/${up.uploadId}/`);
      expect(stored.map((o) => o.key.split('/').pop()).sort()).toEqual(
        folderParts(dir)
          .map((p) => `${p.field}.csv`)
          .sort(),
      );
      // Nothing of it was kept on local disk.
      const local = createStorage(loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir }));
      expect(await local.list('')).toEqual([]);
    } finally {
      await bucket.close();
    }
    await app.close();
  });
});
