import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import {
  ROSTER_SCOPES,
  SCOPE_ROSTER,
  SCOPE_ROSTER_CORE,
  SCOPE_ROSTER_DEMOGRAPHICS,
} from '../../src/auth/scopes.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { generateBundle } from '../../src/generate/index.js';
import { ROSTER_FILES } from '../../src/model/index.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { tempDir } from './bundle.js';
import { useDatabase, type TestTarget } from './db.js';

/**
 * Set-up shared by the rostering API integration suites: one database per suite, two tenants with
 * different generated bundles, an app built with `buildApp`, and bearer tokens of various scopes.
 */

export const PUBLIC_URL = 'https://rh.example.test';
export const BASE = '/ims/oneroster/rostering/v1p2';
export const BASE_URL = `${PUBLIC_URL}${BASE}`;
export { SCOPE_ROSTER, SCOPE_ROSTER_CORE, SCOPE_ROSTER_DEMOGRAPHICS };

export type Json = Record<string, unknown>;
export type Rec = Json & { sourcedId: string; status: string; dateLastModified: string };

/** A fully quoted CSV file as written by the generator (no embedded `","` or line breaks). */
export interface Csv {
  header: string[];
  rows: Record<string, string>[];
}

export function readCsv(path: string): Csv {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const split = (line: string) =>
    line
      .slice(1, -1)
      .split('","')
      .map((c) => c.replaceAll('""', '"'));
  const header = split(lines[0]!);
  return {
    header,
    rows: lines.slice(1).map((l) => {
      const cells = split(l);
      return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    }),
  };
}

export function writeCsv(path: string, csv: Csv): void {
  const q = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const lines = [
    csv.header.map(q).join(','),
    ...csv.rows.map((r) => csv.header.map((h) => q(r[h] ?? '')).join(',')),
  ];
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

export interface ApiFixture {
  db: Database;
  auth: Auth;
  config: Config;
  app: FastifyInstance;
  tenantA: string;
  tenantB: string;
  /** Tokens of tenant a by scope set; `all` holds all three rostering scopes. */
  tokens: { all: string; core: string; roster: string; demographics: string; b: string; c: string };
  /** The bundle tenant a holds now (after the second import), parsed. */
  bundleA: Record<string, Csv>;
  /** The student of tenant c dropped by its second bulk import (now `tobedeleted`); tokens.c reads c. */
  droppedStudent: string;
  /** The teacher whose givenName the second import changed (the latest dateLastModified). */
  changedTeacher: { sourcedId: string; givenName: string };
  /** A time between the first and the second imports of tenants a and c. */
  betweenImports: string;
  /** GET through `app.inject`; a relative path is taken under the rostering base path. */
  get(path: string, token?: string | null, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Builds another app over the same database and auth, e.g. with another `RH_API_MAX_LIMIT`. */
  buildAppWith(env: Record<string, string>): Promise<FastifyInstance>;
}

/** The rostering files a generated bundle holds (the model's, those the generator wrote). */
const filesIn = (dir: string) =>
  ROSTER_FILES.map((f) => f.name).filter((f) => existsSync(join(dir, `${f}.csv`)));

function configFor(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, RH_PUBLIC_URL: PUBLIC_URL, ...env });
}

function readBundle(dir: string): Record<string, Csv> {
  return Object.fromEntries(filesIn(dir).map((f) => [f, readCsv(join(dir, `${f}.csv`))]));
}

function writeBundle(dir: string, csv: Record<string, Csv>): void {
  for (const f of Object.keys(csv)) writeCsv(join(dir, `${f}.csv`), csv[f]!);
}

/** Rewrites a generated bundle folder with one teacher renamed. */
function renameTeacher(dir: string): { sourcedId: string; givenName: string } {
  const csv = readBundle(dir);
  const teacherIds = new Set(
    csv.roles!.rows.filter((r) => r.role === 'teacher').map((r) => r.userSourcedId!),
  );
  const t = csv.users!.rows.find((u) => teacherIds.has(u.sourcedId!))!;
  t.givenName = `${t.givenName}改`;
  writeBundle(dir, csv);
  return { sourcedId: t.sourcedId!, givenName: t.givenName };
}

/** Rewrites a generated bundle folder with one student dropped, with their roles, enrollments and demographics. */
function dropStudent(dir: string): string {
  const csv = readBundle(dir);
  const roles = csv.roles!.rows;
  const studentIds = new Set(roles.filter((r) => r.role === 'student').map((r) => r.userSourcedId!));
  // The last student: nothing else (agents, homeClass…) points at a student.
  const dropped = [...studentIds].at(-1)!;
  if (csv.users!.rows.some((u) => u.agentSourcedIds?.includes(dropped)))
    throw new Error('dropped student is referenced as an agent');
  csv.users!.rows = csv.users!.rows.filter((u) => u.sourcedId !== dropped);
  csv.roles!.rows = roles.filter((r) => r.userSourcedId !== dropped);
  csv.enrollments!.rows = csv.enrollments!.rows.filter((e) => e.userSourcedId !== dropped);
  csv.demographics!.rows = csv.demographics!.rows.filter((d) => d.sourcedId !== dropped);
  writeBundle(dir, csv);
  return dropped;
}

/** Registers the beforeAll/afterAll of an API suite on `target`; the getter works inside tests. */
export function useApi(target: TestTarget, opts: { students?: number } = {}): () => ApiFixture {
  const database = useDatabase(target);
  let fixture: ApiFixture | undefined;
  const extraApps: FastifyInstance[] = [];

  beforeAll(async () => {
    const db = database();
    const dataDir = tempDir('rh-api-');
    const config = configFor(dataDir);
    const auth = await createAuth(config, db);
    const app = await buildApp({ config, db, auth });

    const dirA = join(tempDir(), 'a');
    const dirB = join(tempDir(), 'b');
    const dirC = join(tempDir(), 'c');
    await generateBundle({ out: dirA, schools: 2, students: opts.students ?? 60, seed: 11 });
    await generateBundle({ out: dirB, schools: 2, students: 40, seed: 23 });
    await generateBundle({ out: dirC, schools: 1, students: 20, seed: 31 });
    const load = async (dir: string, tenant: string) => {
      const r = await importBundle(db, dir, { tenant });
      if (r.status !== 'completed')
        throw new Error(`import into ${tenant} failed: ${JSON.stringify(r.errors)}`);
    };
    await load(dirA, 'a');
    await load(dirB, 'b');
    await load(dirC, 'c');

    // Second bulk imports: a renames a teacher (a later dateLastModified), c drops a student.
    await new Promise((r) => setTimeout(r, 20));
    const betweenImports = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const teacher = renameTeacher(dirA);
    await load(dirA, 'a');
    const dropped = dropStudent(dirC);
    await load(dirC, 'c');

    const tenantA = (await requireTenant(db, 'a')).id;
    const tenantB = (await requireTenant(db, 'b')).id;
    const tenantC = (await requireTenant(db, 'c')).id;
    const token = async (tenantId: string, scopes: readonly string[]) => {
      const { client } = await auth.clients.create(tenantId, { name: scopes.join(' '), scopes });
      return (await auth.tokens.issue(client, scopes)).access_token;
    };

    const get: ApiFixture['get'] = (path, tok, headers = {}) =>
      app.inject({
        method: 'GET',
        url:
          path.startsWith('/') && !path.startsWith(BASE) && !path.startsWith('/oauth')
            ? `${BASE}${path}`
            : path,
        headers: { ...(tok ? { authorization: `Bearer ${tok}` } : {}), ...headers },
      });

    fixture = {
      db,
      auth,
      config,
      app,
      tenantA,
      tenantB,
      tokens: {
        all: await token(tenantA, ROSTER_SCOPES),
        core: await token(tenantA, [SCOPE_ROSTER_CORE]),
        roster: await token(tenantA, [SCOPE_ROSTER]),
        demographics: await token(tenantA, [SCOPE_ROSTER_DEMOGRAPHICS]),
        b: await token(tenantB, ROSTER_SCOPES),
        c: await token(tenantC, ROSTER_SCOPES),
      },
      bundleA: readBundle(dirA),
      droppedStudent: dropped,
      changedTeacher: teacher,
      betweenImports,
      get,
      async buildAppWith(env) {
        const other = await buildApp({ config: configFor(dataDir, env), db, auth });
        extraApps.push(other);
        return other;
      },
    };
  });

  afterAll(async () => {
    for (const a of extraApps) await a.close();
    await fixture?.app.close();
    await fixture?.auth.close();
  });

  return () => {
    if (!fixture) throw new Error('API fixture not ready');
    return fixture;
  };
}

/** The body of a 200 collection response, the list under its one key. */
export function items(res: LightMyRequestResponse, key: string): Rec[] {
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
  const body = res.json<Record<string, Rec[]>>();
  const list = body[key];
  if (!Array.isArray(list)) throw new Error(`no ${key} in ${res.body.slice(0, 200)}`);
  return list;
}

/** Code-point order, as PostgreSQL's C collation sorts (and as the tie-break on sourcedId needs). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every JSON path holding `null`, and every JSON path holding a real boolean. */
export function nullsAndBooleans(value: unknown, path = '$'): { nulls: string[]; booleans: string[] } {
  const out = { nulls: [] as string[], booleans: [] as string[] };
  const walk = (v: unknown, p: string) => {
    if (v === null) out.nulls.push(p);
    else if (typeof v === 'boolean') out.booleans.push(p);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v as Json)) walk(x, `${p}.${k}`);
  };
  walk(value, path);
  return out;
}

/** The codeMinor value of an imsx error body. */
export function codeMinor(res: LightMyRequestResponse): string | undefined {
  const body = res.json<{
    imsx_CodeMinor?: { imsx_codeMinorField?: { imsx_codeMinorFieldValue?: string }[] };
  }>();
  return body.imsx_CodeMinor?.imsx_codeMinorField?.[0]?.imsx_codeMinorFieldValue;
}

/** Parses an RFC 8288 Link header into rel → URL. */
export function parseLinks(header: string | string[] | number | undefined): Record<string, URL> {
  const out: Record<string, URL> = {};
  if (typeof header !== 'string') return out;
  for (const part of header.split(/,\s*(?=<)/)) {
    const m = /^<([^>]+)>;\s*rel="([^"]+)"$/.exec(part.trim());
    if (m) out[m[2]!] = new URL(m[1]!);
  }
  return out;
}
