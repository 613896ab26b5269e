import { readOrCreateKeyFile, writeKeyFileText } from '../crypto/key-file.js';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError, type Config } from '../config/config.js';

/** HS256 wants a key at least as long as its output (RFC 7518 §3.2). */
export const MIN_KEY_BYTES = 32;
export const KEY_FILE = 'token-signing-keys.json';
const KID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

export interface SigningKey {
  kid: string;
  secret: Uint8Array;
  /** Embedded file only: when the key was made and when a newer one replaced it (ISO 8601). */
  createdAt?: string;
  supersededAt?: string;
}

export interface SigningKeys {
  readonly source: 'environment' | 'file';
  /** The key new tokens are signed with. */
  current(): SigningKey;
  /** Any key still accepted for verification. */
  byKid(kid: string): SigningKey | undefined;
  list(): readonly SigningKey[];
  /** Embedded file only: a new signing key in front, older ones kept for verification. */
  rotate(): Promise<SigningKey>;
}

/** Parses RH_TOKEN_SIGNING_KEYS (`kid:base64url`, comma-separated, newest first); ConfigError lists every problem. */
export function parseSigningKeys(value: string): SigningKey[] {
  const problems: string[] = [];
  const keys: SigningKey[] = [];
  const entries = value.split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    const at = `RH_TOKEN_SIGNING_KEYS entry ${i + 1}`;
    const colon = entry.indexOf(':');
    const kid = colon < 0 ? '' : entry.slice(0, colon);
    const encoded = colon < 0 ? '' : entry.slice(colon + 1);
    if (!KID.test(kid)) return problems.push(`${at}: expected kid:secret with a kid of [A-Za-z0-9._-]`);
    if (keys.some((k) => k.kid === kid)) return problems.push(`${at}: kid "${kid}" appears twice`);
    if (!BASE64URL.test(encoded)) return problems.push(`${at} (${kid}): the secret is not base64url`);
    const secret = Buffer.from(encoded, 'base64url');
    if (secret.length < MIN_KEY_BYTES)
      return problems.push(
        `${at} (${kid}): the secret is ${secret.length} bytes, at least ${MIN_KEY_BYTES} are required`,
      );
    keys.push({ kid, secret: new Uint8Array(secret) });
  });
  if (problems.length) throw new ConfigError(problems);
  return keys;
}

function fixed(
  source: 'environment' | 'file',
  keys: SigningKey[],
  rotate: SigningKeys['rotate'],
): SigningKeys {
  const byKid = new Map(keys.map((k) => [k.kid, k]));
  return {
    source,
    current: () => keys[0]!,
    byKid: (kid) => byKid.get(kid),
    list: () => keys,
    rotate,
  };
}

interface KeyFile {
  keys: { kid: string; secret: string; createdAt: string; supersededAt?: string }[];
}

function newKey(now: Date): SigningKey {
  return { kid: randomBytes(9).toString('base64url'), secret: randomBytes(32), createdAt: now.toISOString() };
}

function parseKeyFile(text: string, path: string): SigningKey[] {
  const data = JSON.parse(text) as Partial<KeyFile>;
  const keys = (data.keys ?? []).map((k) => ({
    ...k,
    secret: new Uint8Array(Buffer.from(k.secret, 'base64url')),
  }));
  if (!keys.length || keys.some((k) => !KID.test(k.kid) || k.secret.length < MIN_KEY_BYTES))
    throw new Error(`${path} holds no usable signing keys; remove it to generate new ones`);
  return keys;
}

function keyFileText(keys: SigningKey[]): string {
  const data: KeyFile = {
    keys: keys.map((k) => ({
      kid: k.kid,
      secret: Buffer.from(k.secret).toString('base64url'),
      createdAt: k.createdAt ?? new Date().toISOString(),
      ...(k.supersededAt ? { supersededAt: k.supersededAt } : {}),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Written beside, then moved into place, so a reader never sees half a key file. */
function writeKeyFile(path: string, keys: SigningKey[], exclusive = false): Promise<void> {
  return writeKeyFileText(path, keyFileText(keys), exclusive);
}

/** Reads the key file, creating it with one key on first use. */
function readOrCreate(dir: string, path: string): Promise<SigningKey[]> {
  return readOrCreateKeyFile(dir, path, {
    parse: parseKeyFile,
    text: keyFileText,
    first: () => newKey(new Date()),
  });
}

/**
 * Keys from RH_TOKEN_SIGNING_KEYS when set (every instance shares them), otherwise from
 * `<dataDir>/token-signing-keys.json`, generated on first use.
 */
export async function loadSigningKeys(config: {
  auth: Config['auth'];
  database: Pick<Config['database'], 'dataDir'> & Partial<Config['database']>;
}): Promise<SigningKeys> {
  if (config.auth.signingKeys) {
    return fixed('environment', parseSigningKeys(config.auth.signingKeys), () =>
      Promise.reject(
        new Error('Signing keys come from RH_TOKEN_SIGNING_KEYS: rotate them there (new key first)'),
      ),
    );
  }
  const dir = config.database.dataDir;
  const path = join(dir, KEY_FILE);
  // Keys superseded longer ago than this signed only tokens that have expired.
  const retainMs = 2 * config.auth.tokenTtlSeconds * 1000;
  let keys = await readOrCreate(dir, path);
  let view = fixed('file', keys, rotate);
  async function rotate(): Promise<SigningKey> {
    const now = new Date();
    const fresh = newKey(now);
    const kept = keys
      .map((k, i) => (i === 0 && !k.supersededAt ? { ...k, supersededAt: now.toISOString() } : k))
      .filter((k) => !k.supersededAt || now.getTime() - Date.parse(k.supersededAt) <= retainMs);
    keys = [fresh, ...kept];
    await writeKeyFile(path, keys);
    view = fixed('file', keys, rotate);
    return fresh;
  }
  return {
    source: 'file',
    current: () => view.current(),
    byKid: (kid) => view.byKid(kid),
    list: () => view.list(),
    rotate,
  };
}
