import { randomUUID } from 'node:crypto';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadPiiCipher } from '../../src/crypto/pii-cipher.js';
import type { Config } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { generateBundle } from '../../src/generate/index.js';
import { createJobQueue } from '../../src/jobs/queue.js';
import { ROSTER_FILES } from '../../src/model/index.js';
import { createStorage } from '../../src/storage/object-storage.js';
import { LiveUploads } from '../../src/uploads/progress.js';
import { housekeeping, uploadJobHandlers } from '../../src/uploads/upload-jobs.js';
import type { UploadRunnerDeps } from '../../src/uploads/upload-runner.js';
import { TERMINAL, type UploadView } from '../../src/uploads/upload-view.js';
import { readCsv, writeCsv, type Csv, type Rec } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts, multipart } from '../helpers/multipart.js';
import { ADMIN, HIGH_LIMITS, useSecurity, type SecurityFixture, type Who } from '../helpers/security.js';

/** A stored row as the database renders it (`to_jsonb`): every column, ciphertext included. */
type Row = Record<string, unknown>;
/** Every roster row of a tenant, keyed `table/sourcedId`. */
type Store = Map<string, Row>;
type Bundle = Record<string, Csv>;

const UPLOADS = `${ADMIN}/uploads`;
const ENV = { RH_RATE_LIMIT_UPLOADS_PER_HOUR: '1000' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Read as the owner, past row-level security, so the test sees exactly what is stored. */
async function storeOf(db: Database, tenantId: string): Promise<Store> {
  const out: Store = new Map();
  for (const file of ROSTER_FILES) {
    const r = await sql<{ j: string }>`SELECT to_jsonb(t)::text AS j FROM ${sql.table(file.table)} t
      WHERE t.tenant_id = ${tenantId}`.execute(db.kysely);
    for (const { j } of r.rows) {
      const row = JSON.parse(j) as Row;
      out.set(`${file.table}/${String(row.sourced_id)}`, row);
    }
  }
  return out;
}

const without = (row: Row, ...cols: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !cols.includes(k)));
const msOf = (v: unknown) => new Date(String(v)).toISOString();

/** Keys whose rows differ (any column) or exist in one store only. */
function changedKeys(a: Store, b: Store): Set<string> {
  const out = new Set<string>();
  for (const [k, row] of b) if (JSON.stringify(a.get(k)) !== JSON.stringify(row)) out.add(k);
  for (const k of a.keys()) if (!b.has(k)) out.add(k);
  return out;
}

/** `table/id` keys grouped by table: the shape of a revert's counts and of audit id lists. */
function byTable(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const [table, id] = k.split('/') as [string, string];
    out.set(table, [...(out.get(table) ?? []), id].sort());
  }
  return out;
}

const FILE_OF_TABLE = new Map(ROSTER_FILES.map((f) => [f.table, f.name]));

function readBundle(dir: string): Bundle {
  return Object.fromEntries(
    ROSTER_FILES.map((f) => f.name)
      .filter((f) => existsSync(join(dir, `${f}.csv`)))
      .map((f) => [f, readCsv(join(dir, `${f}.csv`))]),
  );
}

/** A copy of a bundle folder (manifest included) with its CSV files edited. */
function derive(from: string, edit: (b: Bundle) => void): string {
  const dir = tempDir('rh-revert-');
  cpSync(from, dir, { recursive: true });
  const b = readBundle(dir);
  edit(b);
  for (const [name, csv] of Object.entries(b)) writeCsv(join(dir, `${name}.csv`), csv);
  return dir;
}

function studentsOf(b: Bundle): string[] {
  return b.roles!.rows.filter((r) => r.role === 'student').map((r) => r.userSourcedId!);
}

function userRow(b: Bundle, id: string): Record<string, string> {
  const u = b.users!.rows.find((r) => r.sourcedId === id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
}

/** Edits the bundle so its upload updates, deletes and creates records of several files. */
function editForUpload2(b: Bundle) {
  const students = studentsOf(b);
  // Students have no email in generated bundles; a teacher's is there to be changed.
  const teacher = b.roles!.rows.find(
    (r) => r.role === 'teacher' && userRow(b, r.userSourcedId!).email,
  )!.userSourcedId!;
  const changed = [...students.slice(0, 2), teacher];
  const removed = students.slice(-2);
  const template = students[3]!;
  for (const [i, id] of changed.entries()) {
    const u = userRow(b, id);
    u.givenName = `${u.givenName}改`;
    u.email = `changed-${i}@revert.example.jp`;
  }
  if (b.users!.rows.some((u) => removed.some((id) => u.agentSourcedIds?.includes(id))))
    throw new Error('a removed student is referenced as an agent');
  const gone = (id: string | undefined) => removed.includes(id ?? '');
  b.users!.rows = b.users!.rows.filter((r) => !gone(r.sourcedId));
  b.roles!.rows = b.roles!.rows.filter((r) => !gone(r.userSourcedId));
  b.enrollments!.rows = b.enrollments!.rows.filter((r) => !gone(r.userSourcedId));
  b.demographics!.rows = b.demographics!.rows.filter((r) => !gone(r.sourcedId));
  const added = [0, 1].map((i) => {
    const id: string = randomUUID();
    const n = `9${String(i).padStart(7, '0')}`;
    const base = userRow(b, template);
    b.users!.rows.push({
      ...base,
      sourcedId: id,
      username: `s${n}@revert.example.jp`,
      email: `s${n}@revert.example.jp`,
      identifier: n,
      userIds: `{Koumu:${n}}`,
      userMasterIdentifier: randomUUID(),
      givenName: `新${i}`,
    });
    for (const r of b.roles!.rows.filter((x) => x.userSourcedId === template))
      b.roles!.rows.push({ ...r, sourcedId: randomUUID(), userSourcedId: id });
    for (const e of b.enrollments!.rows.filter((x) => x.userSourcedId === template))
      b.enrollments!.rows.push({
        ...e,
        sourcedId: randomUUID(),
        userSourcedId: id,
        'metadata.jp.ShussekiNo': e['metadata.jp.ShussekiNo'] ? String(90 + i) : '',
      });
    const d = b.demographics!.rows.find((x) => x.sourcedId === template);
    if (d) b.demographics!.rows.push({ ...d, sourcedId: id });
    return id;
  });
  return { changed, removed, added };
}

describe.each(await testTargets())('upload revert on $name', (target) => {
  const fx = useSecurity(target, ENV);

  /** Shared by the tests of this suite, which build on each other's uploads in order. */
  const s = {} as {
    tenantA: string;
    dir1: string;
    dir2: string;
    dir6: string;
    u1: string;
    u2: string;
    u6: string;
    /**
     * An app allowing reverts for one hour, running no jobs. Rows are aged past its window (and
     * past the test's own housekeeping settings) but not past the defaults the suite's app uses,
     * whose scheduled housekeeping then never races the test's.
     */
    short: FastifyInstance;
    after1: Store;
    edits: ReturnType<typeof editForUpload2>;
  };

  async function post(
    f: SecurityFixture,
    dir: string,
    opts: { query?: string; app?: FastifyInstance } = {},
  ): Promise<LightMyRequestResponse> {
    const who = f.who.adminA;
    const body = multipart(folderParts(dir));
    return (opts.app ?? f.app).inject({
      method: 'POST',
      url: `${UPLOADS}?tenant=a${opts.query ?? ''}`,
      headers: { ...body.headers, cookie: who.cookie, 'x-csrf-token': who.csrf },
      payload: body.payload,
    });
  }

  async function view(f: SecurityFixture, id: string): Promise<UploadView> {
    const r = await f.call(f.who.adminA, 'GET', `${UPLOADS}/${id}?tenant=a`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<UploadView>();
  }

  async function finished(f: SecurityFixture, id: string): Promise<UploadView> {
    for (let i = 0; i < 300; i++) {
      const v = await view(f, id);
      if (TERMINAL.has(v.status)) return v;
      await sleep(100);
    }
    throw new Error(`upload ${id} did not finish within 30 s`);
  }

  /** Uploads a folder and waits for the outcome, which must be `status`. */
  async function uploaded(
    f: SecurityFixture,
    dir: string,
    status: UploadView['status'] = 'completed',
    query = '',
  ): Promise<UploadView> {
    const r = await post(f, dir, { query });
    expect(r.statusCode, r.body).toBe(202);
    const v = await finished(f, r.json<{ uploadId: string }>().uploadId);
    expect(v.status, JSON.stringify(v.failure ?? v.errors)).toBe(status);
    return v;
  }

  const revert = (f: SecurityFixture, id: string, who: Who = f.who.adminA, tenant = 'a', app = f.app) =>
    app.inject({
      method: 'POST',
      url: `${UPLOADS}/${id}/revert?tenant=${tenant}`,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
    });

  function refused(r: LightMyRequestResponse, reason: string) {
    expect(r.statusCode, r.body).toBe(409);
    const body = r.json<{ error: { code: string; details: { reason: string } } }>();
    expect(body.error.details.reason).toBe(reason);
    return body.error.details;
  }

  const setUpload = (f: SecurityFixture, id: string, column: 'finished_at' | 'created_at', by: string) =>
    sql`UPDATE uploads SET ${sql.ref(column)} = ${sql.ref(column)} - ${by}::interval
        WHERE id = ${id}`.execute(f.db.kysely);

  const versionsOf = async (f: SecurityFixture, id: string) =>
    Number(
      (
        await sql<{ n: string }>`SELECT count(*) AS n FROM record_versions WHERE import_id = ${id}`.execute(
          f.db.kysely,
        )
      ).rows[0]!.n,
    );

  /**
   * `after` holds `before`'s records with their columns intact but dateLastModified, which is
   * `revertedAt` on the records the revert touched; records `before` lacks are the reverted
   * upload's creations, now `tobedeleted`.
   */
  function expectRestored(before: Store, after: Store, revertedAt: string, touched: Set<string>) {
    for (const [k, row] of before) {
      const now = after.get(k);
      expect(now, k).toBeDefined();
      expect(without(now!, 'date_last_modified'), k).toEqual(without(row, 'date_last_modified'));
      const want = touched.has(k) ? revertedAt : msOf(row.date_last_modified);
      expect(msOf(now!.date_last_modified), k).toBe(want);
    }
    for (const [k, row] of after) {
      if (before.has(k)) continue;
      expect(touched.has(k), k).toBe(true);
      expect(row.status, k).toBe('tobedeleted');
      expect(msOf(row.date_last_modified), k).toBe(revertedAt);
    }
  }

  it('reverts an upload to the exact previous content, seen by delta consumers and the audit log', async () => {
    const f = fx();
    s.tenantA = f.api.tenantA;
    s.dir1 = tempDir('rh-revert-');
    await generateBundle({ out: s.dir1, schools: 1, students: 30, seed: 7 });
    const v1 = await uploaded(f, s.dir1);
    s.u1 = v1.uploadId;
    s.after1 = await storeOf(f.db, s.tenantA);

    const bundle1 = readBundle(s.dir1);
    let edits: ReturnType<typeof editForUpload2> | undefined;
    s.dir2 = derive(s.dir1, (b) => (edits = editForUpload2(b)));
    s.edits = edits!;
    const v2 = await uploaded(f, s.dir2);
    s.u2 = v2.uploadId;
    expect(v2.revert.availableUntil).not.toBeNull();
    const after2 = await storeOf(f.db, s.tenantA);

    // What upload 2 did, read from the store rather than from the code under test.
    const touched = changedKeys(s.after1, after2);
    const created = new Set([...touched].filter((k) => !s.after1.has(k)));
    const restored = new Set([...touched].filter((k) => s.after1.has(k)));
    const users = byTable(touched).get('users');
    expect(users).toEqual([...s.edits.changed, ...s.edits.removed, ...s.edits.added].sort());
    expect([...byTable(created).keys()].sort()).toEqual(['demographics', 'enrollments', 'roles', 'users']);
    expect(byTable(created).get('users')).toEqual([...s.edits.added].sort());
    for (const k of touched) expect(after2.get(k)!.import_id, k).toBe(s.u2);
    // Personal data is stored encrypted: the teacher's email ciphertext really did change, and
    // the removed students' birth dates are ciphertext too.
    const teacher = s.edits.changed.at(-1)!;
    const email = String(s.after1.get(`users/${teacher}`)!.email);
    expect(email).toMatch(/^v1\./);
    expect(after2.get(`users/${teacher}`)!.email).toMatch(/^v1\./);
    expect(after2.get(`users/${teacher}`)!.email).not.toBe(email);
    for (const id of s.edits.removed)
      expect(String(s.after1.get(`demographics/${id}`)!.birth_date)).toMatch(/^v1\./);
    expect(await versionsOf(f, s.u2)).toBe(restored.size);

    await sleep(5);
    const beforeRevert = new Date().toISOString();
    await sleep(5);
    const r = await revert(f, s.u2);
    expect(r.statusCode, r.body).toBe(200);
    const reverted = r.json<UploadView>();
    expect(reverted.status).toBe('reverted');
    const revertedAt = reverted.revert.revertedAt!;
    expect(revertedAt > beforeRevert).toBe(true);
    expect(reverted.revert.revertedBy).toEqual({ type: 'user', id: f.ids['admin-a@example.test'] });
    expect(reverted.revert.availableUntil).toBeNull();
    const counts: Record<string, { restored: number; deleted: number }> = Object.fromEntries(
      [...byTable(touched).keys()].map((table) => [
        FILE_OF_TABLE.get(table)!,
        {
          restored: byTable(restored).get(table)?.length ?? 0,
          deleted: byTable(created).get(table)?.length ?? 0,
        },
      ]),
    );
    expect(reverted.revert.counts).toEqual(counts);
    expect((await view(f, s.u2)).revert).toEqual(reverted.revert);

    const after = await storeOf(f.db, s.tenantA);
    expectRestored(s.after1, after, revertedAt, touched);
    // Previous versions are only kept while the upload can be reverted.
    expect(await versionsOf(f, s.u2)).toBe(0);

    // A delta consumer polling since just before the revert sees exactly what it touched.
    const poll = await f.get(
      `/users?limit=1000&filter=${encodeURIComponent(`dateLastModified>'${beforeRevert}'`)}`,
      f.api.tokens.all,
    );
    expect(poll.statusCode, poll.body).toBe(200);
    const delta = poll.json<{ users: Rec[] }>().users;
    expect(delta.map((u) => u.sourcedId).sort()).toEqual(users);
    for (const u of delta) {
      expect(u.dateLastModified).toBe(revertedAt);
      if (s.edits.added.includes(u.sourcedId)) {
        expect(u.status).toBe('tobedeleted');
        continue;
      }
      const csv = userRow(bundle1, u.sourcedId);
      expect(u.status).toBe('active');
      expect(u.givenName).toBe(csv.givenName);
      expect(u.email ?? '').toBe(csv.email);
    }

    const audit = await sql<{ kind: string; actor_id: string | null; details: Record<string, unknown> }>`
      SELECT kind, actor_id, details FROM audit_events
      WHERE tenant_id = ${s.tenantA} AND at >= ${beforeRevert}::timestamptz
        AND (details->>'uploadId' = ${s.u2} OR details->>'importId' = ${s.u2})
        AND kind IN ('upload.reverted', 'import.record')`.execute(f.db.kysely);
    const event = audit.rows.find((e) => e.kind === 'upload.reverted');
    expect(event?.details).toEqual({ uploadId: s.u2, files: counts });
    expect(event?.actor_id).toBe(f.ids['admin-a@example.test']);
    const records = audit.rows.filter((e) => e.kind === 'import.record');
    const idsOf = (change: string) =>
      new Map(
        records
          .filter((e) => e.details.change === change)
          .map((e) => [String(e.details.file), [...(e.details.ids as string[])].sort()]),
      );
    for (const e of records.filter((x) => x.details.change === 'updated'))
      expect(e.details.fields).toEqual(['revert']);
    expect(records.every((e) => ['updated', 'deleted'].includes(String(e.details.change)))).toBe(true);
    const fileKeyed = (m: Map<string, string[]>) =>
      new Map([...m].map(([t, ids]) => [FILE_OF_TABLE.get(t)!, ids]));
    expect(idsOf('updated')).toEqual(fileKeyed(byTable(restored)));
    expect(idsOf('deleted')).toEqual(fileKeyed(byTable(created)));
  });

  it('refuses to revert an upload a later one depends on, and undoes them newest first', async () => {
    const f = fx();
    const base = await storeOf(f.db, s.tenantA);
    const v3 = await uploaded(f, s.dir2);
    const after3 = await storeOf(f.db, s.tenantA);
    const touched3 = changedKeys(base, after3);
    expect(touched3.size).toBeGreaterThan(0);
    const target = s.edits.changed[0]!;
    const dir4 = derive(s.dir2, (b) => (userRow(b, target).givenName += '再'));
    const v4 = await uploaded(f, dir4);
    const after4 = await storeOf(f.db, s.tenantA);
    expect([...changedKeys(after3, after4)]).toEqual([`users/${target}`]);

    const blocked = refused(await revert(f, v3.uploadId), 'revert_blocked') as unknown as {
      conflicts: unknown;
    };
    expect(blocked.conflicts).toEqual([{ file: 'users', count: 1, sample: [target] }]);
    expect(await storeOf(f.db, s.tenantA)).toEqual(after4);
    expect((await view(f, v3.uploadId)).status).toBe('completed');

    const r4 = await revert(f, v4.uploadId);
    expect(r4.statusCode, r4.body).toBe(200);
    const mid = await storeOf(f.db, s.tenantA);
    const revertedAt4 = r4.json<UploadView>().revert.revertedAt!;
    expectRestored(after3, mid, revertedAt4, new Set([`users/${target}`]));

    const r3 = await revert(f, v3.uploadId);
    expect(r3.statusCode, r3.body).toBe(200);
    const final = await storeOf(f.db, s.tenantA);
    expectRestored(base, final, r3.json<UploadView>().revert.revertedAt!, touched3);
    // Back to the state after upload 1: same content, upload 2's creations tobedeleted.
    for (const [k, row] of s.after1)
      expect(without(final.get(k)!, 'date_last_modified'), k).toEqual(without(row, 'date_last_modified'));
    for (const k of final.keys()) if (!s.after1.has(k)) expect(final.get(k)!.status, k).toBe('tobedeleted');

    // A later upload that touches only other records leaves the revert possible.
    const v5 = await uploaded(f, s.dir2);
    const other = studentsOf(readBundle(s.dir2)).find(
      (id) => ![...s.edits.changed, ...s.edits.added].includes(id),
    )!;
    s.dir6 = derive(s.dir2, (b) => (userRow(b, other).givenName = '別人'));
    const v6 = await uploaded(f, s.dir6);
    s.u6 = v6.uploadId;
    const after6 = await storeOf(f.db, s.tenantA);
    const r5 = await revert(f, v5.uploadId);
    expect(r5.statusCode, r5.body).toBe(200);
    const end = await storeOf(f.db, s.tenantA);
    expect(end.get(`users/${other}`)).toEqual(after6.get(`users/${other}`));
    expect(end.get(`users/${other}`)!.given_name).toBe('別人');
    expect(end.get(`users/${target}`)!.given_name).toBe(s.after1.get(`users/${target}`)!.given_name);
    expect((await view(f, s.u6)).status).toBe('completed');
  });

  it('refuses reverts that cannot or may not be done', async () => {
    const f = fx();
    refused(await revert(f, s.u2), 'already_reverted');

    const dry = await uploaded(f, s.dir2, 'completed', '&dryRun=true');
    expect(dry.dryRun).toBe(true);
    refused(await revert(f, dry.uploadId), 'nothing_to_revert');

    // The same content as the standing latest upload: recorded as a no-op, nothing run.
    const same = await post(f, s.dir6);
    expect(same.statusCode, same.body).toBe(202);
    const noop = same.json<{ upload: UploadView }>().upload;
    expect(noop).toMatchObject({ status: 'completed', noop: true });
    refused(await revert(f, noop.uploadId), 'nothing_to_revert');

    const broken = derive(s.dir6, (b) => (b.enrollments!.rows[0]!.classSourcedId = 'no-such-class'));
    const failed = await uploaded(f, broken, 'failed');
    expect(failed.errorCount).toBeGreaterThan(0);
    refused(await revert(f, failed.uploadId), 'not_completed');

    const before = await storeOf(f.db, s.tenantA);
    const reader = await revert(f, s.u6, f.who.readerA);
    expect(reader.statusCode, reader.body).toBe(403);
    const otherTenant = await revert(f, s.u6, f.who.adminB, 'b');
    expect(otherTenant.statusCode, otherTenant.body).toBe(404);
    const notMember = await revert(f, s.u6, f.who.adminB, 'a');
    expect(notMember.statusCode, notMember.body).toBe(403);
    const client = await f.call(null, 'POST', `${UPLOADS}/${s.u6}/revert`, undefined, {
      bearer: f.clientB.token,
    });
    expect(client.statusCode, client.body).toBe(404);
    expect((await view(f, s.u6)).status).toBe('completed');
    expect(await storeOf(f.db, s.tenantA)).toEqual(before);

    s.short = await f.api.buildAppWith({
      ...HIGH_LIMITS,
      ...ENV,
      RH_REVERT_WINDOW_HOURS: '1',
      RH_JOBS_IN_API: 'false',
    });
    await setUpload(f, s.u6, 'finished_at', '2 hours');
    try {
      refused(await revert(f, s.u6, f.who.adminA, 'a', s.short), 'revert_window_passed');
      expect(await storeOf(f.db, s.tenantA)).toEqual(before);
    } finally {
      await setUpload(f, s.u6, 'finished_at', '-2 hours');
    }
  });

  it('cancels a queued upload, which then never runs', async () => {
    const f = fx();
    const idle = await f.api.buildAppWith({ ...HIGH_LIMITS, ...ENV, RH_JOBS_IN_API: 'false' });
    const before = await storeOf(f.db, s.tenantA);
    const r = await post(f, s.dir1, { app: idle });
    expect(r.statusCode, r.body).toBe(202);
    const id = r.json<{ uploadId: string }>().uploadId;
    await sleep(300);
    expect(await view(f, id)).toMatchObject({ status: 'queued', attempts: 0 });

    const c = await f.call(f.who.adminA, 'POST', `${UPLOADS}/${id}/cancel?tenant=a`);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json<UploadView>()).toMatchObject({ status: 'cancelled', cancelRequested: true });

    // The job still waiting for it in the queue finds nothing to run.
    const deps = await runnerDeps(f);
    try {
      await uploadJobHandlers(deps)['upload.process']!(
        { tenantId: s.tenantA, uploadId: id },
        { id, attempt: 1, signal: new AbortController().signal, progress: () => undefined },
      );
    } finally {
      await deps.jobs.close();
    }
    expect(await view(f, id)).toMatchObject({ status: 'cancelled', attempts: 0, startedAt: null });
    expect(await storeOf(f.db, s.tenantA)).toEqual(before);

    const again = await f.call(f.who.adminA, 'POST', `${UPLOADS}/${id}/cancel?tenant=a`);
    expect(again.statusCode, again.body).toBe(409);
    const done = await f.call(f.who.adminA, 'POST', `${UPLOADS}/${s.u6}/cancel?tenant=a`);
    expect(done.statusCode, done.body).toBe(409);
    expect(done.json<{ error: { details: { status: string } } }>().error.details.status).toBe('completed');
    expect((await view(f, s.u6)).status).toBe('completed');
  });

  async function runnerDeps(
    f: SecurityFixture,
    uploads: Partial<Config['uploads']> = {},
  ): Promise<UploadRunnerDeps> {
    const config = { ...f.api.config, uploads: { ...f.api.config.uploads, ...uploads } };
    return {
      config,
      db: f.db,
      storage: createStorage(config),
      jobs: createJobQueue({ redisUrl: null }),
      live: new LiveUploads(),
      pii: await loadPiiCipher(config),
      log: { info: () => undefined, warn: () => undefined },
    };
  }

  it('housekeeping deletes old files but keeps reports, and forgets versions past the revert window', async () => {
    const f = fx();
    const deps = await runnerDeps(f, { retentionDays: 1, revertWindowHours: 1 });
    try {
      const key = `uploads/${s.tenantA}/${s.u1}/`;
      expect((await deps.storage.list(key)).length).toBeGreaterThan(0);
      const shown = await view(f, s.u1);
      const report = await f.call(f.who.adminA, 'GET', `${UPLOADS}/${s.u1}/report?tenant=a`);
      expect(report.statusCode).toBe(200);
      const kept = await versionsOf(f, s.u6);
      expect(kept).toBeGreaterThan(0);

      await setUpload(f, s.u1, 'created_at', '2 days');
      expect(await housekeeping(deps)).toEqual({ filesDeleted: 1, versionsForgotten: 0 });
      expect(await deps.storage.list(key)).toEqual([]);
      const row = await sql<{ files_deleted_at: Date | null }>`
        SELECT files_deleted_at FROM uploads WHERE id = ${s.u1}`.execute(f.db.kysely);
      expect(row.rows[0]!.files_deleted_at).not.toBeNull();
      const now = await view(f, s.u1);
      expect(now.source.filesDeleted).toBe(true);
      expect(now.files).toEqual(shown.files);
      expect(now.files).not.toEqual({});
      expect(without(now as unknown as Row, 'source', 'createdAt')).toEqual(
        without(shown as unknown as Row, 'source', 'createdAt'),
      );
      const reportNow = await f.call(f.who.adminA, 'GET', `${UPLOADS}/${s.u1}/report?tenant=a`);
      expect(reportNow.json()).toEqual(report.json());
      // Within the window, the standing upload's previous versions stay.
      expect(await versionsOf(f, s.u6)).toBe(kept);

      await setUpload(f, s.u6, 'finished_at', '2 hours');
      expect(await housekeeping(deps)).toEqual({ filesDeleted: 0, versionsForgotten: kept });
      expect(await versionsOf(f, s.u6)).toBe(0);
      const before = await storeOf(f.db, s.tenantA);
      refused(await revert(f, s.u6, f.who.adminA, 'a', s.short), 'revert_window_passed');
      expect(await storeOf(f.db, s.tenantA)).toEqual(before);

      // The suite's app allows 24 hours, so the upload is still in its window, but the versions are
      // gone: its status stops offering a revert, and one asked for is refused (it could only mark
      // the creations tobedeleted and restore nothing).
      expect((await view(f, s.u6)).revert.availableUntil).toBeNull();
      refused(await revert(f, s.u6), 'revert_window_passed');
      expect(await storeOf(f.db, s.tenantA)).toEqual(before);
      expect((await view(f, s.u6)).status).toBe('completed');
    } finally {
      await deps.jobs.close();
    }
  });
});
