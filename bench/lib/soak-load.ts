import { Pool } from 'undici';
import { sleep } from './soak-infra.js';
import type { Recorder } from './soak-recorder.js';

/**
 * The soak's traffic: an LMS's reads over many connections, a delta consumer polling for changes,
 * both with client-credential tokens renewed before they expire.
 */

export const API = '/ims/oneroster/rostering/v1p2';
/** Past this, a request counts as failed (and its connection is dropped). */
const REQUEST_TIMEOUT_MS = 10_000;
/** A client that keeps retrying at full speed during an outage would measure itself, not the server. */
const BACKOFF_MS = 100;

export class TokenKeeper {
  private token = '';
  private expiresAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly base: string,
    private readonly client: { id: string; secret: string },
    private readonly rec: Recorder,
  ) {}

  /** The current token, renewed a minute before it expires. */
  async get(): Promise<string> {
    if (this.token && Date.now() < this.expiresAt - 60_000) return this.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = null));
    return this.pending;
  }

  /** A 401 with this token: the next caller fetches a new one. */
  invalidate(token: string): void {
    if (token === this.token) this.expiresAt = 0;
  }

  private async fetchToken(): Promise<string> {
    const start = Date.now();
    try {
      const r = await fetch(`${this.base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: this.client.id,
          client_secret: this.client.secret,
        }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const body = (await r.json()) as { access_token: string; expires_in: number };
      this.rec.ok('token', start, Date.now());
      this.token = body.access_token;
      this.expiresAt = start + body.expires_in * 1000;
      return this.token;
    } catch (err) {
      this.rec.fail('token', start, Date.now(), describe(err));
      throw err;
    }
  }
}

/** A short, stable label for a failed request: the socket error code where there is one. */
export function describe(err: unknown): string {
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code ?? (e.name === 'TimeoutError' ? 'timeout' : String(e.message ?? err));
}

export interface ReadMix {
  userIds: string[];
  users: number;
  classes: number;
  enrollments: number;
}

function pickPath(mix: ReadMix): string {
  const offset = (n: number) => Math.floor(Math.random() * Math.max(1, n - 100));
  const r = Math.random();
  if (r < 0.4) return `${API}/users?limit=100&offset=${offset(mix.users)}`;
  if (r < 0.6) return `${API}/classes?limit=100&offset=${offset(mix.classes)}`;
  if (r < 0.8) return `${API}/users/${mix.userIds[Math.floor(Math.random() * mix.userIds.length)]}`;
  return `${API}/enrollments?limit=100&offset=${offset(mix.enrollments)}`;
}

/** `connections` request loops over one keep-alive pool until `running()` turns false. */
export async function runReaders(opts: {
  base: string;
  connections: number;
  keeper: TokenKeeper;
  rec: Recorder;
  mix: ReadMix;
  running: () => boolean;
}): Promise<void> {
  const pool = new Pool(opts.base, {
    connections: opts.connections,
    headersTimeout: REQUEST_TIMEOUT_MS,
    bodyTimeout: REQUEST_TIMEOUT_MS,
  });
  const loop = async () => {
    while (opts.running()) {
      let token: string;
      try {
        token = await opts.keeper.get();
      } catch {
        await sleep(1000);
        continue;
      }
      const start = Date.now();
      try {
        const r = await pool.request({
          path: pickPath(opts.mix),
          method: 'GET',
          headers: { authorization: `Bearer ${token}` },
        });
        await r.body.dump({ limit: Infinity });
        if (r.statusCode === 401) opts.keeper.invalidate(token);
        if (r.statusCode >= 200 && r.statusCode < 300) opts.rec.ok('read', start, Date.now());
        else {
          opts.rec.fail('read', start, Date.now(), `HTTP ${r.statusCode}`);
          await sleep(BACKOFF_MS);
        }
      } catch (err) {
        opts.rec.fail('read', start, Date.now(), describe(err));
        await sleep(BACKOFF_MS);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  await pool.close();
}

interface DeltaUser {
  sourcedId: string;
  givenName: string;
  dateLastModified: string;
}

/**
 * A delta consumer: every `everyMs` it asks for users changed since the newest change it has seen
 * and keeps their latest givenName, as a replica would. What it holds at the end is checked against
 * the store.
 */
export class DeltaPoller {
  readonly replica = new Map<string, string>();
  polls = 0;
  changesSeen = 0;
  private cursor: string;

  constructor(
    private readonly base: string,
    private readonly keeper: TokenKeeper,
    private readonly rec: Recorder,
    since: Date,
  ) {
    this.cursor = since.toISOString();
  }

  async run(running: () => boolean, everyMs: number): Promise<void> {
    while (running()) {
      await this.poll().catch(() => undefined);
      for (let waited = 0; waited < everyMs && running(); waited += 250) await sleep(250);
    }
  }

  /** One poll; the failure is recorded and thrown. */
  async poll(): Promise<void> {
    const start = Date.now();
    try {
      const token = await this.keeper.get();
      const q = new URLSearchParams({
        filter: `dateLastModified>'${this.cursor}'`,
        limit: '10000',
        fields: 'sourcedId,givenName,dateLastModified',
      });
      const r = await fetch(`${this.base}${API}/users?${q.toString()}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (r.status === 401) this.keeper.invalidate(token);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const { users } = (await r.json()) as { users: DeltaUser[] };
      this.polls++;
      this.changesSeen += users.length;
      for (const u of users) {
        this.replica.set(u.sourcedId, u.givenName);
        if (u.dateLastModified > this.cursor) this.cursor = u.dateLastModified;
      }
      this.rec.ok('delta', start, Date.now());
    } catch (err) {
      this.rec.fail('delta', start, Date.now(), describe(err));
      throw err;
    }
  }
}
