import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeRedisConnection,
  createRedisConnection,
  waitForRedis,
  type RedisConnection,
} from '../src/adapters/redis-connection.js';
import { createRedisSessionStore } from '../src/adapters/redis-session-store.js';
import type { SessionStore } from '../src/adapters/session-store.js';
import { createSqlSessionStore } from '../src/adapters/sql-session-store.js';
import { createSqlUserStore } from '../src/adapters/sql-user-store.js';
import { newId } from '../src/domain/ids.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { SessionService } from '../src/services/session-service.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { databaseKinds } from './support/database-kinds.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';

const DAY = 24 * 3600 * 1000;
const TTL_SECONDS = 7 * 24 * 3600;

const kinds = await databaseKinds('session stores');
const redisAvailable = await requireService('redis', 'session stores [redis]');
const stores = [...kinds.map((k) => `sql-${k}`), ...(redisAvailable ? ['redis'] : [])];

describe.each(stores)('SessionService over the %s store', (storeName) => {
  let now = new Date('2026-01-01T00:00:00Z');
  const clock = () => now;
  let database: TestDatabase;
  let redis: RedisConnection | undefined;
  let store: SessionStore;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(storeName === 'sql-postgres' ? 'postgres' : 'sqlite');
    await migrateToLatest(database.knex);
    userId = newId('usr');
    await createSqlUserStore(database.knex).create({
      id: userId,
      tenantId: null,
      email: null,
      fullName: null,
      passwordHash: null,
      isGuest: true,
      emailVerified: false,
      emailVerifiedAt: null,
      emailNotifications: true,
      locale: 'en',
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    if (storeName === 'redis') {
      redis = createRedisConnection(TEST_REDIS_URL);
      await waitForRedis(redis, 5000);
      // The Redis store's TTLs are real time; the service's clock is real time here too.
      now = new Date();
      store = createRedisSessionStore(redis, clock);
    } else {
      store = createSqlSessionStore(database.knex, clock);
    }
  });
  afterAll(async () => {
    if (redis) await closeRedisConnection(redis);
    await database.destroy();
  });

  it('authenticates a fresh token and nothing else', async () => {
    const service = new SessionService(store, TTL_SECONDS, clock);
    const issued = await service.issue(userId, { userAgent: 'test', ip: '127.0.0.1' });
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await service.authenticate(issued.token))?.userId).toBe(userId);
    expect(
      await service.authenticate(issued.token.slice(0, -1) + (issued.token.endsWith('A') ? 'B' : 'A')),
    ).toBeUndefined();
  });

  it('slides the expiry forward on use, at most once per interval', async () => {
    const service = new SessionService(store, TTL_SECONDS, clock);
    const start = now;
    const issued = await service.issue(userId, { userAgent: null, ip: null });
    now = new Date(start.getTime() + 2 * 60_000);
    expect((await service.authenticate(issued.token))?.expiresAt.getTime()).toBe(issued.expiresAt.getTime());
    now = new Date(start.getTime() + 3 * DAY);
    const extended = await service.authenticate(issued.token);
    expect(extended?.expiresAt.getTime()).toBe(now.getTime() + TTL_SECONDS * 1000);
    now = start;
  });

  it.runIf(storeName !== 'redis')('refuses a session once its expiry has passed without use', async () => {
    const service = new SessionService(store, TTL_SECONDS, clock);
    const start = now;
    const issued = await service.issue(userId, { userAgent: null, ip: null });
    now = new Date(start.getTime() + 7 * DAY + 1000);
    expect(await service.authenticate(issued.token)).toBeUndefined();
    expect(await store.deleteExpired()).toBeGreaterThanOrEqual(1);
    now = start;
  });

  it('revokes one session, or all of a user’s sessions', async () => {
    const service = new SessionService(store, TTL_SECONDS, clock);
    const a = await service.issue(userId, { userAgent: null, ip: null });
    const b = await service.issue(userId, { userAgent: null, ip: null });
    const c = await service.issue(userId, { userAgent: null, ip: null });
    await service.revoke((await service.authenticate(a.token))!.tokenHash);
    expect(await service.authenticate(a.token)).toBeUndefined();
    expect(await service.authenticate(b.token)).toBeDefined();
    expect(await service.hasLiveSession(userId)).toBe(true);
    await service.revokeAll(userId);
    expect(await service.hasLiveSession(userId)).toBe(false);
    expect(await service.authenticate(b.token)).toBeUndefined();
    expect(await service.authenticate(c.token)).toBeUndefined();
  });
});
