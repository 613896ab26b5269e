// Node globals first: the validator modules below read them.
import '../../shims/install-node-globals';
import { PrecheckInputError } from './precheck-input-error';
import type { PrecheckMessage, PrecheckStart } from './precheck-protocol';
import { runPrecheck } from './run-precheck';

/** Progress is posted at most this often: a message per batch would flood the page. */
const PROGRESS_EVERY_MS = 150;

const post = (message: PrecheckMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<PrecheckStart>) => {
  let last = 0;
  const onProgress = (file: string, rows: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ type: 'progress', file, rows });
  };
  try {
    post({ type: 'done', report: await runPrecheck(event.data, onProgress) });
  } catch (e) {
    if (e instanceof PrecheckInputError) post({ type: 'failed', problem: e.problem, params: e.params });
    else post({ type: 'crashed', message: e instanceof Error ? e.message : String(e) });
  }
};
