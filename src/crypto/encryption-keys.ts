import { readOrCreateKeyFile, writeKeyFileText } from './key-file.js';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, type Config } from '../config/config.js';

/** AES-256 takes exactly 32 bytes of key. */
export const ENCRYPTION_KEY_BYTES = 32;
export const ENCRYPTION_KEY_FILE = 'encryption-keys.json';
/** A kid sits between dots in a stored value (`v1.<kid>.<payload>`), so it has none itself. */
const KID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface EncryptionKey {
  kid: string;
  secret: Uint8Array;
  /** Embedded file only (ISO 8601). */
  createdAt?: string;
}

export interface EncryptionKeys {
  readonly source: 'environment' | 'file';
  /** Newest first: the first encrypts, every one decrypts. */
  list(): readonly EncryptionKey[];
  /** Embedded file only: a new key in front; older ones stay until `keys rotate` has re-encrypted. */
  rotate(): Promise<EncryptionKey>;
  /**
   * Embedded file only: the ring as the file holds it now when it changed since last read (another
   * process ran `keys rotate --encryption`), null when it did not. One stat() when unchanged.
   */
  reloadSync?: () => EncryptionKey[] | null;
}

/** A kid for a key given without one: stable for the key, revealing nothing of it. */
export function derivedKid(secret: Uint8Array): string {
  return createHash('sha256').update('rosterhub-kid\0').update(secret).digest('base64url').slice(0, 8);
}

/**
 * Parses RH_ENCRYPTION_KEY: base64 (or base64url) of 32 bytes, optionally `kid:` prefixed,
 * comma-separated, newest first. ConfigError lists every problem.
 */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  const problems: string[] = [];
  const keys: EncryptionKey[] = [];
  value.split(',').forEach((raw, i) => {
    const entry = raw.trim();
    const at = `RH_ENCRYPTION_KEY entry ${i + 1}`;
    const colon = entry.indexOf(':');
    const encoded = colon < 0 ? entry : entry.slice(colon + 1);
    if (!BASE64.test(encoded)) return problems.push(`${at}: the key is not base64`);
    const secret = new Uint8Array(
      Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64'),
    );
    if (secret.length !== ENCRYPTION_KEY_BYTES)
      return problems.push(`${at}: the key is ${secret.length} bytes, ${ENCRYPTION_KEY_BYTES} are required`);
    const kid = colon < 0 ? derivedKid(secret) : entry.slice(0, colon);
    if (!KID.test(kid)) return problems.push(`${at}: a kid is 1-32 characters of [A-Za-z0-9_-]`);
    if (keys.some((k) => k.kid === kid)) return problems.push(`${at}: kid "${kid}" appears twice`);
    keys.push({ kid, secret });
  });
  if (problems.length) throw new ConfigError(problems);
  return keys;
}

interface KeyFile {
  keys: { kid: string; secret: string; createdAt: string }[];
}

function newKey(now: Date): EncryptionKey {
  return {
    kid: randomBytes(6).toString('base64url'),
    secret: new Uint8Array(randomBytes(ENCRYPTION_KEY_BYTES)),
    createdAt: now.toISOString(),
  };
}

function parseKeyFile(text: string, path: string): EncryptionKey[] {
  let data: Partial<KeyFile>;
  try {
    data = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    throw new Error(
      `${path} is not valid JSON; restore it from a backup (data encrypted with it is unreadable without it)`,
    );
  }
  const keys = (data.keys ?? []).map((k) => ({
    kid: k.kid,
    createdAt: k.createdAt,
    secret: new Uint8Array(Buffer.from(k.secret ?? '', 'base64url')),
  }));
  // Unlike signing keys, a lost encryption key loses data: never offer to regenerate.
  if (!keys.length || keys.some((k) => !KID.test(k.kid) || k.secret.length !== ENCRYPTION_KEY_BYTES))
    throw new Error(`${path} holds no usable encryption keys; restore it from a backup`);
  return keys;
}

function keyFileText(keys: EncryptionKey[]): string {
  const data: KeyFile = {
    keys: keys.map((k) => ({
      kid: k.kid,
      secret: Buffer.from(k.secret).toString('base64url'),
      createdAt: k.createdAt ?? new Date().toISOString(),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Written beside, then moved into place, so a reader never sees half a key file. */
function writeKeyFile(path: string, keys: EncryptionKey[], exclusive = false): Promise<void> {
  return writeKeyFileText(path, keyFileText(keys), exclusive);
}

/** Reads the key file, creating it with one key on first use. */
function readOrCreate(dir: string, path: string): Promise<EncryptionKey[]> {
  return readOrCreateKeyFile(dir, path, {
    parse: parseKeyFile,
    text: keyFileText,
    first: () => newKey(new Date()),
  });
}

/**
 * Keys from RH_ENCRYPTION_KEY when set; otherwise from `<dataDir>/encryption-keys.json`, generated
 * on first use. Production refuses to start without RH_ENCRYPTION_KEY: a key generated next to the
 * data it protects (and lost with a container) is no key management.
 */
export async function loadEncryptionKeys(
  config: Pick<Config, 'env' | 'encryption' | 'database'>,
): Promise<EncryptionKeys> {
  if (config.encryption.keys) {
    const keys = parseEncryptionKeys(config.encryption.keys);
    return {
      source: 'environment',
      list: () => keys,
      rotate: () =>
        Promise.reject(
          new Error(
            'Encryption keys come from RH_ENCRYPTION_KEY: add the new key first there, then run keys rotate --encryption',
          ),
        ),
    };
  }
  if (config.env === 'production')
    throw new ConfigError([
      'RH_ENCRYPTION_KEY: required when NODE_ENV=production (base64 of 32 bytes, e.g. `openssl rand -base64 32`)',
    ]);
  const dir = config.database.dataDir;
  const path = join(dir, ENCRYPTION_KEY_FILE);
  let keys = await readOrCreate(dir, path);
  const stamp = () => {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  };
  let seen = stamp();
  return {
    source: 'file',
    list: () => keys,
    reloadSync() {
      const now = stamp();
      if (now === seen) return null;
      seen = now;
      return (keys = parseKeyFile(readFileSync(path, 'utf8'), path));
    },
    async rotate() {
      // Re-read: another process may have rotated since this one loaded the file.
      const current = parseKeyFile(await readFile(path, 'utf8'), path);
      const fresh = newKey(new Date());
      keys = [fresh, ...current];
      await writeKeyFile(path, keys);
      seen = stamp();
      return fresh;
    },
  };
}
