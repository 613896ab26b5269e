import type { Database } from '../db/database.js';
import { auditRepository } from '../repositories/audit.repository.js';

export interface PurgeResult {
  deleted: number;
  /** Events at or after this instant were kept. */
  cutoff: string;
  retentionDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes audit events older than `retentionDays`, as the owner (the application role may not
 * delete), in batches of `batch` rows, each its own transaction: locks stay short and a large
 * first purge never holds one huge transaction.
 */
export async function purgeAudit(
  db: Pick<Database, 'transaction'>,
  retentionDays: number,
  opts: { batch?: number; now?: Date } = {},
): Promise<PurgeResult> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1)
    throw new RangeError('retentionDays must be at least 1');
  const batch = opts.batch ?? 10_000;
  const cutoff = new Date((opts.now ?? new Date()).getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    const n = await db.transaction((tx) => auditRepository.purgeBatch(tx, cutoff, batch));
    deleted += n;
    if (n < batch) break;
  }
  return { deleted, cutoff: cutoff.toISOString(), retentionDays };
}

/**
 * Runs `purgeAudit` once a minute after start, then daily, on unref'ed timers (they never keep the
 * process alive). Several instances purging at once is harmless. Returns the stopper.
 */
export function schedulePurge(
  db: Pick<Database, 'transaction'>,
  retentionDays: number,
  log: {
    info: (obj: Record<string, unknown>, msg: string) => void;
    warn: (obj: Record<string, unknown>, msg: string) => void;
  },
  opts: { firstDelayMs?: number; periodMs?: number } = {},
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const r = await purgeAudit(db, retentionDays);
      if (r.deleted) log.info({ ...r }, 'audit events purged');
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, 'audit purge failed');
    } finally {
      running = false;
    }
  };
  let interval: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), opts.periodMs ?? DAY_MS);
    interval.unref();
  }, opts.firstDelayMs ?? 60_000);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
