import type { Attributes, Tracer } from '@opentelemetry/api';
import type { Config } from '../config/config.js';

/** What a started process keeps of tracing: whether it is on, and how to flush it at exit. */
export interface Tracing {
  readonly enabled: boolean;
  /** Sends the spans still buffered and stops the exporter; call once, at process exit. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: () => Promise.resolve() };

type Api = typeof import('@opentelemetry/api');
/** Set only while tracing is on: `withSpan` is a plain call otherwise. */
let active: { api: Api; tracer: Tracer; handle: Tracing } | null = null;

/**
 * Starts OpenTelemetry tracing (HTTP server and client, PostgreSQL, Redis, jobs) when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set, exporting OTLP/HTTP JSON to `${endpoint}/v1/traces`.
 * Off by default, and then free: this module loads no OpenTelemetry code (every import below is
 * dynamic, and `withSpan` needs none while off). Must run before the application's modules are imported: instrumentation patches `pg`,
 * `ioredis` and `http` as they load, and misses modules already loaded. No ESM loader hook
 * (import-in-the-middle) is needed: on the Node versions we support (>= 20.19) a CommonJS package
 * reached through `import` is loaded by the CommonJS loader, where the instrumentations' hooks see
 * it (test/integration/tracing.test.ts checks that PostgreSQL spans arrive from the server).
 */
export async function startTracing(config: Pick<Config, 'observability'>): Promise<Tracing> {
  const endpoint = config.observability.otlpEndpoint?.replace(/\/+$/, '');
  if (!endpoint) return OFF;
  // Instrumentation patches modules once per process: a second start shares the first.
  if (active) return active.handle;
  const [api, node, base, otlp, resources, semconv, instrumentation, http, pg, ioredis] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/semantic-conventions'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-ioredis'),
  ]);
  const provider = new node.NodeTracerProvider({
    resource: resources.resourceFromAttributes({
      [semconv.ATTR_SERVICE_NAME]: config.observability.serviceName,
    }),
    spanProcessors: [
      new base.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url: `${endpoint}/v1/traces` })),
    ],
  });
  provider.register();
  instrumentation.registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new http.HttpInstrumentation(),
      new pg.PgInstrumentation(),
      new ioredis.IORedisInstrumentation(),
    ],
  });
  const handle: Tracing = {
    enabled: true,
    shutdown: async () => {
      active = null;
      await provider.shutdown();
    },
  };
  active = { api, tracer: provider.getTracer('rosterhub'), handle };
  return handle;
}

/**
 * Flushes and stops whatever `startTracing` started in this process (nothing when tracing is
 * off), for exit paths that did not keep the handle (a CLI command started by `bin/rosterhub.js`).
 */
export function shutdownTracing(): Promise<void> {
  return active ? active.handle.shutdown() : Promise.resolve();
}

/**
 * Runs `fn` inside a span named `name` (the database and Redis spans it causes become its
 * children), recording a failure as the span's error. Without tracing it is a plain call. The span
 * starts a trace of its own: an in-process job would otherwise hang under the request that queued
 * it (or the run before a retry), long after that ended.
 */
export function withSpan<T>(name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  if (!active) return fn();
  const { api, tracer } = active;
  return tracer.startActiveSpan(
    name,
    { kind: api.SpanKind.CONSUMER, attributes, root: true },
    async (span) => {
      try {
        return await fn();
      } catch (err) {
        span.recordException(err instanceof Error ? err : String(err));
        span.setStatus({ code: api.SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    },
  );
}
