/** Where a run is: the two phases of an upload and the share of the work each takes. */
export type Phase = 'validating' | 'applying';

/**
 * Validation reads at ~200k rows/s and applying writes at ~50–100k rows/s (docs/performance.md),
 * so validating is about a quarter of a run's time; the percentage and ETA weigh the phases so.
 */
const PHASE_SPAN: Record<Phase, [number, number]> = { validating: [0, 25], applying: [25, 100] };

export interface FileProgress {
  rows: number;
  /** Estimated from the file's line count until validation has counted it exactly. */
  totalRows: number;
}

export interface ProgressSnapshot {
  phase: Phase | 'done';
  percent: number;
  /** Seconds left, from the pace so far (null until there is a pace to go by). */
  etaSeconds: number | null;
  rowsDone: number;
  rowsTotal: number;
  files: Record<string, FileProgress>;
  updatedAt: string;
}

/** Progress of one run, computed from rows read per file against the totals. */
export class ProgressTracker {
  private phase: Phase = 'validating';
  private phaseStarted = Date.now();
  private readonly started = Date.now();
  private readonly files: Record<string, FileProgress> = {};

  constructor(totals: Record<string, number>) {
    for (const [name, totalRows] of Object.entries(totals)) this.files[name] = { rows: 0, totalRows };
  }

  startPhase(phase: Phase, exactTotals?: Record<string, number>): void {
    this.phase = phase;
    this.phaseStarted = Date.now();
    for (const f of Object.values(this.files)) f.rows = 0;
    for (const [name, total] of Object.entries(exactTotals ?? {}))
      this.files[name] = { rows: 0, totalRows: total };
  }

  rows(file: string, rows: number): void {
    const f = (this.files[file] ??= { rows: 0, totalRows: rows });
    f.rows = rows;
    if (f.totalRows < rows) f.totalRows = rows;
  }

  snapshot(): ProgressSnapshot {
    let done = 0;
    let total = 0;
    for (const f of Object.values(this.files)) {
      done += f.rows;
      total += f.totalRows;
    }
    const fraction = total ? Math.min(1, done / total) : 0;
    const [from, to] = PHASE_SPAN[this.phase];
    const percent = from + (to - from) * fraction;
    const elapsed = (Date.now() - this.phaseStarted) / 1000;
    let eta: number | null = null;
    if (fraction > 0.02 && elapsed > 0.5) {
      const phaseLeft = (elapsed / fraction) * (1 - fraction);
      // While validating, the apply phase is still ahead: about three times the validation's length.
      const applyAhead = this.phase === 'validating' ? (elapsed / fraction) * 3 : 0;
      eta = Math.round(phaseLeft + applyAhead);
    }
    return {
      phase: this.phase,
      percent: Math.round(percent * 10) / 10,
      etaSeconds: eta,
      rowsDone: done,
      rowsTotal: total,
      files: structuredClone(this.files),
      updatedAt: new Date().toISOString(),
    };
  }

  get elapsedMs(): number {
    return Date.now() - this.started;
  }
}

/** The final progress of a finished run. */
export function doneProgress(files: Record<string, number>): ProgressSnapshot {
  const entries = Object.entries(files);
  const total = entries.reduce((n, [, rows]) => n + rows, 0);
  return {
    phase: 'done',
    percent: 100,
    etaSeconds: 0,
    rowsDone: total,
    rowsTotal: total,
    files: Object.fromEntries(entries.map(([name, rows]) => [name, { rows, totalRows: rows }])),
    updatedAt: new Date().toISOString(),
  };
}

/**
 * Runs in this process, by upload id: their latest progress, readable without the database (an
 * embedded database is busy with the run's transaction while it applies).
 */
export class LiveUploads {
  private readonly live = new Map<string, { tenantId: string; snapshot: () => ProgressSnapshot }>();

  add(uploadId: string, tenantId: string, snapshot: () => ProgressSnapshot): void {
    this.live.set(uploadId, { tenantId, snapshot });
  }

  remove(uploadId: string): void {
    this.live.delete(uploadId);
  }

  progress(tenantId: string, uploadId: string): ProgressSnapshot | null {
    const entry = this.live.get(uploadId);
    return entry && entry.tenantId === tenantId ? entry.snapshot() : null;
  }

  get size(): number {
    return this.live.size;
  }
}
