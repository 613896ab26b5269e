import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileName } from '../../../../src/import/profiles/profile';
import type { InputProblem, ProblemParams } from './precheck-input-error';
import type { PrecheckMessage, PrecheckStart } from './precheck-protocol';
import { startPrecheckWorker, workersAvailable } from './precheck-worker-client';
import type { PrecheckReport } from './run-precheck';

export type PrecheckState =
  | { kind: 'idle' }
  | { kind: 'running'; file: string | null; rows: number; startedAt: number }
  | { kind: 'done'; report: PrecheckReport; profile: ProfileName }
  | { kind: 'failed'; problem: InputProblem; params: ProblemParams }
  | { kind: 'crashed'; message: string }
  | { kind: 'noWorker' }
  | { kind: 'stopped' };

/**
 * Runs a check in a worker, so the page stays responsive while a large bundle is read; one check at
 * a time, and leaving the page or stopping ends the worker at once.
 */
export function usePrecheck() {
  const [state, setState] = useState<PrecheckState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  const end = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => end, [end]);

  const start = useCallback(
    (files: File[], profile: ProfileName) => {
      end();
      if (!workersAvailable()) return setState({ kind: 'noWorker' });
      const w = startPrecheckWorker();
      worker.current = w;
      w.onmessage = (event: MessageEvent<PrecheckMessage>) => {
        if (worker.current !== w) return;
        const m = event.data;
        if (m.type === 'progress')
          return setState((s) => (s.kind === 'running' ? { ...s, file: m.file, rows: m.rows } : s));
        end();
        if (m.type === 'done') setState({ kind: 'done', report: m.report, profile });
        else if (m.type === 'failed') setState({ kind: 'failed', problem: m.problem, params: m.params });
        else setState({ kind: 'crashed', message: m.message });
      };
      w.onerror = (event: ErrorEvent) => {
        if (worker.current !== w) return;
        end();
        setState({ kind: 'crashed', message: event.message || 'worker error' });
      };
      setState({ kind: 'running', file: null, rows: 0, startedAt: Date.now() });
      w.postMessage({ files, profile } satisfies PrecheckStart);
    },
    [end],
  );

  const stop = useCallback(() => {
    end();
    setState({ kind: 'stopped' });
  }, [end]);

  const reset = useCallback(() => {
    end();
    setState({ kind: 'idle' });
  }, [end]);

  return { state, start, stop, reset };
}
