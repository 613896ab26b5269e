import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The soak bench's own PostgreSQL 15 cluster and Redis, on loopback ports in a temporary directory,
 * so restarting them as faults never touches the shared instances other work depends on.
 */

const PG_BIN = '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `preferred` when nothing listens there, else a port the kernel picks. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const got = (srv.address() as { port: number }).port;
        srv.close(() => resolve(got));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

/**
 * PostgreSQL refuses to run as root, so every binary runs as the `postgres` OS user on a data
 * directory it owns; the socket directory lives beside it (no clash with the system's /run one).
 */
export class PrivatePostgres {
  readonly url: string;
  private readonly dataDir: string;
  private readonly sockDir: string;
  private readonly logFile: string;

  constructor(
    root: string,
    readonly port: number,
  ) {
    const home = join(root, 'pg');
    this.dataDir = join(home, 'data');
    this.sockDir = join(home, 'sock');
    this.logFile = join(home, 'postgres.log');
    mkdirSync(this.sockDir, { recursive: true });
    const { uid, gid } = pgUser();
    chownSync(home, uid, gid);
    chownSync(this.sockDir, uid, gid);
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  private pg(bin: string, args: string[], timeoutMs = 90_000) {
    return run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args], { timeout: timeoutMs });
  }

  async init(): Promise<void> {
    await this.pg('initdb', [
      '-D',
      this.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    await this.start();
  }

  async start(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.sockDir} -c listen_addresses=127.0.0.1`;
    await this.pg('pg_ctl', ['-D', this.dataDir, '-o', opts, '-l', this.logFile, '-w', '-t', '60', 'start']);
  }

  /** `fast`: sessions are disconnected, as an operator's restart or a failover does. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']).catch(
      () => undefined,
    );
  }
}

function pgUser(): { uid: number; gid: number } {
  // `id` rather than /etc/passwd: the account may come from NSS.
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Redis as a child process without persistence: a restart loses every key, as a crashed cache does. */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    this.child = spawn('redis-server', [...args, '--daemonize', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await accepts(this.port)) return;
      if (this.child.exitCode !== null) break;
      await sleep(100);
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** SIGKILL: a crash, not a clean shutdown. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(5000)]);
  }
}
