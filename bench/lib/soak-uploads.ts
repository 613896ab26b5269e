import { openAsBlob, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Expected } from './soak-bundles.js';
import { sleep } from './soak-infra.js';
import { describe, type TokenKeeper } from './soak-load.js';
import type { Recorder } from './soak-recorder.js';

/** Uploads through the admin API as an API client with the `uploader` role (docs/uploads.md). */

const UPLOADS = '/api/v1/uploads';
const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'reverted']);

export interface UploadView {
  uploadId: string;
  status: string;
  noop: boolean;
  dryRun: boolean;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  failure: { code: string; message: string } | null;
  timings: Record<string, number>;
}

export interface Sent {
  uploadId: string;
  expected: Expected;
  postedAt: number;
  /** Why it was sent: the minute's upload, or the one a worker is killed under. */
  purpose: 'minute' | 'kill';
  final: UploadView | null;
}

export const isTerminal = (v: UploadView) => TERMINAL.has(v.status);

export class UploadClient {
  readonly sent: Sent[] = [];
  /** POSTs that were not accepted (no upload was created, so none can be lost). */
  readonly refused: { variant: number; at: number; what: string }[] = [];

  constructor(
    private readonly base: string,
    private readonly keeper: TokenKeeper,
    private readonly rec: Recorder,
  ) {}

  /** Sends the variant's CSV files, one part each; null when it was not accepted. */
  async post(expected: Expected, purpose: Sent['purpose']): Promise<Sent | null> {
    const start = Date.now();
    try {
      const form = new FormData();
      for (const f of readdirSync(expected.dir).filter((n) => n.endsWith('.csv')))
        form.set(f.replace(/\.csv$/, ''), await openAsBlob(join(expected.dir, f)), f);
      const token = await this.keeper.get();
      const r = await fetch(`${this.base}${UPLOADS}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await r.json().catch(() => ({}))) as { uploadId?: string };
      if (r.status !== 202 || !body.uploadId) throw new Error(`HTTP ${r.status}`);
      this.rec.ok('upload', start, Date.now());
      const sent: Sent = { uploadId: body.uploadId, expected, postedAt: start, purpose, final: null };
      this.sent.push(sent);
      return sent;
    } catch (err) {
      this.rec.fail('upload', start, Date.now(), describe(err));
      this.refused.push({ variant: expected.variant, at: start, what: describe(err) });
      return null;
    }
  }

  async status(id: string): Promise<UploadView> {
    const start = Date.now();
    try {
      const token = await this.keeper.get();
      const r = await fetch(`${this.base}${UPLOADS}/${id}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const view = (await r.json()) as UploadView;
      this.rec.ok('status', start, Date.now());
      return view;
    } catch (err) {
      this.rec.fail('status', start, Date.now(), describe(err));
      throw err;
    }
  }

  /** The tenant's whole upload history (every upload the server accepted, even one whose 202 was lost). */
  async history(): Promise<UploadView[]> {
    const token = await this.keeper.get();
    const out: UploadView[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
      const r = await fetch(`${this.base}${UPLOADS}?${q.toString()}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (!r.ok) throw new Error(`upload history: HTTP ${r.status}`);
      const page = (await r.json()) as { uploads: UploadView[]; nextCursor: string | null };
      out.push(...page.uploads);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  /**
   * Waits (bounded) until every upload the server holds is terminal, and records each one's final
   * view; those still running at the bound stay non-terminal in the result.
   */
  async drain(ms: number): Promise<UploadView[]> {
    const end = Date.now() + ms;
    let all: UploadView[] = [];
    while (Date.now() < end) {
      const read = await this.history().catch(() => null);
      all = read ?? all;
      if (read && read.every(isTerminal)) break;
      await sleep(2000);
    }
    for (const s of this.sent) s.final = all.find((v) => v.uploadId === s.uploadId) ?? s.final;
    return all;
  }
}
