import { describe, expect, it } from 'vitest';
import { AuditWriter } from '../../src/audit/audit-writer.js';
import { eventsCsvText, listEvents } from '../../src/audit/audit.service.js';
import type { AuditEvent, StoredAuditEvent } from '../../src/audit/event.js';
import { auditSignIn } from '../../src/audit/http.js';
import { purgeAudit } from '../../src/audit/retention.js';
import type { Database } from '../../src/db/database.js';
import { auditRepository } from '../../src/repositories/audit.repository.js';
import { importBundle } from '../../src/services/import.service.js';
import { createTenant, requireTenant } from '../../src/services/tenant.service.js';
import { minimalBundle, STUDENT, TEACHER, writeBundleDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

async function insert(db: Database, events: AuditEvent[]): Promise<void> {
  await db.transaction((tx) => auditRepository.insertMany(tx, events));
}

async function all(db: Database, tenantId: string | null, kind?: string): Promise<StoredAuditEvent[]> {
  const out: StoredAuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listEvents>> = await listEvents(
      db,
      tenantId,
      kind ? { kind } : {},
      { limit: 1000, cursor },
    );
    out.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe.each(targets)('audit log on $name', (target) => {
  const db = useDatabase(target);

  it('is append-only for the application role', async () => {
    const { tenant } = await createTenant(db(), 'audit-append');
    await insert(db(), [{ tenantId: tenant.id, kind: 'api.request', route: '/x', status: 200 }]);
    // The application role may append its own tenant's events…
    await db().withTenant(tenant.id, (tx) =>
      auditRepository.insertMany(tx, [{ tenantId: tenant.id, kind: 'api.request', status: 201 }]),
    );
    // …but neither change nor delete any.
    await expect(
      db().withTenant(tenant.id, (tx) => tx.query('UPDATE audit_events SET status = 500')),
    ).rejects.toThrow(/permission denied/);
    await expect(db().withTenant(tenant.id, (tx) => tx.query('DELETE FROM audit_events'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(db().withTenant(tenant.id, (tx) => tx.query('TRUNCATE audit_events'))).rejects.toThrow(
      /permission denied/,
    );
    expect((await all(db(), tenant.id)).map((e) => e.status).sort()).toEqual([200, 201]);
  });

  it("hides a tenant's events from another tenant and platform events from both", async () => {
    const a = (await createTenant(db(), 'audit-rls-a')).tenant.id;
    const b = (await createTenant(db(), 'audit-rls-b')).tenant.id;
    await insert(db(), [
      { tenantId: a, kind: 'api.request', route: '/a' },
      { tenantId: b, kind: 'api.request', route: '/b' },
      { tenantId: null, kind: 'auth.denied', route: '/platform' },
    ]);
    const seenByB = await db().withTenant(b, async (tx) => {
      const r = await tx.query<{ route: string }>('SELECT route FROM audit_events');
      return r.rows.map((row) => row.route);
    });
    expect(seenByB).toEqual(['/b']);
    // Asking for a's events inside b's transaction yields nothing.
    const asked = await db().withTenant(b, (tx) => auditRepository.list(tx, a, {}));
    expect(asked.events).toEqual([]);
    // Inserting for another tenant is refused.
    await expect(
      db().withTenant(b, (tx) => auditRepository.insertMany(tx, [{ tenantId: a, kind: 'x' }])),
    ).rejects.toThrow(/row-level security/);
    expect((await all(db(), a)).map((e) => e.route)).toEqual(['/a']);
    expect((await all(db(), null)).map((e) => e.route)).toContain('/platform');
  });

  it('pages with filters and a cursor, newest first, and exports CSV', async () => {
    const t = (await createTenant(db(), 'audit-paging')).tenant.id;
    const base = Date.UTC(2026, 0, 1);
    await insert(
      db(),
      Array.from({ length: 7 }, (_, i) => ({
        tenantId: t,
        at: new Date(base + i * 1000),
        kind: i % 2 ? 'auth.denied' : 'api.request',
        actorType: 'client' as const,
        actorId: `=cmd|${i}`,
        method: 'GET',
        route: '/ims/oneroster/rostering/v1p2/users',
        status: i % 2 ? 403 : 200,
        durationMs: i,
        ip: '127.0.0.1',
        details: i === 0 ? { note: 'a "quoted", value' } : null,
      })),
    );
    const first = await listEvents(db(), t, {}, { limit: 3 });
    expect(first.events.map((e) => e.durationMs)).toEqual([6, 5, 4]);
    const second = await listEvents(db(), t, {}, { limit: 3, cursor: first.nextCursor });
    expect(second.events.map((e) => e.durationMs)).toEqual([3, 2, 1]);
    const third = await listEvents(db(), t, {}, { limit: 3, cursor: second.nextCursor });
    expect(third.events.map((e) => e.durationMs)).toEqual([0]);
    expect(third.nextCursor).toBeNull();
    const denied = await listEvents(db(), t, { kind: 'auth.*', since: new Date(base + 2000) });
    expect(denied.events.map((e) => e.durationMs)).toEqual([5, 3]);
    const status = await listEvents(db(), t, { status: 200, until: new Date(base + 4000).toISOString() });
    expect(status.events.map((e) => e.durationMs)).toEqual([2, 0]);
    await expect(listEvents(db(), t, {}, { cursor: 'garbage' })).rejects.toThrow(/cursor/);

    const csv = await eventsCsvText(db(), t, { kind: 'api.request' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,tenantId,kind,actorType,actorId,method,route,status,durationMs,ip,details');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(
      `,${t},api.request,client,'=cmd|6,GET,/ims/oneroster/rostering/v1p2/users,200,6,127.0.0.1,`,
    );
    expect(lines[4]).toContain(`"{""note"":""a \\""quoted\\"", value""}"`);
  });

  it('purges only events older than the retention period', async () => {
    const t = (await createTenant(db(), 'audit-purge')).tenant.id;
    const day = 86_400_000;
    const now = Date.now();
    await insert(db(), [
      ...Array.from({ length: 5 }, (_, i) => ({
        tenantId: t,
        kind: 'old',
        at: new Date(now - (40 + i) * day),
      })),
      { tenantId: null, kind: 'old', at: new Date(now - 400 * day) },
      { tenantId: t, kind: 'recent', at: new Date(now - 29 * day) },
      { tenantId: t, kind: 'recent', at: new Date(now) },
    ]);
    const r = await purgeAudit(db(), 30, { batch: 2 });
    expect(r.deleted).toBeGreaterThanOrEqual(6);
    expect((await all(db(), t)).map((e) => e.kind)).toEqual(['recent', 'recent']);
    expect((await all(db(), null, 'old')).length).toBe(0);
    expect((await purgeAudit(db(), 30)).deleted).toBe(0);
    await expect(purgeAudit(db(), 0)).rejects.toThrow(RangeError);
  });

  it('records an import with per-file counts and its record changes (field names; pii for PII only)', async () => {
    const slug = 'audit-import';
    const first = await importBundle(db(), await writeBundleDir(minimalBundle()), { tenant: slug });
    expect(first.status).toBe('completed');
    const tenantId = (await requireTenant(db(), slug)).id;

    const imports = await all(db(), tenantId, 'import');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      actorType: 'system',
      details: { importId: first.importId, status: 'completed', files: { users: { rows: 2, created: 2 } } },
    });
    const created = await listEvents(db(), tenantId, { kind: 'import.record', importId: first.importId });
    const users = created.events.find((e) => e.details?.file === 'users');
    expect(users?.details).toEqual({
      importId: first.importId,
      file: 'users',
      change: 'created',
      ids: [TEACHER, STUDENT],
    });

    // Second import: the teacher's givenName and e-mail change, the student's e-mail only; the
    // student's enrollment disappears from the (bulk) file.
    const bundle = minimalBundle();
    const teacher = bundle.users!.find((u) => u.sourcedId === TEACHER)!;
    teacher.givenName = '花江';
    teacher.email = 'hanae@example.jp';
    bundle.users!.find((u) => u.sourcedId === STUDENT)!.email = 'taro@example.jp';
    bundle.enrollments = bundle.enrollments!.filter((e) => e.sourcedId !== 'enr-s');
    const second = await importBundle(db(), await writeBundleDir(bundle), { tenant: slug });
    expect(second.status).toBe('completed');
    const changes = (await listEvents(db(), tenantId, { kind: 'import.record', importId: second.importId }))
      .events;
    const key = (d: unknown) => JSON.stringify(d);
    const details = changes.map((e) => e.details).sort((x, y) => (key(x) < key(y) ? -1 : 1));
    expect(details).toEqual([
      { importId: second.importId, file: 'enrollments', change: 'deleted', ids: ['enr-s'] },
      { importId: second.importId, file: 'users', change: 'updated', fields: ['pii'], ids: [STUDENT] },
      { importId: second.importId, file: 'users', change: 'updated', fields: ['givenName'], ids: [TEACHER] },
    ]);
    // Never a value: neither the new name nor an e-mail address is anywhere in the log.
    const text = JSON.stringify(await all(db(), tenantId));
    expect(text).not.toContain('花江');
    expect(text).not.toContain('@example.jp');
    // Found by sourcedId.
    const bySourcedId = await listEvents(db(), tenantId, { sourcedId: STUDENT });
    expect(bySourcedId.events.map((e) => e.details?.change).sort()).toEqual(['created', 'updated']);

    // An unchanged re-import records its import event and no record change.
    const third = await importBundle(db(), await writeBundleDir(bundle), { tenant: slug });
    expect(
      (await listEvents(db(), tenantId, { importId: third.importId })).events.map((e) => e.kind),
    ).toEqual(['import']);
  });

  it('records a failed import, without record changes', async () => {
    const slug = 'audit-failed';
    const bundle = minimalBundle();
    bundle.users![0]!.givenName = '';
    const r = await importBundle(db(), await writeBundleDir(bundle), { tenant: slug });
    expect(r.status).toBe('failed');
    const tenantId = (await requireTenant(db(), slug)).id;
    const events = await all(db(), tenantId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'import', details: { status: 'failed', importId: r.importId } });
    expect((events[0]!.details as { errorCount: number }).errorCount).toBeGreaterThan(0);
  });

  it('writer: batches, flushes on close, and survives a failing database without throwing', async () => {
    const t = (await createTenant(db(), 'audit-writer')).tenant.id;
    const writer = new AuditWriter(db(), { intervalMs: 60_000, batchSize: 50 });
    for (let i = 0; i < 120; i++) writer.record({ tenantId: t, kind: 'api.request', status: i });
    auditSignIn(writer, { tenantId: t, success: false, reason: 'bad_credentials', ip: '10.0.0.1' });
    await writer.close();
    expect(writer.buffered).toBe(0);
    const events = await all(db(), t);
    expect(events).toHaveLength(121);
    expect(events.find((e) => e.kind === 'auth.signin')).toMatchObject({
      actorType: 'anonymous',
      ip: '10.0.0.1',
      details: { outcome: 'failure', reason: 'bad_credentials' },
    });
    writer.record({ tenantId: t, kind: 'after.close' });
    expect(writer.buffered).toBe(0);

    // A database that refuses: record() never throws, events stay (bounded), then get written.
    let down = true;
    const warnings: string[] = [];
    const flaky = {
      transaction: <T>(fn: Parameters<Database['transaction']>[0]) =>
        down ? Promise.reject(new Error('connection refused')) : (db().transaction(fn) as Promise<T>),
    };
    const w2 = new AuditWriter(flaky, {
      intervalMs: 10,
      batchSize: 10,
      maxBuffered: 100,
      warn: (_o, msg) => warnings.push(msg),
    });
    for (let i = 0; i < 250; i++)
      expect(() => w2.record({ tenantId: t, kind: 'flaky', status: i })).not.toThrow();
    await new Promise((r) => setTimeout(r, 50));
    await expect(w2.flush()).rejects.toThrow(/connection refused/);
    expect(w2.buffered).toBeLessThanOrEqual(100);
    expect(w2.stats.dropped).toBeGreaterThanOrEqual(150);
    expect(w2.stats.failedFlushes).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
    down = false;
    const kept = w2.buffered;
    await w2.close();
    const flaky2 = await all(db(), t, 'flaky');
    expect(flaky2).toHaveLength(kept);
    // The newest survived: the last status recorded is there.
    expect(flaky2[0]!.status).toBe(249);
  });
});
