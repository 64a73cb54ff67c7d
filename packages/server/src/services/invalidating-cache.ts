import { LRUCache } from 'lru-cache';
import type { InvalidationBus } from '../adapters/invalidation-bus.js';

export interface InvalidatingCacheOptions {
  /** How long an entry is trusted even if no invalidation arrives; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** Answers from memory only while the bus is live (see InvalidationBus.live). */
  bus: Pick<InvalidationBus, 'live'>;
  now?: () => number;
}

export interface InvalidatingCache<V> {
  /** The remembered value, or `load()`'s, remembered unless something was forgotten meanwhile. */
  get(key: string, load: () => Promise<V>): Promise<V>;
  forget(key: string): void;
  /** Forgets every remembered value `matches` (a user's sessions when they all ended). */
  forgetMatching(matches: (value: V) => boolean): void;
  forgetAll(): void;
}

/**
 * A look-up cache for values that other processes change: bounded in count and age, and forgotten
 * on an invalidation. "Not found" (`undefined`) is never remembered: a flood of made-up keys must
 * not push out the real entries. A load that was under way while its key was forgotten is not
 * remembered (it may have read the row just before the change), so a race cannot undo an
 * invalidation.
 */
export function createInvalidatingCache<V>(options: InvalidatingCacheOptions): InvalidatingCache<V> {
  const enabled = options.ttlMs > 0;
  const cache = new LRUCache<string, { value: V }>({
    max: options.maxEntries,
    ttl: Math.max(options.ttlMs, 1),
    ttlResolution: 0,
    ...(options.now && { perf: { now: options.now } }),
  });
  const loading = new Map<string, Promise<V>>();
  // Bumped when many keys are forgotten at once; one key's change just drops its pending load.
  let epoch = 0;
  return {
    get(key, load) {
      if (!enabled || !options.bus.live) return load();
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit.value);
      const pending = loading.get(key);
      if (pending) return pending;
      const started = epoch;
      const loaded = load().then(
        (value) => {
          // Forgotten meanwhile (this key, or many at once): the value may predate the change.
          const current = loading.get(key) === loaded && epoch === started;
          if (loading.get(key) === loaded) loading.delete(key);
          if (value !== undefined && current && options.bus.live) cache.set(key, { value });
          return value;
        },
        (err: unknown) => {
          if (loading.get(key) === loaded) loading.delete(key);
          throw err;
        },
      );
      loading.set(key, loaded);
      return loaded;
    },
    forget(key) {
      cache.delete(key);
      // Callers that arrive after the change must not share a load that started before it.
      loading.delete(key);
    },
    forgetMatching(matches) {
      epoch++;
      for (const [key, entry] of cache.entries()) if (matches(entry.value)) cache.delete(key);
      loading.clear();
    },
    forgetAll() {
      epoch++;
      cache.clear();
      loading.clear();
    },
  };
}
