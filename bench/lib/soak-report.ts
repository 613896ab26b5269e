import type { Check } from './soak-consistency.js';
import type { FaultOutcome, ReadinessWatcher } from './soak-faults.js';
import type { Recorder } from './soak-recorder.js';
import { classify, rssTrends, windowsOf } from './soak-windows.js';
import type { Sent } from './soak-uploads.js';

/** The soak's report: tables for people, one JSON object for machines. */

export interface SoakInput {
  rec: Recorder;
  runEnd: number;
  faults: FaultOutcome[];
  ready: ReadinessWatcher;
  readyNote: string;
  sent: Sent[];
  refused: { variant: number; at: number; what: string }[];
  checks: Check[];
  labels: string[];
  settings: Record<string, unknown>;
}

const mmss = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const n1 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(head), `| ${w.map((x) => '-'.repeat(x)).join(' | ')} |`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function buildReport(x: SoakInput): { text: string; json: Record<string, unknown>; pass: boolean } {
  const { rec } = x;
  const classified = classify(rec, x.faults);
  const { steadyFailures } = classified;
  const faultFailures = rec.failures.length - steadyFailures.length;
  const windows = windowsOf(x, classified);
  const trends = rssTrends(rec, x.labels, windows);

  const targets = [
    {
      name: 'no errors outside fault windows',
      ok: steadyFailures.length === 0,
      detail: `${steadyFailures.length}`,
    },
    ...x.checks,
  ];
  const pass = targets.every((t) => t.ok);
  const rel = (t: number | null) => (t === null ? '-' : mmss(t - rec.t0));

  const text = [
    `Per ${rec.windowMs / 1000}-s window (errors: all / outside fault windows; RSS in MB)`,
    table(
      [
        'window',
        'reads',
        'req/s',
        'other',
        'errors',
        'p50 ms',
        'p99 ms',
        ...x.labels.map((l) => `RSS ${l}`),
        'ready',
      ],
      windows.map((w) => [
        `${mmss(w.from)}-${mmss(w.to)}${w.steady ? '' : '*'}`,
        w.reads,
        w.readsPerSec,
        w.other,
        `${w.errors} / ${w.steadyErrors}`,
        w.p50 ?? '-',
        w.p99 ?? '-',
        ...x.labels.map((l) => n1(w.rss[l])),
        w.ready.join(' '),
      ]),
    ),
    `(* not steady: warm-up or overlapping a fault; readiness from ${x.readyNote})`,
    '',
    'RSS trend over steady windows (least squares)',
    table(
      ['process', 'MB/min', 'windows'],
      x.labels.map((l) => [l, n1(trends[l]!.mbPerMin), trends[l]!.windows]),
    ),
    '',
    'Faults',
    table(
      [
        'fault',
        'start',
        'back',
        'not ready (seen)',
        'states',
        'recovered',
        'time to recover',
        'errors in window',
      ],
      x.faults.map((f) => [
        `${f.fault.name} (${f.fault.watcher.label})`,
        rel(f.fault.start),
        rel(f.fault.end),
        f.notReady ? `${rel(f.notReady.from)}-${rel(f.notReady.to)}` : 'never',
        f.notReady ? `${f.notReady.states.join(',')} ${f.notReady.failed.join(',')}`.trim() : '-',
        rel(f.recoveredAt),
        f.recoveredAt === null ? 'not recovered' : `${((f.recoveredAt - f.fault.end) / 1000).toFixed(1)} s`,
        Object.entries(f.failures)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '0',
      ]),
    ),
    '',
    'Uploads',
    table(
      ['upload', 'bundle', 'why', 'sent', 'status', 'attempts', 'apply ms', 'failure'],
      x.sent.map((s) => [
        s.uploadId.slice(0, 8),
        `v${s.expected.variant}`,
        s.purpose,
        rel(s.postedAt),
        s.final ? `${s.final.status}${s.final.noop ? ' (no-op)' : ''}` : '?',
        s.final?.attempts ?? '?',
        s.final?.timings.applyMs ?? '-',
        s.final?.failure?.code ?? '',
      ]),
    ),
    x.refused.length
      ? `not accepted: ${x.refused.map((r) => `v${r.variant} at ${rel(r.at)} (${r.what})`).join('; ')}`
      : '',
    '',
    'Targets',
    table(
      ['check', 'ok', 'detail'],
      targets.map((t) => [t.name, t.ok ? 'yes' : 'NO', t.detail]),
    ),
    `errors: ${rec.failures.length + rec.droppedFailures} in all, ${faultFailures + rec.droppedFailures} inside fault windows, ${steadyFailures.length} outside` +
      (steadyFailures.length
        ? ` (first: ${steadyFailures
            .slice(0, 5)
            .map((f) => `${f.kind} ${f.what} at ${rel(f.end)}`)
            .join('; ')})`
        : ''),
    pass ? 'PASS' : 'FAIL',
  ].join('\n');

  const json = {
    bench: 'soak',
    pass,
    settings: x.settings,
    errors: {
      total: rec.failures.length + rec.droppedFailures,
      steady: steadyFailures.length,
      inFaults: faultFailures,
    },
    windows,
    rssTrend: trends,
    faults: x.faults.map((f) => ({
      name: f.fault.name,
      start: f.fault.start - rec.t0,
      end: f.fault.end - rec.t0,
      notReady: f.notReady && { ...f.notReady, from: f.notReady.from - rec.t0, to: f.notReady.to - rec.t0 },
      recoverMs: f.recoveredAt === null ? null : f.recoveredAt - f.fault.end,
      failures: f.failures,
      ...f.fault.detail,
    })),
    uploads: x.sent.map((s) => ({
      id: s.uploadId,
      variant: s.expected.variant,
      purpose: s.purpose,
      status: s.final?.status ?? null,
      noop: s.final?.noop ?? null,
      attempts: s.final?.attempts ?? null,
      failure: s.final?.failure?.code ?? null,
    })),
    refusedUploads: x.refused.length,
    checks: targets,
  };
  return { text, json, pass };
}
