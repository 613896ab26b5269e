import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { DomainError } from '../services/errors.js';
import type { RevocationList } from './revocation.js';
import type { SigningKeys } from './signing-keys.js';
import { TenantDisabledError } from './tenant-status.js';

export const AUDIENCE = 'rosterhub';

export interface AccessClaims {
  tenantId: string;
  clientId: string;
  scopes: string[];
  jti: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface TokenServiceOptions {
  keys: SigningKeys;
  revocations: RevocationList;
  issuer: string;
  ttlSeconds: number;
  /** Refuses the tokens of disabled tenants (cached reads: see TenantStatus). */
  tenantStatus?: { isDisabled(tenantId: string): Promise<boolean> };
  /** Verified tokens remembered, so repeat requests skip the HMAC and JSON parsing. */
  cacheSize?: number;
}

/** The revocation-list entry that kills every token of a client at once. */
export const clientRevocationId = (clientId: string): string => `client:${clientId}`;

function unauthorised(message: string, messageJa: string): DomainError {
  return new DomainError('unauthorisedrequest', message, messageJa);
}

function claimsOf(payload: JWTPayload): AccessClaims | null {
  const { sub, jti, exp, tid, scope } = payload;
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof exp !== 'number') return null;
  if (typeof tid !== 'string' || typeof scope !== 'string') return null;
  return { tenantId: tid, clientId: sub, scopes: scope.split(' ').filter(Boolean), jti, exp };
}

export class TokenService {
  private readonly cache: LRUCache<string, AccessClaims>;

  constructor(private readonly opts: TokenServiceOptions) {
    this.cache = new LRUCache({ max: opts.cacheSize ?? 10_000 });
  }

  get ttlSeconds(): number {
    return this.opts.ttlSeconds;
  }

  async issue(client: { id: string; tenantId: string }, scopes: readonly string[]): Promise<TokenResponse> {
    const key = this.opts.keys.current();
    const now = Math.floor(Date.now() / 1000);
    const scope = scopes.join(' ');
    const access_token = await new SignJWT({ tid: client.tenantId, scope })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: key.kid })
      .setSubject(client.id)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + this.opts.ttlSeconds)
      .setIssuer(this.opts.issuer)
      .setAudience(AUDIENCE)
      .sign(key.secret);
    return { access_token, token_type: 'Bearer', expires_in: this.opts.ttlSeconds, scope };
  }

  /**
   * Claims of a valid token; DomainError('unauthorisedrequest') otherwise, TenantDisabledError
   * (403) when its tenant is disabled.
   */
  async verify(token: string): Promise<AccessClaims> {
    const claims = this.cache.get(token) ?? (await this.verifySignature(token));
    if (claims.exp * 1000 <= Date.now()) {
      this.cache.delete(token);
      throw unauthorised('The access token has expired', 'アクセストークンの有効期限が切れています');
    }
    // Checked on every call, cached or not: revocation must not wait for the cache entry to go.
    const { revocations } = this.opts;
    if (revocations.isRevoked(claims.jti) || revocations.isRevoked(clientRevocationId(claims.clientId)))
      throw unauthorised('The access token has been revoked', 'アクセストークンは失効しています');
    if (await this.opts.tenantStatus?.isDisabled(claims.tenantId)) throw new TenantDisabledError();
    return claims;
  }

  /** Revokes one token (by its claims) until it would have expired. */
  revoke(claims: Pick<AccessClaims, 'jti' | 'exp'>): Promise<void> {
    return this.opts.revocations.revoke(claims.jti, new Date(claims.exp * 1000));
  }

  private async verifySignature(token: string): Promise<AccessClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        token,
        (header) => {
          const key = header.kid === undefined ? undefined : this.opts.keys.byKid(header.kid);
          if (!key) throw new Error('unknown kid');
          return key.secret;
        },
        {
          algorithms: ['HS256'],
          issuer: this.opts.issuer,
          audience: AUDIENCE,
          requiredClaims: ['sub', 'jti', 'exp', 'iat'],
        },
      ));
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ERR_JWT_EXPIRED')
        throw unauthorised('The access token has expired', 'アクセストークンの有効期限が切れています');
      // Which check failed (signature, key, issuer, audience) is of no use to a caller: one answer.
      throw unauthorised('The access token is not valid', 'アクセストークンが正しくありません');
    }
    const claims = claimsOf(payload);
    if (!claims) throw unauthorised('The access token is not valid', 'アクセストークンが正しくありません');
    this.cache.set(token, claims);
    return claims;
  }
}
