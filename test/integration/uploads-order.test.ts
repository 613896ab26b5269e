import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadPiiCipher } from '../../src/crypto/pii-cipher.js';
import { generateBundle } from '../../src/generate/index.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { startUploads } from '../../src/uploads/index.js';
import { LiveUploads } from '../../src/uploads/progress.js';
import { uploadJobHandlers } from '../../src/uploads/upload-jobs.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { fileParts } from '../helpers/multipart.js';
import { snapshot } from '../helpers/store.js';

/*
 * Uploads of one tenant apply in the order they were sent: a run retried late (its worker was
 * killed, its job waited for the lock to expire) must not put an older roster over a newer one.
 */
const targets = await testTargets();

describe.each(targets)('upload order on $name', (target) => {
  afterAll(() => target.cleanup());

  it('does not apply an upload after a newer one of the same tenant was applied', async () => {
    const db = await target.open();
    try {
      const config = loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: tempDir('rh-order-') });
      const pii = await loadPiiCipher(config);
      const log = { info: () => undefined, warn: () => undefined };
      const base = tempDir();
      const older = tempDir();
      const newer = tempDir();
      await generateBundle({ out: base, schools: 1, students: 30, seed: 'order-base' });
      await generateBundle({ out: older, schools: 1, students: 40, seed: 'order-older' });
      await generateBundle({ out: newer, schools: 1, students: 50, seed: 'order-newer' });
      expect((await importBundle(db, base, { tenant: 'order' })).status).toBe('completed');
      const tenant = await requireTenant(db, 'order');

      // Both accepted while no process runs jobs: the older first.
      const uploads = await startUploads(config, db, { runJobs: false, pii, log });
      const actor = { type: 'system' as const, id: null };
      const first = (await uploads.service.accept(tenant, actor, fileParts(older), {})).view;
      await new Promise((r) => setTimeout(r, 10));
      const second = (await uploads.service.accept(tenant, actor, fileParts(newer), {})).view;
      const run = uploadJobHandlers({
        config,
        db,
        storage: uploads.storage,
        jobs: uploads.jobs,
        live: new LiveUploads(),
        pii,
        log,
      })['upload.process']!;
      const ctx = (id: string) => ({
        id,
        attempt: 1,
        signal: new AbortController().signal,
        progress: () => undefined,
      });

      // The newer one runs first (the older one's worker died); then the older one's retry.
      await run({ tenantId: tenant.id, uploadId: second.uploadId }, ctx(second.uploadId));
      expect((await uploads.service.get(tenant, second.uploadId)).status).toBe('completed');
      const afterNewer = await snapshot(db, 'order');
      await run({ tenantId: tenant.id, uploadId: first.uploadId }, ctx(first.uploadId));

      const late = await uploads.service.get(tenant, first.uploadId);
      expect(late.status).toBe('cancelled');
      expect(late.failure).toMatchObject({ code: 'upload.outdated' });
      expect(late.failure?.messageJa).toContain('反映していません');
      expect(await snapshot(db, 'order')).toEqual(afterNewer);
      await uploads.close();
    } finally {
      await db.close();
    }
  }, 120_000);
});
