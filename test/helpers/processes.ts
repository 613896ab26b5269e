import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../e2e/server.js';

/**
 * Real RosterHub processes for lifecycle and scale-out tests: the built CLI (`bin/rosterhub.js`,
 * as an operator runs it) with an environment of the test's choosing, their output kept for
 * failure messages.
 */

/** Keys shared by every process of one deployment (tokens signed by one verify on another). */
export function sharedKeys(): Record<string, string> {
  return {
    RH_TOKEN_SIGNING_KEYS: `k1:${randomBytes(32).toString('base64url')}`,
    RH_ENCRYPTION_KEY: `e1:${randomBytes(32).toString('base64')}`,
  };
}

/** The environment a child gets: this process's, minus what would point it at the suite's services. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^(DATABASE_|REDIS_URL|RH_|S3_|NODE_ENV$|OTEL_)/.test(k)) base[k] = v;
  return { ...base, LOG_LEVEL: 'info', ...env };
}

/** Runs `rosterhub <args> --json` and returns its one JSON object (throws on a non-zero exit). */
export function cli(args: string[], env: Record<string, string>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/rosterhub.js'), ...args, '--json'], {
      cwd: ROOT,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Record<string, unknown>)
        : reject(new Error(`rosterhub ${args.join(' ')} exited ${code}: ${out}\n${err}`)),
    );
  });
}

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit (SIGKILL after `ms`). */
  stop(signal?: NodeJS.Signals, ms?: number): Promise<number | null>;
}

/** Starts `rosterhub <args>` (serve, worker…) and keeps its output. */
export function startProcess(args: string[], env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [join(ROOT, 'bin/rosterhub.js'), ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    async stop(signal = 'SIGTERM', ms = 60_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Waits until `url` answers 200 (a minute at most), failing early when the process exits. */
export async function waitFor(url: string, proc?: RunningProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (proc && proc.child.exitCode !== null) throw new Error(`process exited:\n${proc.output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer:\n${proc?.output() ?? ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface ClientCredentials {
  id: string;
  secret: string;
}

/** `rosterhub client create` for a tenant (created first when missing). */
export async function createClient(
  env: Record<string, string>,
  tenant: string,
  roles: string[] = [],
): Promise<ClientCredentials> {
  await cli(['tenant', 'create', tenant], env).catch(() => undefined);
  const r = (await cli(
    ['client', 'create', '--tenant', tenant, ...(roles.length ? ['--roles', roles.join(',')] : [])],
    env,
  )) as { client: { id: string }; clientSecret: string };
  return { id: r.client.id, secret: r.clientSecret };
}

/** An access token from `/oauth/token`; throws with the answer when refused. */
export async function accessToken(base: string, c: ClientCredentials): Promise<string> {
  const r = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.id, client_secret: c.secret }),
  });
  if (!r.ok) throw new Error(`token refused: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { access_token: string }).access_token;
}

/** Sends a bundle zip to the admin upload endpoint with a client's token; returns the upload id. */
export async function uploadZip(base: string, token: string, zip: string): Promise<string> {
  const form = new FormData();
  form.append('bundle', new Blob([readFileSync(zip)]), basename(zip));
  const r = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (r.status !== 202) throw new Error(`upload refused: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { uploadId: string }).uploadId;
}

export interface UploadState {
  status: string;
  progress?: { phase?: string };
}

export async function uploadState(base: string, token: string, id: string): Promise<UploadState> {
  const r = await fetch(`${base}/api/v1/uploads/${id}`, { headers: { authorization: `Bearer ${token}` } });
  if (!r.ok) throw new Error(`upload ${id}: ${r.status} ${await r.text()}`);
  return (await r.json()) as UploadState;
}

/** Polls an upload until `done(state)` holds (two minutes at most). */
export async function waitUpload(
  base: string,
  token: string,
  id: string,
  done: (s: UploadState) => boolean,
  ms = 120_000,
): Promise<UploadState> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await uploadState(base, token, id);
    if (done(s)) return s;
    if (Date.now() > deadline) throw new Error(`upload ${id} still ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** X-Total-Count of a rostering collection. */
export async function totalOf(base: string, token: string, path: string): Promise<number> {
  const r = await fetch(
    `${base}/ims/oneroster/rostering/v1p2/${path}${path.includes('?') ? '&' : '?'}limit=1`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return Number(r.headers.get('x-total-count'));
}
