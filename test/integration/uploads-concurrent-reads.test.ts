import { describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { zipPart } from '../helpers/multipart.js';
import { HIGH_LIMITS, useSecurity } from '../helpers/security.js';
import { accepted, sendBundle, settle, UPLOAD_ENV } from '../helpers/uploads.js';

/**
 * A ~100k-row upload runs while an LMS keeps reading the same tenant: every read is answered, and
 * the latencies are printed (figures, not assertions: `npm run bench:upload` measures the targets).
 * On the embedded database reads wait while the apply holds its one connection; they still answer.
 */
const targets = await testTargets();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

describe.each(targets)('a 100k-row upload with concurrent API reads on $name', (target) => {
  const fx = useSecurity(target, UPLOAD_ENV);

  it('completes while every read of the same tenant is answered', async () => {
    const f = fx();
    const zip = `${tempDir()}/big.zip`;
    const generated = await generateBundle({
      out: zip,
      schools: 18,
      students: 11_000,
      seed: 'concurrent-reads',
    });
    expect(generated.totalRows).toBeGreaterThan(90_000);
    // The response cache off: every read reaches the database, as uncached pages would.
    const app = await f.api.buildAppWith({ ...UPLOAD_ENV, ...HIGH_LIMITS, RH_API_CACHE_MB: '0' });
    const up = accepted(await sendBundle(app, { bearer: f.clientA.token }, [zipPart(zip)]));

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let done = false;
    const finished = settle(app, { bearer: f.clientA.token }, up.links.self, [], 180_000).finally(
      () => (done = true),
    );
    // Two readers walking pages, as an LMS syncing a tenant would.
    const reader = async (start: number) => {
      for (let i = start; !done; i += 2) {
        const t0 = performance.now();
        const r = await app.inject({
          method: 'GET',
          url: `/ims/oneroster/rostering/v1p2/users?limit=100&offset=${(i % 50) * 100}`,
          headers: { authorization: `Bearer ${f.api.tokens.all}` },
        });
        latencies.push(performance.now() - t0);
        statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
        // A turn of the event loop between reads, as between an LMS's requests (and for the poller).
        await new Promise((res) => setImmediate(res));
      }
    };
    await Promise.all([reader(0), reader(1), finished]);
    const view = await finished;
    expect(view.status).toBe('completed');
    expect(
      Object.values(view.files as Record<string, { rows: number }>).reduce((n, x) => n + x.rows, 0),
    ).toBe(generated.totalRows);
    expect([...statuses.keys()]).toEqual([200]);
    expect(latencies.length).toBeGreaterThan(0);
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `${target.name}: ${generated.totalRows} rows applied in ${((view.timings.totalMs ?? 0) / 1000).toFixed(1)} s; ` +
        `${latencies.length} reads during it, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, ` +
        `p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`,
    );
    await app.close();
  }, 240_000);
});
