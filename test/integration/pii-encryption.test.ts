import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { ROSTER_SCOPES } from '../../src/auth/scopes.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { loadEncryptionKeys } from '../../src/crypto/encryption-keys.js';
import { createPiiCipher, loadPiiCipher, type PiiCipher } from '../../src/crypto/pii-cipher.js';
import { exportBundle } from '../../src/services/export.service.js';
import { importBundle } from '../../src/services/import.service.js';
import { reencryptAll } from '../../src/services/pii-rotation.service.js';
import { requireTenant } from '../../src/services/tenant.service.js';
import { BASE, readCsv } from '../helpers/api.js';
import {
  STUDENT,
  TEACHER,
  minimalBundle,
  tempDir,
  writeBundleDir,
  type BundleData,
} from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

type ImportOptions = Parameters<typeof importBundle>[2];
/** `ImportOptions.pii` (typed here so this file compiles before import.service.ts declares it). */
const withPii = (opts: ImportOptions, pii: PiiCipher): ImportOptions => ({ ...opts, pii });

/** Every personal value of the bundle, to look for in the raw tables. */
const SECRET = {
  teacherEmail: 'Hanako.Yamada@Kitamachi.example.jp',
  teacherPhone: '03-1234-5678',
  teacherSms: '090-1111-2222',
  teacherPassword: 'hunter2-teacher',
  studentEmail: 'taro.sato@kitamachi.example.jp',
  studentPassword: 'student-secret-9',
  profileUsername: 'taro-learning-app',
  profilePassword: 'profile-pass-7',
  birthDate: '2018-05-14',
};

function piiBundle(): BundleData {
  const data = minimalBundle();
  const [teacher, student] = data.users!;
  Object.assign(teacher!, {
    email: SECRET.teacherEmail,
    phone: SECRET.teacherPhone,
    sms: SECRET.teacherSms,
    password: SECRET.teacherPassword,
  });
  Object.assign(student!, { email: SECRET.studentEmail, password: SECRET.studentPassword });
  data.userProfiles = [
    {
      sourcedId: 'profile-1',
      userSourcedId: STUDENT,
      profileType: 'app',
      vendorId: 'vendor-1',
      credentialType: 'password',
      username: SECRET.profileUsername,
      password: SECRET.profilePassword,
    },
  ];
  data.demographics = [{ sourcedId: STUDENT, birthDate: SECRET.birthDate, sex: 'male' }];
  return data;
}

describe.each(targets)('PII encryption at rest on $name', (target) => {
  const database = useDatabase(target);
  let config: Config;
  let pii: PiiCipher;
  let auth: Auth;
  let app: FastifyInstance;
  let token: string;
  let bundleDir: string;
  const tenant = 'pii';

  /** Every PII column of every roster row, read as the owner role (no decryption anywhere). */
  async function rawPii(): Promise<string[]> {
    return database().transaction(async (tx) => {
      const users = await tx.query<Record<string, string | null>>(
        'SELECT email, phone, sms, password, email_bidx FROM users ORDER BY sourced_id',
      );
      const profiles = await tx.query<Record<string, string | null>>(
        'SELECT username, password FROM user_profiles ORDER BY sourced_id',
      );
      const demo = await tx.query<Record<string, string | null>>(
        'SELECT birth_date FROM demographics ORDER BY sourced_id',
      );
      return [...users.rows, ...profiles.rows, ...demo.rows]
        .flatMap((r) => Object.values(r))
        .filter((v): v is string => v !== null);
    });
  }

  beforeAll(async () => {
    config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: tempDir('rh-pii-'),
      RH_PUBLIC_URL: 'https://rh.example.test',
    });
    pii = await loadPiiCipher(config);
    bundleDir = await writeBundleDir(piiBundle());
    const r = await importBundle(database(), bundleDir, withPii({ tenant }, pii));
    if (r.status !== 'completed') throw new Error(JSON.stringify(r.errors));
    auth = await createAuth(config, database());
    app = await buildApp({ config, db: database(), auth });
    const tenantId = (await requireTenant(database(), tenant)).id;
    const { client } = await auth.clients.create(tenantId, { name: 'pii', scopes: ROSTER_SCOPES });
    token = (await auth.tokens.issue(client, ROSTER_SCOPES)).access_token;
  });

  afterAll(async () => {
    await app?.close();
    await auth?.close();
  });

  const get = (path: string) =>
    app.inject({ method: 'GET', url: `${BASE}${path}`, headers: { authorization: `Bearer ${token}` } });

  it('stores no plaintext: the raw tables hold v1 values and keyed blind indexes only', async () => {
    const raw = await rawPii();
    // Teacher: 4 fields + blind index; student: email, password + blind index; 2 credentials; 1 birth date.
    expect(raw.length).toBe(11);
    const joined = raw.join('\n');
    for (const secret of Object.values(SECRET)) {
      expect(joined).not.toContain(secret);
      expect(joined.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const values = raw.filter((v) => !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/.test(v));
    for (const v of values) expect(v).toMatch(new RegExp(`^v1\\.${pii.currentKid}\\.[A-Za-z0-9_-]+$`));
    // Non-PII columns are untouched.
    const r = await database().transaction((tx) =>
      tx.query<{ username: string }>('SELECT username FROM users WHERE sourced_id = $1', [TEACHER]),
    );
    expect(r.rows[0]!.username).toBe(`${TEACHER}@example.jp`);
  });

  it('an unchanged re-import writes nothing (the hash is over plaintext)', async () => {
    const before = await rawPii();
    const r = await importBundle(database(), bundleDir, withPii({ tenant }, pii));
    expect(r.status).toBe('completed');
    for (const [file, c] of Object.entries(r.files))
      expect([file, c.created + c.updated + c.deleted]).toEqual([file, 0]);
    expect(r.files.users!.unchanged).toBe(2);
    expect(await rawPii()).toEqual(before);
  });

  it('REST reads decrypt, and filter email= finds the user through the blind index', async () => {
    const one = await get(`/users/${TEACHER}`);
    expect(one.statusCode).toBe(200);
    const user = one.json<{ user: Record<string, unknown> }>().user;
    expect(user).toMatchObject({
      email: SECRET.teacherEmail,
      phone: SECRET.teacherPhone,
      sms: SECRET.teacherSms,
    });

    for (const q of [
      SECRET.teacherEmail,
      SECRET.teacherEmail.toUpperCase(),
      ` ${SECRET.teacherEmail.toLowerCase()}`,
    ]) {
      const res = await get(`/users?filter=${encodeURIComponent(`email='${q}'`)}`);
      expect(res.statusCode).toBe(200);
      const users = res.json<{ users: { sourcedId: string; email: string }[] }>().users;
      expect(users.map((u) => [u.sourcedId, u.email])).toEqual([[TEACHER, SECRET.teacherEmail]]);
    }
    const not = await get(`/users?filter=${encodeURIComponent(`email!='${SECRET.teacherEmail}'`)}`);
    expect(not.json<{ users: { sourcedId: string }[] }>().users.map((u) => u.sourcedId)).toEqual([STUDENT]);
    const none = await get(`/users?filter=${encodeURIComponent(`email='nobody@example.jp'`)}`);
    expect(none.json<{ users: unknown[] }>().users).toEqual([]);

    const demo = await get(`/demographics/${STUDENT}`);
    expect(demo.json<{ demographics: { birthDate: string } }>().demographics.birthDate).toBe(
      SECRET.birthDate,
    );
    const withProfiles = await get(`/users/${STUDENT}`);
    const profiles = withProfiles.json<{ user: { userProfiles: { credentials: unknown[] }[] } }>().user
      .userProfiles;
    expect(profiles[0]!.credentials).toEqual([
      { type: 'password', username: SECRET.profileUsername, password: SECRET.profilePassword },
    ]);
  });

  it('refuses other operators and sorting on encrypted fields with invalid_filter_field', async () => {
    for (const path of [
      `/users?filter=${encodeURIComponent("email~'example'")}`,
      `/users?filter=${encodeURIComponent("email>'a'")}`,
      `/users?filter=${encodeURIComponent("phone='03-1234-5678'")}`,
      '/users?sort=email',
      '/users?sort=password',
      `/demographics?filter=${encodeURIComponent("birthDate>'2018-01-01'")}`,
      '/demographics?sort=birthDate',
    ]) {
      const res = await get(path);
      expect([path, res.statusCode]).toEqual([path, 400]);
      expect(res.body).toMatch(/invalid_filter_field/);
      expect(res.body).toMatch(/encrypted/);
    }
  });

  it('exports plaintext: the round trip gives the bundle back', async () => {
    const out = join(tempDir(), 'export');
    await exportBundle(database(), { tenant, out, pii });
    const users = readCsv(join(out, 'users.csv')).rows;
    const teacher = users.find((u) => u.sourcedId === TEACHER)!;
    expect(teacher).toMatchObject({
      email: SECRET.teacherEmail,
      phone: SECRET.teacherPhone,
      sms: SECRET.teacherSms,
      password: SECRET.teacherPassword,
    });
    expect(readCsv(join(out, 'userProfiles.csv')).rows[0]).toMatchObject({
      username: SECRET.profileUsername,
      password: SECRET.profilePassword,
    });
    expect(readCsv(join(out, 'demographics.csv')).rows[0]).toMatchObject({ birthDate: SECRET.birthDate });
    // Re-importing the export changes nothing.
    const r = await importBundle(database(), out, withPii({ tenant }, pii));
    expect(r.status).toBe('completed');
    for (const c of Object.values(r.files)) expect(c.created + c.updated + c.deleted).toBe(0);
  });

  it('keys rotate re-encrypts every value (legacy plaintext included) in batches; reads keep working', async () => {
    // A row written before encryption existed: plaintext, no blind index.
    await database().transaction((tx) =>
      tx.query('UPDATE users SET email = $1, email_bidx = NULL WHERE sourced_id = $2', [
        SECRET.studentEmail,
        STUDENT,
      ]),
    );
    const oldKid = pii.currentKid!;
    const keys = await loadEncryptionKeys(config);
    const fresh = await keys.rotate();
    const ring = createPiiCipher(keys.list());
    const r = await reencryptAll(database(), ring, { batchSize: 1 });
    expect(r.kid).toBe(fresh.kid);
    expect(r.tables.users).toEqual({ scanned: 2, updated: 2 });
    expect(r.tables.user_profiles).toEqual({ scanned: 1, updated: 1 });
    expect(r.tables.demographics).toEqual({ scanned: 1, updated: 1 });
    const raw = await rawPii();
    expect(raw.join('\n')).not.toContain(SECRET.studentEmail);
    expect(raw.some((v) => v.includes(oldKid))).toBe(false);
    // Idempotent.
    const again = await reencryptAll(database(), ring);
    expect(Object.values(again.tables).every((t) => t.updated === 0)).toBe(true);

    // The app loaded the old ring: it picks the new key up from the key file.
    const res = await get(
      `/users?filter=${encodeURIComponent(`email='${SECRET.studentEmail}'`)}&fields=sourcedId,email`,
    );
    expect(res.json<{ users: unknown[] }>().users).toEqual([
      { sourcedId: STUDENT, email: SECRET.studentEmail },
    ]);
    const out = join(tempDir(), 'export');
    await exportBundle(database(), { tenant, out, pii: ring });
    expect(readCsv(join(out, 'users.csv')).rows.find((u) => u.sourcedId === STUDENT)!.email).toBe(
      SECRET.studentEmail,
    );
  });
});
