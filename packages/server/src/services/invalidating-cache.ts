import { LRUCache } from 'lru-cache';
import type { InvalidationBus } from '../adapters/invalidation-bus.js';

export interface InvalidatingCacheOptions {
  /** How long an entry is trusted even if no invalidation arrives; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** With `sizeOf`: the most the entries may weigh together (the least recently used go first). */
  maxSize?: number;
  /** Answers from memory only while the bus is live (see InvalidationBus.live). */
  bus: Pick<InvalidationBus, 'live'>;
  now?: () => number;
}

export interface InvalidatingCache<V> {
  /** The remembered value, or `load()`'s, remembered unless something was forgotten meanwhile. */
  get(key: string, load: () => Promise<V>): Promise<V>;
  forget(key: string): void;
  /** Forgets every remembered value of `group` (a user's sessions, everything a user owns). */
  forgetGroup(group: string): void;
  forgetAll(): void;
}

/** How many recent group invalidations are kept to judge loads that were under way meanwhile. */
const RECENT_GROUP_FORGETS = 10_000;

/** How an entry's group is known: from its key (before it loads), or only from its value. */
export type GroupOf<V> = { fromKey: (key: string) => string } | { fromValue: (value: V) => string | undefined };

/**
 * A look-up cache for values that other processes change: bounded in count and age, and forgotten
 * on an invalidation, by key or by group (`groupOf`; keys of different groups never collide).
 * "Not found" (`undefined`) is never remembered: a flood of made-up keys must not push out the
 * real entries. A load that was under way while its key or its group was forgotten is not
 * remembered (it may have read the row just before the change), so a race cannot undo an
 * invalidation.
 */
export function createInvalidatingCache<V>(
  options: InvalidatingCacheOptions & {
    groupOf?: GroupOf<V>;
    /** An entry's weight against `maxSize`; at least 1. */
    sizeOf?: (value: V) => number;
  },
): InvalidatingCache<V> {
  const groupOf = options.groupOf;
  const keyGroup = groupOf && 'fromKey' in groupOf ? groupOf.fromKey : undefined;
  const groupFor = (key: string, value: V) =>
    groupOf && 'fromKey' in groupOf ? groupOf.fromKey(key) : groupOf?.fromValue(value);
  const enabled = options.ttlMs > 0;
  // Which keys each group has in memory, so a group is forgotten without scanning the cache.
  const keysOf = new Map<string, Set<string>>();
  const unindex = (key: string, group: string | undefined) => {
    if (group === undefined) return;
    const keys = keysOf.get(group);
    keys?.delete(key);
    if (keys?.size === 0) keysOf.delete(group);
  };
  const cache = new LRUCache<string, { value: V; group: string | undefined }>({
    max: options.maxEntries,
    ...(options.sizeOf &&
      options.maxSize !== undefined && {
        maxSize: options.maxSize,
        sizeCalculation: (entry: { value: V }) => Math.max(1, Math.ceil(options.sizeOf!(entry.value))),
      }),
    ttl: Math.max(options.ttlMs, 1),
    ttlResolution: 0,
    // Whatever removes an entry (eviction, age, replacement, forgetting) takes it out of its group.
    dispose: (entry, key) => unindex(key, entry.group),
    ...(options.now && { perf: { now: options.now } }),
  });
  const loading = new Map<string, Promise<V>>();
  // Every forgetting of many keys gets the next number; a load remembers the number it started at.
  let sequence = 0;
  // Loads that started before this are not remembered (everything was forgotten, or a group's
  // record below was pushed out and can no longer be checked).
  let floor = 0;
  const groupForgotten = new LRUCache<string, number>({
    max: RECENT_GROUP_FORGETS,
    dispose: (at, _group, reason) => {
      if (reason === 'evict') floor = Math.max(floor, at);
    },
  });
  const rememberable = (started: number, group: string | undefined) =>
    started >= floor && (group === undefined || (groupForgotten.peek(group) ?? -1) <= started);

  return {
    get(key, load) {
      if (!enabled || !options.bus.live) return load();
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit.value);
      const pending = loading.get(key);
      if (pending) return pending;
      const started = sequence;
      const loaded = load().then(
        (value) => {
          // Forgotten meanwhile (this key, its group, or everything): the value may predate the change.
          const current = loading.get(key) === loaded;
          if (current) loading.delete(key);
          if (value === undefined || !current || !options.bus.live) return value;
          const group = groupFor(key, value);
          if (!rememberable(started, group)) return value;
          cache.set(key, { value, group });
          // lru-cache refuses an entry heavier than the whole cache: then there is nothing to index.
          if (group !== undefined && cache.peek(key)) {
            const keys = keysOf.get(group);
            if (keys) keys.add(key);
            else keysOf.set(group, new Set([key]));
          }
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
    forgetGroup(group) {
      groupForgotten.set(group, ++sequence);
      for (const key of [...(keysOf.get(group) ?? [])]) cache.delete(key);
      // No caller after the change may share a load begun before it. When a group is known only
      // from a loaded value, any load under way may be of this group.
      if (keyGroup) for (const key of [...loading.keys()]) if (keyGroup(key) === group) loading.delete(key);
      if (!keyGroup) loading.clear();
    },
    forgetAll() {
      floor = ++sequence;
      cache.clear();
      keysOf.clear();
      loading.clear();
    },
  };
}
