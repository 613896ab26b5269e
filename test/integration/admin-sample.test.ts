import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../src/import/bundle-source.js';
import { processBundle } from '../../src/import/bundle-processor.js';
import { IssueCollector } from '../../src/import/issues.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { ADMIN, useSecurity } from '../helpers/security.js';

const targets = await testTargets();

describe.each(targets)('sample bundle download on $name', (target) => {
  const fx = useSecurity(target);

  it('gives a signed-in person a valid zip to try an upload with', async () => {
    const { call, who } = fx();
    const res = await call(who.readerA, 'GET', `${ADMIN}/sample-bundle.zip?students=30&schools=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('rosterhub-sample.zip');
    const path = join(tempDir(), 'sample.zip');
    await writeFile(path, res.rawPayload);
    const source = await openBundle(path);
    const issues = new IssueCollector();
    try {
      const result = await processBundle(source, { issues });
      expect(issues.errors).toEqual([]);
      expect(result.rows.users).toBeGreaterThan(30);
    } finally {
      await source.close();
    }
  });

  it('refuses strangers and out-of-range sizes', async () => {
    const { call, who } = fx();
    expect((await call(null, 'GET', `${ADMIN}/sample-bundle.zip`)).statusCode).toBe(401);
    const big = await call(who.readerA, 'GET', `${ADMIN}/sample-bundle.zip?students=100000`);
    expect(big.statusCode).toBe(400);
    expect(big.json<{ error: { messageJa: string } }>().error.messageJa).toBeTruthy();
  });
});
