import { loadSigningKeys } from '../auth/signing-keys.js';
import type { Config } from '../config/config.js';
import { loadEncryptionKeys } from '../crypto/encryption-keys.js';
import { createPiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../services/errors.js';
import { reencryptAll } from '../services/pii-rotation.service.js';
import { EXIT, type Outcome } from './output.js';

/** Rotates the embedded key file; keys from RH_TOKEN_SIGNING_KEYS are rotated where they are kept. */
export async function keysRotateCommand(config: Config): Promise<Outcome> {
  if (config.auth.signingKeys)
    throw new DomainError(
      'invalid_input',
      'Signing keys come from RH_TOKEN_SIGNING_KEYS: rotate them there (put the new key first)',
      '署名鍵は RH_TOKEN_SIGNING_KEYS で設定されています。そちらで更新してください（新しい鍵を先頭に）',
    );
  const keys = await loadSigningKeys(config);
  const key = await keys.rotate();
  const list = keys.list().map((k) => ({
    kid: k.kid,
    createdAt: k.createdAt ?? null,
    supersededAt: k.supersededAt ?? null,
  }));
  return {
    exitCode: EXIT.ok,
    json: { kid: key.kid, keys: list },
    text: `New signing key ${key.kid}; ${list.length - 1} older key(s) kept for verification. Restart the server to sign with it.`,
  };
}

/**
 * PII encryption keys. With the embedded key file a new key is added first; with
 * RH_ENCRYPTION_KEY the operator has already put the new key first there. Either way every
 * tenant's personal data is then brought to the newest key (legacy plaintext included), in batches.
 * `reencryptOnly` skips adding a key (resume an interrupted run, or encrypt legacy rows).
 */
export async function encryptionRotateCommand(
  db: Database,
  config: Config,
  opts: { reencryptOnly?: boolean; batchSize?: number } = {},
): Promise<Outcome> {
  const keys = await loadEncryptionKeys(config);
  let added: string | null = null;
  if (keys.source === 'file' && !opts.reencryptOnly) added = (await keys.rotate()).kid;
  const pii = createPiiCipher(keys.list());
  const r = await reencryptAll(db, pii, { batchSize: opts.batchSize });
  const updated = Object.values(r.tables).reduce((n, t) => n + t.updated, 0);
  return {
    exitCode: EXIT.ok,
    json: { kid: r.kid, added, source: keys.source, tables: r.tables, keys: keys.list().map((k) => k.kid) },
    text: [
      added
        ? `New encryption key ${added} added to the key file.`
        : `Current encryption key ${r.kid} (${keys.source}).`,
      `Re-encrypted ${updated} row(s): ${Object.entries(r.tables)
        .map(([t, c]) => `${t} ${c.updated}/${c.scanned}`)
        .join(', ')}.`,
      'Older keys stay in the ring: remove one only once no value uses it.',
    ].join('\n'),
  };
}
