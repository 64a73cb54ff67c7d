import type { RedisConnection } from './redis-connection.js';
import type { SessionStore } from './session-store.js';

interface StoredSession {
  userId: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
  userAgent: string | null;
  ip: string | null;
}

const sessionKey = (tokenHash: string) => `r2w:session:${tokenHash}`;
const userIndexKey = (userId: string) => `r2w:user-sessions:${userId}`;

/**
 * Sessions in Redis: one key per session whose TTL is the session's expiry, so Redis forgets
 * expired sessions by itself, plus a per-user set so "log out everywhere" and account deletion can
 * find them all.
 */
export function createRedisSessionStore(redis: RedisConnection, clock: () => Date = () => new Date()): SessionStore {
  const ttlMs = (expiresAt: Date) => Math.max(1, expiresAt.getTime() - clock().getTime());
  return {
    async create(session) {
      const value: StoredSession = {
        userId: session.userId,
        createdAt: session.createdAt.getTime(),
        expiresAt: session.expiresAt.getTime(),
        lastSeenAt: session.lastSeenAt.getTime(),
        userAgent: session.userAgent?.slice(0, 512) ?? null,
        ip: session.ip,
      };
      await redis
        .multi()
        .set(sessionKey(session.tokenHash), JSON.stringify(value), 'PX', ttlMs(session.expiresAt))
        .sadd(userIndexKey(session.userId), session.tokenHash)
        .pexpire(userIndexKey(session.userId), ttlMs(session.expiresAt))
        .exec();
    },
    async get(tokenHash) {
      const raw = await redis.get(sessionKey(tokenHash));
      if (!raw) return undefined;
      const s = JSON.parse(raw) as StoredSession;
      if (s.expiresAt <= clock().getTime()) return undefined;
      return {
        tokenHash,
        userId: s.userId,
        createdAt: new Date(s.createdAt),
        expiresAt: new Date(s.expiresAt),
        lastSeenAt: new Date(s.lastSeenAt),
        userAgent: s.userAgent,
        ip: s.ip,
      };
    },
    async extend(tokenHash, expiresAt, lastSeenAt) {
      const raw = await redis.get(sessionKey(tokenHash));
      if (!raw) return;
      const s = JSON.parse(raw) as StoredSession;
      s.expiresAt = expiresAt.getTime();
      s.lastSeenAt = lastSeenAt.getTime();
      await redis
        .multi()
        .set(sessionKey(tokenHash), JSON.stringify(s), 'PX', ttlMs(expiresAt))
        .pexpire(userIndexKey(s.userId), ttlMs(expiresAt), 'GT')
        .exec();
    },
    async delete(tokenHash) {
      const raw = await redis.get(sessionKey(tokenHash));
      const multi = redis.multi().del(sessionKey(tokenHash));
      if (raw) multi.srem(userIndexKey((JSON.parse(raw) as StoredSession).userId), tokenHash);
      await multi.exec();
    },
    async deleteAllForUser(userId) {
      const hashes = await redis.smembers(userIndexKey(userId));
      await redis
        .multi()
        .del(...hashes.map(sessionKey), userIndexKey(userId))
        .exec();
    },
    async hasLiveSession(userId) {
      // The index can list sessions whose keys already expired; ask for the keys themselves.
      const hashes = await redis.smembers(userIndexKey(userId));
      if (hashes.length === 0) return false;
      return (await redis.exists(...hashes.map(sessionKey))) > 0;
    },
    async deleteExpired() {
      return 0;
    },
  };
}
