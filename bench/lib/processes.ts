import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Shared by the benchmarks: RosterHub processes on loopback ports, and tokens from them. */

export const ROOT = join(import.meta.dirname, '..', '..');

/** Runs a CLI command with --json and resolves with the one JSON object it prints. */
export function cli(args: string[], env: Record<string, string>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--json'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Record<string, unknown>)
        : reject(new Error(`rosterhub ${args[0]} exited ${code}: ${out}`)),
    );
  });
}

/** Runs a TypeScript entry point (a server, the CLI's `worker`) as a production process. */
export function spawnNode(
  args: string[],
  env: Record<string, string>,
  stdout: 'ignore' | 'inherit' = 'ignore',
): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

/** Resolves once `${base}/health` answers (a minute at most). */
export async function waitHealthy(base: string, child?: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child?.kill('SIGKILL');
  throw new Error(`${base} did not start`);
}

/** Starts a server script on a loopback port and resolves once it answers /health. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  port: number,
): Promise<ChildProcess> {
  const child = spawnNode([script], { ...env, PORT: String(port), HOST: '127.0.0.1' }, 'inherit');
  await waitHealthy(`http://127.0.0.1:${port}`, child);
  return child;
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: ChildProcess | null, graceMs = 30_000): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  child.kill('SIGKILL');
}

/** An access token for an API client (client credentials in the form body). */
export async function token(base: string, client: { id: string; secret: string }): Promise<string> {
  const r = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.secret,
    }),
  });
  if (!r.ok) throw new Error(`token: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { access_token: string }).access_token;
}
