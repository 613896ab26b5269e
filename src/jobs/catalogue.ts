/**
 * Every background job and its payload. Payloads carry ids only: a job reads the current state from
 * the database when it runs, so a retry or a late delivery never acts on a stale copy.
 */
export interface JobCatalogue {
  'upload.process': { tenantId: string; uploadId: string };
  'webhook.deliver': { tenantId: string; uploadId: string };
  'uploads.housekeeping': Record<string, never>;
}

export type JobName = keyof JobCatalogue;

export const JOB_NAMES = [
  'upload.process',
  'webhook.deliver',
  'uploads.housekeeping',
] as const satisfies readonly JobName[];

/** Attempts in all (1: no retry); the wait before retry n+1 is `backoffMs * 2^(n-1)`. */
export interface JobPolicy {
  attempts: number;
  backoffMs: number;
}

export type JobPolicies = Record<JobName, JobPolicy>;

export const JOB_POLICIES: JobPolicies = {
  // A failed import is usually the database or storage being briefly away: 5 s, 10 s.
  'upload.process': { attempts: 3, backoffMs: 5_000 },
  // Receivers are other people's servers, down for a while at times: 2 s doubling to 32 s, a minute in all.
  'webhook.deliver': { attempts: 6, backoffMs: 2_000 },
  // The next scheduled run is the retry.
  'uploads.housekeeping': { attempts: 1, backoffMs: 0 },
};

export function resolvePolicies(overrides: Partial<Record<JobName, Partial<JobPolicy>>> = {}): JobPolicies {
  const policies = { ...JOB_POLICIES };
  for (const name of JOB_NAMES) {
    const policy = { ...JOB_POLICIES[name], ...overrides[name] };
    if (!Number.isInteger(policy.attempts) || policy.attempts < 1)
      throw new RangeError(`${name}: attempts must be a positive integer`);
    if (!Number.isFinite(policy.backoffMs) || policy.backoffMs < 0)
      throw new RangeError(`${name}: backoffMs must be a non-negative number`);
    policies[name] = policy;
  }
  return policies;
}

/** How long close() lets running jobs finish before aborting them (a deploy's stop timeout is longer). */
export const DEFAULT_CLOSE_GRACE_MS = 10_000;

/**
 * After the abort, how long close() still waits for handlers to wind down: an import notices the
 * abort between statements (its running statement is cancelled), and the rollback plus the
 * upload's return to `queued` take seconds. Leaving earlier would close the pool under it and leave
 * the upload to the stale-run recovery (a minute later).
 */
export const ABORT_SETTLE_MS = 15_000;

/** Delay before the attempt after `attempt` (1-based) failed. */
export function retryDelayMs(policy: JobPolicy, attempt: number): number {
  return policy.backoffMs * 2 ** (attempt - 1);
}

/**
 * Thrown by a handler when retrying cannot help (the upload is gone, the payload is invalid): the
 * job fails at once whatever attempts its policy has left.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/**
 * Whether `work` settles within `ms`; used by both backends' close(). The timer is cleared either
 * way, so a quick close leaves nothing holding the process open.
 */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
