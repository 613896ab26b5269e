import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { Database } from '../../src/db/database.js';
import { generateBundle } from '../../src/generate/index.js';
import { MANIFEST_FILES, ROSTER_FILES } from '../../src/model/index.js';
import { tenantRepository } from '../../src/repositories/tenant.repository.js';
import { exportBundle } from '../../src/services/export.service.js';
import { importBundle } from '../../src/services/import.service.js';
import { validateBundle } from '../../src/services/validation.service.js';
import { STUDENT, defaultHeader, minimalBundle, tempDir, writeBundleZip } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

/** Every entry of a zip as raw bytes. */
function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Splits a fully quoted CSV line (no embedded line breaks in these fixtures) into cells. */
function cells(line: string): string[] {
  expect(line.startsWith('"') && line.endsWith('"')).toBe(true);
  return line
    .slice(1, -1)
    .split('","')
    .map((c) => c.replaceAll('""', '"'));
}

function lines(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

async function contentHashes(db: Database, slug: string): Promise<Record<string, Record<string, string>>> {
  const t = await tenantRepository.findBySlug(db.kysely, slug);
  if (!t) throw new Error(`no tenant ${slug}`);
  const out: Record<string, Record<string, string>> = {};
  await db.transaction(async (tx) => {
    for (const file of ROSTER_FILES) {
      const r = await tx.query<{ sourced_id: string; status: string; content_hash: string }>(
        `SELECT sourced_id, status, content_hash FROM ${file.table} WHERE tenant_id = $1 ORDER BY sourced_id`,
        [t.id],
      );
      out[file.name] = Object.fromEntries(
        r.rows.map((row) => [row.sourced_id, `${row.status}:${row.content_hash}`]),
      );
    }
  });
  return out;
}

describe.each(targets)('export on $name', (target) => {
  const database = useDatabase(target);
  const tenant = () => `t-${randomUUID().slice(0, 8)}`;

  it('round-trips a generated bundle: valid, unchanged on re-import, identical content elsewhere', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.zip');
    await generateBundle({ out: source, students: 200, schools: 2, seed: 7 });
    const slug = tenant();
    const first = await importBundle(database(), source, { tenant: slug });
    expect(first.status).toBe('completed');

    const out = join(dir, 'export.zip');
    // Small batches so every file crosses several keyset pages.
    const r = await exportBundle(database(), { tenant: slug, out, batchSize: 37 });
    expect(r.mode).toBe('bulk');
    expect(r.tenant).toBe(slug);
    for (const [file, c] of Object.entries(first.files)) expect(r.files[file]).toBe(c.rows);
    expect(r.totalRows).toBe(Object.values(first.files).reduce((a, c) => a + c.rows, 0));

    const report = await validateBundle(out);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);

    const again = await importBundle(database(), out, { tenant: slug });
    expect(again.status).toBe('completed');
    for (const [file, c] of Object.entries(again.files))
      expect({ file, created: c.created, updated: c.updated, deleted: c.deleted }).toEqual({
        file,
        created: 0,
        updated: 0,
        deleted: 0,
      });

    const copy = tenant();
    expect((await importBundle(database(), out, { tenant: copy })).status).toBe('completed');
    expect(await contentHashes(database(), copy)).toEqual(await contentHashes(database(), slug));

    // Format: UTF-8 without BOM, CRLF, every field quoted, spec headers, 21 manifest rows.
    const zip = await readZip(out);
    const names = [...zip.keys()].sort();
    expect(names).toEqual(['manifest.csv', ...Object.keys(r.files).map((f) => `${f}.csv`)].sort());
    for (const [name, bytes] of zip) {
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), name).toBe(false);
      expect(bytes.toString('utf8').replaceAll('\r\n', '').includes('\n'), name).toBe(false);
      for (const line of lines(bytes)) cells(line);
    }
    const manifest = lines(zip.get('manifest.csv')!).map(cells);
    expect(manifest[0]).toEqual(['propertyName', 'value']);
    const props = new Map(manifest.slice(1).map(([k, v]) => [k!, v!]));
    expect(props.get('manifest.version')).toBe('1.0');
    expect(props.get('oneroster.version')).toBe('1.2');
    expect(props.get('source.systemName')).toBe('RosterHub');
    expect(manifest.filter(([k]) => k!.startsWith('file.')).map(([k]) => k)).toEqual(
      MANIFEST_FILES.map((f) => `file.${f}`),
    );
    for (const f of MANIFEST_FILES)
      expect(props.get(`file.${f}`)).toBe(r.files[f] !== undefined ? 'bulk' : 'absent');

    const users = lines(zip.get('users.csv')!).map(cells);
    expect(users[0]).toEqual(defaultHeader('users'));
    expect(users[0]).not.toContain('resourceSourcedIds');
    expect(lines(zip.get('classes.csv')!).map(cells)[0]!.at(-1)).toBe('metadata.jp.specialNeeds');
    expect(lines(zip.get('enrollments.csv')!).map(cells)[0]!.slice(-2)).toEqual([
      'metadata.jp.ShussekiNo',
      'metadata.jp.PublicFlg',
    ]);
    // Bulk rows leave status and dateLastModified empty.
    expect(users.slice(1).every((u) => u[1] === '' && u[2] === '')).toBe(true);

    const sessions = lines(zip.get('academicSessions.csv')!).map(cells);
    const parent = sessions[0]!.indexOf('parentSourcedId');
    expect(sessions.slice(1).some((s) => s[parent] === 'NULL')).toBe(true);
    expect(sessions.slice(1).every((s) => s[parent] !== '')).toBe(true);
  });

  it('writes unknown metadata columns after the known ones, the same set on every row', async () => {
    const slug = tenant();
    const data = minimalBundle();
    data.users![0]!['metadata.acme.badge'] = 'gold';
    data.users![1]!['metadata.acme.locker'] = '12';
    const source = await writeBundleZip(data, {
      headers: { users: [...defaultHeader('users'), 'metadata.acme.locker', 'metadata.acme.badge'] },
    });
    expect((await importBundle(database(), source, { tenant: slug })).status).toBe('completed');
    const out = join(tempDir(), 'export.zip');
    await exportBundle(database(), { tenant: slug, out });
    const users = lines((await readZip(out)).get('users.csv')!).map(cells);
    expect(users[0]).toEqual([...defaultHeader('users'), 'metadata.acme.badge', 'metadata.acme.locker']);
    const width = users[0]!.length;
    expect(users.every((u) => u.length === width)).toBe(true);
    const byId = new Map(users.slice(1).map((u) => [u[0]!, u.slice(-2)]));
    expect(byId.get(data.users![0]!.sourcedId!)).toEqual(['gold', '']);
    expect(byId.get(data.users![1]!.sourcedId!)).toEqual(['', '12']);
    expect((await importBundle(database(), out, { tenant: slug })).files.users).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
    });
  });

  it('--include-deleted writes a delta bundle carrying tobedeleted records', async () => {
    const slug = tenant();
    await importBundle(database(), await writeBundleZip(minimalBundle()), { tenant: slug });
    const without = minimalBundle();
    without.users = without.users!.filter((u) => u.sourcedId !== STUDENT);
    without.roles = without.roles!.filter((u) => u.userSourcedId !== STUDENT);
    without.enrollments = without.enrollments!.filter((u) => u.userSourcedId !== STUDENT);
    const dropped = await importBundle(database(), await writeBundleZip(without), { tenant: slug });
    expect(dropped.files.users?.deleted).toBe(1);

    const out = join(tempDir(), 'delta.zip');
    const r = await exportBundle(database(), { tenant: slug, out, includeDeleted: true });
    expect(r.mode).toBe('delta');
    const zip = await readZip(out);
    const props = new Map(
      lines(zip.get('manifest.csv')!)
        .map(cells)
        .slice(1)
        .map(([k, v]) => [k!, v!]),
    );
    expect(props.get('file.users')).toBe('delta');
    expect(props.get('file.results')).toBe('absent');
    const users = lines(zip.get('users.csv')!).map(cells).slice(1);
    const student = users.find((u) => u[0] === STUDENT);
    expect(student?.[1]).toBe('tobedeleted');
    expect(users.every((u) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(u[2]!))).toBe(true);
    expect(users.filter((u) => u[1] === 'active')).toHaveLength(users.length - 1);
    expect((await validateBundle(out)).errors).toEqual([]);

    // The default bulk export leaves the deleted user out.
    const bulk = join(tempDir(), 'bulk.zip');
    const b = await exportBundle(database(), { tenant: slug, out: bulk });
    expect(b.files.users).toBe(users.length - 1);
  });

  it('rejects an unknown tenant with not_found', async () => {
    await expect(
      exportBundle(database(), { tenant: 'no-such-tenant', out: join(tempDir(), 'x.zip') }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it.runIf(target.name === 'postgres')('runs from the CLI with --json', async () => {
    const slug = tenant();
    await importBundle(database(), await writeBundleZip(minimalBundle()), { tenant: slug });
    const out = join(tempDir(), 'cli.zip');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--json'], {
        env: { ...process.env, ...target.env() },
        encoding: 'utf8',
      });
    const ok = cli('export', '--tenant', slug, '--out', out);
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ out, tenant: slug, mode: 'bulk', files: { users: 2 } });
    expect(Object.keys(json).sort()).toEqual(['durationMs', 'files', 'mode', 'out', 'tenant', 'totalRows']);

    const missing = cli('export', '--tenant', 'no-such-tenant', '--out', out);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'not_found' } });
  });
});
