export type StopSignal = 'SIGTERM' | 'SIGINT';

/**
 * Resolves on the first SIGTERM or SIGINT. A second one while the process winds down means the
 * operator will not wait: the process exits at once (130, as shells report an interrupt).
 */
export function stopSignal(onForced: (signal: StopSignal) => void = () => undefined): Promise<StopSignal> {
  return new Promise((resolve) => {
    let received = false;
    const handle = (signal: StopSignal) => {
      if (!received) {
        received = true;
        resolve(signal);
        return;
      }
      onForced(signal);
      process.exit(130);
    };
    process.on('SIGTERM', () => handle('SIGTERM'));
    process.on('SIGINT', () => handle('SIGINT'));
    // A cluster primary asks its workers to stop by message, not by signal: after a terminal's
    // Ctrl-C (which reaches every process of the group) the request must not count as a second signal.
    process.on('message', (message: unknown) => {
      if (!received && isStopRequest(message)) {
        received = true;
        resolve('SIGTERM');
      }
    });
  });
}

const STOP_REQUEST = 'rosterhub:stop';

export function stopRequest(): { type: string } {
  return { type: STOP_REQUEST };
}

function isStopRequest(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STOP_REQUEST
  );
}
