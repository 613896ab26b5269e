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

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

/** A plain-text table: numbers right-aligned, text left-aligned, the last column unpadded. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(String(r[c])))));
  const cell = (v: string | number, c: number, last: boolean) => {
    const s = String(v);
    const pad = ' '.repeat(widths[c]! - displayWidth(s));
    return typeof v === 'number' ? pad + s : last ? s : s + pad;
  };
  return rows.map((r) => r.map((v, c) => cell(v, c, c === r.length - 1)).join('  ')).join('\n');
}
