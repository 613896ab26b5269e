import { loadSigningKeys } from '../auth/signing-keys.js';
import type { Config } from '../config/config.js';
import { DomainError } from '../services/errors.js';
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
