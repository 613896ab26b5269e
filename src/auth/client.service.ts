import { randomBytes, randomInt } from 'node:crypto';
import type { Database } from '../db/database.js';
import { clientRepository, type ApiClient } from '../repositories/client.repository.js';
import { DomainError } from '../services/errors.js';
import type { RevocationList } from './revocation.js';
import { ROSTER_SCOPES, isRosterScope } from './scopes.js';
import { decoyHash, hashSecret, verifySecret } from './secret-hash.js';
import { clientRevocationId } from './token.service.js';

export type { ApiClient } from '../repositories/client.repository.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CLIENT_ID = /^rh_[A-Za-z0-9]{24}$/;

/** `rh_` and 24 base62 characters (~143 bits): recognisable in logs, unguessable. */
export function newClientId(): string {
  let id = 'rh_';
  for (let i = 0; i < 24; i++) id += BASE62[randomInt(BASE62.length)];
  return id;
}

export class ClientService {
  constructor(
    private readonly db: Database,
    private readonly revocations: RevocationList,
    /** Token lifetime: a revoked client's entry must outlive every token it still holds. */
    private readonly tokenTtlSeconds: number,
  ) {}

  /** The secret is returned here only; the store keeps its hash. */
  async create(
    tenantId: string,
    /** `roles`: admin-API roles (uploader to send bundles from scripts); none by default. */
    opts: { name?: string; scopes?: readonly string[]; roles?: readonly string[] } = {},
  ): Promise<{ client: ApiClient; secret: string }> {
    const scopes = [...new Set(opts.scopes ?? ROSTER_SCOPES)];
    const unknown = scopes.filter((s) => !isRosterScope(s));
    if (!scopes.length || unknown.length)
      throw new DomainError(
        'invalid_input',
        `Scopes must be among: ${ROSTER_SCOPES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
        `スコープは次の中から指定してください: ${ROSTER_SCOPES.join(', ')}`,
      );
    const secret = randomBytes(32).toString('base64url');
    const id = newClientId();
    const secretHash = await hashSecret(secret);
    const client = await this.db.withTenant(tenantId, (tx) =>
      clientRepository.insert(tx.kysely, {
        id,
        tenantId,
        name: opts.name?.trim() || id,
        secretHash,
        scopes,
        roles: [...new Set(opts.roles ?? [])],
      }),
    );
    return { client, secret };
  }

  list(tenantId: string): Promise<ApiClient[]> {
    return this.db.withTenant(tenantId, (tx) => clientRepository.listByTenant(tx.kysely, tenantId), {
      readOnly: true,
    });
  }

  find(id: string): Promise<ApiClient | null> {
    return clientRepository.find(this.db.kysely, id);
  }

  /** Refuses new tokens at once and kills issued ones within a revocation refresh. */
  async revoke(id: string): Promise<ApiClient> {
    const client = CLIENT_ID.test(id) ? await clientRepository.revoke(this.db.kysely, id, new Date()) : null;
    if (!client)
      throw new DomainError('not_found', `Unknown client "${id}"`, `クライアント "${id}" は存在しません`);
    await this.revocations.revoke(clientRevocationId(id), new Date(Date.now() + this.tokenTtlSeconds * 1000));
    return client;
  }

  /**
   * The active client whose secret this is, or null. An unknown id is checked against a decoy
   * hash, so the answer takes as long whether or not the id exists.
   */
  async authenticate(id: string, secret: string): Promise<ApiClient | null> {
    const found = CLIENT_ID.test(id) ? await clientRepository.findWithSecret(this.db.kysely, id) : null;
    const ok = await verifySecret(secret, found?.secretHash ?? (await decoyHash()));
    if (!ok || !found || found.client.revokedAt) return null;
    return found.client;
  }

  /** Best effort: a failed bookkeeping write must not fail the token request. */
  async touch(id: string): Promise<void> {
    await clientRepository.touch(this.db.kysely, id, new Date()).catch(() => undefined);
  }
}
