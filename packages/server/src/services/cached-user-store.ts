import type { User } from '../domain/user.js';
import { dataOfUserChanged, readInvalidation, userChanged } from '../domain/invalidation-messages.js';
import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import type { UserStore } from '../adapters/user-store.js';
import { createInvalidatingCache, type InvalidatingCacheOptions } from './invalidating-cache.js';

/**
 * Users remembered by id in this process (who is calling, `auth/me`). Every change goes through
 * `update` or `delete` and is published on the bus once stored; a tenant's deletion, which clears
 * `tenant_id` in the database itself, publishes "forget everything" (tenant-service).
 */
export function withUserCache(
  store: UserStore,
  bus: InvalidationBus,
  options: Omit<InvalidatingCacheOptions, 'bus'>,
): UserStore {
  const cache = createInvalidatingCache<User | undefined>({ ...options, bus });
  bus.subscribe((message) => {
    const change = readInvalidation(message);
    if (change.kind === 'user') cache.forget(change.userId);
    else if (change.kind === 'everything') cache.forgetAll();
  });
  return {
    create: (user) => store.create(user),
    async findById(id) {
      const user = await cache.get(id, () => store.findById(id));
      // A copy: the remembered user must not change when a caller edits what it was given.
      return user && { ...user };
    },
    findByEmail: (email) => store.findByEmail(email),
    registeredUnder: (userId) => store.registeredUnder(userId),
    async update(id, changes) {
      await store.update(id, changes);
      await bus.publish(userChanged(id));
    },
    async delete(id) {
      await store.delete(id);
      await bus.publish(userChanged(id));
    },
    async transferOwnership(from, to) {
      await store.transferOwnership(from, to);
      // What the guest owned now lists under the account, on every process.
      await bus.publish(dataOfUserChanged(from));
      await bus.publish(dataOfUserChanged(to));
    },
    listGuestsCreatedBefore: (before, limit) => store.listGuestsCreatedBefore(before, limit),
  };
}
