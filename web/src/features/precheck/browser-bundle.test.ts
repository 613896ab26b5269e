import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processBundle } from '../../../../src/import/bundle-processor';
import { openBundle } from '../../../../src/import/bundle-source';
import { IssueCollector } from '../../../../src/import/issues';
import type { ProfileName } from '../../../../src/import/profiles/profile';
import { summarizeIssues } from '../../../../src/import/report';
import { generateBundle } from '../../../../src/generate/index';
import {
  STUDENT,
  minimalBundle,
  renderBundle,
  tempDir,
  user,
  writeBundleDir,
  writeBundleZip,
  type BundleData,
} from '../../../../test/helpers/bundle';
import { patchEntry, writeTemp, zipBuffer } from '../../../../test/helpers/zip-patch';
import yazl from 'yazl';
import { DEFAULT_LIMITS, openBrowserBundle } from './browser-bundle';
import type { Inflater } from './byte-streams';
import { PrecheckInputError } from './precheck-input-error';
import { runPrecheck, type PrecheckReport } from './run-precheck';

/** The server's validation of a zip or folder: what `rosterhub validate` reports. */
async function serverCheck(path: string, profile: ProfileName = 'japan') {
  const source = await openBundle(path);
  const issues = new IssueCollector();
  try {
    const result = await processBundle(source, { issues, profile });
    return comparable({
      errors: issues.errors,
      warnings: issues.warnings,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      summary: summarizeIssues(issues),
      rows: result.rows,
      manifest: result.manifest,
    });
  } finally {
    await source.close();
  }
}

async function browserCheck(files: File[], profile: ProfileName = 'japan', inflater?: Inflater) {
  return comparable(await runPrecheck({ files, profile, options: { ...DEFAULT_LIMITS, inflater } }));
}

type Compared = Pick<
  PrecheckReport,
  'errors' | 'warnings' | 'errorCount' | 'warningCount' | 'summary' | 'rows' | 'manifest'
>;

function comparable(r: Compared): Compared {
  const { errors, warnings, errorCount, warningCount, summary, rows, manifest } = r;
  return { errors, warnings, errorCount, warningCount, summary, rows, manifest };
}

/** A File as the browser hands it over (the bytes copied, as a Buffer may share a pooled ArrayBuffer). */
const fileOf = (name: string, bytes: string | Uint8Array) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

async function filesOfDir(dir: string): Promise<File[]> {
  const names = await readdir(dir);
  return Promise.all(names.map(async (n) => fileOf(n, await readFile(join(dir, n)))));
}

/** A bundle with mistakes of several kinds: a bad enum, a broken reference, a duplicate, a bad date. */
function invalidBundle(): BundleData {
  const data = minimalBundle();
  data.users!.push(user('user-bad', { givenName: '次郎', familyName: '佐藤', enabledUser: 'maybe' }));
  data.users!.push(user(STUDENT, { givenName: '重複', familyName: '佐藤' }));
  data.roles!.push({
    sourcedId: 'role-x',
    userSourcedId: 'user-missing',
    roleType: 'primary',
    role: 'student',
    orgSourcedId: 'org-school',
  });
  data.academicSessions![0]!.startDate = '2025/04/01';
  return data;
}

describe('browser pre-check gives the server report', () => {
  it('finds nothing wrong in a valid zip, as the server', async () => {
    const path = await writeBundleZip(minimalBundle());
    const browser = await browserCheck([fileOf('bundle.zip', await readFile(path))]);
    expect(browser).toEqual(await serverCheck(path));
    expect(browser.errorCount).toBe(0);
    expect(browser.rows.users).toBe(2);
  });

  it('reports the same issues for an invalid bundle as CSV files and as a zip', async () => {
    const dir = await writeBundleDir(invalidBundle());
    const server = await serverCheck(dir);
    expect(server.errorCount).toBeGreaterThan(3);
    expect(await browserCheck(await filesOfDir(dir))).toEqual(server);
    const zip = await writeBundleZip(invalidBundle());
    expect(await browserCheck([fileOf('bundle.zip', await readFile(zip))])).toEqual(await serverCheck(zip));
  });

  it.each<ProfileName>(['oneroster', 'japan', 'eportal'])('agrees under the %s profile', async (profile) => {
    const zip = await writeBundleZip(invalidBundle());
    expect(await browserCheck([fileOf('b.zip', await readFile(zip))], profile)).toEqual(
      await serverCheck(zip, profile),
    );
  });

  it('agrees on a generated bundle spanning many reads and inflate steps, with either inflater', async () => {
    const out = join(tempDir(), 'generated.zip');
    await generateBundle({ out, schools: 2, students: 3000, seed: 7 });
    const file = fileOf('generated.zip', await readFile(out));
    const server = await serverCheck(out);
    for (const inflater of ['native', 'fflate'] as const) {
      const browser = await browserCheck([file], 'japan', inflater);
      expect(browser).toEqual(server);
      expect(browser.rows.users).toBeGreaterThan(3000);
    }
  }, 120_000);

  it('reads a Shift_JIS file with the same warning and rows as the server', async () => {
    const files = renderBundle(minimalBundle());
    const dir = await writeBundleDir(minimalBundle());
    const sjis = iconv.encode(files['users.csv']!, 'cp932');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'users.csv'), sjis);
    const server = await serverCheck(dir);
    expect(server.warnings.map((w) => w.code)).toContain('file.shiftJis');
    expect(await browserCheck(await filesOfDir(dir))).toEqual(server);
  });

  it('reports references into a delta bundle as unchecked, as the server does without a store', async () => {
    const data = minimalBundle();
    delete data.academicSessions;
    delete data.orgs;
    const modes = { academicSessions: 'delta', orgs: 'delta' } as const;
    const dir = await writeBundleDir(data, { modes });
    const server = await serverCheck(dir);
    expect(server.warnings.map((w) => w.code)).toContain('ref.unchecked');
    expect(await browserCheck(await filesOfDir(dir))).toEqual(server);
  });
});

describe('browser bundle source', () => {
  it('reads CP932 entry names, folders, stored entries and skips __MACOSX as the server', async () => {
    const files = renderBundle(minimalBundle());
    const zip = await zipBuffer({
      'bundle/': '',
      ...Object.fromEntries(Object.entries(files).map(([n, c]) => [`bundle/${n}`, c])),
      '__MACOSX/bundle/._users.csv': 'x',
      'bundle/名簿.csv': 'a\n',
    });
    const cp932 = iconv.encode('bundle/名簿.csv', 'cp932');
    const patched = patchEntry(zip, 'bundle/名簿.csv', {
      name: Buffer.concat([cp932, Buffer.alloc(Buffer.byteLength('bundle/名簿.csv') - cp932.length, 0x5f)]),
      clearUtf8Flag: true,
    });
    const path = await writeTemp(patched);
    const source = await openBrowserBundle([fileOf('b.zip', patched)]);
    const server = await openBundle(path);
    expect([...source.names].sort()).toEqual([...server.names].sort());
    await server.close();
    expect(await browserCheck([fileOf('b.zip', patched)])).toEqual(await serverCheck(path));
  });

  it('canonicalises CSV names whose case differs and refuses two of the same', async () => {
    const files = renderBundle(minimalBundle());
    const source = await openBrowserBundle([
      fileOf('Users.CSV', files['users.csv']!),
      fileOf('manifest.csv', 'x'),
    ]);
    expect(source.names).toEqual(['users.csv', 'manifest.csv']);
    await expect(
      openBrowserBundle([fileOf('users.csv', 'a'), fileOf('USERS.csv', 'b')]),
    ).rejects.toMatchObject({ problem: 'duplicateName' });
  });

  it('refuses a zip with CSV files, several zips, nothing, and a file that is not a zip', async () => {
    const zip = fileOf('a.zip', await zipBuffer({ 'manifest.csv': 'x' }));
    const problem = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: PrecheckInputError) => e.problem,
      );
    expect(await problem(openBrowserBundle([zip, fileOf('users.csv', 'a')]))).toBe('mixed');
    expect(await problem(openBrowserBundle([zip, zip]))).toBe('severalZips');
    expect(await problem(openBrowserBundle([]))).toBe('noFiles');
    expect(await problem(openBrowserBundle([fileOf('a.zip', 'not a zip at all')]))).toBe('notZip');
  });

  it('applies the size limits and refuses an entry inflating past its declared size', async () => {
    const files = renderBundle(minimalBundle());
    const big = fileOf('users.csv', files['users.csv']!);
    await expect(
      openBrowserBundle([big], { maxFileBytes: 10, maxBundleBytes: 1 << 20 }),
    ).rejects.toMatchObject({ problem: 'fileTooLarge' });
    await expect(
      openBrowserBundle([big, fileOf('manifest.csv', files['manifest.csv']!)], {
        maxFileBytes: 1 << 20,
        maxBundleBytes: big.size + 1,
      }),
    ).rejects.toMatchObject({ problem: 'bundleTooLarge' });

    const zip = patchEntry(await zipBuffer({ 'users.csv': 'a,b\n'.repeat(1000) }), 'users.csv', {
      uncompressedSize: 100,
    });
    for (const inflater of ['native', 'fflate'] as const) {
      const source = await openBrowserBundle([fileOf('b.zip', zip)], { ...DEFAULT_LIMITS, inflater });
      const read = async () => {
        for await (const _ of await source.open('users.csv')) void _;
      };
      await expect(read()).rejects.toMatchObject({ problem: 'inflatesPastDeclared' });
    }
  });

  it('reads stored (uncompressed) entries', async () => {
    const zip = new yazl.ZipFile();
    for (const [name, content] of Object.entries(renderBundle(invalidBundle())))
      zip.addBuffer(Buffer.from(content), name, { compress: false });
    zip.end();
    const parts: Buffer[] = [];
    for await (const part of zip.outputStream as AsyncIterable<Buffer>) parts.push(part);
    const path = await writeTemp(Buffer.concat(parts));
    expect(await browserCheck([fileOf('b.zip', await readFile(path))])).toEqual(await serverCheck(path));
  });

  it.each<Inflater>(['native', 'fflate'])(
    'reports corrupt deflate data (%s) as a damaged entry',
    async (inflater) => {
      const zip = await zipBuffer({ 'users.csv': 'sourcedId,x\n'.repeat(2000) });
      // Damage the compressed data in the middle of the entry (after its 30-byte header and name).
      const broken = Buffer.from(zip);
      for (let i = 60; i < 90; i++) broken[i] = 0xff;
      const source = await openBrowserBundle([fileOf('b.zip', broken)], { ...DEFAULT_LIMITS, inflater });
      const read = async () => {
        for await (const _ of await source.open('users.csv')) void _;
      };
      await expect(read()).rejects.toMatchObject({ problem: 'corruptEntry' });
    },
  );

  it('refuses a likely zip bomb before inflating it', async () => {
    const zip = patchEntry(await zipBuffer({ 'users.csv': 'a'.repeat(2000) }), 'users.csv', {
      uncompressedSize: 2 << 20,
    });
    await expect(openBrowserBundle([fileOf('b.zip', zip)])).rejects.toBeInstanceOf(PrecheckInputError);
    await expect(openBrowserBundle([fileOf('b.zip', zip)])).rejects.toMatchObject({ problem: 'zipBomb' });
  });
});
