import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import { loadEncryptionKeys, type EncryptionKey } from './encryption-keys.js';

/**
 * Field-level encryption of personal data at rest. A stored value describes itself:
 * `v1.<kid>.<base64url(iv ‖ ciphertext ‖ tag)>`, AES-256-GCM with a 96-bit random IV, the
 * `v1.<kid>` header as associated data. A value without the `v1.` prefix is legacy plaintext
 * (written before encryption was enabled): it reads as itself until `keys rotate --encryption`
 * encrypts it.
 */
export const PII_PREFIX = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BLIND_INDEX_BYTES = 16;
const ENCRYPTION_INFO = 'rosterhub pii aes-256-gcm v1';
const BLIND_INDEX_INFO = 'rosterhub email blind index v1';

export class PiiDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PiiDecryptionError';
  }
}

export interface PiiCipher {
  /** False for the no-op cipher: values are stored and read as given, no blind index exists. */
  readonly enabled: boolean;
  /** The kid new values are encrypted with (null when disabled). */
  readonly currentKid: string | null;
  encrypt(plain: string): string;
  /** Decrypts a stored value; legacy plaintext comes back unchanged. Throws PiiDecryptionError. */
  decrypt(stored: string): string;
  /** Whether a stored value is already encrypted with the current key (rotation skips it). */
  isCurrent(stored: string): boolean;
  /** Blind index of an email under the current key, or null when disabled. */
  blindIndex(email: string): string | null;
  /** Blind indexes under every known key (a filter matches rows not yet re-encrypted), or null. */
  blindIndexes(email: string): string[] | null;
}

/** Stores values as given: the default until a cipher is wired in, and the state before upgrade. */
export const PLAIN_PII: PiiCipher = {
  enabled: false,
  currentKid: null,
  encrypt: (plain) => plain,
  decrypt: (stored) => stored,
  isCurrent: () => true,
  blindIndex: () => null,
  blindIndexes: () => null,
};

/** What blind indexes are computed over: emails compare case-insensitively, without outer blanks. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

interface DerivedKey {
  kid: string;
  aes: Buffer;
  hmac: Buffer;
  header: string;
  aad: Buffer;
}

function derive(key: EncryptionKey): DerivedKey {
  const sub = (info: string) => Buffer.from(hkdfSync('sha256', key.secret, Buffer.alloc(0), info, 32));
  const header = `${PII_PREFIX}${key.kid}.`;
  return {
    kid: key.kid,
    aes: sub(ENCRYPTION_INFO),
    hmac: sub(BLIND_INDEX_INFO),
    header,
    aad: Buffer.from(header.slice(0, -1)),
  };
}

function bidx(k: DerivedKey, email: string): string {
  const mac = createHmac('sha256', k.hmac).update(normalizeEmail(email)).digest();
  return `${k.kid}.${mac.subarray(0, BLIND_INDEX_BYTES).toString('base64url')}`;
}

export interface PiiCipherOptions {
  /**
   * The key ring again if it changed, else null (embedded key file: another process ran `keys rotate
   * --encryption`). Asked when a value names an unknown kid and before computing blind indexes for a
   * filter; the newest key of a new ring then encrypts too.
   */
  reload?: () => readonly EncryptionKey[] | null;
}

/** A cipher over a key ring (newest first). Keys are derived once: encryption and HMAC never share one. */
export function createPiiCipher(keys: readonly EncryptionKey[], opts: PiiCipherOptions = {}): PiiCipher {
  if (!keys.length) throw new Error('createPiiCipher needs at least one key');
  let derived = keys.map(derive);
  let current = derived[0]!;
  let byKid = new Map(derived.map((k) => [k.kid, k]));
  const refresh = (): void => {
    const fresh = opts.reload?.();
    if (!fresh?.length) return;
    derived = fresh.map(derive);
    current = derived[0]!;
    byKid = new Map(derived.map((d) => [d.kid, d]));
  };
  const lookup = (kid: string): DerivedKey | undefined => {
    const k = byKid.get(kid);
    if (k) return k;
    refresh();
    return byKid.get(kid);
  };
  return {
    enabled: true,
    get currentKid() {
      return current.kid;
    },
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const c = createCipheriv('aes-256-gcm', current.aes, iv);
      c.setAAD(current.aad);
      const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final(), c.getAuthTag()]);
      return current.header + body.toString('base64url');
    },
    decrypt(stored) {
      if (!stored.startsWith(PII_PREFIX)) return stored;
      const dot = stored.indexOf('.', PII_PREFIX.length);
      if (dot < 0) throw new PiiDecryptionError('Malformed encrypted value');
      const kid = stored.slice(PII_PREFIX.length, dot);
      const k = lookup(kid);
      if (!k) throw new PiiDecryptionError(`No encryption key with kid "${kid}" is configured`);
      const body = Buffer.from(stored.slice(dot + 1), 'base64url');
      if (body.length < IV_BYTES + TAG_BYTES) throw new PiiDecryptionError('Malformed encrypted value');
      try {
        const d = createDecipheriv('aes-256-gcm', k.aes, body.subarray(0, IV_BYTES));
        d.setAAD(k.aad);
        d.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return (
          d.update(body.subarray(IV_BYTES, body.length - TAG_BYTES), undefined, 'utf8') + d.final('utf8')
        );
      } catch {
        throw new PiiDecryptionError(`Encrypted value (kid "${kid}") failed authentication`);
      }
    },
    isCurrent: (stored) => stored.startsWith(current.header),
    blindIndex: (email) => bidx(current, email),
    blindIndexes(email) {
      refresh();
      return derived.map((k) => bidx(k, email));
    },
  };
}

/** The configured cipher: RH_ENCRYPTION_KEY, or the embedded key file (refused in production). */
export async function loadPiiCipher(
  config: Pick<Config, 'env' | 'encryption' | 'database'>,
): Promise<PiiCipher> {
  const keys = await loadEncryptionKeys(config);
  return createPiiCipher(keys.list(), keys.reloadSync ? { reload: keys.reloadSync } : {});
}
