import { describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts, multipart } from '../helpers/multipart.js';
import { ADMIN, useSecurity } from '../helpers/security.js';

const targets = await testTargets();
describe.each(targets)('uploads smoke on $name', (target) => {
  const fx = useSecurity(target, { RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1000' });
  it('uploads, runs and completes', async () => {
    const f = fx();
    const dir = tempDir();
    await generateBundle({ out: dir, schools: 1, students: 30, seed: 5 });
    const body = multipart(folderParts(dir));
    const r = await f.app.inject({
      method: 'POST',
      url: `${ADMIN}/uploads?tenant=a`,
      headers: { ...body.headers, cookie: f.who.adminA.cookie, 'x-csrf-token': f.who.adminA.csrf },
      payload: body.payload,
    });
    console.log(r.statusCode, r.body.slice(0, 500));
    expect(r.statusCode).toBe(202);
    const id = r.json<{ uploadId: string }>().uploadId;
    let status = '';
    let last: unknown;
    for (let i = 0; i < 100 && !['completed', 'failed'].includes(status); i++) {
      await new Promise((res) => setTimeout(res, 200));
      const s = await f.call(f.who.adminA, 'GET', `${ADMIN}/uploads/${id}`);
      last = s.json();
      status = (last as { status: string }).status;
    }
    console.log(JSON.stringify(last, null, 1).slice(0, 3000));
    expect(status).toBe('completed');
  });
});
