import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STUDENT, minimalBundle, tempDir, writeBundleDir } from '../helpers/bundle.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source as a child process (no shell). */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, timeout: 110_000, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** stdout must be exactly one JSON object and nothing else. */
function oneJsonObject(stdout: string): Record<string, unknown> {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  const value: unknown = JSON.parse(stdout);
  expect(value).toBeTypeOf('object');
  expect(Array.isArray(value)).toBe(false);
  return value as Record<string, unknown>;
}

// Each spawn costs a second or more (much more on a busy machine): the cases run concurrently and stay few.
describe.concurrent('rosterhub CLI', { timeout: 120_000 }, () => {
  it('validate: a valid bundle exits 0', async () => {
    const r = await cli('validate', await writeBundleDir(minimalBundle()));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Valid: 11 rows');
  });

  it('validate --format json: an invalid bundle exits 1 with one JSON report', async () => {
    const data = minimalBundle();
    data.enrollments![1]!.userSourcedId = 'user-ghost';
    delete data.users![1]!.givenName;
    data.users![0]!.enabledUser = 'TRUE';
    const r = await cli('validate', await writeBundleDir(data), '--format', 'json');
    expect(r.code).toBe(1);
    const report = oneJsonObject(r.stdout);
    expect(report).toMatchObject({ valid: false, counts: { users: 2, enrollments: 2 } });
    const errors = report.errors as Record<string, unknown>[];
    const keys = ['file', 'line', 'column', 'code', 'message', 'messageJa', 'value'];
    for (const e of errors) for (const k of keys) expect(e, k).toHaveProperty(k);
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'users.csv',
        line: 3,
        column: 'givenName',
        code: 'value.required',
        value: null,
      }),
    );
    // The student's row is rejected, but its sourcedId still resolves the references to it.
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'enrollments.csv',
        line: 3,
        column: 'userSourcedId',
        code: 'ref.unresolved',
        value: 'user-ghost',
      }),
    );
    expect(errors.map((e) => e.value)).not.toContain(STUDENT);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: 'users.csv',
        line: 2,
        column: 'enabledUser',
        code: 'value.booleanCase',
      }),
    );
  });

  it('validate: a Shift_JIS bundle saved by a spreadsheet exits 0 with warnings', async () => {
    const r = await cli('validate', 'test/fixtures/spreadsheet-sjis/saved-as-text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('WARN  users.csv file.shiftJis');
    expect(r.stdout).toContain('users.csv は UTF-8 ではないため');
    expect(r.stdout).toMatch(/Valid: \d+ rows, 5 warnings/);
  });

  it('validate: a missing path exits 2 (one JSON error with --json)', async () => {
    const r = await cli('validate', join(tempDir(), 'no-such-bundle.zip'), '--json');
    expect(r.code).toBe(2);
    expect(oneJsonObject(r.stdout)).toMatchObject({ error: { code: 'unusable_input' } });
  });

  it('validate: a file that is not a zip exits 2', async () => {
    const path = join(tempDir(), 'bundle.zip');
    await writeFile(path, 'propertyName,value\n');
    const r = await cli('validate', path);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Not a readable zip file');
  });

  it('an unknown option with --json exits 2 and prints exactly one JSON object', async () => {
    const r = await cli('validate', '.', '--no-such-option', '--json');
    expect(r.code).toBe(2);
    expect(oneJsonObject(r.stdout)).toMatchObject({ error: { code: 'usage' } });
    expect((oneJsonObject(r.stdout).error as { message: string }).message).toContain('--no-such-option');
  });

  it('generate --out x.zip --json writes a bundle that then validates', async () => {
    const out = join(tempDir(), 'generated.zip');
    const g = await cli('generate', '--out', out, '--students', '50', '--json');
    expect(g.code).toBe(0);
    const summary = oneJsonObject(g.stdout) as {
      out: string;
      files: Record<string, number>;
      totalRows: number;
    };
    expect(summary.out).toBe(out);
    expect(summary.totalRows).toBe(Object.values(summary.files).reduce((a, b) => a + b, 0));
    const v = await cli('validate', out, '--json');
    expect(v.code).toBe(0);
    const report = oneJsonObject(v.stdout);
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(report.counts).toEqual(summary.files);
  });
});
