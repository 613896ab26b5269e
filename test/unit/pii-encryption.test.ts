import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/api/entities.js';
import { compileFilter } from '../../src/api/query/filter-compiler.js';
import { parseFilter } from '../../src/api/query/filter-parser.js';
import { parseCollectionParams } from '../../src/api/query/params.js';
import { loadConfig } from '../../src/config/config.js';
import {
  ENCRYPTION_KEY_FILE,
  derivedKid,
  loadEncryptionKeys,
  parseEncryptionKeys,
} from '../../src/crypto/encryption-keys.js';
import {
  PLAIN_PII,
  PiiDecryptionError,
  createPiiCipher,
  loadPiiCipher,
  normalizeEmail,
} from '../../src/crypto/pii-cipher.js';
import { tableColumns, writtenColumns } from '../../src/db/roster-columns.js';
import { contentHash, encodeContent, storedEncoder } from '../../src/import/record-encoding.js';
import type { ParsedRecord } from '../../src/import/row-validator.js';
import { FILES_BY_NAME, fieldIndex } from '../../src/model/index.js';
import { tempDir } from '../helpers/bundle.js';
import { compilerOnly, thrown } from '../helpers/sql.js';

const key = (kid: string) => ({ kid, secret: new Uint8Array(randomBytes(32)) });
const b64 = () => randomBytes(32).toString('base64');

describe('PII cipher', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('round-trips text (unicode, empty) as a self-describing v1 value with a fresh IV each time', () => {
    const c = createPiiCipher([k1]);
    for (const plain of ['taro@example.jp', '', '090-1234-5678', '山田 花子\t\n\\']) {
      const a = c.encrypt(plain);
      expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
      expect(a).not.toContain(plain || '\u0000');
      expect(c.decrypt(a)).toBe(plain);
      expect(c.encrypt(plain)).not.toBe(a);
    }
  });

  it('detects tampering with the payload, the tag and the header', () => {
    const c = createPiiCipher([k1, k2]);
    const v = c.encrypt('taro@example.jp');
    const body = Buffer.from(v.slice('v1.k1.'.length), 'base64url');
    for (const i of [0, 12, body.length - 1]) {
      const t = Buffer.from(body);
      t[i]! ^= 1;
      expect(() => c.decrypt(`v1.k1.${t.toString('base64url')}`)).toThrow(PiiDecryptionError);
    }
    // Same payload presented as another kid's: the header is authenticated data, and the key differs.
    expect(() => c.decrypt(v.replace('v1.k1.', 'v1.k2.'))).toThrow(PiiDecryptionError);
    expect(() => c.decrypt('v1.k1.AAAA')).toThrow(/Malformed/);
    expect(() => c.decrypt('v1.nodot')).toThrow(/Malformed/);
  });

  it('refuses an unknown kid and a wrong key with the same kid', () => {
    const v = createPiiCipher([k1]).encrypt('x');
    expect(() => createPiiCipher([k2]).decrypt(v)).toThrow(/No encryption key with kid "k1"/);
    expect(() => createPiiCipher([key('k1')]).decrypt(v)).toThrow(/failed authentication/);
  });

  it('decrypts values of older keys in the ring, encrypts with the newest, and passes legacy plaintext', () => {
    const old = createPiiCipher([k1]).encrypt('a@b.jp');
    const ring = createPiiCipher([k2, k1]);
    expect(ring.currentKid).toBe('k2');
    expect(ring.decrypt(old)).toBe('a@b.jp');
    expect(ring.isCurrent(old)).toBe(false);
    expect(ring.isCurrent(ring.encrypt('a@b.jp'))).toBe(true);
    expect(ring.decrypt('plain@legacy.jp')).toBe('plain@legacy.jp');
    expect(ring.isCurrent('plain@legacy.jp')).toBe(false);
  });

  it('reloads a changed ring when a value names an unknown kid and before a blind-index filter', () => {
    let ring: (typeof k1)[] | null = null;
    const c = createPiiCipher([k1], { reload: () => ring });
    const v = createPiiCipher([k2]).encrypt('x');
    expect(() => c.decrypt(v)).toThrow(/kid "k2"/);
    ring = [k2, k1];
    expect(c.decrypt(v)).toBe('x');
    expect(c.currentKid).toBe('k2');
    // A filter asks too: the blind indexes of a new ring are used at once.
    const d = createPiiCipher([k1], { reload: () => ring });
    expect(d.blindIndexes('a@b.jp')).toHaveLength(2);
  });

  it('keys a blind index of the normalised email, per key, never equal to the email or its plain hash', () => {
    const c = createPiiCipher([k2, k1]);
    const a = c.blindIndex(' Taro@Example.JP ')!;
    expect(a).toBe(c.blindIndex('taro@example.jp'));
    expect(a).toMatch(/^k2\.[A-Za-z0-9_-]{22}$/);
    expect(c.blindIndex('hanako@example.jp')).not.toBe(a);
    expect(createPiiCipher([key('k2')]).blindIndex('taro@example.jp')).not.toBe(a);
    expect(c.blindIndexes('taro@example.jp')).toEqual([
      a,
      createPiiCipher([k1]).blindIndex('taro@example.jp'),
    ]);
    expect(normalizeEmail('  A@B.JP')).toBe('a@b.jp');
  });

  it('the no-op cipher stores values as given and has no blind index', () => {
    expect(PLAIN_PII.enabled).toBe(false);
    expect(PLAIN_PII.encrypt('x')).toBe('x');
    expect(PLAIN_PII.decrypt('x')).toBe('x');
    expect(PLAIN_PII.blindIndexes('x')).toBeNull();
  });
});

describe('RH_ENCRYPTION_KEY', () => {
  it('accepts base64 and base64url keys, kid-prefixed or not (a stable kid is derived)', () => {
    const raw = randomBytes(32);
    const keys = parseEncryptionKeys(
      `new:${raw.toString('base64url')}, ${raw.toString('base64')}`.replace('new:', 'n1:'),
    );
    expect(keys.map((k) => k.kid)).toEqual(['n1', derivedKid(raw)]);
    expect(Buffer.from(keys[0]!.secret)).toEqual(raw);
    expect(Buffer.from(keys[1]!.secret)).toEqual(raw);
  });

  it('lists every problem at once', () => {
    const short = randomBytes(16).toString('base64');
    let problems: string[] = [];
    try {
      parseEncryptionKeys(`a:${short},b.c:${b64()},x:!!,d:${b64()},d:${b64()}`);
    } catch (e) {
      problems = (e as { problems: string[] }).problems;
    }
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(
      /16 bytes, 32 are required[\s\S]*kid[\s\S]*not base64[\s\S]*appears twice/,
    );
  });
});

describe('encryption key file', () => {
  const configFor = (dir: string, env: Record<string, string> = {}) =>
    loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dir, ...env });

  it('is generated once with mode 0600, reused, and rotated with the older keys kept', async () => {
    const dir = join(tempDir(), 'data');
    const keys = await loadEncryptionKeys(configFor(dir));
    const path = join(dir, ENCRYPTION_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(keys.source).toBe('file');
    const again = await loadEncryptionKeys(configFor(dir));
    expect(again.list()).toEqual(keys.list());
    const old = createPiiCipher(keys.list()).encrypt('x');
    const fresh = await again.rotate();
    expect(again.list().map((k) => k.kid)).toEqual([fresh.kid, keys.list()[0]!.kid]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const reloaded = await loadPiiCipher(configFor(dir));
    expect(reloaded.currentKid).toBe(fresh.kid);
    expect(reloaded.decrypt(old)).toBe('x');
    // A process that loaded the ring before the rotation reads the new key's values.
    const before = createPiiCipher(keys.list(), { reload: keys.reloadSync! });
    expect(before.decrypt(reloaded.encrypt('y'))).toBe('y');
  });

  it('two processes starting at once agree on the first key', async () => {
    const dir = join(tempDir(), 'data');
    const [a, b] = await Promise.all([
      loadEncryptionKeys(configFor(dir)),
      loadEncryptionKeys(configFor(dir)),
    ]);
    expect(a.list()[0]!.kid).toBe(b.list()[0]!.kid);
  });

  it('never regenerates over a damaged file (the data would be lost)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ENCRYPTION_KEY_FILE), '{"keys":[]}');
    await expect(loadEncryptionKeys(configFor(dir))).rejects.toThrow(/restore it from a backup/);
    writeFileSync(join(dir, ENCRYPTION_KEY_FILE), 'not json');
    await expect(loadEncryptionKeys(configFor(dir))).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(join(dir, ENCRYPTION_KEY_FILE), 'utf8')).toBe('not json');
  });

  it('uses RH_ENCRYPTION_KEY when set (no file), and refuses production without it', async () => {
    const dir = join(tempDir(), 'data');
    const keys = await loadEncryptionKeys(configFor(dir, { RH_ENCRYPTION_KEY: `k:${b64()}` }));
    expect(keys.source).toBe('environment');
    await expect(keys.rotate()).rejects.toThrow(/RH_ENCRYPTION_KEY/);
    expect(() => statSync(join(dir, ENCRYPTION_KEY_FILE))).toThrow();
    await expect(loadEncryptionKeys(configFor(dir, { NODE_ENV: 'production' }))).rejects.toThrow(
      /RH_ENCRYPTION_KEY: required when NODE_ENV=production/,
    );
    const prod = await loadEncryptionKeys(
      configFor(dir, { NODE_ENV: 'production', RH_ENCRYPTION_KEY: b64() }),
    );
    expect(prod.source).toBe('environment');
  });
});

describe('stored encoding of personal data', () => {
  const users = FILES_BY_NAME.users;
  const values: ParsedRecord['values'] = users.fields.map(() => null);
  values[fieldIndex(users, 'enabledUser')] = 'true';
  values[fieldIndex(users, 'username')] = 'taro';
  values[fieldIndex(users, 'email')] = 'Taro@Example.jp';
  values[fieldIndex(users, 'phone')] = '090-1234-5678';
  values[fieldIndex(users, 'grades')] = ['P1'];
  const rec: ParsedRecord = {
    line: 2,
    sourcedId: 'u1',
    status: 'active',
    values,
    extras: { 'metadata.x': 'a\tb' },
  };

  it('writes the derived blind index after the table columns', () => {
    expect(writtenColumns(users)).toEqual([...tableColumns(users), 'email_bidx']);
    expect(writtenColumns(FILES_BY_NAME.orgs)).toEqual(tableColumns(FILES_BY_NAME.orgs));
  });

  it('without a cipher writes the content as hashed, with a NULL blind index', () => {
    const content = encodeContent(rec);
    expect(storedEncoder(users)(rec, content)).toBe(`${content}\t\\N`);
    const orgs = FILES_BY_NAME.orgs;
    expect(storedEncoder(orgs)(rec, 'x\ty')).toBe('x\ty');
  });

  it('encrypts only the pii fields, keeps the hash over plaintext, and appends the blind index', () => {
    const pii = createPiiCipher([key('k1')]);
    const content = encodeContent(rec);
    const hash = contentHash(content);
    const stored = storedEncoder(users, pii)(rec, content);
    // The tab inside the metadata JSON is escaped: raw tabs separate columns only.
    const plainCells = content.split('\t');
    const cells = stored.split('\t');
    expect(cells).toHaveLength(plainCells.length + 1);
    expect(cells.at(-1)).toBe(pii.blindIndex('taro@example.jp'));
    expect(stored).not.toContain('Taro@Example.jp');
    expect(stored).not.toContain('090-1234-5678');
    expect(stored.startsWith(content.slice(0, content.indexOf('\t')))).toBe(true);
    const emailCell = cells[1 + fieldIndex(users, 'email') - 3]!;
    expect(pii.decrypt(emailCell)).toBe('Taro@Example.jp');
    expect(cells[1 + fieldIndex(users, 'username') - 3]).toBe('taro');
    expect(cells[1 + fieldIndex(users, 'sms') - 3]).toBe('\\N');
    // Encryption is randomised; the hash is not.
    expect(storedEncoder(users, pii)(rec, content)).not.toBe(stored);
    expect(contentHash(encodeContent(rec))).toBe(hash);
  });
});

describe('filters on encrypted fields', () => {
  const pii = createPiiCipher([key('k2'), key('k1')]);
  const compile = (text: string, cipher = pii) => {
    const c = compileFilter(ENTITIES.user, parseFilter(text), 't', cipher).compile(compilerOnly);
    return { sql: c.sql, parameters: c.parameters };
  };

  it("maps email='x' to the blind index under every key, and != to its negation keeping NULLs", () => {
    expect(compile("email=' Taro@Example.jp'")).toEqual({
      sql: '"t"."email_bidx" = any($1::text[])',
      parameters: [pii.blindIndexes('taro@example.jp')],
    });
    expect(compile("email!='taro@example.jp'").sql).toBe(
      'not coalesce("t"."email_bidx" = any($1::text[]), false)',
    );
  });

  it('compares the plaintext column when no cipher is configured', () => {
    expect(compile("email='a@b.jp'", PLAIN_PII)).toEqual({ sql: '"t"."email" = $1', parameters: ['a@b.jp'] });
  });

  it.each([
    ["email~'example'", 'only = and != are possible'],
    ["email>'a'", 'only = and != are possible'],
    ["phone='090'", 'encrypted at rest'],
    ["password='x'", 'encrypted at rest'],
    ["sms!='x'", 'encrypted at rest'],
  ])('rejects %s with invalid_filter_field', (text, message) => {
    const e = thrown(() => compile(text));
    expect(e.code).toBe('invalid_filter_field');
    expect(e.message).toContain(message);
  });

  it('rejects sorting on any encrypted field', () => {
    for (const [entity, sort] of [
      [ENTITIES.user, 'email'],
      [ENTITIES.user, 'phone'],
      [ENTITIES.demographics, 'birthDate'],
    ] as const) {
      const e = thrown(() => parseCollectionParams({ sort }, entity, 100));
      expect(e.code).toBe('invalid_filter_field');
      expect(e.message).toMatch(/encrypted at rest/);
    }
  });
});
