/**
 * Starts the pre-check worker. Kept in its own module so that Vite sees the `new Worker(new URL(...))`
 * form it bundles as a separate chunk, and so that component tests can put a fake in its place.
 */
export function startPrecheckWorker(): Worker {
  return new Worker(new URL('./precheck.worker.ts', import.meta.url), { type: 'module' });
}

export const workersAvailable = () => typeof Worker !== 'undefined';
