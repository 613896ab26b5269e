import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config/config.js';
import { generateBundle, type GenerateResult } from '../../src/generate/index.js';
import { IdentityService } from '../../src/identity/identity.service.js';
import { ROSTER_FILES } from '../../src/model/index.js';
import type { TenantStats } from '../../src/services/tenant-stats.service.js';
import type { UploadView } from '../../src/uploads/upload-view.js';
import { readCsv, writeCsv } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';
import { folderParts } from '../helpers/multipart.js';
import { ADMIN, STRONG, type Who } from '../helpers/security.js';
import {
  accepted,
  expectAdminError,
  filesOf,
  request,
  sendBundle,
  settle,
  UPLOAD_ENV,
} from '../helpers/uploads.js';
import { createTenant } from '../../src/services/tenant.service.js';

/**
 * The dashboard endpoint on a real app and database: record counts per file and status after
 * bulk uploads (one dropping a student), the last successful upload (not a dry run, failed or
 * reverted one), the recent uploads and the series of applied changes; who may read it. The tests
 * run in order and share tenant st-a's uploads.
 */

const targets = await testTargets();
const FILES = ROSTER_FILES.map((f) => f.name);

/** sourcedIds per file of a bundle folder (files it lacks are empty). */
function idsOf(dir: string, names: string[]): Record<string, Set<string>> {
  return Object.fromEntries(
    FILES.map((f) => [
      f,
      new Set(names.includes(f) ? readCsv(join(dir, `${f}.csv`)).rows.map((r) => r.sourcedId!) : []),
    ]),
  );
}

/** A copy of a bundle folder with its last student dropped, with their roles, enrollments and demographics. */
function withoutLastStudent(dir: string): string {
  const out = join(tempDir('rh-stats-'), 'dropped');
  cpSync(dir, out, { recursive: true });
  const read = (f: string) => readCsv(join(out, `${f}.csv`));
  const roles = read('roles');
  const dropped = roles.rows.filter((r) => r.role === 'student').at(-1)!.userSourcedId!;
  for (const [file, key] of [
    ['users', 'sourcedId'],
    ['roles', 'userSourcedId'],
    ['enrollments', 'userSourcedId'],
    ['demographics', 'sourcedId'],
  ] as const) {
    const csv = read(file);
    csv.rows = csv.rows.filter((r) => r[key] !== dropped);
    writeCsv(join(out, `${file}.csv`), csv);
  }
  return out;
}

/** What the uploads' stored per-file counts add up to. */
function totalsOf(v: UploadView) {
  const t = { created: 0, updated: 0, deleted: 0 };
  for (const c of Object.values(filesOf(v))) {
    t.created += c.created ?? 0;
    t.updated += c.updated ?? 0;
    t.deleted += c.deleted ?? 0;
  }
  return t;
}

describe.each(targets)('dashboard stats API on $name', (target) => {
  const database = useDatabase(target);
  let app: FastifyInstance;
  let auth: Auth;
  const who = {} as Record<'uploaderA' | 'readerA' | 'adminB', Who>;
  let bundle: { dir: string; result: GenerateResult };
  /** Uploads of tenant st-a as the tests make them. */
  const up: Record<'first' | 'dry' | 'failed' | 'drop', UploadView> = {} as never;

  const stats = (w: Who | null, slug = 'st-a'): Promise<LightMyRequestResponse> =>
    app.inject({
      method: 'GET',
      url: `${ADMIN}/tenants/${slug}/stats`,
      headers: w ? { cookie: w.cookie } : {},
    });
  const statsOf = async (w: Who, slug = 'st-a'): Promise<TenantStats> => {
    const r = await stats(w, slug);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<TenantStats>();
  };
  const upload = async (dir: string, query?: string): Promise<UploadView> => {
    const a = accepted(await sendBundle(app, who.uploaderA, folderParts(dir), { query }));
    return settle(app, who.uploaderA, a.links.self);
  };
  const countsOf = (s: TenantStats) =>
    Object.fromEntries(s.counts.map((c) => [c.entity, { active: c.active, tobedeleted: c.tobedeleted }]));

  beforeAll(async () => {
    const db = database();
    const config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-stats-'),
      RH_PUBLIC_URL: 'https://rh.example.test',
      RH_RATE_LIMIT_SIGNINS_PER_HOUR: '100000',
      ...UPLOAD_ENV,
    });
    auth = await createAuth(config, db);
    app = await buildApp({ config, db, auth });
    const identities = new IdentityService(db, { sessionTtlHours: 12 });
    const a = (await createTenant(db, 'st-a')).tenant.id;
    const b = (await createTenant(db, 'st-b')).tenant.id;
    const member = async (email: string, tenantId: string, role: 'admin' | 'uploader' | 'reader') => {
      const { user } = await identities.createUser({ email, password: STRONG });
      await db.withTenant(tenantId, (tx) =>
        tx.kysely.insertInto('memberships').values({ tenant_id: tenantId, user_id: user.id, role }).execute(),
      );
      const r = await app.inject({
        method: 'POST',
        url: `${ADMIN}/session`,
        payload: { email, password: STRONG },
      });
      const c = r.cookies.find((x) => x.name === 'rh_session')!;
      return { cookie: `rh_session=${c.value}`, csrf: r.json<{ csrfToken: string }>().csrfToken };
    };
    who.uploaderA = await member('uploader-a@example.test', a, 'uploader');
    who.readerA = await member('reader-a@example.test', a, 'reader');
    who.adminB = await member('admin-b@example.test', b, 'admin');
    const dir = join(tempDir('rh-stats-'), 'bundle');
    bundle = { dir, result: await generateBundle({ out: dir, schools: 1, students: 20, seed: 201 }) };
  });
  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  it('a brand-new tenant: every file listed with zero records, no uploads', async () => {
    const s = await statsOf(who.readerA);
    expect(s.counts.map((c) => c.entity)).toEqual(FILES);
    expect(s.counts.every((c) => c.active === 0 && c.tobedeleted === 0)).toBe(true);
    expect(s).toMatchObject({ lastUpload: null, recentUploads: [], series: [] });
    expect(Date.parse(s.generatedAt)).not.toBeNaN();
  });

  it('after a bulk upload: counts match the bundle, the upload is the last one and the first point of the series', async () => {
    up.first = await upload(bundle.dir);
    expect(up.first.status).toBe('completed');
    const s = await statsOf(who.readerA);
    for (const f of FILES)
      expect(countsOf(s)[f], f).toEqual({ active: bundle.result.files[f] ?? 0, tobedeleted: 0 });
    const totals = totalsOf(up.first);
    expect(totals).toEqual({ created: bundle.result.totalRows, updated: 0, deleted: 0 });
    expect(s.lastUpload).toMatchObject({
      uploadId: up.first.uploadId,
      createdAt: up.first.createdAt,
      finishedAt: up.first.finishedAt,
      sourceName: up.first.source.name,
      noop: false,
      totals,
    });
    expect(s.lastUpload!.files.users).toEqual({
      rows: bundle.result.files.users,
      created: bundle.result.files.users,
      updated: 0,
      unchanged: 0,
      deleted: 0,
    });
    expect(s.series).toEqual([{ uploadId: up.first.uploadId, finishedAt: up.first.finishedAt, ...totals }]);
    expect(s.recentUploads).toEqual([
      {
        uploadId: up.first.uploadId,
        status: 'completed',
        dryRun: false,
        noop: false,
        createdAt: up.first.createdAt,
        finishedAt: up.first.finishedAt,
        sourceName: up.first.source.name,
        errorCount: 0,
        warningCount: 0,
      },
    ]);
  });

  it('dry runs and failed uploads are listed as recent, never as the last upload or in the series', async () => {
    const dropped = withoutLastStudent(bundle.dir);
    up.dry = await upload(dropped, 'dryRun=true');
    expect(up.dry).toMatchObject({ status: 'completed', dryRun: true });
    const bad = withoutLastStudent(bundle.dir);
    const users = readCsv(join(bad, 'users.csv'));
    users.rows[0]!.enabledUser = 'yes';
    writeCsv(join(bad, 'users.csv'), users);
    up.failed = await upload(bad);
    expect(up.failed.status).toBe('failed');

    const s = await statsOf(who.readerA);
    expect(s.recentUploads.map((u) => [u.uploadId, u.status, u.dryRun, u.errorCount])).toEqual([
      [up.failed.uploadId, 'failed', false, up.failed.errorCount],
      [up.dry.uploadId, 'completed', true, 0],
      [up.first.uploadId, 'completed', false, 0],
    ]);
    expect(up.failed.errorCount).toBeGreaterThan(0);
    expect(s.lastUpload?.uploadId).toBe(up.first.uploadId);
    expect(s.series.map((p) => p.uploadId)).toEqual([up.first.uploadId]);
    for (const f of FILES) expect(countsOf(s)[f]!.tobedeleted, f).toBe(0);
  });

  it('a bulk upload without a student: its records counted as tobedeleted, the upload last and second in the series', async () => {
    const dir = withoutLastStudent(bundle.dir);
    up.drop = await upload(dir);
    expect(up.drop.status).toBe('completed');
    const before = idsOf(bundle.dir, Object.keys(bundle.result.files));
    const after = idsOf(dir, Object.keys(bundle.result.files));
    const s = await statsOf(who.readerA);
    let gone = 0;
    for (const f of FILES) {
      const tobedeleted = [...before[f]!].filter((id) => !after[f]!.has(id)).length;
      gone += tobedeleted;
      expect(countsOf(s)[f], f).toEqual({ active: after[f]!.size, tobedeleted });
    }
    // The student, their role, demographics and at least one enrollment.
    expect(gone).toBeGreaterThanOrEqual(4);
    expect(countsOf(s).users!.tobedeleted).toBe(1);
    const totals = totalsOf(up.drop);
    expect(totals).toMatchObject({ created: 0, deleted: gone });
    expect(s.lastUpload).toMatchObject({
      uploadId: up.drop.uploadId,
      finishedAt: up.drop.finishedAt,
      totals,
    });
    expect(s.series).toEqual([
      { uploadId: up.first.uploadId, finishedAt: up.first.finishedAt, ...totalsOf(up.first) },
      { uploadId: up.drop.uploadId, finishedAt: up.drop.finishedAt, ...totals },
    ]);
    expect(s.recentUploads[0]).toMatchObject({ uploadId: up.drop.uploadId, status: 'completed' });
  });

  it('a reverted upload leaves the last upload and the series; its records count as before it', async () => {
    const r = await request(app, who.uploaderA, 'POST', `${ADMIN}/uploads/${up.drop.uploadId}/revert`);
    expect(r.statusCode, r.body).toBe(200);
    const s = await statsOf(who.readerA);
    for (const f of FILES)
      expect(countsOf(s)[f], f).toEqual({ active: bundle.result.files[f] ?? 0, tobedeleted: 0 });
    expect(s.lastUpload?.uploadId).toBe(up.first.uploadId);
    expect(s.series.map((p) => p.uploadId)).toEqual([up.first.uploadId]);
    expect(s.recentUploads[0]).toMatchObject({ uploadId: up.drop.uploadId, status: 'reverted' });
  });

  it('the same content twice: applied with no change, then a no-op that is the last upload but no point of the series', async () => {
    // The reverted upload is still the last import: the first resend is compared with it and applied.
    const again = await upload(bundle.dir);
    expect(again).toMatchObject({ status: 'completed', noop: false });
    const noop = await upload(bundle.dir);
    expect(noop).toMatchObject({ status: 'completed', noop: true });
    const s = await statsOf(who.readerA);
    expect(s.lastUpload).toMatchObject({
      uploadId: noop.uploadId,
      noop: true,
      files: {},
      totals: { created: 0, updated: 0, deleted: 0 },
    });
    expect(s.series.map((p) => p.uploadId)).toEqual([up.first.uploadId, again.uploadId]);
    expect(s.series[1]).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(s.recentUploads.slice(0, 2).map((u) => [u.uploadId, u.noop])).toEqual([
      [noop.uploadId, true],
      [again.uploadId, false],
    ]);
  });

  it('needs a session (401) and membership of the tenant (403, unknown tenants alike)', async () => {
    expectAdminError(await stats(null), 401);
    expectAdminError(await stats(who.adminB), 403);
    expectAdminError(await stats(who.uploaderA, 'st-b'), 403);
    expectAdminError(await stats(who.readerA, 'no-such-tenant'), 403);
  });

  it("another tenant sees none of st-a's records or uploads", async () => {
    const s = await statsOf(who.adminB, 'st-b');
    expect(s.counts.every((c) => c.active === 0 && c.tobedeleted === 0)).toBe(true);
    expect(s).toMatchObject({ lastUpload: null, recentUploads: [], series: [] });
  });
});
