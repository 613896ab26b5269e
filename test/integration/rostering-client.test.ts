import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { generateBundle } from '../../src/generate/index.js';
import { importBundle } from '../../src/services/import.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';
import { createAuth } from '../../src/auth/index.js';

/**
 * A client that knows only the OneRoster 1.2 standard, over a real HTTP port: it gets a token with
 * HTTP Basic, walks every collection by following `Link: rel="next"`, and polls for changes with
 * `filter=dateLastModified>'…'`. Nothing RosterHub-specific is used.
 */
const COLLECTIONS: [path: string, key: string][] = [
  ['academicSessions', 'academicSessions'],
  ['classes', 'classes'],
  ['courses', 'courses'],
  ['demographics', 'demographics'],
  ['enrollments', 'enrollments'],
  ['gradingPeriods', 'academicSessions'],
  ['orgs', 'orgs'],
  ['schools', 'orgs'],
  ['students', 'users'],
  ['teachers', 'users'],
  ['terms', 'academicSessions'],
  ['users', 'users'],
];

class StandardClient {
  private token = '';
  constructor(
    private readonly origin: string,
    private readonly id: string,
    private readonly secret: string,
  ) {}

  async authenticate(): Promise<void> {
    const r = await fetch(`${this.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.id}:${this.secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body:
        'grant_type=client_credentials&scope=' +
        encodeURIComponent(
          'https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly',
        ),
    });
    expect(r.status).toBe(200);
    this.token = ((await r.json()) as { access_token: string }).access_token;
  }

  async get(
    url: string,
  ): Promise<{ body: Record<string, { sourcedId: string }[]>; total: number; next: string | null }> {
    const r = await fetch(url, { headers: { authorization: `Bearer ${this.token}` } });
    expect(r.status, url).toBe(200);
    const next = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1] ?? null;
    return {
      body: (await r.json()) as Record<string, { sourcedId: string }[]>,
      total: Number(r.headers.get('x-total-count')),
      next,
    };
  }

  /** Every record of a collection, page by page. */
  async walk(url: string, key: string): Promise<{ ids: string[]; total: number; pages: number }> {
    const ids: string[] = [];
    let next: string | null = url;
    let total = -1;
    let pages = 0;
    while (next) {
      const page = await this.get(next);
      total = page.total;
      ids.push(...page.body[key]!.map((r) => r.sourcedId));
      next = page.next;
      pages++;
    }
    return { ids, total, pages };
  }
}

describe.each(await testTargets())('a standard OneRoster client over HTTP ($name)', (target) => {
  const db = useDatabase(target);
  let app: FastifyInstance;
  let client: StandardClient;
  let origin: string;
  let bundleDir: string;

  beforeAll(async () => {
    bundleDir = join(tempDir(), 'bundle');
    await generateBundle({ out: bundleDir, students: 40, schools: 2, seed: 'client' });
    await importBundle(db(), bundleDir, { tenant: 'client' });
    const dataDir = tempDir();
    // The public URL is only known once listening: build, listen on an ephemeral port, rebuild.
    const probe = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir }),
      db: db(),
    });
    await probe.listen({ port: 0, host: '127.0.0.1' });
    const port = (probe.server.address() as { port: number }).port;
    await probe.close();
    origin = `http://127.0.0.1:${port}`;
    const config = loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dataDir, RH_PUBLIC_URL: origin });
    const auth = await createAuth(config, db());
    const tenant = await requireTenant(db(), 'client');
    const created = await auth.clients.create(tenant.id, { name: 'standard client' });
    await auth.close();
    app = await buildApp({ config, db: db() });
    await app.listen({ port, host: '127.0.0.1' });
    client = new StandardClient(origin, created.client.id, created.secret);
    await client.authenticate();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(COLLECTIONS)('walks /%s through its Link headers: every record once', async (path, key) => {
    const base = `${origin}/ims/oneroster/rostering/v1p2/${path}`;
    const all = await client.get(`${base}?limit=10000`);
    const { ids, total, pages } = await client.walk(`${base}?limit=25`, key);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(all.body[key]!.map((r) => r.sourcedId)));
    expect(pages).toBe(Math.max(1, Math.ceil(total / 25)));
  });

  it('polls for changes with a dateLastModified filter and sees exactly the changed record', async () => {
    const users = `${origin}/ims/oneroster/rostering/v1p2/users`;
    const before = await client.get(`${users}?limit=10000`);
    const newest = before.body
      .users!.map((u) => (u as unknown as { dateLastModified: string }).dateLastModified)
      .sort()
      .at(-1)!;
    const quiet = await client.get(`${users}?filter=${encodeURIComponent(`dateLastModified>'${newest}'`)}`);
    expect(quiet.body.users).toEqual([]);

    // The school system changes one family name and sends its bulk bundle again.
    const path = join(bundleDir, 'users.csv');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    const cells = lines[1]!.split('","');
    const changedId = cells[0]!.replace(/^"/, '');
    const familyAt = lines[0]!.split('","').indexOf('familyName');
    cells[familyAt] = '変更';
    lines[1] = cells.join('","');
    writeFileSync(path, lines.join('\r\n'));
    await importBundle(db(), bundleDir, { tenant: 'client' });
    await new Promise((r) => setTimeout(r, 1100)); // the API re-reads the data version each second

    const delta = await client.get(`${users}?filter=${encodeURIComponent(`dateLastModified>'${newest}'`)}`);
    expect(delta.body.users!.map((u) => u.sourcedId)).toEqual([changedId]);
    expect((delta.body.users![0] as unknown as { familyName: string }).familyName).toBe('変更');
  });
});
