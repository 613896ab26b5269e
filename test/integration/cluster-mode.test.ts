import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/bundle.js';
import { scratchDatabase, testTargets } from '../helpers/db.js';
import { sharedKeys, startProcess, waitFor, type RunningProcess } from '../helpers/processes.js';
import { ensureBuilt, freePort } from '../e2e/server.js';

/* `rosterhub serve --workers 2`: node:cluster on PostgreSQL (the embedded database is refused). */
const onPostgres = (await testTargets()).some((t) => t.name === 'postgres');

/** One request on a fresh connection (so the primary hands each to the next worker); the serving pid from the log. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.end();
  });
}

const pidsServing = (output: string, route: string) =>
  new Set(
    output
      .split('\n')
      .filter((l) => l.includes('"request completed"') && l.includes(`"route":"${route}"`))
      .map((l) => (JSON.parse(l) as { pid: number }).pid),
  );

describe.skipIf(!onPostgres)('serve --workers 2', { timeout: 180_000 }, () => {
  const database = scratchDatabase('rh_cluster');
  let server: RunningProcess;
  let base: string;

  beforeAll(async () => {
    ensureBuilt();
    await database.create();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = startProcess(['serve', '--workers', '2'], {
      DATABASE_URL: database.url,
      RH_DATA_DIR: tempDir('rh-cluster-'),
      PORT: String(port),
      RH_PUBLIC_URL: base,
      ...sharedKeys(),
    });
    await waitFor(`${base}/health/ready`, server);
    // Ready as soon as one worker listens; the test needs both.
    const deadline = Date.now() + 60_000;
    while (!server.output().includes('"API workers listening"') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
  }, 600_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database.drop();
  });

  it('creates the first administrator once, in the primary', () => {
    expect(server.output().match(/ワンタイムパスワード/g)).toHaveLength(1);
  });

  it('spreads connections over both worker processes and reports their metrics as one', async () => {
    for (let i = 0; i < 10; i++) expect((await get(`${base}/health/live`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(pidsServing(server.output(), '/health/live').size).toBe(2);
    // Whichever worker answers the scrape, the counts are the whole group's.
    for (let i = 0; i < 2; i++) {
      const metrics = (await get(`${base}/metrics`)).body;
      const live = /^rosterhub_http_requests_total\{[^}]*route="\/health\/live"[^}]*\} (\d+)$/m.exec(metrics);
      expect(Number(live?.[1])).toBe(10);
      expect(metrics).toMatch(/^rosterhub_ready\{dependency="database"\} 1$/m);
    }
  });

  it('replaces a worker that dies', async () => {
    const before = pidsServing(server.output(), '/health/live');
    process.kill([...before][0]!, 'SIGKILL');
    // Connections handed to the dead worker before the primary noticed are lost, as in any crash.
    const noticed = Date.now() + 10_000;
    while (!server.output().includes('API worker process exited') && Date.now() < noticed)
      await new Promise((r) => setTimeout(r, 50));
    // Until the replacement listens, the survivor takes every connection; then both share them.
    const deadline = Date.now() + 30_000;
    while (pidsServing(server.output(), '/health/live').size < 3 && Date.now() < deadline) {
      expect((await get(`${base}/health/live`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pidsServing(server.output(), '/health/live').size).toBe(3);
  });

  it('stops every process on SIGTERM to the primary and exits 0', async () => {
    const code = await server.stop('SIGTERM');
    expect(code, server.output()).toBe(0);
    await expect(get(`${base}/health/live`)).rejects.toThrow();
  });
});

describe('serve --workers on the embedded database', () => {
  it('is refused with a clear message', async () => {
    ensureBuilt();
    const proc = startProcess(['serve', '--workers', '2', '--json'], {
      RH_DATA_DIR: tempDir('rh-cluster-lite-'),
    });
    const code = await proc.exited;
    // A usage problem (exit 2), explained in one JSON object.
    expect(code).toBe(2);
    expect(proc.output()).toContain('--workers needs DATABASE_URL');
  }, 600_000);
});
