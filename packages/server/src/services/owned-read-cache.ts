import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import { dataOfUserChanged, readInvalidation } from '../domain/invalidation-messages.js';
import type { PageQuery } from '../domain/page.js';
import { createInvalidatingCache } from './invalidating-cache.js';

export interface OwnedReadCacheOptions {
  /** How long a read is trusted if no invalidation arrives; 0 turns the cache off. */
  ttlMs: number;
  /** The most reads kept, a list page weighing as many as it holds. */
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
}

/** Owner ids never hold it, so "owner, then the read" splits back without ambiguity. */
const SEPARATOR = '\u0000';

export function createOwnedReadCache(bus: InvalidationBus, options: OwnedReadCacheOptions): OwnedReadCache {
  const cache = createInvalidatingCache<unknown>({
    ttlMs: options.ttlMs,
    maxEntries: options.maxSize,
    maxSize: options.maxSize,
    sizeOf: (value) => 1 + itemCount(value),
    bus,
    groupOf: (key) => key.slice(0, key.indexOf(SEPARATOR)),
    ...(options.now && { now: options.now }),
  });
  bus.subscribe((message) => {
    const change = readInvalidation(message);
    // A user's change or deletion (whose rows go with it) is a change of what they own too.
    if (change.kind === 'data-of' || change.kind === 'user') cache.forgetGroup(change.userId);
    else if (change.kind === 'everything') cache.forgetAll();
  });
  return {
    get<V>(owner: string, what: string, load: () => Promise<V>) {
      return cache.get(`${owner}${SEPARATOR}${what}`, () => load().then(deepFreeze)) as Promise<V>;
    },
    changed: (owner) => (owner === undefined ? Promise.resolve() : bus.publish(dataOfUserChanged(owner))),
  };
}

/** The read `what` of one page of a list. */
export function pageRead(list: string, page: PageQuery): string {
  const after = page.after ? `${page.after.createdAt.toISOString()}/${page.after.id}` : '';
  return `${list}:${page.limit}:${after}`;
}

function itemCount(value: unknown): number {
  const items = (value as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items.length : 0;
}

/** A shared result must not change under the next reader: an accidental write throws instead. */
function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
