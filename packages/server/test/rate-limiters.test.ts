import { beforeAll, expect, it } from 'vitest';
import { createRateLimiters, type RateLimiters } from '../src/adapters/rate-limiters.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { forEachDatabase } from './support/databases.js';

forEachDatabase('rate limits in the SQL database', ({ getKnex }) => {
  let limits: RateLimiters;
  beforeAll(async () => {
    await migrateToLatest(getKnex());
    limits = createRateLimiters(
      { db: getKnex() },
      {
        loginPerIp: { points: 2, durationSeconds: 60 },
        loginBackoff: { points: 1, durationSeconds: 60 },
        guestPerIp: { points: 5, durationSeconds: 1 },
      },
    );
  });

  it('counts, refuses past the limit with the wait, and resets', async () => {
    expect(await limits.consume('loginPerIp', '203.0.113.1')).toBeUndefined();
    expect(await limits.consume('loginPerIp', '203.0.113.1')).toBeUndefined();
    expect(await limits.count('loginPerIp', '203.0.113.1')).toBe(2);
    const wait = await limits.consume('loginPerIp', '203.0.113.1');
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limits.blockedFor('loginPerIp', '203.0.113.1')).toBe(wait);
    expect(await limits.blockedFor('loginPerIp', '203.0.113.2')).toBeUndefined();
    await limits.reset('loginPerIp', '203.0.113.1');
    expect(await limits.count('loginPerIp', '203.0.113.1')).toBe(0);
  });

  it('blocks a key for a set time, and marks one for its whole window', async () => {
    await limits.block('loginBackoff', 'ada@example.com\u0000203.0.113.1', 7);
    expect(await limits.blockedFor('loginBackoff', 'ada@example.com\u0000203.0.113.1')).toBe(7);
    await limits.mark('loginKnownAddress', 'ada@example.com\u0000192.0.2.1');
    await limits.mark('loginKnownAddress', 'ada@example.com\u0000192.0.2.1');
    expect(await limits.count('loginKnownAddress', 'ada@example.com\u0000192.0.2.1')).toBe(1);
  });

  it('stores hashed keys only, and sweeps expired rows', async () => {
    await limits.consume('guestPerIp', '198.51.100.77');
    const rows = (await getKnex()('rate_limits').select('key')) as { key: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => /203\.0\.113|198\.51\.100|192\.0\.2|@/.test(r.key))).toEqual([]);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await limits.sweepExpired()).toBe(1); // the 1-second guest counter; the others live on
    expect(await limits.count('guestPerIp', '198.51.100.77')).toBe(0);
    expect(await limits.blockedFor('loginBackoff', 'ada@example.com\u0000203.0.113.1')).toBeGreaterThan(0);
  });
});
