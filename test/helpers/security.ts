import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { useApi, type ApiFixture } from './api.js';
import type { TestTarget } from './db.js';

/**
 * Shared set-up of the security suites (test/security): the rostering fixture of `useApi`
 * (tenants a, b, c with imported bundles and bearer tokens), an app over the same database with
 * rate limits out of the way, and admin users: a platform administrator, an admin and a reader of
 * tenant a, an admin of tenant b, each signed in; admin API clients (bearer) of tenants a and b.
 */

export const STRONG = 'Kujira no Sora 2026 ✓';
export const ADMIN = '/api/v1';

export type Who = { cookie: string; csrf: string };

export interface SecurityFixture {
  api: ApiFixture;
  db: Database;
  /** The app with very high rate limits (the security suites send many requests). */
  app: FastifyInstance;
  identities: IdentityService;
  who: Record<'platform' | 'adminA' | 'readerA' | 'adminB', Who>;
  /** Admin user ids by email. */
  ids: Record<string, string>;
  /** Admin API clients (role admin) of tenants a and b: id and bearer token. */
  clientA: { id: string; token: string };
  clientB: { id: string; token: string };
  signIn: (email: string, password: string, app?: FastifyInstance) => Promise<Who>;
  /** An admin API request with a session (`w`) and its CSRF token unless `csrf` says otherwise. */
  call: (
    w: Who | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    opts?: { csrf?: string | null; bearer?: string },
  ) => Promise<LightMyRequestResponse>;
  /** A rostering GET (path under the base path) with a bearer token. */
  get: (path: string, token: string | null) => Promise<LightMyRequestResponse>;
}

export const HIGH_LIMITS = {
  RH_RATE_LIMIT_READS_PER_HOUR: '100000000',
  RH_RATE_LIMIT_TOKENS_PER_HOUR: '100000000',
  RH_RATE_LIMIT_SIGNINS_PER_HOUR: '100000000',
};

export function useSecurity(target: TestTarget, env: Record<string, string> = {}): () => SecurityFixture {
  const api = useApi(target, { students: 24 });
  let fixture: SecurityFixture | undefined;

  beforeAll(async () => {
    const f = api();
    const app = await f.buildAppWith({ ...HIGH_LIMITS, ...env });
    const db = f.db;
    const identities = new IdentityService(db, { sessionTtlHours: 12 });
    const ids: Record<string, string> = {};

    const signIn: SecurityFixture['signIn'] = async (email, password, a = app) => {
      const r = await a.inject({ method: 'POST', url: `${ADMIN}/session`, payload: { email, password } });
      if (r.statusCode !== 200) throw new Error(`sign-in ${r.statusCode}: ${r.body}`);
      const c = r.cookies.find((x) => x.name === 'rh_session')!;
      return { cookie: `rh_session=${c.value}`, csrf: r.json<{ csrfToken: string }>().csrfToken };
    };
    const call: SecurityFixture['call'] = (w, method, url, payload, opts = {}) => {
      const headers: Record<string, string> = {};
      if (w) headers.cookie = w.cookie;
      const csrf = opts.csrf === undefined ? w?.csrf : opts.csrf;
      if (csrf) headers['x-csrf-token'] = csrf;
      if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
      return app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    };
    const user = async (email: string, tenantId: string | null, role: 'admin' | 'uploader' | 'reader') => {
      const { user: u } = await identities.createUser({ email, password: STRONG });
      if (tenantId)
        await db.withTenant(tenantId, (tx) =>
          tx.kysely.insertInto('memberships').values({ tenant_id: tenantId, user_id: u.id, role }).execute(),
        );
      ids[email] = u.id;
      return signIn(email, STRONG);
    };

    const { user: root } = await identities.createUser({
      email: 'root@example.test',
      password: STRONG,
      isPlatformAdmin: true,
    });
    ids['root@example.test'] = root.id;
    const who = {
      platform: await signIn('root@example.test', STRONG),
      adminA: await user('admin-a@example.test', f.tenantA, 'admin'),
      readerA: await user('reader-a@example.test', f.tenantA, 'reader'),
      adminB: await user('admin-b@example.test', f.tenantB, 'admin'),
    };
    const bearer = async (slug: string) => {
      const r = await call(who.platform, 'POST', `${ADMIN}/tenants/${slug}/clients`, { roles: ['admin'] });
      if (r.statusCode !== 201) throw new Error(`client ${r.statusCode}: ${r.body}`);
      const { client, clientSecret } = r.json<{ client: { id: string }; clientSecret: string }>();
      const t = await app.inject({
        method: 'POST',
        url: '/oauth/token',
        payload: { grant_type: 'client_credentials', client_id: client.id, client_secret: clientSecret },
      });
      if (t.statusCode !== 200) throw new Error(`token ${t.statusCode}: ${t.body}`);
      return { id: client.id, token: t.json<{ access_token: string }>().access_token };
    };

    fixture = {
      api: f,
      db,
      app,
      identities,
      who,
      ids,
      clientA: await bearer('a'),
      clientB: await bearer('b'),
      signIn,
      call,
      get: (path, token) =>
        app.inject({
          method: 'GET',
          url: path.startsWith('/ims/') ? path : `/ims/oneroster/rostering/v1p2${path}`,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
    };
  });

  return () => {
    if (!fixture) throw new Error('security fixture not ready');
    return fixture;
  };
}

/** Tables a snapshot covers by default: every tenant-owned and identity table but the logs. */
export const SNAPSHOT_TABLES = [
  'tenants',
  'tenant_settings',
  'orgs',
  'academic_sessions',
  'courses',
  'classes',
  'users',
  'user_profiles',
  'roles',
  'enrollments',
  'demographics',
  'memberships',
  'admin_users',
  'api_clients',
] as const;

/** Columns touched by ordinary use (last use, sign-in bookkeeping), left out of snapshots. */
const VOLATILE: Record<string, string[]> = {
  api_clients: ['last_used_at'],
  admin_users: ['last_login_at', 'last_sign_in_at', 'failed_attempts', 'locked_until', 'updated_at'],
};

/**
 * Row count and content hash of each table, read as the owner (no row-level security), so
 * "data untouched" can be asserted by comparing two snapshots.
 */
export async function snapshot(
  db: Database,
  tables: readonly string[] = SNAPSHOT_TABLES,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const cols = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(
      db.kysely,
    );
    const keep = cols.rows.map((c) => c.column_name).filter((c) => !(VOLATILE[table] ?? []).includes(c));
    if (!keep.length) throw new Error(`no table ${table}`);
    const row = sql.join(keep.map((c) => sql`${sql.ref(`t.${c}`)}::text`));
    const r = await sql<{ n: number; h: string | null }>`
      SELECT count(*)::int AS n, md5(string_agg(x, '|' ORDER BY x)) AS h
      FROM (SELECT concat_ws(',', ${row}) AS x FROM ${sql.table(table)} AS t) s`.execute(db.kysely);
    out[table] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ''}`;
  }
  return out;
}

/** Every sourcedId of tenant a, read as the owner. */
export async function sourcedIdsOf(db: Database, tenantId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const table of ['orgs', 'academic_sessions', 'courses', 'classes', 'users', 'enrollments']) {
    const r = await sql<{ id: string }>`SELECT sourced_id AS id FROM ${sql.table(table)}
      WHERE tenant_id = ${tenantId}`.execute(db.kysely);
    for (const row of r.rows) ids.add(row.id);
  }
  return ids;
}

/** Text a response must never carry: SQL, driver messages, stack traces, file paths. */
const LEAKS = [
  /\bSELECT\b[\s\S]*\bFROM\b/i,
  /\bsyntax error\b/i,
  /\bpg_sleep\b.*\berror\b/i,
  /\brelation "/i,
  /\bcolumn "[^"]+" does not exist/i,
  /\bat [\w.<>]+ \(.*:\d+:\d+\)/,
  /node_modules|\/src\/[\w/.-]+\.ts/,
  /\bkysely\b/i,
  /\bPGlite\b|\bpostgres(ql)? error\b/i,
  /\bunterminated quoted string\b/i,
  /\binvalid input syntax\b/i,
];

/**
 * Fails when the body carries SQL, driver text or a stack trace; `echoes` (the input sent, which an
 * error message may quote back) are removed first, in plain and JSON-escaped forms.
 */
export function expectNoLeak(res: LightMyRequestResponse, context = '', echoes: string[] = []): void {
  let body = res.body;
  for (const e of echoes.filter(Boolean))
    for (const form of [e, JSON.stringify(e).slice(1, -1), encodeURIComponent(e)])
      body = body.split(form).join('');
  for (const re of LEAKS) expect(re.test(body), `${context} leaks ${re}: ${body.slice(0, 300)}`).toBe(false);
}
