import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { ClientService } from './client.service.js';
import { createRevocationList, type RevocationList } from './revocation.js';
import { loadSigningKeys, type SigningKeys } from './signing-keys.js';
import { TenantStatus } from './tenant-status.js';
import { TokenService } from './token.service.js';

export { ClientService, type ApiClient } from './client.service.js';
export type { RevocationList } from './revocation.js';
export { ROSTER_SCOPES, grantScopes } from './scopes.js';
export type { SigningKeys } from './signing-keys.js';
export { TenantDisabledError, TenantStatus } from './tenant-status.js';
export { TokenService, type AccessClaims, type TokenResponse } from './token.service.js';

export interface Auth {
  tokens: TokenService;
  clients: ClientService;
  revocations: RevocationList;
  keys: SigningKeys;
  /** Disabled tenants: their tokens are refused and their clients get no new ones. */
  tenantStatus: TenantStatus;
  close(): Promise<void>;
}

/**
 * Everything the token endpoint and the API's bearer check need; `close()` stops the refresh timer.
 * `onError` hears of failed revocation refreshes (pass the server's logger).
 */
export async function createAuth(
  config: Config,
  db: Database,
  opts: { onError?: (err: unknown) => void } = {},
): Promise<Auth> {
  const keys = await loadSigningKeys(config);
  const revocations = createRevocationList(config, db, opts.onError);
  try {
    await revocations.start();
  } catch (err) {
    await revocations.close();
    throw err;
  }
  const tenantStatus = new TenantStatus(db.kysely);
  const tokens = new TokenService({
    keys,
    revocations,
    tenantStatus,
    issuer: config.http.publicUrl,
    ttlSeconds: config.auth.tokenTtlSeconds,
  });
  const clients = new ClientService(db, revocations, config.auth.tokenTtlSeconds);
  return { tokens, clients, revocations, keys, tenantStatus, close: () => revocations.close() };
}
