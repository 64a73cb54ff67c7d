import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from './services.js';

/**
 * A Redis logical database of its own for one scale-out run. The server's BullMQ queues, sessions
 * and idempotency keys use fixed key names (no prefix setting), and the other suites use database 0:
 * sharing it, their workers would take this run's jobs (and ours theirs) against another database.
 * Databases 1–15 are claimed with a marker key, so two scale-out runs never share one either.
 */
export interface ClaimedRedisDatabase {
  /** `TEST_REDIS_URL` with this database's number as its path. */
  url: string;
  index: number;
  /** Empties the database and gives the claim up. */
  release(): Promise<void>;
}

const CLAIM_KEY = 'r2w-scale-out:claimed-by';
// Longer than a run; a crashed run's claim lapses by itself.
const CLAIM_TTL_MS = 15 * 60_000;

export async function claimRedisDatabase(): Promise<ClaimedRedisDatabase> {
  const owner = randomUUID();
  for (let index = 1; index <= 15; index++) {
    const url = new URL(TEST_REDIS_URL);
    url.pathname = `/${index}`;
    const redis = new Redis(url.toString(), { maxRetriesPerRequest: 1, lazyConnect: true });
    try {
      await redis.connect();
      if ((await redis.set(CLAIM_KEY, owner, 'PX', CLAIM_TTL_MS, 'NX')) !== 'OK') continue;
      // Left-overs of a run that crashed (its claim lapsed): stale jobs would be picked up by ours.
      await redis.multi().flushdb().set(CLAIM_KEY, owner, 'PX', CLAIM_TTL_MS).exec();
      return {
        url: url.toString(),
        index,
        release: () => releaseDatabase(url.toString(), owner),
      };
    } finally {
      redis.disconnect();
    }
  }
  throw new Error(`every Redis database 1–15 at ${TEST_REDIS_URL} is claimed by another scale-out run`);
}

async function releaseDatabase(url: string, owner: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    // Only while it is still ours: past the TTL another run may have claimed it.
    if ((await redis.get(CLAIM_KEY)) === owner) await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
