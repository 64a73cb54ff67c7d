/**
 * A seeded pseudo-random generator (mulberry32). Every fuzz case draws from its own generator,
 * seeded from the run's seed and the case's id, so one case replays byte for byte on its own
 * (`FUZZ_CASE=<id>`), whatever else the run generates.
 */
export interface Prng {
  /** The seed this generator started from. */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  bytes(length: number): Buffer;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed: seed >>> 0,
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    chance: (probability) => next() < probability,
    bytes: (length) => Buffer.from(Array.from({ length }, () => int(0, 255))),
  };
}

/** A case's own seed: FNV-1a of its id, mixed with the run's seed. */
export function deriveSeed(runSeed: number, label: string): number {
  let hash = 0x811c9dc5 ^ runSeed;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `FUZZ_SEED` as decimal or 0x-hex; `random` draws a fresh one (printed, so it can be replayed). */
export function parseSeed(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (value === 'random') return Math.floor(Math.random() * 0xffffffff) >>> 0;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`FUZZ_SEED must be an integer in [0, 2^32) (decimal or 0x…) or "random", not "${value}"`);
  return seed;
}
