import type { Kysely, Selectable } from 'kysely';
import type { Schema, SessionsTable } from '../db/schema.js';

export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

/** Platform-level: sessions belong to admin users, not to tenants. Ids are token hashes. */
export const sessionRepository = {
  async insert(
    db: Kysely<Schema>,
    s: {
      id: string;
      userId: string;
      csrfToken: string;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<Session> {
    const row = await db
      .insertInto('sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        expires_at: s.expiresAt,
        ip: s.ip,
        user_agent: s.userAgent,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSession(row);
  },

  /** The session if it exists, is not revoked and has not expired. */
  async findActive(db: Kysely<Schema>, id: string, now: Date): Promise<Session | null> {
    const row = await db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row ? toSession(row) : null;
  },

  async listActiveByUser(db: Kysely<Schema>, userId: string, now: Date): Promise<Session[]> {
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toSession);
  },

  async touch(db: Kysely<Schema>, id: string, at: Date): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  },

  /** Revokes one session of the user; false when it is not theirs or already ended. */
  async revoke(db: Kysely<Schema>, userId: string, id: string, at: Date): Promise<boolean> {
    const r = await db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** Revokes every active session of the user, except `keep` when given; returns how many. */
  async revokeAll(db: Kysely<Schema>, userId: string, at: Date, keep?: string): Promise<number> {
    let q = db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null);
    if (keep) q = q.where('id', '!=', keep);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Housekeeping: drops sessions that ended before `before`. */
  async purge(db: Kysely<Schema>, before: Date): Promise<void> {
    await db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
      .execute();
  },
};
