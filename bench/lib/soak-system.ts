import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './processes.js';
import { sleep } from './soak-infra.js';

/**
 * The system under test as it is deployed: the compiled server and CLI (`dist/`), run as separate
 * processes with production settings. Their logs go to files in the bench's temporary directory.
 */

const run = promisify(execFile);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.sql'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds `dist/` when a source file is newer than it; a build with type errors still emits, so it is only a warning. */
export async function ensureBuilt(log: (s: string) => void): Promise<void> {
  const out = join(ROOT, 'dist', 'server.js');
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  const builtAt =
    existsSync(out) && existsSync(cli) ? Math.min(statSync(out).mtimeMs, statSync(cli).mtimeMs) : 0;
  if (builtAt >= newestMtime(join(ROOT, 'src'))) return;
  log('dist/ is older than src/: npm run build:server');
  try {
    await run('npm', ['run', 'build:server', '--silent'], { cwd: ROOT, timeout: 300_000 });
  } catch (err) {
    if (!existsSync(out)) throw err;
    const text = String((err as { stdout?: string }).stdout ?? err)
      .split('\n')
      .slice(0, 5)
      .join('\n');
    log(`build reported errors (output emitted anyway):\n${text}`);
  }
}

/** Runs `rosterhub <args> --json` from dist and resolves with the object it prints. */
export async function rosterhub(
  args: string[],
  env: Record<string, string>,
): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['bin/rosterhub.js', ...args, '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
    maxBuffer: 16 << 20,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** Whether this build's `rosterhub worker` serves its own health and metrics port. */
export async function workerHasMetricsPort(env: Record<string, string>): Promise<boolean> {
  const r = await run(process.execPath, ['bin/rosterhub.js', 'worker', '--help'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 30_000,
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return r.stdout.includes('--metrics-port');
}

export interface Managed {
  label: string;
  child: ChildProcess;
  log: string;
}

export function spawnLogged(
  label: string,
  args: string[],
  env: Record<string, string>,
  log: string,
): Managed {
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  return { label, child, log };
}

/** Resolves once `url` answers 200, or throws after `ms` (or when the process has exited). */
export async function waitFor200(url: string, proc: Managed, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) break;
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${proc.label} did not answer ${url} (log: ${proc.log})\n${tail(proc.log)}`);
}

/**
 * Resolves once a line past byte `from` of the log contains every one of `texts` (a process without
 * a port says there that it is ready; the worker, that an upload is applying).
 */
export async function waitForLog(
  proc: Managed,
  texts: string[],
  from: number,
  opts: { ms?: number; everyMs?: number } = {},
): Promise<void> {
  const until = Date.now() + (opts.ms ?? 60_000);
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) break;
    const lines = readFileSync(proc.log).subarray(from).toString('utf8').split('\n');
    if (lines.some((l) => texts.every((t) => l.includes(t)))) return;
    await sleep(opts.everyMs ?? 200);
  }
  throw new Error(`${proc.label} did not log "${texts.join(' … ')}" (log: ${proc.log})\n${tail(proc.log)}`);
}

export function logSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

export function tail(path: string, lines = 20): string {
  return existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
}

/** Log lines at pino level error or fatal. */
export function errorLines(path: string): number {
  if (!existsSync(path)) return 0;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => /"level":(50|60)/.test(l)).length;
}

/** SIGKILL and wait for the exit (bounded). */
export async function killHard(proc: Managed | null): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGKILL');
  await Promise.race([exited, sleep(5000)]);
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGracefully(proc: Managed | null, graceMs = 15_000): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGTERM');
  await Promise.race([exited, sleep(graceMs)]);
  await killHard(proc);
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      for (const k of kids ? kids.split(/\s+/).map(Number) : []) out.push(k, ...descendants(k));
    }
  } catch {
    // the process is gone
  }
  return out;
}

/**
 * Resident memory in MB of a process and its descendants (a clustered server's workers count
 * with it); null when it is not running.
 */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  let kb = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
    } catch {
      if (p === pid) return null;
    }
  }
  return kb / 1024;
}
