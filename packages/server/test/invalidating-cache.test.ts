import { describe, expect, it } from 'vitest';
import { createInvalidatingCache } from '../src/services/invalidating-cache.js';

/** A load the test finishes when it wants, to line it up against an invalidation. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the invalidating cache', () => {
  const bus = { live: true };
  const make = (ttlMs = 60_000, now?: () => number) =>
    createInvalidatingCache<string | undefined>({ ttlMs, maxEntries: 100, bus, ...(now && { now }) });

  it('answers from memory until the key is forgotten, then loads again', async () => {
    const cache = make();
    let loads = 0;
    const load = () => Promise.resolve(`v${++loads}`);
    expect(await cache.get('k', load)).toBe('v1');
    expect(await cache.get('k', load)).toBe('v1');
    cache.forget('k');
    expect(await cache.get('k', load)).toBe('v2');
    cache.forgetGroup('g');
    expect(await cache.get('k', load)).toBe('v2'); // no group: a group's forgetting leaves it
    cache.forget('k');
    expect(await cache.get('k', load)).toBe('v3');
    cache.forgetAll();
    expect(await cache.get('k', load)).toBe('v4');
  });

  it('does not remember a load that was under way when the key was forgotten', async () => {
    const cache = make();
    const slow = deferred<string>();
    const before = cache.get('k', () => slow.promise);
    cache.forget('k'); // the row changed while the old value was being read
    slow.resolve('old');
    expect(await before).toBe('old');
    expect(await cache.get('k', () => Promise.resolve('new'))).toBe('new');
  });

  it('makes callers after a change load again, not share a load begun before it', async () => {
    const cache = make();
    const slow = deferred<string>();
    const before = cache.get('k', () => slow.promise);
    cache.forget('k');
    const after = cache.get('k', () => Promise.resolve('new'));
    slow.resolve('old');
    expect([await before, await after]).toEqual(['old', 'new']);
    expect(await cache.get('k', () => Promise.resolve('newer'))).toBe('new');
  });

  it('does not remember loads under way while many keys were forgotten at once', async () => {
    for (const forgetMany of [(c: ReturnType<typeof make>) => c.forgetAll()]) {
      const cache = make();
      const slow = deferred<string>();
      const before = cache.get('k', () => slow.promise);
      forgetMany(cache);
      slow.resolve('old');
      await before;
      expect(await cache.get('k', () => Promise.resolve('new'))).toBe('new');
    }
  });

  it('shares one load between callers that arrive together', async () => {
    const cache = make();
    let loads = 0;
    const slow = deferred<string>();
    const load = () => (loads++, slow.promise);
    const both = Promise.all([cache.get('k', load), cache.get('k', load)]);
    slow.resolve('v');
    expect(await both).toEqual(['v', 'v']);
    expect(loads).toBe(1);
  });

  it('never remembers "not found", nor anything while the bus cannot hear, nor past its age', async () => {
    let now = 5000;
    const cache = make(1000, () => now);
    let loads = 0;
    expect(await cache.get('missing', () => (loads++, Promise.resolve(undefined)))).toBeUndefined();
    expect(await cache.get('missing', () => (loads++, Promise.resolve(undefined)))).toBeUndefined();
    expect(loads).toBe(2);

    bus.live = false;
    await cache.get('k', () => Promise.resolve('deaf'));
    bus.live = true;
    expect(await cache.get('k', () => Promise.resolve('heard'))).toBe('heard');
    bus.live = false;
    expect(await cache.get('k', () => Promise.resolve('fresh'))).toBe('fresh');
    bus.live = true;

    now += 1001;
    expect(await cache.get('k', () => Promise.resolve('aged'))).toBe('aged');
    expect(await make(0).get('k', () => Promise.resolve('off'))).toBe('off');
  });

  describe('with groups (a user and what they own)', () => {
    const grouped = (extra: { maxSize?: number; sizeOf?: (v: string) => number } = {}) =>
      createInvalidatingCache<string>({
        ttlMs: 60_000,
        maxEntries: 100,
        bus,
        groupOf: { fromKey: (key: string) => key.split('/')[0]! },
        ...extra,
      });

    it("forgets a group's entries and only those", async () => {
      const cache = grouped();
      let loads = 0;
      const load = () => Promise.resolve(`v${++loads}`);
      expect(await cache.get('ada/cv', load)).toBe('v1');
      expect(await cache.get('ada/list', load)).toBe('v2');
      expect(await cache.get('bob/cv', load)).toBe('v3');
      cache.forgetGroup('ada');
      expect(await cache.get('ada/cv', load)).toBe('v4');
      expect(await cache.get('ada/list', load)).toBe('v5');
      expect(await cache.get('bob/cv', load)).toBe('v3');
    });

    it("does not remember a load under way when its group was forgotten, but does another group's", async () => {
      const cache = grouped();
      const ada = deferred<string>();
      const bob = deferred<string>();
      const adaBefore = cache.get('ada/cv', () => ada.promise);
      const bobBefore = cache.get('bob/cv', () => bob.promise);
      cache.forgetGroup('ada'); // ada's CV changed while both were being read
      const adaAfter = cache.get('ada/cv', () => Promise.resolve('ada new'));
      const bobShared = cache.get('bob/cv', () => Promise.resolve('bob second load'));
      ada.resolve('ada old');
      bob.resolve('bob');
      expect([await adaBefore, await adaAfter, await bobBefore, await bobShared]).toEqual([
        'ada old',
        'ada new',
        'bob',
        'bob',
      ]);
      expect(await cache.get('ada/cv', () => Promise.resolve('ada newer'))).toBe('ada new');
      expect(await cache.get('bob/cv', () => Promise.resolve('bob again'))).toBe('bob');
    });

    it('with groups known only from values, trusts no load under way when any group is forgotten', async () => {
      const cache = createInvalidatingCache<string>({
        ttlMs: 60_000,
        maxEntries: 100,
        bus,
        groupOf: { fromValue: (value) => value.split(' ')[0] },
      });
      const bob = deferred<string>();
      const before = cache.get('token-1', () => bob.promise);
      cache.forgetGroup('ada');
      // Whose the load is, is known only once it is loaded: a caller now loads afresh.
      const after = cache.get('token-1', () => Promise.resolve('bob later'));
      bob.resolve('bob earlier');
      expect([await before, await after]).toEqual(['bob earlier', 'bob later']);
      expect(await cache.get('token-1', () => Promise.resolve('bob latest'))).toBe('bob later');
      cache.forgetGroup('bob');
      expect(await cache.get('token-1', () => Promise.resolve('bob latest'))).toBe('bob latest');
    });

    it('still refuses a stale load once the record of its group being forgotten is pushed out', async () => {
      const cache = grouped();
      const slow = deferred<string>();
      const before = cache.get('ada/cv', () => slow.promise);
      cache.forgetGroup('ada');
      // More groups forgotten than the cache keeps a record of: ada's record goes first.
      for (let i = 0; i < 10_001; i++) cache.forgetGroup(`user${i}`);
      slow.resolve('old');
      await before;
      expect(await cache.get('ada/cv', () => Promise.resolve('new'))).toBe('new');
    });

    it('weighs a list by its items when told to', async () => {
      const cache = grouped({ maxSize: 10, sizeOf: (v) => v.length });
      await cache.get('ada/list', () => Promise.resolve('123456'));
      await cache.get('bob/list', () => Promise.resolve('12345')); // 6 + 5 > 10: ada's list goes
      expect(await cache.get('bob/list', () => Promise.resolve('reloaded'))).toBe('12345');
      expect(await cache.get('ada/list', () => Promise.resolve('reloaded'))).toBe('reloaded');
    });
  });
});
