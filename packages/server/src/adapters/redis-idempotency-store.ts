import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency-store.js';
import type { RedisConnection } from './redis-connection.js';

const entryKey = (keyHash: string) => `r2w:idempotency:${keyHash}`;

type Entry = { fingerprint: string; response?: StoredResponse };

const RELEASE_CLAIM = `
local raw = redis.call('GET', KEYS[1])
if raw and cjson.decode(raw).response == nil then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Idempotency keys in Redis: `SET NX PX` claims a key for the lease, then the stored response
 * replaces the claim with a 24 h expiry, so Redis forgets expired keys by itself.
 */
export function createRedisIdempotencyStore(redis: RedisConnection): IdempotencyStore {
  const ms = (until: Date, now: number) => Math.max(1, until.getTime() - now);
  return {
    async claim(keyHash, fingerprint, now, leaseUntil): Promise<IdempotencyClaim> {
      const entry: Entry = { fingerprint };
      for (let attempt = 0; attempt < 2; attempt++) {
        const set = await redis.set(
          entryKey(keyHash),
          JSON.stringify(entry),
          'PX',
          ms(leaseUntil, now.getTime()),
          'NX',
        );
        if (set === 'OK') return { kind: 'claimed' };
        const raw = await redis.get(entryKey(keyHash));
        if (raw === null) continue; // released or expired in between
        const held = JSON.parse(raw) as Entry;
        return held.response
          ? { kind: 'completed', fingerprint: held.fingerprint, response: held.response }
          : { kind: 'in-flight', fingerprint: held.fingerprint };
      }
      return { kind: 'in-flight', fingerprint: '' };
    },
    async complete(keyHash, fingerprint, response, expiresAt) {
      const entry: Entry = { fingerprint, response };
      await redis.set(entryKey(keyHash), JSON.stringify(entry), 'PX', ms(expiresAt, Date.now()));
    },
    async release(keyHash) {
      // Only an in-flight claim: a stored response is never given up. Checked and deleted in one
      // script, so a response stored between a read and a delete cannot be lost.
      await redis.eval(RELEASE_CLAIM, 1, entryKey(keyHash));
    },
    async deleteExpired() {
      return 0;
    },
  };
}
