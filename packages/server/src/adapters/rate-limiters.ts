import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RedisConnection } from './redis-connection.js';
import { databaseKind } from './sql-database.js';

const MINUTE = 60;

/**
 * The limits, in one table: how many events per window for each kind of key. The sign-in rules
 * that combine them (slow, then block the pair and the address; only throttle the account) are
 * in services/login-throttle.ts; docs/auth.md has the policy in prose.
 */
export const RATE_LIMIT_POLICIES = {
  /** Failed sign-ins to one account from one address: blocked at the 10th. */
  loginFailuresPerAccountAndIp: { points: 10, durationSeconds: 15 * MINUTE },
  /** The wait a failing (account, address) pair must sit out before its next try; set by `block`. */
  loginBackoff: { points: 1, durationSeconds: 15 * MINUTE },
  /** Failed sign-ins from one address, across accounts (credential stuffing): blocked at the 30th. */
  loginFailuresPerIp: { points: 30, durationSeconds: 15 * MINUTE },
  /** Sign-in attempts from one address, failed or not: each costs an argon2 verification. */
  loginPerIp: { points: 100, durationSeconds: 15 * MINUTE },
  /** Failed sign-ins to one account from every address: past this the account is throttled. */
  loginFailuresPerAccount: { points: 20, durationSeconds: 15 * MINUTE },
  /** While an account is throttled: attempts it accepts from addresses it has not signed in from. */
  loginThrottledAccount: { points: 1, durationSeconds: 5 },
  /** Addresses that signed in to an account: they skip its throttle. Set on success. */
  loginKnownAddress: { points: 1, durationSeconds: 30 * 24 * 60 * MINUTE },
  registrationPerIp: { points: 10, durationSeconds: 60 * MINUTE },
  guestPerIp: { points: 30, durationSeconds: 60 * MINUTE },
  uploadPerUser: { points: 30, durationSeconds: 60 * MINUTE },
  extractionPerUser: { points: 60, durationSeconds: 60 * MINUTE },
  /** Reset links asked for from one address (any email): each may send a message. */
  passwordResetPerIp: { points: 20, durationSeconds: 60 * MINUTE },
  /** Reset links for one email, whether or not an account has it (a mailbox is not to be flooded). */
  passwordResetPerAddress: { points: 5, durationSeconds: 60 * MINUTE },
  /** Verification messages one account may ask for again. */
  verificationPerUser: { points: 5, durationSeconds: 60 * MINUTE },
} as const;

export type RateLimitName = keyof typeof RATE_LIMIT_POLICIES;
export type RateLimitOverrides = Partial<Record<RateLimitName, { points: number; durationSeconds: number }>>;

export interface RateLimiters {
  /** Counts one event; resolves with the wait in seconds when over the limit, else undefined. */
  consume(name: RateLimitName, key: string): Promise<number | undefined>;
  /** Tells whether the key is already over the limit, without counting. */
  blockedFor(name: RateLimitName, key: string): Promise<number | undefined>;
  /** Events counted for the key in its current window. */
  count(name: RateLimitName, key: string): Promise<number>;
  /** Puts the key over its limit for `seconds`, whatever it had counted. */
  block(name: RateLimitName, key: string, seconds: number): Promise<void>;
  /** Records the key once for the policy's whole window (a marker, not a count). */
  mark(name: RateLimitName, key: string): Promise<void>;
  reset(name: RateLimitName, key: string): Promise<void>;
  /** Deletes expired counters (SQL only: Redis expires its keys itself). */
  sweepExpired(): Promise<number>;
}

// Both SQL stores are given the table made by migration 0007, and share it (keys are prefixed).
const SQL_TABLE = 'rate_limits';

/**
 * Counters live where they survive a restart and are shared by every process: Redis when it is
 * configured, else the SQL database (SQLite or PostgreSQL). Keys are hashed before they are
 * stored, so neither store holds an email address or an IP.
 */
export function createRateLimiters(
  store: { redis: RedisConnection } | { db: Knex },
  overrides: RateLimitOverrides = {},
  /** Separates counters of processes that must not share them (test runs on one Redis); empty in production. */
  namespace = '',
): RateLimiters {
  const policyOf = (name: RateLimitName) => overrides[name] ?? RATE_LIMIT_POLICIES[name];
  const limiters = new Map<RateLimitName, RateLimiterAbstract>();
  for (const name of Object.keys(RATE_LIMIT_POLICIES) as RateLimitName[]) {
    const policy = policyOf(name);
    const options = {
      keyPrefix: `r2w:rl:${namespace ? `${namespace}:` : ''}${name}`,
      points: policy.points,
      duration: policy.durationSeconds,
    };
    limiters.set(name, createLimiter(store, options));
  }
  const limiter = (name: RateLimitName) => limiters.get(name)!;
  const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
  const waitSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return {
    async consume(name, key) {
      try {
        await limiter(name).consume(hashed(key));
        return undefined;
      } catch (err) {
        if (err instanceof RateLimiterRes) return waitSeconds(err);
        throw err;
      }
    },
    async blockedFor(name, key) {
      const res = await limiter(name).get(hashed(key));
      return res && res.consumedPoints >= policyOf(name).points ? waitSeconds(res) : undefined;
    },
    async count(name, key) {
      return (await limiter(name).get(hashed(key)))?.consumedPoints ?? 0;
    },
    async block(name, key, seconds) {
      await limiter(name).block(hashed(key), seconds);
    },
    async mark(name, key) {
      await limiter(name).set(hashed(key), 1, policyOf(name).durationSeconds);
    },
    async reset(name, key) {
      await limiter(name).delete(hashed(key));
    },
    async sweepExpired() {
      if (!('db' in store)) return 0;
      return store.db(SQL_TABLE).where('expire', '<', Date.now()).delete();
    },
  };
}

function createLimiter(
  store: { redis: RedisConnection } | { db: Knex },
  options: { keyPrefix: string; points: number; duration: number },
): RateLimiterAbstract {
  if ('redis' in store) return new RateLimiterRedis({ ...options, storeClient: store.redis, useRedisPackage: false });
  // Expired rows are swept by the cleanup job (sweepExpired): the stores' own timers would outlive
  // a closed database and reject with nobody listening.
  const sql = { ...options, storeClient: store.db, storeType: 'knex', tableName: SQL_TABLE, tableCreated: true };
  return databaseKind(store.db) === 'postgres'
    ? new RateLimiterPostgres({ ...sql, clearExpiredByTimeout: false })
    : new RateLimiterSQLite({ ...sql, clearExpiredByTimeout: false });
}
