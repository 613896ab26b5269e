import type { Expected } from './soak-bundles.js';
import { API, type DeltaPoller, type TokenKeeper } from './soak-load.js';
import type { Sent, UploadView } from './soak-uploads.js';

/**
 * After the load: does the store hold exactly the last applied bundle (nothing half-applied), did
 * the upload a worker died under run again to completion, and did the delta consumer end up with
 * what the store holds?
 */

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const applied = (s: Sent) => s.final?.status === 'completed' && !s.final.noop && !s.final.dryRun;

/**
 * The bundle the store must equal: the applied upload sent last (the base when none was). Uploads
 * of a tenant apply in the order they were sent: a late retry of an older one is set aside.
 */
export function lastApplied(sent: Sent[], base: Expected): { expected: Expected; uploadId: string | null } {
  const last = sent.filter(applied).at(-1);
  return last ? { expected: last.expected, uploadId: last.uploadId } : { expected: base, uploadId: null };
}

async function total(base: string, token: string, path: string, filter?: string): Promise<number> {
  const q = new URLSearchParams({ limit: '1', fields: 'sourcedId', ...(filter ? { filter } : {}) });
  const r = await fetch(`${base}${API}/${path}?${q.toString()}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(30_000),
  });
  if (!r.ok) throw new Error(`${path}?${q.toString()}: HTTP ${r.status}`);
  return Number(r.headers.get('x-total-count'));
}

export async function checkStore(base: string, keeper: TokenKeeper, expected: Expected): Promise<Check[]> {
  const token = await keeper.get();
  const active = "status='active'";
  const cases: [string, string, string | undefined, number][] = [
    ['active users', 'users', active, expected.users],
    ['active classes', 'classes', active, expected.classes],
    ['active enrollments', 'enrollments', active, expected.enrollmentsActive],
    // Left-out enrollments stay as tobedeleted: every enrollment ever sent is still served.
    ['all enrollments (tobedeleted included)', 'enrollments', undefined, expected.enrollmentsAll],
    ['users renamed by any upload', 'users', `givenName~'-soak'`, expected.renamed.length],
    [
      `users renamed by upload v${expected.variant}`,
      'users',
      `givenName~'${expected.marker}'`,
      expected.renamed.length,
    ],
  ];
  const out: Check[] = [];
  for (const [name, path, filter, want] of cases) {
    const got = await total(base, token, path, filter).catch((e: Error) => e.message);
    out.push({ name, ok: got === want, detail: `${got} (bundle v${expected.variant}: ${want})` });
  }
  return out;
}

/**
 * The upload sent just before the worker was killed: it must have run again and completed, or —
 * when a newer upload was applied before its retry — been set aside unapplied (`upload.outdated`).
 */
export function checkKilledUpload(sent: Sent[], killedDuring: string | null): Check | null {
  const k = sent.find((s) => s.purpose === 'kill');
  if (!k) return null;
  const f = k.final;
  const rerun =
    f != null &&
    f.attempts >= 2 &&
    (f.status === 'completed' || (f.status === 'cancelled' && f.failure?.code === 'upload.outdated'));
  const missed = killedDuring === 'completed' || killedDuring === null;
  return {
    name: 'upload interrupted by the kill re-ran (completed, or set aside as outdated)',
    // Killed after it had already finished (too small to catch): completion is all there is to check.
    ok: missed ? f?.status === 'completed' : rerun,
    detail: `${k.uploadId.slice(0, 8)} killed while ${killedDuring ?? '?'}; now ${f?.status ?? '?'}${f?.failure ? ` (${f.failure.code})` : ''} after ${f?.attempts ?? '?'} attempt(s)`,
  };
}

export function checkUploads(all: UploadView[]): Check[] {
  const stuck = all.filter((v) => !['completed', 'failed', 'cancelled', 'reverted'].includes(v.status));
  const failed = all.filter((v) => v.status === 'failed');
  return [
    {
      name: 'every accepted upload terminal',
      ok: stuck.length === 0,
      detail: stuck.length
        ? stuck.map((v) => `${v.uploadId.slice(0, 8)}:${v.status}`).join(', ')
        : `${all.length} of ${all.length}`,
    },
    {
      // Every bundle is valid: a failed one was lost to a fault, not refused on its merits.
      name: 'no accepted upload failed',
      ok: failed.length === 0,
      detail: failed.length
        ? failed.map((v) => `${v.uploadId.slice(0, 8)}:${v.failure?.code ?? '?'}`).join(', ')
        : 'none',
    },
  ];
}

/** The delta consumer saw every user any applied upload renamed, and holds the name the store holds. */
export async function checkDelta(
  poller: DeltaPoller,
  sent: Sent[],
  expected: Expected,
  baseNames: Map<string, string>,
): Promise<Check> {
  await poller.poll().catch(() => undefined);
  const touched = new Set(sent.filter(applied).flatMap((s) => s.expected.renamed));
  const missing = [...touched].filter((id) => !poller.replica.has(id));
  const renamed = new Set(expected.renamed);
  const wrong = [...poller.replica].filter(
    ([id, name]) => name !== `${baseNames.get(id)}${renamed.has(id) ? expected.marker : ''}`,
  );
  return {
    name: 'delta consumer converged on the store',
    ok: missing.length === 0 && wrong.length === 0,
    detail: `${poller.polls} polls, ${poller.changesSeen} changes seen, ${poller.replica.size} users tracked; missing ${missing.length}, stale ${wrong.length}`,
  };
}
