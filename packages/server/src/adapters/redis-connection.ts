import { once } from 'node:events';
import { Redis } from 'ioredis';

export type RedisConnection = Redis;

/**
 * Commands fail fast while Redis is down instead of queueing forever, so readiness and request
 * paths report the outage rather than hang; ioredis keeps reconnecting in the background.
 */
export function createRedisConnection(url: string): RedisConnection {
  return new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

export async function pingRedis(redis: RedisConnection): Promise<void> {
  // Right after start-up (or a reconnect) the socket may not be ready yet; with the offline queue
  // off a command would fail at once, so wait for it (the caller bounds the wait).
  if (redis.status !== 'ready') await once(redis, 'ready');
  const answer = await redis.ping();
  if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
}

export async function closeRedisConnection(redis: RedisConnection): Promise<void> {
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}
