import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';

/** `--workers`: a count, or `auto` for one process per core. */
export function workersOption(value: string): number {
  if (value === 'auto') return availableParallelism();
  if (!/^[1-9][0-9]{0,2}$/.test(value))
    throw new CommanderError(
      2,
      'rosterhub.invalidWorkers',
      `--workers: a positive integer or auto, not ${value}`,
    );
  return Number(value);
}
