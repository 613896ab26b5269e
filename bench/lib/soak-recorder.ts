/**
 * What the soak observed, bucketed into fixed windows from the start of the load: requests and
 * their latency per kind, every failed request with its time span (to be set against the fault
 * windows afterwards), and resident memory samples per process.
 */

export type Kind = 'read' | 'delta' | 'upload' | 'status' | 'token';

export interface Failure {
  kind: Kind;
  start: number;
  end: number;
  what: string;
}

interface Bucket {
  requests: Record<Kind, number>;
  readLatencies: number[];
}

export interface RssSample {
  t: number;
  label: string;
  pid: number;
  mb: number;
}

const emptyCounts = (): Record<Kind, number> => ({ read: 0, delta: 0, upload: 0, status: 0, token: 0 });

export class Recorder {
  readonly failures: Failure[] = [];
  readonly rss: RssSample[] = [];
  private readonly buckets: Bucket[] = [];
  /** A request failing in a loop must not grow memory without bound: beyond this, only counted. */
  private static readonly MAX_FAILURES = 200_000;
  droppedFailures = 0;

  /** Requests still in flight when the load ends are counted in its last window. */
  private readonly lastWindow: number;

  constructor(
    readonly t0: number,
    readonly windowMs: number,
    loadMs: number,
  ) {
    this.lastWindow = Math.max(0, Math.ceil(loadMs / windowMs) - 1);
  }

  private bucket(t: number): Bucket {
    const i = Math.min(this.lastWindow, Math.max(0, Math.floor((t - this.t0) / this.windowMs)));
    while (this.buckets.length <= i) this.buckets.push({ requests: emptyCounts(), readLatencies: [] });
    return this.buckets[i]!;
  }

  ok(kind: Kind, start: number, end: number): void {
    const b = this.bucket(end);
    b.requests[kind]++;
    if (kind === 'read') b.readLatencies.push(end - start);
  }

  fail(kind: Kind, start: number, end: number, what: string): void {
    this.bucket(end).requests[kind]++;
    if (this.failures.length < Recorder.MAX_FAILURES) this.failures.push({ kind, start, end, what });
    else this.droppedFailures++;
  }

  sampleRss(t: number, label: string, pid: number, mb: number): void {
    this.rss.push({ t, label, pid, mb });
  }

  windowCount(): number {
    return this.buckets.length;
  }

  requests(i: number): Record<Kind, number> {
    return this.buckets[i]?.requests ?? emptyCounts();
  }

  /** p50 and p99 of the window's reads (nearest rank), in ms. */
  readPercentiles(i: number): { p50: number | null; p99: number | null } {
    const l = [...(this.buckets[i]?.readLatencies ?? [])].sort((a, b) => a - b);
    const at = (q: number) => (l.length ? l[Math.min(l.length - 1, Math.ceil(q * l.length) - 1)]! : null);
    return { p50: at(0.5), p99: at(0.99) };
  }
}
