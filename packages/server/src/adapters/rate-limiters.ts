import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisConnection } from './redis-connection.js';

/** The limits, in one table: how many events per window for each kind of key. */
export const RATE_LIMIT_POLICIES = {
  /** Failed logins for one account, whoever tries. */
  loginFailuresPerAccount: { points: 10, durationSeconds: 15 * 60 },
  /** Login attempts from one IP, across accounts (credential stuffing). */
  loginPerIp: { points: 50, durationSeconds: 15 * 60 },
  registrationPerIp: { points: 10, durationSeconds: 60 * 60 },
  guestPerIp: { points: 30, durationSeconds: 60 * 60 },
  uploadPerUser: { points: 30, durationSeconds: 60 * 60 },
  extractionPerUser: { points: 60, durationSeconds: 60 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMIT_POLICIES;
export type RateLimitOverrides = Partial<Record<RateLimitName, { points: number; durationSeconds: number }>>;

export interface RateLimiters {
  /** Counts one event; resolves with the wait in seconds when over the limit, else undefined. */
  consume(name: RateLimitName, key: string): Promise<number | undefined>;
  /** Tells whether the key is already over the limit, without counting. */
  blockedFor(name: RateLimitName, key: string): Promise<number | undefined>;
  reset(name: RateLimitName, key: string): Promise<void>;
}

/** Redis-backed when Redis is configured (limits shared by every pod), in memory otherwise. */
export function createRateLimiters(
  redis: RedisConnection | undefined,
  overrides: RateLimitOverrides = {},
): RateLimiters {
  const limiters = new Map<RateLimitName, RateLimiterAbstract>();
  for (const name of Object.keys(RATE_LIMIT_POLICIES) as RateLimitName[]) {
    const policy = overrides[name] ?? RATE_LIMIT_POLICIES[name];
    const options = { keyPrefix: `r2w:rl:${name}`, points: policy.points, duration: policy.durationSeconds };
    limiters.set(
      name,
      redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: false })
        : new RateLimiterMemory(options),
    );
  }
  const limiter = (name: RateLimitName) => limiters.get(name)!;
  const waitSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return {
    async consume(name, key) {
      try {
        await limiter(name).consume(key);
        return undefined;
      } catch (err) {
        if (err instanceof RateLimiterRes) return waitSeconds(err);
        throw err;
      }
    },
    async blockedFor(name, key) {
      const res = await limiter(name).get(key);
      const policy = overrides[name] ?? RATE_LIMIT_POLICIES[name];
      return res && res.consumedPoints >= policy.points ? waitSeconds(res) : undefined;
    },
    async reset(name, key) {
      await limiter(name).delete(key);
    },
  };
}
