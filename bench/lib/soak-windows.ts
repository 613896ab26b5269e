import type { FaultOutcome, ReadinessWatcher } from './soak-faults.js';
import type { Failure, Recorder } from './soak-recorder.js';

/** The soak's figures per window, and the memory trend over the windows no fault touched. */

export interface Window {
  from: number;
  to: number;
  reads: number;
  readsPerSec: number;
  other: number;
  errors: number;
  steadyErrors: number;
  p50: number | null;
  p99: number | null;
  rss: Record<string, number | null>;
  ready: string[];
  /** Not the warm-up, and no fault window overlaps it. */
  steady: boolean;
}

export interface Classified {
  /** Whether a request spanning a..b overlaps a fault that excuses failed reads. */
  inFault: (a: number, b: number) => boolean;
  anyFault: (a: number, b: number) => boolean;
  steadyFailures: Failure[];
}

export function classify(rec: Recorder, faults: FaultOutcome[]): Classified {
  const excusing = faults.filter((f) => f.fault.excusesReads);
  const inFault = (a: number, b: number) => excusing.some((f) => b >= f.fault.start && a <= f.windowEnd);
  const anyFault = (a: number, b: number) => faults.some((f) => b >= f.fault.start && a <= f.windowEnd);
  return { inFault, anyFault, steadyFailures: rec.failures.filter((f) => !inFault(f.start, f.end)) };
}

export function windowsOf(
  x: { rec: Recorder; runEnd: number; labels: string[]; ready: ReadinessWatcher },
  { inFault, anyFault }: Classified,
): Window[] {
  const { rec } = x;
  return Array.from({ length: rec.windowCount() }, (_, i) => {
    const from = rec.t0 + i * rec.windowMs;
    const to = Math.min(from + rec.windowMs, x.runEnd);
    const req = rec.requests(i);
    const last = i === rec.windowCount() - 1;
    const fails = rec.failures.filter((f) => f.end >= from && (last || f.end < from + rec.windowMs));
    const pct = rec.readPercentiles(i);
    const rss = Object.fromEntries(
      x.labels.map((l) => {
        const s = rec.rss.filter((r) => r.label === l && r.t >= from && r.t < from + rec.windowMs);
        return [l, s.length ? s.reduce((a, r) => a + r.mb, 0) / s.length : null];
      }),
    );
    const states = x.ready.intervals(from, from + rec.windowMs - 1);
    const ready = [
      ...new Set(states.map((s) => (s.failed.length ? `${s.state}(${s.failed.join(',')})` : s.state))),
    ];
    return {
      from: from - rec.t0,
      to: to - rec.t0,
      reads: req.read,
      readsPerSec: Math.round(req.read / Math.max(1, (to - from) / 1000)),
      other: req.delta + req.upload + req.status + req.token,
      errors: fails.length,
      steadyErrors: fails.filter((f) => !inFault(f.start, f.end)).length,
      p50: pct.p50,
      p99: pct.p99,
      rss,
      ready,
      steady: i > 0 && !anyFault(from, to),
    };
  });
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number | null {
  if (points.length < 3) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den ? points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / den : null;
}

/** MB per minute over the steady windows, per process (a restarted process: its latest incarnation only). */
export function rssTrends(rec: Recorder, labels: string[], windows: Window[]) {
  return Object.fromEntries(
    labels.map((l) => {
      const lastPid = rec.rss.filter((r) => r.label === l).at(-1)?.pid;
      const pts = windows
        .filter((w) => w.steady)
        .map((w) => {
          const s = rec.rss.filter(
            (r) =>
              r.label === l &&
              r.pid === lastPid &&
              r.t >= rec.t0 + w.from &&
              r.t < rec.t0 + w.from + rec.windowMs,
          );
          return s.length
            ? ([w.from / 60_000, s.reduce((a, r) => a + r.mb, 0) / s.length] as [number, number])
            : null;
        })
        .filter((p): p is [number, number] => p !== null);
      return [l, { mbPerMin: slope(pts), windows: pts.length }];
    }),
  );
}
