import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { FORGET_EVERYTHING } from '../domain/invalidation.js';
import { invalidationHandlers, type InvalidationBus } from './invalidation-bus.js';
import { waitForRedis, type RedisConnection } from './redis-connection.js';

const CHANNEL = 'r2w:invalidations';
const HEARTBEAT_PREFIX = 'heartbeat:';
/** How long a publish waits for a reconnecting connection before giving up (and logging). */
const PUBLISH_WAIT_MS = 2000;

export interface RedisInvalidationBusOptions {
  /** How often this process sends itself a heartbeat through Redis (default 5 s). */
  heartbeatMs?: number;
}

/** For a process that only announces changes (the tenant CLI) and keeps no cache of its own. */
export async function publishInvalidation(redis: RedisConnection, message: string): Promise<void> {
  await redis.publish(CHANNEL, message);
}

/**
 * Invalidations over Redis pub/sub. A subscribed connection can do nothing else, so the bus opens a
 * duplicate of the shared one. Pub/sub keeps nothing for a subscriber that was away, and a
 * connection can look open while nothing arrives (a half-open socket behind a NAT or proxy), so the
 * bus is live only while this process hears its own heartbeat come back; whenever it starts hearing
 * again after a gap, the handlers are told to forget everything.
 */
export function createRedisInvalidationBus(
  redis: RedisConnection,
  logger: Logger,
  options: RedisInvalidationBusOptions = {},
): InvalidationBus {
  const heartbeatMs = options.heartbeatMs ?? 5000;
  // Two missed heartbeats (and a little slack) and the bus no longer counts as hearing.
  const deafAfterMs = heartbeatMs * 2 + 500;
  const heartbeat = `${HEARTBEAT_PREFIX}${randomUUID()}`;
  const { subscribe, deliver } = invalidationHandlers();
  // keepAlive: the OS notices a dead peer in seconds rather than hours.
  const subscriber = redis.duplicate({ autoResubscribe: false, keepAlive: heartbeatMs });
  let subscribed = false;
  let closing = false;
  let lastHeard = -Infinity;
  const hearing = () => subscribed && subscriber.status === 'ready' && performance.now() - lastHeard < deafAfterMs;
  const heard = () => {
    // Whatever was published while this process could not hear is lost: start from nothing.
    if (!hearing()) deliver(FORGET_EVERYTHING);
    lastHeard = performance.now();
  };
  subscriber.on('error', (err: Error) => logger.warn({ err }, 'redis invalidation subscriber error'));
  subscriber.on('close', () => {
    // Deaf from now on, however recent the last heartbeat: the next one heard forgets everything.
    subscribed = false;
    lastHeard = -Infinity;
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(CHANNEL).then(
      () => {
        subscribed = !closing;
        void beat();
      },
      (err: unknown) => logger.warn({ err }, 'could not subscribe to invalidations'),
    );
  });
  subscriber.on('message', (_channel: string, message: string) => {
    if (message.startsWith(HEARTBEAT_PREFIX)) {
      if (message === heartbeat) heard();
      return;
    }
    // A message heard before this process's first heartbeat came back may follow a gap: the
    // heartbeat's arrival will forget everything anyway, so delivering it now is safe.
    deliver(message);
  });
  const beat = () =>
    redis.publish(CHANNEL, heartbeat).catch((err: unknown) => logger.debug({ err }, 'invalidation heartbeat failed'));
  const timer = setInterval(() => void beat(), heartbeatMs);
  timer.unref();

  return {
    async publish(message) {
      // This process first, at once: its own next request must not see what it just changed.
      deliver(message);
      // The change is stored: failing the request now would undo nothing. Wait out a reconnect,
      // then log; other processes then notice within SESSION_CACHE_TTL.
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await publishInvalidation(redis, message);
          return;
        } catch (err) {
          if (attempt === 1 || !(await waitForRedis(redis, PUBLISH_WAIT_MS))) {
            logger.error({ err, message }, 'could not announce a change to other processes');
            return;
          }
        }
      }
    },
    subscribe,
    get live() {
      return hearing();
    },
    async close() {
      closing = true;
      subscribed = false;
      clearInterval(timer);
      try {
        await subscriber.quit();
      } catch {
        subscriber.disconnect();
      }
    },
  };
}
