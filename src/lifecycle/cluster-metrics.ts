import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry } from 'prom-client';
import { registry, setMetricsRenderer, withTimeout, type MetricsText } from '../observability/metrics.js';

const REQUEST = 'rosterhub:metrics-request';
const RESPONSE = 'rosterhub:metrics-response';
/** A scrape waits this long for the primary (which waits for every worker) before failing. */
const SCRAPE_TIMEOUT_MS = 5_000;

interface MetricsMessage {
  type: string;
  id: string;
  text?: MetricsText;
  error?: string;
}

const isMessage = (m: unknown, type: string): m is MetricsMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type;

/**
 * In the cluster primary: answers a worker's scrape with every worker's metrics, aggregated by
 * prom-client (counters and histograms summed, gauges as each declares). Whichever worker the
 * connection lands on, Prometheus sees the whole process group as one target.
 */
export function aggregateWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message, REQUEST)) return;
    aggregator.clusterMetrics().then(
      (body) =>
        worker.send({ type: RESPONSE, id: message.id, text: { contentType: aggregator.contentType, body } }),
      (err: unknown) => worker.send({ type: RESPONSE, id: message.id, error: String(err) }),
    );
  });
}

/** In a cluster worker: offers this process's registry to the primary and renders scrapes through it. */
export function scrapeThroughPrimary(): void {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one is what makes prom-client answer the primary's requests in this process.
  new AggregatorRegistry();
  const waiting = new Map<string, (m: MetricsMessage) => void>();
  process.on('message', (message: unknown) => {
    if (isMessage(message, RESPONSE)) waiting.get(message.id)?.(message);
  });
  setMetricsRenderer(() => {
    const id = randomUUID();
    const answer = new Promise<MetricsText>((resolve, reject) => {
      waiting.set(id, (m) => (m.text ? resolve(m.text) : reject(new Error(m.error ?? 'no metrics'))));
      process.send!({ type: REQUEST, id });
    });
    return withTimeout(answer, SCRAPE_TIMEOUT_MS).finally(() => waiting.delete(id));
  });
}
