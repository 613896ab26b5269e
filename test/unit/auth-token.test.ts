import { randomBytes } from 'node:crypto';
import { SignJWT, decodeProtectedHeader, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseRevocationStore,
  pollingRevocationList,
  type RevocationList,
} from '../../src/auth/revocation.js';
import { SCOPE_ROSTER, SCOPE_ROSTER_CORE } from '../../src/auth/scopes.js';
import { parseSigningKeys, type SigningKeys } from '../../src/auth/signing-keys.js';
import { AUDIENCE, TokenService, clientRevocationId } from '../../src/auth/token.service.js';
import { DomainError } from '../../src/services/errors.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const ISSUER = 'https://hub.example.test';
const client = { id: 'rh_AAAAAAAAAAAAAAAAAAAAAAAA', tenantId: '6f1c1f5e-3c36-4c55-9a53-8c1c4ad1b2a1' };
const secret = () => randomBytes(32).toString('base64url');

function keysOf(spec: string): SigningKeys {
  const keys = parseSigningKeys(spec);
  return {
    source: 'environment',
    current: () => keys[0]!,
    byKid: (kid) => keys.find((k) => k.kid === kid),
    list: () => keys,
    rotate: () => Promise.reject(new Error('fixed')),
  };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe('unauthorisedrequest');
  return err as DomainError;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const targets = await testTargets();

describe.each(targets)('access tokens on $name', (target) => {
  const database = useDatabase(target);
  const [k1, k2] = [secret(), secret()];
  const keys = keysOf(`new:${k1},old:${k2}`);
  let revocations: RevocationList;
  let tokens: TokenService;

  beforeAll(async () => {
    revocations = pollingRevocationList(databaseRevocationStore(database()), 100);
    await revocations.start();
    tokens = new TokenService({ keys, revocations, issuer: ISSUER, ttlSeconds: 600 });
  });
  afterAll(() => revocations.close());

  it('issues an HS256 JWT with kid and the agreed claims', async () => {
    const r = await tokens.issue(client, [SCOPE_ROSTER, SCOPE_ROSTER_CORE]);
    expect(r).toMatchObject({
      token_type: 'Bearer',
      expires_in: 600,
      scope: `${SCOPE_ROSTER} ${SCOPE_ROSTER_CORE}`,
    });
    expect(decodeProtectedHeader(r.access_token)).toMatchObject({ alg: 'HS256', kid: 'new' });
    const c = decodeJwt(r.access_token);
    expect(c).toMatchObject({
      sub: client.id,
      tid: client.tenantId,
      iss: ISSUER,
      aud: AUDIENCE,
      scope: r.scope,
    });
    expect(c.exp! - c.iat!).toBe(600);
    expect(c.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('verifies its tokens, repeatedly (the second time from the cache)', async () => {
    const r = await tokens.issue(client, [SCOPE_ROSTER]);
    const claims = await tokens.verify(r.access_token);
    expect(claims).toMatchObject({ tenantId: client.tenantId, clientId: client.id, scopes: [SCOPE_ROSTER] });
    expect(await tokens.verify(r.access_token)).toEqual(claims);
  });

  it('still verifies tokens signed with an older key', async () => {
    const older = new TokenService({
      keys: keysOf(`old:${k2}`),
      revocations,
      issuer: ISSUER,
      ttlSeconds: 60,
    });
    const r = await older.issue(client, [SCOPE_ROSTER]);
    expect((await tokens.verify(r.access_token)).clientId).toBe(client.id);
  });

  it('rejects tampered, foreign, unknown-kid and garbage tokens', async () => {
    const r = await tokens.issue(client, [SCOPE_ROSTER]);
    const [h, p, s] = r.access_token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...payload, tid: 'someone-else' })).toString('base64url');
    await rejection(tokens.verify(`${h}.${forged}.${s}`));
    await rejection(tokens.verify(`${h}.${p}.${s.slice(0, -2)}AA`));
    const stranger = new TokenService({
      keys: keysOf(`gone:${secret()}`),
      revocations,
      issuer: ISSUER,
      ttlSeconds: 60,
    });
    await rejection(tokens.verify((await stranger.issue(client, [SCOPE_ROSTER])).access_token));
    const sameKidOtherKey = new TokenService({
      keys: keysOf(`new:${secret()}`),
      revocations,
      issuer: ISSUER,
      ttlSeconds: 60,
    });
    await rejection(tokens.verify((await sameKidOtherKey.issue(client, [SCOPE_ROSTER])).access_token));
    const otherIssuer = new TokenService({ keys, revocations, issuer: 'https://evil.test', ttlSeconds: 60 });
    await rejection(tokens.verify((await otherIssuer.issue(client, [SCOPE_ROSTER])).access_token));
    const none = `${Buffer.from('{"alg":"none","kid":"new"}').toString('base64url')}.${p}.`;
    await rejection(tokens.verify(none));
    await rejection(tokens.verify('not-a-jwt'));
  });

  it('rejects a token without the tenant claim even when correctly signed', async () => {
    const jwt = await new SignJWT({ scope: SCOPE_ROSTER })
      .setProtectedHeader({ alg: 'HS256', kid: 'new' })
      .setSubject(client.id)
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('1m')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(Buffer.from(k1, 'base64url'));
    await rejection(tokens.verify(jwt));
  });

  it('rejects expired tokens, also once they are cached', { timeout: 10_000 }, async () => {
    const short = new TokenService({ keys, revocations, issuer: ISSUER, ttlSeconds: 1 });
    const r = await short.issue(client, [SCOPE_ROSTER]);
    await short.verify(r.access_token);
    await sleep(2100);
    expect((await rejection(short.verify(r.access_token))).message).toMatch(/expired/);
    const fresh = new TokenService({ keys, revocations, issuer: ISSUER, ttlSeconds: 1 });
    expect((await rejection(fresh.verify(r.access_token))).message).toMatch(/expired/);
  });

  it('rejects a revoked token at once, although it was cached', async () => {
    const r = await tokens.issue(client, [SCOPE_ROSTER]);
    const claims = await tokens.verify(r.access_token);
    await tokens.revoke(claims);
    expect((await rejection(tokens.verify(r.access_token))).message).toMatch(/revoked/);
  });

  it('rejects every token of a revoked client', async () => {
    const other = { ...client, id: 'rh_BBBBBBBBBBBBBBBBBBBBBBBB' };
    const a = await tokens.issue(other, [SCOPE_ROSTER]);
    const b = await tokens.issue(other, [SCOPE_ROSTER_CORE]);
    await tokens.verify(a.access_token);
    await revocations.revoke(clientRevocationId(other.id), new Date(Date.now() + 600_000));
    await rejection(tokens.verify(a.access_token));
    await rejection(tokens.verify(b.access_token));
    await tokens.verify((await tokens.issue(client, [SCOPE_ROSTER])).access_token);
  });

  it('sees revocations made by another instance within a refresh', async () => {
    const r = await tokens.issue(client, [SCOPE_ROSTER]);
    const claims = await tokens.verify(r.access_token);
    const elsewhere = pollingRevocationList(databaseRevocationStore(database()));
    await elsewhere.revoke(claims.jti, new Date(claims.exp * 1000));
    await elsewhere.close();
    await expect.poll(() => revocations.isRevoked(claims.jti), { timeout: 3000, interval: 50 }).toBe(true);
    await rejection(tokens.verify(r.access_token));
  });
});
