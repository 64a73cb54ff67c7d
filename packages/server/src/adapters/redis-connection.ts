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

/**
 * Waits (bounded) for the first connection, so the first requests after start-up do not fail
 * just because the socket is still opening. A Redis that stays down is reported by /ready.
 */
export async function waitForRedis(redis: RedisConnection, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  // Not `events.once`: it rejects on the first 'error', and ioredis emits one for every refused
  // (re)connection while it keeps retrying, so a Redis still starting would fail the start-up.
  return new Promise<boolean>((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.on('ready', onReady);
  });
}
