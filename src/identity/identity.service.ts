import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { decoyHash, hashSecret, verifySecret } from '../auth/secret-hash.js';
import type { Database } from '../db/database.js';
import { adminUserRepository, type AdminUser } from '../repositories/admin-user.repository.js';
import {
  membershipRepository,
  type Membership,
  type TenantRole,
} from '../repositories/membership.repository.js';
import { sessionRepository, type Session } from '../repositories/session.repository.js';
import { HttpError, invalidCredentials } from './errors.js';
import { assertPasswordAcceptable } from './password-policy.js';

export const SESSION_COOKIE = 'rh_session';
/** Lockout: from the 5th consecutive failure, 1 min, doubling per further failure, at most 1 h. */
export const LOCKOUT = { threshold: 5, baseSeconds: 60, maxSeconds: 3600 } as const;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;

export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e))
    throw new HttpError(400, 'invalid_input', 'Invalid email address', 'メールアドレスが正しくありません');
  return e;
}

/** 24 base64url characters (144 bits): shown once, to be changed at first sign-in. */
export function oneTimePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Identity {
  user: AdminUser;
  session: Session;
}

export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly opts: { sessionTtlHours: number },
  ) {}

  /** Creates an admin user; without a password a one-time password is generated (returned once). */
  async createUser(o: {
    email: string;
    password?: string;
    isPlatformAdmin?: boolean;
  }): Promise<{ user: AdminUser; oneTimePassword: string | null }> {
    const email = normaliseEmail(o.email);
    const otp = o.password === undefined ? oneTimePassword() : null;
    if (o.password !== undefined) assertPasswordAcceptable(o.password, { email });
    const user = await adminUserRepository.insert(this.db.kysely, {
      id: randomUUID(),
      email,
      passwordHash: await hashSecret(o.password ?? otp!),
      isPlatformAdmin: !!o.isPlatformAdmin,
      mustChangePassword: otp !== null,
    });
    if (!user)
      throw new HttpError(
        409,
        'conflict',
        'An account with this email address already exists',
        'このメールアドレスのアカウントは既に存在します',
      );
    return { user, oneTimePassword: otp };
  }

  /**
   * First run: when no platform administrator exists, creates one with a one-time password (to be
   * changed at first sign-in). Null when one exists. Serialised so concurrent starts create one.
   */
  async ensurePlatformAdmin(email = 'admin@localhost'): Promise<{ email: string; password: string } | null> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [7_212_430_007]);
      if (await adminUserRepository.anyPlatformAdmin(tx.kysely)) return null;
      const address = normaliseEmail(email);
      const password = oneTimePassword();
      const passwordHash = await hashSecret(password);
      const existing = await adminUserRepository.findByEmail(tx.kysely, address);
      if (existing) {
        // A disabled or demoted account of that address: promote it with a fresh one-time password.
        await tx.kysely
          .updateTable('admin_users')
          .set({ is_platform_admin: true, disabled_at: null })
          .where('id', '=', existing.id)
          .execute();
        await adminUserRepository.setPassword(tx.kysely, existing.id, passwordHash, true);
      } else {
        await adminUserRepository.insert(tx.kysely, {
          id: randomUUID(),
          email: address,
          passwordHash,
          isPlatformAdmin: true,
          mustChangePassword: true,
        });
      }
      return { email: address, password };
    });
  }

  /**
   * Email and password to a new session. Unknown addresses are checked against a decoy hash so
   * the answer takes as long; a locked account answers 429 with Retry-After and counts nothing.
   */
  async login(
    emailInput: string,
    password: string,
    meta: { ip?: string | null; userAgent?: string | null } = {},
  ): Promise<{ user: AdminUser; token: string; session: Session }> {
    const email = emailInput.trim().toLowerCase();
    const found = EMAIL.test(email) ? await adminUserRepository.findWithHash(this.db.kysely, email) : null;
    const ok = await verifySecret(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || found.user.disabledAt) throw invalidCredentials();
    const now = Date.now();
    const locked = found.user.lockedUntil && found.user.lockedUntil.getTime() > now;
    if (locked) throw lockedError(found.user.lockedUntil!, now);
    if (!ok) {
      const after = await adminUserRepository.recordFailure(this.db.kysely, found.user.id, LOCKOUT);
      if (after?.lockedUntil && after.lockedUntil.getTime() > now)
        throw lockedError(after.lockedUntil, Date.now());
      throw invalidCredentials();
    }
    await adminUserRepository.recordSuccess(this.db.kysely, found.user.id);
    const { token, session } = await this.startSession(found.user.id, meta);
    return { user: { ...found.user, failedAttempts: 0, lockedUntil: null }, token, session };
  }

  private async startSession(
    userId: string,
    meta: { ip?: string | null; userAgent?: string | null },
  ): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session = await sessionRepository.insert(this.db.kysely, {
      id: tokenHash(token),
      userId,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: new Date(Date.now() + this.opts.sessionTtlHours * 3600_000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    });
    return { token, session };
  }

  /** The live session of a cookie token and its (enabled) user, or null. */
  async resolve(token: string): Promise<Identity | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const now = new Date();
    const session = await sessionRepository.findActive(this.db.kysely, tokenHash(token), now);
    if (!session) return null;
    const user = await adminUserRepository.find(this.db.kysely, session.userId);
    if (!user || user.disabledAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
      await sessionRepository.touch(this.db.kysely, session.id, now).catch(() => undefined);
    return { user, session };
  }

  async logout(identity: Identity): Promise<void> {
    await sessionRepository.revoke(this.db.kysely, identity.user.id, identity.session.id, new Date());
  }

  listSessions(userId: string): Promise<Session[]> {
    return sessionRepository.listActiveByUser(this.db.kysely, userId, new Date());
  }

  async revokeSession(userId: string, sessionId: string): Promise<void> {
    if (!(await sessionRepository.revoke(this.db.kysely, userId, sessionId, new Date())))
      throw new HttpError(404, 'not_found', 'Unknown session', 'セッションが見つかりません');
  }

  /** Drops sessions that expired or were revoked before `before`. */
  purgeSessions(before: Date): Promise<void> {
    return sessionRepository.purge(this.db.kysely, before);
  }

  revokeAllSessions(userId: string, keep?: string): Promise<number> {
    return sessionRepository.revokeAll(this.db.kysely, userId, new Date(), keep);
  }

  /** Changes the user's own password; every other session of theirs ends. */
  async changePassword(identity: Identity, current: string, next: string): Promise<void> {
    const hash = await adminUserRepository.passwordHash(this.db.kysely, identity.user.id);
    if (!hash || !(await verifySecret(current, hash)))
      throw new HttpError(
        400,
        'invalid_current_password',
        'The current password is wrong',
        '現在のパスワードが正しくありません',
      );
    assertPasswordAcceptable(next, { email: identity.user.email });
    if (current === next)
      throw new HttpError(
        400,
        'password_unchanged',
        'The new password must differ from the current one',
        '新しいパスワードは現在のパスワードと異なるものにしてください',
      );
    await adminUserRepository.setPassword(this.db.kysely, identity.user.id, await hashSecret(next), false);
    await this.revokeAllSessions(identity.user.id, identity.session.id);
  }

  tenantsOf(userId: string): Promise<{ tenantId: string; slug: string; role: TenantRole }[]> {
    return membershipRepository.listByUser(this.db.kysely, userId);
  }

  /** The user's role in the tenant (read under the tenant's row-level security), or null. */
  async roleIn(tenantId: string, userId: string): Promise<TenantRole | null> {
    const m = await this.db.withTenant(
      tenantId,
      (tx) => membershipRepository.find(tx.kysely, tenantId, userId),
      {
        readOnly: true,
      },
    );
    return m?.role ?? null;
  }

  /** Adds a user to a tenant, creating the account (with a one-time password) when new. */
  async addMember(
    tenantId: string,
    emailInput: string,
    role: TenantRole,
  ): Promise<{ user: AdminUser; membership: Membership; oneTimePassword: string | null }> {
    const email = normaliseEmail(emailInput);
    let user = await adminUserRepository.findByEmail(this.db.kysely, email);
    let otp: string | null = null;
    if (!user) ({ user, oneTimePassword: otp } = await this.createUser({ email }));
    const u = user;
    const membership = await this.db.withTenant(tenantId, (tx) =>
      membershipRepository.insert(tx.kysely, { tenantId, userId: u.id, role }),
    );
    if (!membership)
      throw new HttpError(
        409,
        'conflict',
        'This user already belongs to the tenant',
        'このユーザーは既にテナントに登録されています',
      );
    return { user: u, membership, oneTimePassword: otp };
  }

  async listMembers(tenantId: string): Promise<(Membership & { email: string })[]> {
    const members = await this.db.withTenant(
      tenantId,
      (tx) => membershipRepository.listByTenant(tx.kysely, tenantId),
      { readOnly: true },
    );
    const emails = await adminUserRepository.emails(
      this.db.kysely,
      members.map((m) => m.userId),
    );
    return members.map((m) => ({ ...m, email: emails.get(m.userId) ?? '' }));
  }

  async removeMember(tenantId: string, userId: string): Promise<void> {
    const removed = await this.db.withTenant(tenantId, (tx) =>
      membershipRepository.remove(tx.kysely, tenantId, userId),
    );
    if (!removed)
      throw new HttpError(
        404,
        'not_found',
        'Unknown user in this tenant',
        'このテナントにそのユーザーはいません',
      );
  }
}

function lockedError(until: Date, now: number): HttpError {
  const seconds = Math.min(LOCKOUT.maxSeconds, Math.max(1, Math.ceil((until.getTime() - now) / 1000)));
  return new HttpError(
    429,
    'account_locked',
    `Too many failed sign-ins: try again in ${seconds} seconds`,
    `サインインの失敗が続いたため一時的にロックされています。${seconds} 秒後に再試行してください`,
    seconds,
  );
}
