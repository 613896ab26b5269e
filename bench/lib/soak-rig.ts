import { join } from 'node:path';
import type { Expected } from './soak-bundles.js';
import type { PrivatePostgres, PrivateRedis } from './soak-infra.js';
import { sleep } from './soak-infra.js';
import { API } from './soak-load.js';
import type { Recorder } from './soak-recorder.js';
import {
  ensureBuilt,
  killHard,
  logSize,
  rosterhub,
  rssMb,
  spawnLogged,
  stopGracefully,
  tail,
  waitFor200,
  waitForLog,
  workerHasMetricsPort,
  type Managed,
} from './soak-system.js';

type Client = { id: string; secret: string };

/** Everything the soak starts, and the one place that stops it all again. */
export class SoakRig {
  private pg: PrivatePostgres | null = null;
  private redis: PrivateRedis | null = null;
  private api: Managed | null = null;
  private worker: Managed | null = null;
  private workerPort: number | null = null;
  private closing = false;
  /** The worker is being killed on purpose (a fault), not crashing. */
  private killing = false;
  workerReadyUrl: string | null = null;
  readyFallback = false;
  /** Exits nobody asked for: the supervisor restarted the process, and the run fails. */
  readonly crashes: { label: string; at: number; exit: string; restartedAt: number | null }[] = [];

  constructor(
    private readonly tmp: string,
    private readonly log: (s: string) => void,
  ) {}

  async build(allowed: boolean): Promise<void> {
    if (allowed) await ensureBuilt(this.log);
  }

  async startStores(pg: PrivatePostgres, redis: PrivateRedis): Promise<void> {
    this.pg = pg;
    await pg.init();
    this.log(`PostgreSQL 15 on 127.0.0.1:${pg.port}`);
    this.redis = redis;
    await redis.start();
    this.log(`Redis on 127.0.0.1:${redis.port}`);
  }

  /** A tenant, a reading client and an uploading client, and the base bundle imported by the CLI. */
  async setUp(env: Record<string, string>, base: Expected): Promise<{ reader: Client; uploader: Client }> {
    await rosterhub(['tenant', 'create', 'soak'], env);
    const client = async (args: string[]) => {
      const r = (await rosterhub(['client', 'create', '--tenant', 'soak', ...args], env)) as {
        client: { id: string };
        clientSecret: string;
      };
      return { id: r.client.id, secret: r.clientSecret };
    };
    const reader = await client(['--name', 'soak reader']);
    const uploader = await client(['--name', 'soak uploader', '--roles', 'uploader']);
    const imported = await rosterhub(['import', base.dir, '--tenant', 'soak'], env);
    const rows = Object.values(imported.files as Record<string, { rows: number }>).reduce(
      (n, f) => n + f.rows,
      0,
    );
    this.log(`base bundle imported by the CLI: ${rows} rows`);
    return { reader, uploader };
  }

  async startApi(env: Record<string, string>, port: number): Promise<string> {
    const base = `http://127.0.0.1:${port}`;
    this.api = spawnLogged(
      'api',
      ['dist/server.js'],
      { ...env, PORT: String(port), HOST: '127.0.0.1' },
      this.logPath('api'),
    );
    await this.ready(this.api, () => waitFor200(`${base}/health/live`, this.api!));
    this.supervise(this.api, () => this.startApi(env, port));
    this.log(`API (pid ${this.api.child.pid}) on ${base}`);
    return base;
  }

  /** A process that did not come up is stopped: only running processes are supervised. */
  private async ready(proc: Managed, up: () => Promise<void>): Promise<void> {
    try {
      await up();
    } catch (err) {
      await killHard(proc);
      throw err;
    }
  }

  /**
   * As systemd's Restart=always or a container runtime would: a process that exits on its own is
   * started again (every 2 s until it runs), and the exit is recorded.
   */
  private supervise(proc: Managed, restart: () => Promise<unknown>): void {
    proc.child.once('exit', (code, signal) => {
      if (this.closing || (proc.label === 'worker' && this.killing)) return;
      const crash = {
        label: proc.label,
        at: Date.now(),
        exit: signal ?? `code ${code}`,
        restartedAt: null as number | null,
      };
      this.crashes.push(crash);
      this.log(`${proc.label} (pid ${proc.child.pid}) exited by itself (${crash.exit}): restarting it`);
      void (async () => {
        while (!this.closing) {
          await sleep(2000);
          if (this.closing) return;
          if (
            await restart().then(
              () => true,
              () => false,
            )
          ) {
            crash.restartedAt = Date.now();
            return;
          }
        }
      })();
    });
  }

  /**
   * Starts (or restarts, on the port it had) the worker. It logs at info so that, where the build
   * has no worker health port yet, "worker started" in its log says it is ready.
   */
  async startWorker(env: Record<string, string>, port?: number): Promise<void> {
    if (port !== undefined && (await workerHasMetricsPort(env))) this.workerPort = port;
    const args = [
      'bin/rosterhub.js',
      'worker',
      ...(this.workerPort ? ['--metrics-port', String(this.workerPort)] : []),
    ];
    const log = this.logPath('worker');
    const from = logSize(log);
    this.worker = spawnLogged('worker', args, { ...env, LOG_LEVEL: 'info' }, log);
    if (this.workerPort) this.workerReadyUrl = `http://127.0.0.1:${this.workerPort}/health/ready`;
    const url = this.workerReadyUrl;
    const worker = this.worker;
    await this.ready(worker, () =>
      url ? waitFor200(url, worker) : waitForLog(worker, ['worker started'], from),
    );
    this.supervise(worker, () => this.startWorker(env));
    this.log(
      `worker (pid ${this.worker.child.pid}) running${this.workerPort ? `, health on :${this.workerPort}` : ''}`,
    );
  }

  /**
   * Resolves once the worker logs that `uploadId` is applying (its own log, read every 10 ms: the
   * status endpoint under load answers too slowly to catch an apply of a second or two).
   */
  async workerApplying(uploadId: string, from: number, ms: number): Promise<boolean> {
    if (!this.worker) return false;
    return waitForLog(this.worker, [uploadId, '"upload applying"'], from, { ms, everyMs: 10 }).then(
      () => true,
      () => false,
    );
  }

  workerLogSize(): number {
    return logSize(this.logPath('worker'));
  }

  async killWorker(): Promise<void> {
    this.killing = true;
    await killHard(this.worker);
    this.killing = false;
  }

  /** /health/ready, or /health while this build has no readiness endpoint yet. */
  async readinessUrl(apiBase: string): Promise<string> {
    const r = await fetch(`${apiBase}/health/ready`, { signal: AbortSignal.timeout(5000) });
    this.readyFallback = r.status === 404;
    return `${apiBase}${this.readyFallback ? '/health' : '/health/ready'}`;
  }

  async userIds(apiBase: string, token: string): Promise<string[]> {
    const r = await fetch(`${apiBase}${API}/users?limit=10000&fields=sourcedId`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!r.ok) throw new Error(`users: HTTP ${r.status}`);
    return ((await r.json()) as { users: { sourcedId: string }[] }).users.map((u) => u.sourcedId);
  }

  counts(base: Expected): { users: number; classes: number; enrollments: number } {
    return { users: base.users, classes: base.classes, enrollments: base.enrollmentsAll };
  }

  sampleRss(rec: Recorder): void {
    const t = Date.now();
    for (const p of [this.api, this.worker]) {
      const pid = p?.child.pid;
      const mb = p && p.child.exitCode === null ? rssMb(pid) : null;
      if (pid && mb !== null) rec.sampleRss(t, p.label, pid, mb);
    }
  }

  printLogTails(): void {
    for (const name of ['api', 'worker'])
      console.error(`--- ${name} log (last lines)\n${tail(this.logPath(name), 15)}`);
  }

  /** Stops everything that was started, whatever state the run is in; never throws. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([stopGracefully(this.api, 10_000), stopGracefully(this.worker, 10_000)]);
    await this.redis?.kill().catch(() => undefined);
    await this.pg?.stop('immediate').catch(() => undefined);
  }

  private logPath(name: string): string {
    return join(this.tmp, 'logs', `${name}.log`);
  }
}
