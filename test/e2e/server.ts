import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The end-to-end suite runs the built server and UI, as `npm start` does. `npm ci` builds both
 * (prepare); after local edits, a stale build is rebuilt here rather than tested.
 */
export function ensureBuilt(): void {
  const server = join(ROOT, 'dist/server.js');
  const page = join(ROOT, 'dist/web/index.html');
  const stale =
    !existsSync(server) ||
    !existsSync(page) ||
    statSync(server).mtimeMs < newest(join(ROOT, 'src')) ||
    statSync(page).mtimeMs <
      Math.max(newest(join(ROOT, 'web/src')), statSync(join(ROOT, 'web/index.html')).mtimeMs);
  if (!stale) return;
  // Not NODE_ENV=test (Vitest's): the UI must be built as production is.
  const env = { ...process.env };
  delete env.NODE_ENV;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  email: string;
  oneTimePassword: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `node dist/server.js` on a fresh embedded database (no DATABASE_URL or REDIS_URL: the zero-setup
 * path a new user takes), on a free loopback port; the first-run administrator's one-time password
 * is read from the terminal output, as a person would.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rh-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'RH_ENCRYPTION_KEY']) delete env[k];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    RH_PUBLIC_URL: url,
    RH_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/server.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && /ワンタイムパスワード: (\S+)/.test(out)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const email = /メールアドレス:\s+(\S+)/.exec(out)![1]!;
  const oneTimePassword = /ワンタイムパスワード: (\S+)/.exec(out)![1]!;
  return {
    url,
    email,
    oneTimePassword,
    dataDir,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
