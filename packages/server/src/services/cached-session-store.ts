import type { Session } from '../domain/session.js';
import { readInvalidation, sessionEnded, sessionsOfUserEnded } from '../domain/invalidation-messages.js';
import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import type { SessionStore } from '../adapters/session-store.js';
import { createInvalidatingCache, type InvalidatingCacheOptions } from './invalidating-cache.js';

/**
 * Sessions remembered in this process, so an authenticated request needs no round trip to read its
 * session. Every way a session ends is published on the bus after the store has it: logout,
 * "sign out everywhere", password change or reset, account deletion (all through `delete` and
 * `deleteAllForUser`). An expired entry is read again, since another process may have extended it.
 */
export function withSessionCache(
  store: SessionStore,
  bus: InvalidationBus,
  options: Omit<InvalidatingCacheOptions, 'bus'>,
): SessionStore {
  const now = options.now ?? Date.now;
  const cache = createInvalidatingCache<Session | undefined>({
    ...options,
    bus,
    groupOf: { fromValue: (session) => session?.userId },
  });
  bus.subscribe((message) => {
    const change = readInvalidation(message);
    if (change.kind === 'session') cache.forget(change.tokenHash);
    else if (change.kind === 'sessions-of') cache.forgetGroup(change.userId);
    // A user's row changing leaves the user's sessions as they are (a deleted user's session finds no user).
    else if (change.kind === 'everything') cache.forgetAll();
  });
  return {
    create: (session) => store.create(session),
    async get(tokenHash) {
      const session = await cache.get(tokenHash, () => store.get(tokenHash));
      if (!session || session.expiresAt.getTime() > now()) return session;
      cache.forget(tokenHash);
      return store.get(tokenHash);
    },
    async extend(tokenHash, expiresAt, lastSeenAt) {
      await store.extend(tokenHash, expiresAt, lastSeenAt);
      // Only this process needs the new times at once; elsewhere an older copy at worst extends again.
      cache.forget(tokenHash);
    },
    async delete(tokenHash) {
      await store.delete(tokenHash);
      await bus.publish(sessionEnded(tokenHash));
    },
    async deleteAllForUser(userId) {
      await store.deleteAllForUser(userId);
      await bus.publish(sessionsOfUserEnded(userId));
    },
    hasLiveSession: (userId) => store.hasLiveSession(userId),
    deleteExpired: () => store.deleteExpired(),
  };
}
