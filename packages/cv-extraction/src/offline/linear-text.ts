/**
 * Linear-time replacements for regexes that backtrack on text the sender chooses. A pattern such
 * as `/[,;\s]+$/` is retried at every start position of a run that does not reach the end, so a
 * long run costs quadratic time; these scans look at each character once or twice.
 */

/** Longest line the readers pass on: longer ones are split (never cut), so every rule sees short text. */
export const MAX_LINE_CHARS = 2000;

/** Where a line longer than `max` is split, searching back this far for a space to break at. */
const BREAK_SEARCH = 200;

/**
 * Splits a line into pieces of at most `max` UTF-16 units, at a space when one is near the limit,
 * without splitting a surrogate pair. Every character is kept (apart from the spaces broken at).
 */
export function splitLongLine(line: string, max = MAX_LINE_CHARS): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > max) {
    let end = start + max;
    let space = end;
    while (space > end - BREAK_SEARCH && line[space] !== ' ') space--;
    if (line[space] === ' ' && space > start) end = space;
    else {
      const code = line.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    pieces.push(line.slice(start, end));
    start = line[end] === ' ' ? end + 1 : end;
  }
  pieces.push(line.slice(start));
  return pieces;
}

function isSpace(ch: string): boolean {
  return ch.trim().length === 0;
}

/** A membership test: the characters listed, plus any white space when `space` is set. */
function member(chars: string, space: boolean): (ch: string) => boolean {
  return (ch) => chars.includes(ch) || (space && isSpace(ch));
}

/** Removes trailing characters from `chars` (and white space, unless `space` is false). */
export function trimEndChars(text: string, chars: string, space = true): string {
  const has = member(chars, space);
  let end = text.length;
  while (end > 0 && has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Removes leading characters from `chars` (and white space, unless `space` is false). */
export function trimStartChars(text: string, chars: string, space = true): string {
  const has = member(chars, space);
  let start = 0;
  while (start < text.length && has(text[start]!)) start++;
  return text.slice(start);
}

export function trimChars(text: string, chars: string, space = true): string {
  return trimEndChars(trimStartChars(text, chars, space), chars, space);
}

/**
 * Drops a separator left dangling (followed, after white space, by another separator or the end)
 * with the white space around it: "a , , b ," → "a, b". What `/\s*[,;|]\s*(?=[,;|]|$)/g` did.
 */
export function dropDanglingSeparators(text: string, separators: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!separators.includes(ch)) {
      out.push(ch);
      i++;
      continue;
    }
    let next = i + 1;
    while (next < text.length && isSpace(text[next]!)) next++;
    if (next < text.length && !separators.includes(text[next]!)) {
      out.push(ch);
      i++;
      continue;
    }
    while (out.length > 0 && isSpace(out[out.length - 1]!)) out.pop();
    i = next;
  }
  return out.join('');
}

/** Every run of white space as one space, or as one tab when the run holds a tab. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\t') ? '\t' : ' '));
}
