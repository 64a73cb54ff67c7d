import type { Logger } from '../logger.js';
import { FORGET_EVERYTHING } from '../domain/invalidation.js';
import type { InvalidationBus } from './invalidation-bus.js';
import type { RedisConnection } from './redis-connection.js';

const CHANNEL = 'r2w:invalidations';

/** For a process that only announces changes (the tenant CLI) and keeps no cache of its own. */
export async function publishInvalidation(redis: RedisConnection, message: string): Promise<void> {
  await redis.publish(CHANNEL, message);
}

/**
 * Invalidations over Redis pub/sub. A subscribed connection can do nothing else, so the bus opens a
 * duplicate of the shared one. Pub/sub keeps nothing for a subscriber that was away: after every
 * reconnect the handlers are told to forget everything, and the bus is not live until subscribed.
 */
export function createRedisInvalidationBus(redis: RedisConnection, logger: Logger): InvalidationBus {
  const handlers: ((message: string) => void)[] = [];
  const deliver = (message: string) => {
    for (const handler of handlers) handler(message);
  };
  const subscriber = redis.duplicate({ autoResubscribe: false });
  let subscribed = false;
  let closing = false;
  subscriber.on('error', (err: Error) => logger.warn({ err }, 'redis invalidation subscriber error'));
  subscriber.on('close', () => {
    subscribed = false;
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(CHANNEL).then(
      () => {
        // Whatever was published while this connection was away is lost: start from nothing.
        deliver(FORGET_EVERYTHING);
        subscribed = !closing;
      },
      (err: unknown) => logger.warn({ err }, 'could not subscribe to invalidations'),
    );
  });
  subscriber.on('message', (_channel: string, message: string) => deliver(message));
  return {
    async publish(message) {
      // This process first, at once: its own next request must not see what it just changed.
      deliver(message);
      await publishInvalidation(redis, message);
    },
    subscribe: (handler) => void handlers.push(handler),
    get live() {
      return subscribed && subscriber.status === 'ready';
    },
    async close() {
      closing = true;
      subscribed = false;
      try {
        await subscriber.quit();
      } catch {
        subscriber.disconnect();
      }
    },
  };
}
