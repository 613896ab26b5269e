import { generateBundle } from '../generate/index.js';
import { DomainError } from '../services/errors.js';
import { EXIT, table, type Outcome } from './output.js';

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new DomainError(
      'invalid_input',
      `--${name} must be a whole number ≥ ${min}`,
      `--${name} には ${min} 以上の整数を指定してください`,
    );
  }
  return n;
}

export async function generateCommand(o: {
  out: string;
  schools: string;
  students: string;
  seed: string;
  layout: 'jp12' | 'jp121';
}): Promise<Outcome> {
  const started = Date.now();
  const r = await generateBundle({
    out: o.out,
    schools: count('schools', o.schools, 1),
    students: count('students', o.students, 1),
    seed: o.seed,
    layout: o.layout,
  });
  const durationMs = Date.now() - started;
  return {
    exitCode: EXIT.ok,
    json: { out: r.out, files: r.files, totalRows: r.totalRows, durationMs },
    text: `${table([['file', 'rows'], ...Object.entries(r.files)])}\nWrote ${r.totalRows} rows to ${r.out} in ${durationMs} ms`,
  };
}
