import type { Knex } from 'knex';
import type { Session } from '../domain/session.js';
import type { SessionStore } from './session-store.js';
import { fromDbTime, toDbText, toDbTime } from './sql-values.js';

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: unknown;
  expires_at: unknown;
  last_seen_at: unknown;
  user_agent: string | null;
  ip: string | null;
}

function toSession(row: SessionRow): Session {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: fromDbTime(row.created_at),
    expiresAt: fromDbTime(row.expires_at),
    lastSeenAt: fromDbTime(row.last_seen_at),
    userAgent: row.user_agent,
    ip: row.ip,
  };
}

/** The embedded session store: the `sessions` table, expired rows ignored and swept by cleanup. */
export function createSqlSessionStore(db: Knex, clock: () => Date = () => new Date()): SessionStore {
  return {
    async create(session) {
      await db('sessions').insert({
        token_hash: session.tokenHash,
        user_id: session.userId,
        created_at: toDbTime(session.createdAt),
        expires_at: toDbTime(session.expiresAt),
        last_seen_at: toDbTime(session.lastSeenAt),
        user_agent: session.userAgent && toDbText(session.userAgent.slice(0, 512)),
        ip: session.ip,
      });
    },
    async get(tokenHash) {
      const row = await db<SessionRow>('sessions')
        .where({ token_hash: tokenHash })
        .andWhere('expires_at', '>', toDbTime(clock()) as never)
        .first();
      return row && toSession(row);
    },
    async extend(tokenHash, expiresAt, lastSeenAt) {
      await db('sessions')
        .where({ token_hash: tokenHash })
        .update({ expires_at: toDbTime(expiresAt), last_seen_at: toDbTime(lastSeenAt) });
    },
    async delete(tokenHash) {
      await db('sessions').where({ token_hash: tokenHash }).delete();
    },
    async deleteAllForUser(userId) {
      await db('sessions').where({ user_id: userId }).delete();
    },
    async hasLiveSession(userId) {
      const row = await db('sessions')
        .select('token_hash')
        .where({ user_id: userId })
        .andWhere('expires_at', '>', toDbTime(clock()) as never)
        .first();
      return row !== undefined;
    },
    async deleteExpired() {
      return db('sessions')
        .where('expires_at', '<=', toDbTime(clock()) as never)
        .delete();
    },
  };
}
