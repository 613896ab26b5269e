import { UnusableInputError } from '../import/bundle-source.js';
import type { Issue } from '../import/issues.js';
import { ConfigError } from '../config/config.js';
import { DomainError } from '../services/errors.js';

/** Exit codes shared by every command: 0 success, 1 invalid input, 2 unusable input or usage. */
export const EXIT = { ok: 0, invalid: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Outcome {
  exitCode: ExitCode;
  /** Printed as the one JSON object on stdout with --json. */
  json: Record<string, unknown>;
  /** Printed on stdout otherwise. */
  text: string;
}

export function print(outcome: Outcome, json: boolean): void {
  process.stdout.write(
    json
      ? `${JSON.stringify(outcome.json)}\n`
      : outcome.text.endsWith('\n')
        ? outcome.text
        : `${outcome.text}\n`,
  );
  process.exitCode = outcome.exitCode;
}

/** Maps a thrown error to an outcome; unexpected errors never print a stack on stdout. */
export function failure(err: unknown): Outcome {
  if (err instanceof UnusableInputError) return errorOutcome('unusable_input', err.message, err.messageJa);
  if (err instanceof ConfigError) return errorOutcome('invalid_config', err.message, err.message);
  if (err instanceof DomainError) {
    return errorOutcome(
      err.code,
      err.message,
      err.messageJa,
      err.code === 'invalid_input' || err.code === 'not_found' ? EXIT.unusable : EXIT.invalid,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${err instanceof Error && err.stack ? err.stack : message}\n`);
  return errorOutcome('internal_error', message, message);
}

function errorOutcome(
  code: string,
  message: string,
  messageJa: string,
  exitCode: ExitCode = EXIT.unusable,
): Outcome {
  return {
    exitCode,
    json: { error: { code, message, messageJa } },
    text: `error: ${message}\nエラー: ${messageJa}`,
  };
}

export function formatIssue(i: Issue): string {
  const where = [i.file, i.line ?? ''].filter((x) => x !== '').join(':');
  const column = i.column ? ` [${i.column}]` : '';
  const value = i.value ? ` (value: ${i.value})` : '';
  return `${i.severity === 'error' ? 'ERROR' : 'WARN '} ${where}${column} ${i.code}: ${i.message}${value}\n      ${i.messageJa}`;
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((v, c) =>
          typeof v === 'number' ? String(v).padStart(widths[c]!) : String(v).padEnd(widths[c]!),
        )
        .join('  '),
    )
    .join('\n');
}
