import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createJobQueue,
  PermanentJobError,
  type JobContext,
  type JobQueue,
  type JobQueueOptions,
} from '../../src/jobs/queue.js';
import { testRedisUrl } from '../helpers/redis.js';

const redisUrl = await testRedisUrl();

const backends: { kind: JobQueue['kind']; redisUrl: string | null }[] = [
  { kind: 'in-process', redisUrl: null },
  ...(redisUrl ? [{ kind: 'bullmq' as const, redisUrl }] : []),
];

const upload = (uploadId: string) => ({ tenantId: 'tenant-1', uploadId });

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe.each(backends)('$kind job queue', ({ kind, redisUrl }) => {
  const open: { queue: JobQueue; prefix: string }[] = [];
  const warnings: { obj: object; msg: string }[] = [];
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : null;

  function queueOf(opts: Partial<JobQueueOptions> = {}): JobQueue {
    // A fresh key prefix per queue, so runs never see each other's jobs or schedules.
    const prefix = opts.prefix ?? `rh-test-jobs-${randomUUID()}`;
    const queue = createJobQueue({
      redisUrl,
      prefix,
      log: { warn: (obj, msg) => warnings.push({ obj, msg }) },
      ...opts,
    });
    open.push({ queue, prefix });
    return queue;
  }

  afterEach(async () => {
    for (const { queue, prefix } of open.splice(0)) {
      await queue.close(0);
      if (redis) {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      }
    }
    warnings.length = 0;
  });

  afterAll(() => {
    redis?.disconnect();
  });

  it('is the backend the Redis URL selects', () => {
    expect(queueOf().kind).toBe(kind);
  });

  it('runs a job with its payload', async () => {
    const queue = queueOf();
    const seen: { payload: unknown; ctx: JobContext }[] = [];
    await queue.work(
      {
        'upload.process': (payload, ctx) => {
          ctx.progress({ step: 'validating' });
          seen.push({ payload, ctx });
          return Promise.resolve();
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('upload.process', upload('u-1'));
    await until(() => seen.length === 1);
    const [{ payload, ctx }] = seen as [(typeof seen)[number]];
    expect(payload).toEqual(upload('u-1'));
    expect(ctx.attempt).toBe(1);
    expect(ctx.id).not.toBe('');
    expect(ctx.signal.aborted).toBe(false);
  });

  it('runs no more jobs at once than its concurrency, oldest first', async () => {
    const queue = queueOf();
    let running = 0;
    let most = 0;
    const order: string[] = [];
    for (let i = 0; i < 6; i++) await queue.enqueue('upload.process', upload(`u-${i}`));
    await queue.work(
      {
        'upload.process': async ({ uploadId }) => {
          order.push(uploadId);
          most = Math.max(most, ++running);
          await sleep(60);
          running--;
        },
      },
      { concurrency: 2 },
    );
    await until(() => order.length === 6 && running === 0);
    expect(most).toBe(2);
    expect(order).toEqual(['u-0', 'u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
  });

  it('retries a failed job after its back-off', async () => {
    const queue = queueOf({ policies: { 'upload.process': { attempts: 3, backoffMs: 100 } } });
    const attempts: { attempt: number; at: number }[] = [];
    await queue.work(
      {
        'upload.process': (_payload, ctx) => {
          attempts.push({ attempt: ctx.attempt, at: Date.now() });
          return ctx.attempt === 1 ? Promise.reject(new Error('storage unavailable')) : Promise.resolve();
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('upload.process', upload('u-1'));
    await until(() => attempts.length === 2);
    await sleep(150);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(90);
    expect(warnings).toEqual([]);
  });

  it('gives up after the last attempt, with a warning', async () => {
    const queue = queueOf({ policies: { 'webhook.deliver': { attempts: 2, backoffMs: 20 } } });
    const attempts: number[] = [];
    await queue.work(
      {
        'webhook.deliver': (_payload, ctx) => {
          attempts.push(ctx.attempt);
          return Promise.reject(new Error('receiver down'));
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('webhook.deliver', upload('u-1'));
    await until(() => warnings.length === 1);
    await sleep(100);
    expect(attempts).toEqual([1, 2]);
    expect(warnings[0]).toMatchObject({ msg: 'Job failed', obj: { job: 'webhook.deliver', attempt: 2 } });
    expect((await queue.stats()).failed).toBe(1);
  });

  it('does not retry a PermanentJobError', async () => {
    const queue = queueOf({ policies: { 'upload.process': { attempts: 3, backoffMs: 20 } } });
    const attempts: number[] = [];
    await queue.work(
      {
        'upload.process': (_payload, ctx) => {
          attempts.push(ctx.attempt);
          return Promise.reject(new PermanentJobError('upload not found'));
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('upload.process', upload('u-1'));
    await until(() => warnings.length === 1);
    await sleep(200);
    expect(attempts).toEqual([1]);
    expect((await queue.stats()).failed).toBe(1);
  });

  it('ignores a jobId that is still pending, and accepts it again once done', async () => {
    const queue = queueOf();
    const runs: string[] = [];
    await queue.enqueue('upload.process', upload('first'), { jobId: 'upload:u-1' });
    await queue.enqueue('upload.process', upload('duplicate'), { jobId: 'upload:u-1' });
    await queue.enqueue('upload.process', upload('other'), { jobId: 'upload:u-2' });
    expect((await queue.stats()).waiting).toBe(2);
    await queue.work(
      {
        'upload.process': ({ uploadId }) => {
          runs.push(uploadId);
          return Promise.resolve();
        },
      },
      { concurrency: 1 },
    );
    await until(() => runs.length === 2);
    await queue.enqueue('upload.process', upload('again'), { jobId: 'upload:u-1' });
    await until(() => runs.length === 3);
    expect(runs).toEqual(['first', 'other', 'again']);
  });

  it('runs a delayed job after its delay', async () => {
    const queue = queueOf();
    let ranAt = 0;
    await queue.work(
      {
        'webhook.deliver': () => {
          ranAt = Date.now();
          return Promise.resolve();
        },
      },
      { concurrency: 1 },
    );
    const enqueuedAt = Date.now();
    await queue.enqueue('webhook.deliver', upload('u-1'), { delayMs: 400 });
    expect(await queue.stats()).toMatchObject({ waiting: 0, delayed: 1 });
    await until(() => ranAt > 0);
    expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(390);
  });

  it('counts waiting jobs and the age of the oldest', async () => {
    const queue = queueOf();
    expect(await queue.stats()).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
      oldestWaitingMs: null,
    });
    await queue.enqueue('upload.process', upload('u-1'));
    await sleep(120);
    await queue.enqueue('upload.process', upload('u-2'));
    await queue.enqueue('webhook.deliver', upload('u-2'));
    const stats = await queue.stats();
    expect(stats).toMatchObject({ waiting: 3, active: 0, delayed: 0, failed: 0 });
    expect(stats.oldestWaitingMs).toBeGreaterThanOrEqual(110);
  });

  it('close() waits for a running job to finish', async () => {
    const queue = queueOf();
    let started = false;
    let finished = false;
    await queue.work(
      {
        'upload.process': async (_payload, ctx) => {
          started = true;
          await sleep(300);
          finished = !ctx.signal.aborted;
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('upload.process', upload('u-1'));
    await until(() => started);
    await queue.close(5_000);
    expect(finished).toBe(true);
    await expect(queue.enqueue('upload.process', upload('u-2'))).rejects.toThrow(/closed/);
  });

  it('close() aborts the signal of a job still running after the grace period', async () => {
    const queue = queueOf();
    let started = false;
    let aborted = false;
    await queue.work(
      {
        'upload.process': (_payload, ctx) => {
          started = true;
          return new Promise((_resolve, reject) =>
            ctx.signal.addEventListener('abort', () => {
              aborted = true;
              reject(new Error('interrupted'));
            }),
          );
        },
      },
      { concurrency: 1 },
    );
    await queue.enqueue('upload.process', upload('u-1'));
    await until(() => started);
    const closing = Date.now();
    await queue.close(100);
    expect(aborted).toBe(true);
    expect(Date.now() - closing).toBeLessThan(1_500);
  });

  it('runs a scheduled job repeatedly', async () => {
    const queue = queueOf();
    let runs = 0;
    await queue.work(
      {
        'uploads.housekeeping': () => {
          runs++;
          return Promise.resolve();
        },
      },
      { concurrency: 1 },
    );
    await queue.schedule('uploads.housekeeping', 150);
    await until(() => runs >= 3, 3_000);
  });

  it.runIf(kind === 'bullmq')('shares jobs and one schedule between processes', async () => {
    const api = queueOf();
    const prefix = open[0]!.prefix;
    const worker = queueOf({ prefix });
    const runs: string[] = [];
    await worker.work(
      {
        'upload.process': ({ uploadId }) => {
          runs.push(uploadId);
          return Promise.resolve();
        },
        'uploads.housekeeping': () => {
          runs.push('housekeeping');
          return Promise.resolve();
        },
      },
      { concurrency: 2 },
    );
    await api.enqueue('upload.process', upload('u-1'));
    await until(() => runs.includes('u-1'));
    // Both processes schedule at boot; a second schedule would double the runs.
    await Promise.all([
      api.schedule('uploads.housekeeping', 200),
      worker.schedule('uploads.housekeeping', 200),
    ]);
    await sleep(1_000);
    const housekeeping = runs.filter((r) => r === 'housekeeping').length;
    expect(housekeeping).toBeGreaterThanOrEqual(3);
    expect(housekeeping).toBeLessThanOrEqual(7);
  });

  it.runIf(kind === 'in-process')('leaves no timer holding the process open after close()', async () => {
    const before = timeouts();
    const queue = queueOf();
    await queue.work({ 'upload.process': () => sleep(20) }, { concurrency: 1 });
    await queue.schedule('uploads.housekeeping', 60_000);
    await queue.enqueue('upload.process', upload('u-1'), { delayMs: 60_000 });
    await queue.enqueue('upload.process', upload('u-2'));
    await queue.close(1_000);
    expect(timeouts()).toBe(before);
  });
});
