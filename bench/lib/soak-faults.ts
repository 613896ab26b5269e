import { sleep } from './soak-infra.js';
import type { Recorder } from './soak-recorder.js';

/**
 * Readiness as an orchestrator sees it (polled every half second), and the faults injected while
 * the load runs, with what each one did to readiness and to the clients.
 */

export type ReadyState = 'ok' | 'unavailable' | 'no answer' | `HTTP ${number}`;

export interface Observation {
  t: number;
  state: ReadyState;
  failed: string[];
}

export interface Interval {
  state: ReadyState;
  failed: string[];
  from: number;
  to: number;
}

export class ReadinessWatcher {
  readonly seen: Observation[] = [];
  private stopped = false;
  private done: Promise<void> = Promise.resolve();

  constructor(
    readonly label: string,
    readonly url: string,
  ) {}

  start(everyMs = 500): void {
    this.done = (async () => {
      while (!this.stopped) {
        const t = Date.now();
        this.seen.push({ t, ...(await this.probe()) });
        await sleep(Math.max(0, everyMs - (Date.now() - t)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async probe(): Promise<{ state: ReadyState; failed: string[] }> {
    try {
      // 5 s: a typical orchestrator probe timeout; a slower answer is no answer to it either.
      const r = await fetch(this.url, { signal: AbortSignal.timeout(5000) });
      const body = (await r.json().catch(() => ({}))) as { failed?: string[] };
      if (r.status === 200) return { state: 'ok', failed: [] };
      if (r.status === 503) return { state: 'unavailable', failed: body.failed ?? [] };
      return { state: `HTTP ${r.status}`, failed: [] };
    } catch {
      return { state: 'no answer', failed: [] };
    }
  }

  /** Consecutive observations of one state (and failed set) merged. */
  intervals(from = 0, to = Infinity): Interval[] {
    const out: Interval[] = [];
    for (const o of this.seen.filter((s) => s.t >= from && s.t <= to)) {
      const last = out.at(-1);
      if (last && last.state === o.state && last.failed.join() === o.failed.join()) last.to = o.t;
      else out.push({ state: o.state, failed: o.failed, from: o.t, to: o.t });
    }
    return out;
  }

  /** The first 200 at or after `t`. */
  firstOkAfter(t: number): number | null {
    return this.seen.find((s) => s.t >= t && s.state === 'ok')?.t ?? null;
  }
}

export type FaultName = 'postgres restart' | 'redis restart' | 'worker killed';

export interface Fault {
  name: FaultName;
  /** From the fault's start until the service is back (process restarted). */
  start: number;
  end: number;
  /** Which readiness endpoint should report it. */
  watcher: ReadinessWatcher;
  /** Whether API reads may fail while it lasts (a worker's death must not touch them). */
  excusesReads: boolean;
  detail: Record<string, unknown>;
}

/** After readiness is back, pools reconnect and in-flight retries settle: errors this long after still belong to the fault. */
export const SETTLE_MS = 5000;

export interface FaultOutcome {
  fault: Fault;
  recoveredAt: number | null;
  /** The window requests are judged against: start .. recovered + SETTLE_MS. */
  windowEnd: number;
  notReady: { from: number; to: number; states: string[]; failed: string[] } | null;
  failures: Record<string, number>;
}

export function analyseFault(f: Fault, rec: Recorder, runEnd: number): FaultOutcome {
  const recoveredAt = f.watcher.firstOkAfter(f.end);
  const windowEnd = (recoveredAt ?? runEnd) + SETTLE_MS;
  const down = f.watcher.intervals(f.start, recoveredAt ?? runEnd).filter((i) => i.state !== 'ok');
  const failures: Record<string, number> = {};
  for (const x of rec.failures)
    if (x.end >= f.start && x.start <= windowEnd) failures[x.kind] = (failures[x.kind] ?? 0) + 1;
  return {
    fault: f,
    recoveredAt,
    windowEnd,
    notReady: down.length
      ? {
          from: down[0]!.from,
          to: down.at(-1)!.to,
          states: [...new Set(down.map((d) => d.state))],
          failed: [...new Set(down.flatMap((d) => d.failed))],
        }
      : null,
    failures,
  };
}

/** Runs `fault` at `offsetMs` after `t0` unless the run has ended by then. */
export async function at(
  t0: number,
  offsetMs: number,
  running: () => boolean,
  fault: () => Promise<void>,
): Promise<void> {
  while (running() && Date.now() < t0 + offsetMs) await sleep(Math.min(250, t0 + offsetMs - Date.now()));
  if (running()) await fault();
}
