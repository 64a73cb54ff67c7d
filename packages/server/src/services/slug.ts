import { randomBytes } from 'node:crypto';

const MAX_SLUG_LENGTH = 63;
/** Matches the contract's `Slug`: 1 or 3–63 of [a-z0-9-], no hyphen at either end. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?$/;

/**
 * A readable address from a person's name: accents folded (`Lucía Fernández` → `lucia-fernandez`),
 * anything else that is not a letter or digit becomes a hyphen. Scripts with no Latin folding
 * (Cyrillic, CJK, …) leave nothing; the caller then falls back to a neutral base.
 */
export function slugify(text: string, maxLength = 48): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : '';
}

/**
 * Candidates in the order they are tried: the base, then `base-2` … `base-9`, then random
 * suffixes (which cannot all be taken).
 */
export function* slugCandidates(base: string): Generator<string> {
  const root = base || 'portfolio';
  yield root;
  for (let n = 2; n <= 9; n++) yield `${root}-${n}`.slice(0, MAX_SLUG_LENGTH);
  for (;;) {
    const suffix = randomBytes(4).toString('hex').slice(0, 6);
    yield `${root.slice(0, MAX_SLUG_LENGTH - 7)}-${suffix}`;
  }
}
