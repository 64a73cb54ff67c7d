import { describe, expect, it } from 'vitest';
import { derivedId, newId } from '../src/domain/ids.js';

describe('resource ids', () => {
  it('derives the same id from the same request key, and a different one for another key or kind', () => {
    const key = 'a'.repeat(64);
    expect(derivedId('cv', key)).toBe(derivedId('cv', key));
    expect(derivedId('cv', key)).toMatch(/^cv_[0-9a-z]{26}$/);
    expect(derivedId('pf', key)).toMatch(/^pf_[0-9a-z]{26}$/);
    expect(derivedId('pf', key).slice(3)).not.toBe(derivedId('cv', key).slice(3));
    expect(derivedId('cv', 'b'.repeat(64))).not.toBe(derivedId('cv', key));
    expect(newId('cv')).toMatch(/^cv_[0-9a-z]{26}$/);
  });

  it('spreads derived ids over the whole alphabet, evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++)
      for (const ch of derivedId('cv', `key ${i}`).slice(3)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(36);
    const expected = (2000 * 26) / 36;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });
});
