import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';

/**
 * OpenTelemetry tracing from real processes: off, the app loads no OpenTelemetry module at all;
 * on, the server started as in production exports HTTP, PostgreSQL and job spans over OTLP/HTTP to
 * a receiver on loopback, and flushes them when it stops on SIGTERM.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface Exported {
  service: string | undefined;
  scope: string;
  span: OtlpSpan;
}
const SPAN_KIND_SERVER = 2;
const postgres = (await testTargets()).find((t) => t.name === 'postgres');

/** An OTLP/HTTP receiver: collects the spans of every JSON export it is sent. */
async function receiver(): Promise<{ url: string; spans: Exported[]; close: () => Promise<void> }> {
  const spans: Exported[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[];
          }[];
        };
        for (const rs of body.resourceSpans) {
          const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
          for (const ss of rs.scopeSpans)
            for (const span of ss.spans) spans.push({ service, scope: ss.scope.name, span });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Runs `node --import tsx` on `args` in the repository with `env` added; resolves on exit. */
function node(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const done = once(child, 'exit').then(([code]) => ({ code: code as number | null, out }));
  return { child, done };
}

const attr = (s: OtlpSpan, key: string): unknown => {
  const v = s.attributes?.find((a) => a.key === key)?.value;
  return v ? Object.values(v)[0] : undefined;
};

/**
 * Loads the app as the server does (config, tracing, then the app's modules), answers one request
 * (on PostgreSQL when the test has it: much faster to open than the embedded database), and prints whether tracing is on and which OpenTelemetry packages were
 * loaded. Every OpenTelemetry package resolves to its CommonJS build under Node, so the CommonJS
 * module cache lists each one that was loaded, whether by `import` or `require`.
 */
const LOAD_APP = `
import { createRequire } from 'node:module';
const { loadConfig } = await import('./src/config/config.js');
const { startTracing } = await import('./src/observability/tracing.js');
const config = loadConfig();
const tracing = await startTracing(config);
const { buildApp } = await import('./src/app.js');
const { openDatabase } = await import('./src/db/database.js');
const db = await openDatabase(config.database, { inMemory: !config.database.url });
const app = await buildApp({ config, db });
const health = await app.inject({ method: 'GET', url: '/health' });
const loaded = [...new Set(Object.keys(createRequire(import.meta.url).cache)
  .map((f) => /@opentelemetry[\\/]([^\\/]+)/.exec(f)?.[1])
  .filter(Boolean))].sort();
await app.close();
await db.close();
await tracing.shutdown();
console.log(JSON.stringify({ result: { enabled: tracing.enabled, health: health.statusCode, loaded } }));
`;

async function loadApp(
  env: Record<string, string>,
): Promise<{ enabled: boolean; health: number; loaded: string[] }> {
  const run = node(['--input-type=module', '-e', LOAD_APP], {
    NODE_ENV: 'test',
    RH_DATA_DIR: tempDir('rh-trace-'),
    ...env,
  });
  const { code, out } = await run.done;
  expect(code, out).toBe(0);
  const line = out.split('\n').find((l) => l.startsWith('{"result"'));
  expect(line, out).toBeDefined();
  return (JSON.parse(line!) as { result: { enabled: boolean; health: number; loaded: string[] } }).result;
}

describe('tracing', () => {
  let otlp: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    otlp = await receiver();
    // Creates and migrates the test file's PostgreSQL database.
    if (postgres) await (await postgres.open()).close();
  });
  afterAll(async () => {
    await otlp?.close();
    await postgres?.cleanup();
  });

  it('loads no OpenTelemetry SDK or instrumentation when no endpoint is configured, and does when one is', async () => {
    const db = postgres?.env() ?? {};
    const [off, on] = await Promise.all([
      loadApp(db),
      loadApp({ ...db, OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }),
    ]);
    // Only the API package, which prom-client (metrics) loads for its exemplars: a few objects
    // that do nothing without a provider. No SDK, exporter or instrumentation patching modules.
    expect(off).toEqual({ enabled: false, health: 200, loaded: ['api'] });
    // The same check sees the rest when tracing is on: it can tell the difference.
    expect(on.enabled).toBe(true);
    expect(on.health).toBe(200);
    expect(on.loaded).toEqual(
      expect.arrayContaining([
        'api',
        'sdk-trace-node',
        'exporter-trace-otlp-http',
        'instrumentation-http',
        'instrumentation-pg',
        'instrumentation-ioredis',
      ]),
    );
  }, 60_000);

  // Without PostgreSQL (the `pg` driver is what the database spans come from) there is nothing to trace.
  describe.skipIf(!postgres)('a server with OTEL_EXPORTER_OTLP_ENDPOINT (PostgreSQL)', () => {
    let server: ReturnType<typeof node>;
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      server = node(['src/server.ts'], {
        ...postgres!.env(),
        NODE_ENV: 'test',
        PORT: String(port),
        RH_DATA_DIR: tempDir('rh-trace-'),
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        OTEL_SERVICE_NAME: 'rosterhub-trace-test',
      });
    }, 30_000);
    afterAll(() => {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    });

    it('exports the HTTP request, its PostgreSQL query and job spans, flushed on SIGTERM', async () => {
      let status = 0;
      for (let i = 0; i < 300 && status !== 200; i++) {
        if (server.child.exitCode !== null) break;
        status = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-request-id': 'trace-me' } })
          .then((r) => r.status)
          .catch(() => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
      server.child.kill('SIGTERM');
      const { code, out } = await server.done;
      expect(code, out).toBe(0);

      const spans = otlp.spans.filter((s) => s.service === 'rosterhub-trace-test');
      const request = spans.find(
        (s) =>
          s.scope === '@opentelemetry/instrumentation-http' &&
          s.span.kind === SPAN_KIND_SERVER &&
          [attr(s.span, 'url.path'), attr(s.span, 'http.target')].includes('/health'),
      );
      expect(request, JSON.stringify(spans.map((s) => s.span.name))).toBeDefined();
      // The health check's SELECT 1 runs inside the request's trace.
      const query = spans.find(
        (s) =>
          s.scope === '@opentelemetry/instrumentation-pg' &&
          s.span.name.startsWith('pg.query') &&
          s.span.traceId === request!.span.traceId,
      );
      expect(query, JSON.stringify(spans.map((s) => `${s.scope} ${s.span.name}`))).toBeDefined();
      // The server runs its jobs in-process: housekeeping starts with a run.
      const job = spans.find((s) => s.span.name === 'job uploads.housekeeping');
      expect(job).toBeDefined();
      expect(attr(job!.span, 'job.attempt')).toBe(1);
      expect(attr(job!.span, 'job.id')).toEqual(expect.any(String));
    }, 60_000);
  });
});
