import { LRUCache } from 'lru-cache';

export interface ExpiringCacheOptions<V> {
  /** How long an entry is trusted; 0 turns the cache off (every look-up loads again). */
  ttlMs: number;
  /** The least recently used entry goes when the cache is full. */
  maxEntries: number;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
  /** Loads a key that is missing or expired; `expireAfter` shortens this entry's life (a failure's answer). */
  load: (key: string, expireAfter: (ms: number) => void) => Promise<V>;
}

export interface ExpiringCache<V> {
  /** The remembered value, or a fresh load; concurrent calls for one key share a single load. */
  get(key: string): Promise<V>;
  /** Forgets everything (a change this process made). */
  clear(): void;
}

/**
 * The process's one kind of look-up cache: lru-cache, bounded by count, each entry expiring after
 * `ttlMs`. Values are wrapped so that "nothing there" (`null`, `false`) is remembered too.
 */
export function expiringCache<V>(options: ExpiringCacheOptions<V>): ExpiringCache<V> {
  // An entry is stale once `ms` have passed (lru-cache: once more than its ttl has), and lru-cache
  // reads 0 as "never expires", so a disabled cache keeps entries for 1 ms at most.
  const ttl = (ms: number) => Math.max(ms - 1, 1);
  const cache = new LRUCache<string, { value: V }>({
    max: options.maxEntries,
    ttl: ttl(options.ttlMs),
    ttlResolution: 0,
    ...(options.now && { perf: { now: options.now } }),
    fetchMethod: async (key, _stale, { options: entry }) => ({
      value: await options.load(key, (ms) => {
        entry.ttl = ttl(ms);
      }),
    }),
  });
  return {
    async get(key) {
      const entry = await cache.fetch(key);
      // fetchMethod always resolves to an entry; undefined only if a caller aborted, which none does.
      if (!entry) return options.load(key, () => undefined);
      return entry.value;
    },
    clear: () => cache.clear(),
  };
}
