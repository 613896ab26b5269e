import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../db/connection.js';
import type { JobQueueStats } from '../jobs/queue.js';

/**
 * The process's Prometheus registry: every RosterHub metric is `rosterhub_`-prefixed; Node's own
 * process and runtime metrics (CPU, memory, handles, GC, event-loop lag) keep prom-client's
 * standard unprefixed names so stock Node.js dashboards and alerts work on them unchanged.
 *
 * Metrics are registered once per process, here: tests build many apps in one process, and each
 * app attaches its per-app sources (pools, queue, readiness) through `attachMetricsSource`.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** A fast API answers in milliseconds; uploads and cold pages take seconds. */
export const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** An upload job runs from under a second (a small bundle) to an hour (millions of rows). */
const IMPORT_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600];

/** Requests without a route (404s) share one label: paths are client text and unbounded. */
export const UNMATCHED_ROUTE = 'unmatched';

export const httpRequests = new Counter({
  name: 'rosterhub_http_requests_total',
  help: 'HTTP requests answered, by route template, method and status code',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'rosterhub_http_request_duration_seconds',
  help: 'Time from receiving a request to sending its response, by route template and method',
  labelNames: ['method', 'route'] as const,
  buckets: HTTP_BUCKETS,
  registers: [registry],
});

/**
 * How an upload job ended: `applied` (changes committed), `no_change` (applied, nothing differed),
 * `dry_run` (validated only), `invalid` (the bundle has errors: nothing applied), `cancelled`,
 * `requeued` (a temporary failure or a stopping process: it runs again), `failed` (attempts used up:
 * an operator should look).
 */
export type ImportOutcome =
  'applied' | 'no_change' | 'dry_run' | 'invalid' | 'cancelled' | 'requeued' | 'failed';

const importJobs = new Counter({
  name: 'rosterhub_import_jobs_total',
  help: 'Upload jobs finished, by outcome',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

const importDuration = new Histogram({
  name: 'rosterhub_import_duration_seconds',
  help: 'Duration of upload jobs (validation and apply), by outcome',
  labelNames: ['outcome'] as const,
  buckets: IMPORT_BUCKETS,
  registers: [registry],
});

const importRows = new Counter({
  name: 'rosterhub_import_rows_total',
  help: 'Rows processed by upload jobs: `validate` (every validated bundle), `apply` (applied bundles); rate() gives rows/s',
  labelNames: ['phase'] as const,
  registers: [registry],
});

const rateLimitRejections = new Counter({
  name: 'rosterhub_rate_limit_rejections_total',
  help: 'Requests refused with 429, by limit (reads, token, signin, uploads)',
  labelNames: ['limit'] as const,
  registers: [registry],
});

/** `seconds` is left out for runs a dead process left behind (their length is unknown). */
export function recordImportJob(outcome: ImportOutcome, seconds?: number): void {
  importJobs.inc({ outcome });
  if (seconds !== undefined) importDuration.observe({ outcome }, seconds);
}

export function countImportRows(phase: 'validate' | 'apply', rows: number): void {
  if (rows > 0) importRows.inc({ phase }, rows);
}

export function countRateLimitRejection(limit: string): void {
  rateLimitRejections.inc({ limit });
}

/** A dependency the readiness check covers; `rosterhub_ready` has one series per configured one. */
export type Dependency = 'database' | 'redis' | 'storage';
export type DependencyState = 'ok' | 'failed' | 'not_configured';
export type ReadinessChecks = Record<Dependency, DependencyState>;

/** What one app (or a worker's operations server) exposes at scrape time. */
export interface MetricsSource {
  pools: () => { pool: 'primary' | 'replica'; stats: PoolStats }[];
  queueStats?: () => Promise<JobQueueStats>;
  /** The latest readiness, re-checked when older than the caller allows. */
  readiness?: (maxAgeMs: number) => Promise<ReadinessChecks>;
}

// Insertion-ordered: the newest attached source answers (one per process outside tests).
const sources = new Set<MetricsSource>();

/** Makes `source` the one scrapes read; the returned function detaches it (call on close). */
export function attachMetricsSource(source: MetricsSource): () => void {
  sources.add(source);
  return () => void sources.delete(source);
}

const current = (): MetricsSource | undefined => [...sources].at(-1);

new Gauge({
  name: 'rosterhub_db_pool_connections',
  help: "This process's database connections, by pool (primary, replica) and state (in_use, idle)",
  labelNames: ['pool', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const { pool, stats } of current()?.pools() ?? []) {
      this.set({ pool, state: 'in_use' }, stats.total - stats.idle);
      this.set({ pool, state: 'idle' }, stats.idle);
    }
  },
});

new Gauge({
  name: 'rosterhub_db_pool_max_connections',
  help: 'Connections a pool may open',
  labelNames: ['pool'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const { pool, stats } of current()?.pools() ?? []) this.set({ pool }, stats.max);
  },
});

new Gauge({
  name: 'rosterhub_db_pool_waiting_requests',
  help: 'Callers waiting for a connection (the pool is exhausted while this is above zero)',
  labelNames: ['pool'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const { pool, stats } of current()?.pools() ?? []) this.set({ pool }, stats.waiting);
  },
});

/** Queue statistics are read at most this often; a slow queue store never delays a scrape by more than the timeout. */
const QUEUE_STATS_CACHE_MS = 2000;
const QUEUE_STATS_TIMEOUT_MS = 1000;
const queueCache = new WeakMap<MetricsSource, { at: number; stats: Promise<JobQueueStats | null> }>();

function queueStats(source: MetricsSource | undefined): Promise<JobQueueStats | null> {
  if (!source?.queueStats) return Promise.resolve(null);
  const cached = queueCache.get(source);
  if (cached && Date.now() - cached.at < QUEUE_STATS_CACHE_MS) return cached.stats;
  const stats = withTimeout(source.queueStats(), QUEUE_STATS_TIMEOUT_MS).catch(() => null);
  queueCache.set(source, { at: Date.now(), stats });
  return stats;
}

new Gauge({
  name: 'rosterhub_queue_jobs',
  // Across cluster workers: every process reads the same shared queue.
  aggregator: 'max',
  help: 'Jobs in the queue by state (waiting, active, delayed, failed); a shared queue reports the same figures in every process',
  labelNames: ['state'] as const,
  registers: [registry],
  async collect() {
    const stats = await queueStats(current());
    this.reset();
    if (!stats) return;
    for (const state of ['waiting', 'active', 'delayed', 'failed'] as const)
      this.set({ state }, stats[state]);
  },
});

new Gauge({
  name: 'rosterhub_queue_oldest_waiting_seconds',
  // Across cluster workers: every process reads the same shared queue.
  aggregator: 'max',
  help: 'Age of the oldest job ready to run but not started (0 when none waits)',
  registers: [registry],
  async collect() {
    const stats = await queueStats(current());
    this.reset();
    if (stats) this.set((stats.oldestWaitingMs ?? 0) / 1000);
  },
});

/** Readiness at scrape time reuses a check this recent (a probe or the previous scrape). */
const READINESS_MAX_AGE_MS = 5000;

const ready = new Gauge({
  name: 'rosterhub_ready',
  // Across cluster workers: a group is ready only when every process is.
  aggregator: 'min',
  help: 'Whether a dependency answered the readiness check (1) or not (0), per configured dependency',
  labelNames: ['dependency'] as const,
  registers: [registry],
  async collect() {
    const check = current()?.readiness;
    if (check) setReadiness(await check(READINESS_MAX_AGE_MS));
  },
});

/** Records a readiness result (from /health/ready or a scrape) in `rosterhub_ready`. */
export function setReadiness(checks: ReadinessChecks): void {
  ready.reset();
  for (const [dependency, state] of Object.entries(checks))
    if (state !== 'not_configured') ready.set({ dependency }, state === 'ok' ? 1 : 0);
}

/** The text a Prometheus scrape receives; the single entry point for whatever exposes /metrics. */
export interface MetricsText {
  contentType: string;
  body: string;
}

let renderer = async (): Promise<MetricsText> => ({
  contentType: registry.contentType,
  body: await registry.metrics(),
});

/** The text a scrape gets: this process's registry, or the whole cluster's (src/lifecycle/cluster-metrics.ts). */
export function renderMetrics(): Promise<MetricsText> {
  return renderer();
}

/** Replaces what a scrape renders (cluster workers ask their primary for every worker's metrics). */
export function setMetricsRenderer(render: () => Promise<MetricsText>): void {
  renderer = render;
}

/** Rejects when `promise` has not settled within `ms` (the promise itself runs on). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
