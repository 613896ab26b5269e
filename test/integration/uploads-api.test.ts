import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBundle, type GenerateResult } from '../../src/generate/index.js';
import type { UploadView } from '../../src/uploads/upload-view.js';
import { readCsv, writeCsv, type Rec } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts, zipPart, type Part } from '../helpers/multipart.js';
import { ADMIN, HIGH_LIMITS, snapshot, STRONG, useSecurity, type Who } from '../helpers/security.js';
import {
  accepted,
  authOf,
  expectAdminError,
  filesOf,
  parseSse,
  request,
  sendBundle,
  settle,
  UPLOAD_ENV,
  uploadRows,
  UPLOADS,
  type Accepted,
  type Caller,
} from '../helpers/uploads.js';

/**
 * Uploads over HTTP, end to end on a real app and database: accepted at once (202), run by the
 * app's background jobs, visible through the rostering API; retries, no-ops, dry runs, invalid
 * bundles and their reports, history, server-sent events, cancel and revert, and who may do what
 * in which tenant. The tests run in order and share tenant a's upload history.
 */

const targets = await testTargets();

interface Generated {
  dir: string;
  zip: string;
  result: GenerateResult;
  /** sourcedIds of users.csv. */
  users: string[];
}

async function generated(seed: number, students: number): Promise<Generated> {
  const dir = join(tempDir(), 'bundle');
  const zip = join(tempDir(), `roster-${seed}.zip`);
  const result = await generateBundle({ out: dir, schools: 1, students, seed });
  await generateBundle({ out: zip, schools: 1, students, seed });
  return { dir, zip, result, users: readCsv(join(dir, 'users.csv')).rows.map((u) => u.sourcedId!) };
}

describe.each(targets)('uploads API on $name', (target) => {
  const fx = useSecurity(target, UPLOAD_ENV);
  let app: FastifyInstance;
  /** The same database with no job runner: its uploads stay queued until another app takes them up. */
  let idle: FastifyInstance;
  let adminA: Who;
  let one: Generated;
  let two: Generated;
  let three: Generated;
  let four: Generated;
  let invalidDir: string;
  /** users.csv lines (1-based, header on line 1) given a bad boolean, and the roles.csv line with a bad enum. */
  const badLines: number[] = [];
  let badRoleLine = 0;

  beforeAll(async () => {
    app = fx().app;
    adminA = fx().who.adminA;
    idle = await fx().api.buildAppWith({ ...HIGH_LIMITS, ...UPLOAD_ENV, RH_JOBS_IN_API: 'false' });
    [one, two, three, four] = await Promise.all([
      generated(101, 30),
      generated(102, 24),
      generated(103, 20),
      generated(104, 20),
    ]);
    const bad = await generated(105, 30);
    invalidDir = bad.dir;
    const users = readCsv(join(invalidDir, 'users.csv'));
    // More bad rows than an upload's status shows (20), fewer than the report's per-code cap.
    expect(users.rows.length).toBeGreaterThan(25);
    users.rows.slice(0, 25).forEach((u, i) => {
      u.enabledUser = 'yes';
      badLines.push(i + 2);
    });
    writeCsv(join(invalidDir, 'users.csv'), users);
    const roles = readCsv(join(invalidDir, 'roles.csv'));
    const badRoleRow = 3;
    roles.rows[badRoleRow]!.role = 'headmaster';
    badRoleLine = badRoleRow + 2;
    writeCsv(join(invalidDir, 'roles.csv'), roles);
  });

  const users = async (): Promise<Map<string, string>> => {
    const r = await fx().api.get('/users?limit=10000', fx().api.tokens.all);
    expect(r.statusCode, r.body).toBe(200);
    return new Map(r.json<{ users: Rec[] }>().users.map((u) => [u.sourcedId, u.status]));
  };
  /** The rostering API once it serves `g`'s users: a node re-reads the data version at most once a second. */
  const usersAfter = async (g: Generated): Promise<Map<string, string>> => {
    for (let i = 0; i < 30; i++) {
      const now = await users();
      if (g.users.every((id) => now.get(id) === 'active')) return now;
      await new Promise((r) => setTimeout(r, 100));
    }
    return users();
  };

  /** Counts per file of an applied bundle: every row read, accounted for, users all new. */
  const expectCounts = (v: UploadView, g: Generated, previousUsers: number) => {
    const files = filesOf(v);
    expect(Object.keys(files).sort()).toEqual(Object.keys(g.result.files).sort());
    for (const [name, rows] of Object.entries(g.result.files)) {
      const f = files[name]!;
      expect(f.rows, name).toBe(rows);
      expect(f.created! + f.updated! + f.unchanged!, name).toBe(rows);
    }
    expect(files.users).toMatchObject({ created: g.users.length, deleted: previousUsers });
  };

  it('a zip: 202 at once with links and Location, then completed with counts per file and served by the rostering API', async () => {
    const before = (await users()).size;
    const r = await sendBundle(app, adminA, [zipPart(one.zip)]);
    const a = accepted(r);
    // Answered before any work: no job has claimed it yet. Soft, so the rest still runs when it fails.
    expect.soft(a.status).toBe('queued');
    expect.soft(a.upload).toMatchObject({ attempts: 0, startedAt: null });
    expect(a.upload).toMatchObject({
      dryRun: false,
      noop: false,
      source: {
        kind: 'zip',
        name: 'roster-101.zip',
        bytes: statSync(one.zip).size,
        contentHash: createHash('sha256').update(readFileSync(one.zip)).digest('hex'),
        filesDeleted: false,
      },
      createdBy: { type: 'user', id: fx().ids['admin-a@example.test'] },
    });
    expect(a.links).toEqual({
      self: `${UPLOADS}/${a.uploadId}`,
      report: `${UPLOADS}/${a.uploadId}/report?format=json`,
      reportCsv: `${UPLOADS}/${a.uploadId}/report?format=csv`,
      events: `${UPLOADS}/${a.uploadId}/events`,
      cancel: `${UPLOADS}/${a.uploadId}/cancel`,
      revert: `${UPLOADS}/${a.uploadId}/revert`,
    });

    const done = await settle(app, adminA, a.links.self);
    expect(done.status, JSON.stringify(done.failure)).toBe('completed');
    expect(done).toMatchObject({ errorCount: 0, failure: null, attempts: 1 });
    expect(done.startedAt).not.toBeNull();
    expect(done.revert.availableUntil).not.toBeNull();
    expectCounts(done, one, fx().api.bundleA.users!.rows.length);

    const now = await usersAfter(one);
    for (const id of one.users) expect(now.get(id), id).toBe('active');
    // Bulk: the users the bundle no longer lists are marked for deletion, not dropped.
    const gone = [...now].filter(([id]) => !one.users.includes(id));
    expect(gone.length).toBe(before);
    expect(new Set(gone.map(([, s]) => s))).toEqual(new Set(['tobedeleted']));
  });

  it('manifest plus one part per CSV file: completed, counts per file, served by the rostering API', async () => {
    const parts = folderParts(two.dir);
    expect(parts.map((p) => p.field)).toContain('manifest');
    const a = accepted(await sendBundle(app, adminA, parts));
    expect(a.upload.source).toMatchObject({
      kind: 'files',
      name: `${parts.length} files`,
      bytes: parts.reduce((n, p) => n + p.content.length, 0),
    });
    const done = await settle(app, adminA, a.links.self);
    expect(done.status, JSON.stringify(done.failure)).toBe('completed');
    expectCounts(done, two, one.users.length);
    const now = await usersAfter(two);
    for (const id of two.users) expect(now.get(id), id).toBe('active');
    for (const id of one.users) expect(now.get(id), id).toBe('tobedeleted');
  });

  let applied: string;
  it('the same Idempotency-Key twice: one upload, the second answer replayed', async () => {
    const key = `nightly-${target.name}-${Date.now()}`;
    const first = await sendBundle(app, adminA, [zipPart(three.zip)], {
      headers: { 'idempotency-key': key },
    });
    const a = accepted(first);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await sendBundle(app, adminA, [zipPart(three.zip)], {
      headers: { 'idempotency-key': key },
    });
    const b = accepted(again);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(b.uploadId).toBe(a.uploadId);
    expect(await uploadRows(fx().db, fx().api.tenantA, { idempotencyKey: key })).toBe(1);
    const done = await settle(app, adminA, a.links.self);
    expect(done.status, JSON.stringify(done.failure)).toBe('completed');
    expect(done.attempts).toBe(1);
    // A retry after completion still answers with the same upload, unchanged.
    const late = await sendBundle(app, adminA, [zipPart(three.zip)], { headers: { 'idempotency-key': key } });
    expect(late.headers['idempotent-replayed']).toBe('true');
    expect(accepted(late).upload).toMatchObject({ uploadId: a.uploadId, status: 'completed' });
    expect(await uploadRows(fx().db, fx().api.tenantA, { idempotencyKey: key })).toBe(1);
    applied = a.uploadId;
    // Keys belong to a tenant: the same key in tenant b is a new upload there, not a's replayed.
    const inB = await sendBundle(app, { bearer: fx().clientB.token }, [zipPart(three.zip)], {
      query: 'dryRun=true',
      headers: { 'idempotency-key': key },
    });
    const b2 = accepted(inB);
    expect(inB.headers['idempotent-replayed']).toBeUndefined();
    expect(b2.uploadId).not.toBe(a.uploadId);
    expect(await uploadRows(fx().db, fx().api.tenantB, { idempotencyKey: key })).toBe(1);
    expect((await settle(app, { bearer: fx().clientB.token }, b2.links.self)).status).toBe('completed');
  });

  it('content equal to the last successful upload: recorded as a completed no-op, nothing run', async () => {
    const rows = await uploadRows(fx().db, fx().api.tenantA);
    const before = await snapshot(fx().db);
    const a = accepted(await sendBundle(app, adminA, [zipPart(three.zip)]));
    expect(a.uploadId).not.toBe(applied);
    expect(a.status).toBe('completed');
    expect(a.upload).toMatchObject({
      noop: true,
      attempts: 0,
      startedAt: null,
      revert: { availableUntil: null },
    });
    expect(a.upload.source.filesDeleted).toBe(true);
    expect(await uploadRows(fx().db, fx().api.tenantA)).toBe(rows + 1);
    // Still nothing run a moment later: no job picked it up.
    await new Promise((r) => setTimeout(r, 300));
    const later = (await request(app, adminA, 'GET', a.links.self)).json<UploadView>();
    expect(later).toMatchObject({ status: 'completed', noop: true, attempts: 0, startedAt: null });
    expect(await snapshot(fx().db)).toEqual(before);
    const revert = await request(app, adminA, 'POST', a.links.revert);
    expectAdminError(revert, 409, 'conflict');
  });

  it('a dry run, asked in the query or as a form field: completed, report available, store unchanged', async () => {
    for (const [query, parts] of [
      ['dryRun=true', folderParts(four.dir)],
      ['', [{ field: 'dryRun', content: 'true' }, zipPart(four.zip)]],
    ] as [string, Part[]][]) {
      const before = await snapshot(fx().db);
      const a = accepted(await sendBundle(app, adminA, parts, { query }));
      expect(a.upload.dryRun).toBe(true);
      const done = await settle(app, adminA, a.links.self);
      expect(done).toMatchObject({ status: 'completed', dryRun: true, noop: false, errorCount: 0 });
      expect(done.revert.availableUntil).toBeNull();
      expect(filesOf(done).users).toEqual({ rows: four.users.length });
      const report = await request(app, adminA, 'GET', done.links.report);
      expect(report.statusCode, report.body).toBe(200);
      expect(report.json()).toMatchObject({
        uploadId: a.uploadId,
        status: 'completed',
        profile: 'japan',
        errorCount: 0,
      });
      expect(await snapshot(fx().db)).toEqual(before);
    }
    // Content checked by a dry run is not "the last successful upload": applying it runs.
    const again = accepted(await sendBundle(app, adminA, [zipPart(four.zip)], { query: 'dryRun=false' }));
    expect(again.upload.noop).toBe(false);
    expect((await settle(app, adminA, again.links.self)).status).toBe('completed');
  });

  let invalidId: string;
  it('an invalid bundle: failed, first errors with file, line and column, the full report as JSON and CSV, store unchanged', async () => {
    const before = await snapshot(fx().db);
    const a = accepted(await sendBundle(app, adminA, folderParts(invalidDir)));
    invalidId = a.uploadId;
    const done = await settle(app, adminA, a.links.self);
    expect(done.status).toBe('failed');
    expect(done.failure?.code).toBe('upload.invalid');
    expect(done.errorCount).toBe(badLines.length + 1);
    expect(done.errors).toHaveLength(20);
    for (const e of done.errors) {
      expect(['users.csv', 'roles.csv']).toContain(e.file);
      expect(e.severity).toBe('error');
      expect(typeof e.line).toBe('number');
      expect(typeof e.column).toBe('string');
    }
    expect(done.revert.availableUntil).toBeNull();

    const report = await request(app, adminA, 'GET', `${done.links.self}/report?format=json`);
    expect(report.statusCode, report.body).toBe(200);
    const full = report.json<{ errors: UploadView['errors']; errorCount: number }>();
    expect(full.errorCount).toBe(done.errorCount);
    expect(full.errors).toHaveLength(done.errorCount);
    const boolErrors = full.errors.filter((e) => e.file === 'users.csv');
    expect(boolErrors.map((e) => e.line).sort((x, y) => x! - y!)).toEqual(badLines);
    for (const e of boolErrors) expect(e).toMatchObject({ column: 'enabledUser', value: 'yes' });
    expect(full.errors.filter((e) => e.file === 'roles.csv')).toEqual([
      expect.objectContaining({ line: badRoleLine, column: 'role', value: 'headmaster' }),
    ]);

    const csv = await request(app, adminA, 'GET', done.links.reportCsv);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    // One BOM, so a spreadsheet reads the Japanese right and shows the header's first cell clean.
    const text = csv.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFfile,')).toBe(true);
    const [header, ...lines] = text.slice(1).split('\r\n').filter(Boolean);
    expect(header!.split(',')).toEqual([
      'file',
      'line',
      'column',
      'code',
      'severity',
      'messageJa',
      'message',
      'value',
    ]);
    const rows = lines.map((l) => l.slice(1, -1).split('","'));
    expect(rows).toHaveLength(done.errorCount);
    for (const r of rows) expect(r).toHaveLength(8);
    expect(rows.filter((r) => r[0] === 'roles.csv').map((r) => [r[1], r[2], r[7]])).toEqual([
      [String(badRoleLine), 'role', 'headmaster'],
    ]);
    const boolRows = rows.filter((r) => r[0] === 'users.csv');
    expect(boolRows.map((r) => Number(r[1])).sort((x, y) => x - y)).toEqual(badLines);
    for (const r of boolRows) expect([r[2], r[7]]).toEqual(['enabledUser', 'yes']);

    expect(await snapshot(fx().db)).toEqual(before);
  });

  let streamed: Accepted;
  it('server-sent events: progress while the upload waits and runs, then done with its final status, and the stream ends', async () => {
    // Sent to an app that runs no jobs, the upload waits until an app that does starts and takes it up.
    streamed = accepted(await sendBundle(idle, adminA, [zipPart(one.zip)]));
    expect(streamed.status).toBe('queued');
    const stream = app.inject({ method: 'GET', url: streamed.links.events, headers: authOf(adminA) });
    await new Promise((r) => setTimeout(r, 300));
    await fx().api.buildAppWith({ ...HIGH_LIMITS, ...UPLOAD_ENV });
    const r = await stream;
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(r.body.startsWith('retry: ')).toBe(true);
    const events = parseSse(r.body);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]).toMatchObject({
      event: 'progress',
      data: { uploadId: streamed.uploadId, status: 'queued' },
    });
    expect(events.slice(0, -1).map((e) => e.event)).toEqual(events.slice(0, -1).map(() => 'progress'));
    expect(events.at(-1)).toMatchObject({
      event: 'done',
      data: { uploadId: streamed.uploadId, status: 'completed' },
    });
    expect(filesOf(events.at(-1)!.data).users).toMatchObject({ rows: one.users.length });

    // A finished upload: one `done` event, at once.
    const failed = await app.inject({
      method: 'GET',
      url: `${UPLOADS}/${invalidId}/events`,
      headers: authOf(adminA),
    });
    const once = parseSse(failed.body);
    expect(once.map((e) => [e.event, e.data.uploadId, e.data.status])).toEqual([
      ['done', invalidId, 'failed'],
    ]);
  });

  it("tenant b's admin and API client cannot see, cancel or revert tenant a's uploads; tenant a can", async () => {
    const queued = accepted(await sendBundle(idle, adminA, [zipPart(two.zip)]));
    expect(queued.status).toBe('queued');
    const { adminB } = fx().who;
    const clientB = { bearer: fx().clientB.token };
    const outsiders: [string, Caller, string, number][] = [
      ['admin of b', adminB, '', 404],
      ['client of b', clientB, '', 404],
      ['admin of b naming a', adminB, '?tenant=a', 403],
      ['client of b naming a', clientB, '?tenant=a', 403],
    ];
    for (const upload of [queued.upload, streamed.upload]) {
      const self = `${UPLOADS}/${upload.uploadId}`;
      for (const [who, caller, q, status] of outsiders)
        for (const [method, path] of [
          ['GET', ''],
          ['GET', '/report'],
          ['GET', '/report?format=csv'],
          ['GET', '/events'],
          ['POST', '/cancel'],
          ['POST', '/revert'],
        ] as const) {
          const url = `${self}${path}${path.includes('?') ? q.replace('?', '&') : q}`;
          const r = await request(app, caller, method, url);
          expect(r.statusCode, `${who}: ${method} ${url}: ${r.body}`).toBe(status);
          expectAdminError(r, status, status === 404 ? 'not_found' : 'forbidden');
          expect(r.body).not.toContain(upload.source.contentHash);
        }
      for (const [who, caller] of outsiders) {
        const list = await request(app, caller, 'GET', UPLOADS);
        expect(list.statusCode, who).toBe(200);
        expect(list.body, who).not.toContain(upload.uploadId);
      }
    }

    // Untouched by all that: still queued, still completed.
    const stillQueued = await request(app, adminA, 'GET', queued.links.self);
    expect(stillQueued.json()).toMatchObject({ status: 'queued', cancelRequested: false });
    const stillDone = await request(app, adminA, 'GET', streamed.links.self);
    expect(stillDone.json()).toMatchObject({ status: 'completed', revert: { revertedAt: null } });

    const cancelled = await request(app, adminA, 'POST', queued.links.cancel);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ uploadId: queued.uploadId, status: 'cancelled' });
    expectAdminError(await request(app, adminA, 'POST', queued.links.cancel), 409, 'conflict');
    expectAdminError(await request(app, adminA, 'POST', queued.links.revert), 409, 'conflict');
  });

  it('a revert gives back what the upload replaced: its created records become tobedeleted, its deleted ones return', async () => {
    const r = await request(app, adminA, 'POST', streamed.links.revert);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      uploadId: streamed.uploadId,
      status: 'reverted',
      revert: { revertedBy: { type: 'user', id: fx().ids['admin-a@example.test'] } },
    });
    const now = await usersAfter(four);
    for (const id of four.users) expect(now.get(id), id).toBe('active');
    for (const id of one.users) expect(now.get(id), id).toBe('tobedeleted');
    expectAdminError(await request(app, adminA, 'POST', streamed.links.revert), 409, 'conflict');
  });

  it('who may upload: readers read but do not send; an API client needs the uploader or admin role and names no tenant', async () => {
    const { readerA } = fx().who;
    expectAdminError(await sendBundle(app, readerA, [zipPart(three.zip)]), 403, 'forbidden');
    expect((await request(app, readerA, 'GET', UPLOADS)).statusCode).toBe(200);
    expect((await request(app, readerA, 'GET', streamed.links.self)).statusCode).toBe(200);
    expectAdminError(await request(app, readerA, 'POST', streamed.links.cancel), 403, 'forbidden');
    expectAdminError(await request(app, readerA, 'POST', streamed.links.revert), 403, 'forbidden');

    const client = async (roles?: string[]) => {
      const c = await request(app, adminA, 'POST', `${ADMIN}/tenants/a/clients`, roles ? { roles } : {});
      expect(c.statusCode, c.body).toBe(201);
      const { client: made, clientSecret } = c.json<{ client: { id: string }; clientSecret: string }>();
      const t = await app.inject({
        method: 'POST',
        url: '/oauth/token',
        payload: { grant_type: 'client_credentials', client_id: made.id, client_secret: clientSecret },
      });
      expect(t.statusCode, t.body).toBe(200);
      return { id: made.id, bearer: t.json<{ access_token: string }>().access_token };
    };
    const reader = await client(['reader']);
    expectAdminError(await sendBundle(app, reader, [zipPart(three.zip)]), 403, 'forbidden');
    expect((await request(app, reader, 'GET', UPLOADS)).statusCode).toBe(200);
    // Roles default to none: a rostering-only client.
    const rostering = await client();
    expectAdminError(await sendBundle(app, rostering, [zipPart(three.zip)]), 403, 'forbidden');

    const uploader = await client(['uploader']);
    expectAdminError(
      await sendBundle(app, uploader, [zipPart(three.zip)], { query: 'tenant=b' }),
      403,
      'forbidden',
    );
    const a = accepted(await sendBundle(app, uploader, [zipPart(three.zip)]));
    expect(a.upload.createdBy).toEqual({ type: 'client', id: uploader.id });
    const done = await settle(app, uploader, a.links.self);
    expect(done.status, JSON.stringify(done.failure)).toBe('completed');
    expect((await usersAfter(three)).get(three.users[0]!)).toBe('active');
  });

  it('a person in several tenants, or a platform administrator, must name the tenant: 400 tenant_required', async () => {
    const { db, identities, api } = fx();
    const { user } = await identities.createUser({ email: 'both@example.test', password: STRONG });
    for (const tenantId of [api.tenantA, api.tenantB])
      await db.withTenant(tenantId, (tx) =>
        tx.kysely
          .insertInto('memberships')
          .values({ tenant_id: tenantId, user_id: user.id, role: 'admin' })
          .execute(),
      );
    const both = await fx().signIn('both@example.test', STRONG);
    for (const who of [both, fx().who.platform]) {
      expectAdminError(await request(app, who, 'GET', UPLOADS), 400, 'tenant_required');
      expectAdminError(await request(app, who, 'GET', streamed.links.self), 400, 'tenant_required');
      expectAdminError(await sendBundle(app, who, [zipPart(three.zip)]), 400, 'tenant_required');
      const named = await request(app, who, 'GET', `${streamed.links.self}?tenant=a`);
      expect(named.statusCode, named.body).toBe(200);
      const inB = await request(app, who, 'GET', `${streamed.links.self}?tenant=b`);
      expectAdminError(inB, 404, 'not_found');
    }
  });

  it('history: newest first, filtered by status and dates, paged by cursor with every upload exactly once', async () => {
    const list = async (query: string) => {
      const r = await request(app, adminA, 'GET', `${UPLOADS}?${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<{ uploads: UploadView[]; nextCursor: string | null }>();
    };
    const everything = await list('limit=200');
    const all = everything.uploads;
    expect(everything.nextCursor).toBeNull();
    expect(all).toHaveLength(await uploadRows(fx().db, fx().api.tenantA));
    const order = [...all].sort((x, y) =>
      x.createdAt === y.createdAt ? (x.uploadId < y.uploadId ? 1 : -1) : x.createdAt < y.createdAt ? 1 : -1,
    );
    expect(all.map((u) => u.uploadId)).toEqual(order.map((u) => u.uploadId));
    expect(new Set(all.map((u) => u.status))).toEqual(
      new Set(['completed', 'failed', 'cancelled', 'reverted']),
    );
    expect((await list('')).uploads).toHaveLength(all.length);

    const ids = (us: UploadView[]) => us.map((u) => u.uploadId);
    expect(ids((await list('status=failed')).uploads)).toEqual(ids(all.filter((u) => u.status === 'failed')));
    expect(ids((await list('status=cancelled,reverted')).uploads)).toEqual(
      ids(all.filter((u) => u.status === 'cancelled' || u.status === 'reverted')),
    );

    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(`limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.uploads.length).toBeLessThanOrEqual(3);
      paged.push(...ids(page.uploads));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(paged).toEqual(ids(all));
    expect(pages).toBe(Math.ceil(all.length / 3));

    const since = all[6]!.createdAt;
    const until = all[2]!.createdAt;
    const inRange = all.filter((u) => u.createdAt >= since && u.createdAt < until);
    expect(inRange.length).toBeGreaterThanOrEqual(3);
    const ranged = await list(`since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`);
    expect(ids(ranged.uploads)).toEqual(ids(inRange));
    expect(
      (await list(`since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).uploads,
    ).toEqual([]);

    for (const bad of [
      '?cursor=nonsense',
      '?status=done',
      '?limit=0',
      '?limit=201',
      '?since=yesterday',
      '/42',
    ])
      expectAdminError(await request(app, adminA, 'GET', `${UPLOADS}${bad}`), 400, 'invalid_input');
  });
});
