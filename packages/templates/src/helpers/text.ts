/** Joins the non-empty parts, e.g. "London, United Kingdom" or "Full-time · Hybrid". */
export function joinParts(parts: readonly unknown[], separator: string): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string' && part !== '') kept.push(part);
    else if (typeof part === 'number') kept.push(String(part));
  }
  return kept.join(separator);
}

/** City, state and country of a Location, in that order. */
export function formatPlace(location: unknown): string {
  if (typeof location !== 'object' || location === null) return '';
  const { city, state, country } = location as Record<string, unknown>;
  return joinParts([city, state, country], ', ');
}

/** Two-letter initials for the monogram shown when there is no photo. */
export function initials(name: unknown): string {
  if (typeof name !== 'string') return '';
  const letters = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => Array.from(word)[0] ?? '');
  if (letters.length === 0) return '';
  const picked = letters.length === 1 ? letters : [letters[0], letters[letters.length - 1]];
  return picked.join('').toUpperCase();
}
