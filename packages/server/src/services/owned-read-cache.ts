import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import { dataOfUserChanged, readInvalidation } from '../domain/invalidation-messages.js';
import { FORGET_EVERYTHING } from '../domain/invalidation.js';
import type { PageQuery, StorePage } from '../domain/page.js';
import { createInvalidatingCache } from './invalidating-cache.js';

export interface OwnedReadCacheOptions {
  /** How long a read is trusted if no invalidation arrives; 0 turns the cache off. */
  ttlMs: number;
  /** The most the remembered reads may weigh together, in KiB of their JSON. */
  maxSize: number;
  now?: () => number;
}

/**
 * What users own (CVs, their latest extractions and document versions, portfolios), remembered per
 * owner in this process, so the reads an editor, a widget or an SDK repeats make no query.
 */
export interface OwnedReadCache {
  /**
   * The remembered result of the read `what` (its name and arguments) of `owner`'s data, or
   * `load()`'s. Results are frozen: every caller shares the one copy.
   */
  get<V>(owner: string, what: string, load: () => Promise<V>): Promise<V>;
  /**
   * Called by every writer once its change is stored (API and worker processes alike): `owner`'s
   * reads are forgotten here at once and in every other process as the bus carries it.
   */
  changed(owner: string | undefined): Promise<void>;
  /**
   * `changed` for a write that names no owner: asks `ownerOf` (after the write, or before a
   * deletion). When that fails, every process forgets everything rather than keep an old read; a
   * stored write is never failed for it.
   */
  changedOwnerOf(ownerOf: () => Promise<string | undefined>): Promise<void>;
}

/** Owner ids never hold it, so "owner, then the read" splits back without ambiguity. */
const SEPARATOR = '\u0000';

export function createOwnedReadCache(bus: InvalidationBus, options: OwnedReadCacheOptions): OwnedReadCache {
  const cache = createInvalidatingCache<unknown>({
    ttlMs: options.ttlMs,
    maxEntries: options.maxSize,
    maxSize: options.maxSize,
    // Weighed once, when remembered: an extraction's flagged values have no fixed size.
    sizeOf: (value) => Math.ceil((JSON.stringify(value)?.length ?? 0) / 1024),
    bus,
    groupOf: { fromKey: (key) => key.slice(0, key.indexOf(SEPARATOR)) },
    ...(options.now && { now: options.now }),
  });
  bus.subscribe((message) => {
    const change = readInvalidation(message);
    // A user's change or deletion (whose rows go with it) is a change of what they own too.
    if (change.kind === 'data-of' || change.kind === 'user') cache.forgetGroup(change.userId);
    else if (change.kind === 'everything') cache.forgetAll();
  });
  const changed = (owner: string | undefined) =>
    owner === undefined ? Promise.resolve() : bus.publish(dataOfUserChanged(owner));
  return {
    get<V>(owner: string, what: string, load: () => Promise<V>) {
      return cache.get(`${owner}${SEPARATOR}${what}`, () => load().then(deepFreeze)) as Promise<V>;
    },
    changed,
    async changedOwnerOf(ownerOf) {
      let owner: string | undefined;
      try {
        owner = await ownerOf();
      } catch {
        await bus.publish(FORGET_EVERYTHING);
        return;
      }
      await changed(owner);
    },
  };
}

/**
 * A list read through the cache when it is the first page (what screens show and poll); later
 * pages are read rarely, and made-up cursors must not fill the cache.
 */
export function firstPageRead<T>(
  reads: OwnedReadCache,
  owner: string,
  list: string,
  page: PageQuery,
  load: () => Promise<StorePage<T>>,
): Promise<StorePage<T>> {
  return page.after ? load() : reads.get(owner, `${list}:${page.limit}`, load);
}

/** A shared result must not change under the next reader: an accidental write throws instead. */
function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
