import { CV_DOCUMENT_SHAPE, jsonPointer, type CvData, type CvShape } from './cv-data.js';
import type { ExtractionSignals } from './extractor.js';

/**
 * A cheap check that an extraction from a text input invented nothing: every value of the document
 * should be findable in the source text. Values that are not are returned as `flagged_values` for
 * the person to double-check; nothing is removed.
 *
 * Both sides are compared in a folded form: Unicode compatibility forms (NFKD, so ligatures and
 * full-width characters match), accents removed, lower case, punctuation and line breaks ignored.
 * Then, by kind of value:
 * - names, titles, companies, skills, emails…: every word must occur in the source; failing that,
 *   the value without any spaces or punctuation must occur in the source without them (this accepts
 *   `S.L.` for `S. L.`, `Node.js` for `NodeJS`, and words hyphenated across a line break);
 * - long texts (summaries, bullets, descriptions, quotes): at least 60 % of their distinct words
 *   must occur in the source, so a faithful extraction that re-flows lines passes but a rewritten
 *   or translated one does not;
 * - dates: the year must occur; phone numbers: the digits must occur in the source's digits;
 * - URLs: without scheme and `www.`, as for names;
 * - `meta` is about the document, not the CV, and is not checked; nor are booleans.
 *
 * The source is folded once and indexed (a set of words, a compact copy, its digits), so the cost
 * is linear in the size of the text plus the size of the document.
 */

export type FlaggedValue = ExtractionSignals['flagged_values'][number];

/** Share of a long text's distinct words that must occur in the source. */
export const LONG_TEXT_MIN_OVERLAP = 0.6;
/** Above this many words any value is judged as a long text. */
const LONG_TEXT_WORDS = 12;
/** Flagged values longer than this are shortened in the report (the pointer identifies them). */
const MAX_FLAGGED_VALUE_LENGTH = 300;

const LONG_TEXT_FIELDS = new Set([
  'summaryTagline',
  'summaryText',
  'description',
  'contextOrDetail',
  'quote',
  'availability',
  'workAuthorization',
  'unclassifiedText',
  'responsibilitiesAndAchievements',
  'responsibilities',
  'companyDescription',
  'highlights',
]);

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const NON_ASCII = /[\u0080-\uFFFF]/;
// The combining-mark blocks (accents, diaeresis, tilde, cedilla…); an explicit class is several
// times faster than \p{M}, and leaves the vowel signs of scripts like Devanagari alone.
const COMBINING_MARKS = /(?:[\u0300-\u036F]|[\u1AB0-\u1AFF]|[\u1DC0-\u1DFF]|[\u20D0-\u20FF]|[\uFE20-\uFE2F])+/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Compatibility forms (NFKD), no accents, lower case; plain ASCII takes a fast path. */
function fold(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  return value.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(INVISIBLE, '');
}

function isWordCharacter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // Astral characters (surrogate pairs) count as word characters; they are rare in CVs either way.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHARACTER.test(text[i]!);
}

/** The runs of letters and digits, in one pass. */
function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordCharacter(folded, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

interface SourceIndex {
  words: Set<string>;
  /** Runs of digits (`2021` in `2021年` too, where the word is `2021年`). */
  numbers: Set<string>;
  /** Letters and digits only, in order. */
  compact: string;
  /** Every digit, in order (phone numbers are written with any spacing). */
  digits: string;
}

/** Words hyphenated across a line break ("desarro-\nllo"), joined. */
function hyphenatedWords(folded: string): string[] {
  const out: string[] = [];
  for (let at = folded.indexOf('\n'); at >= 0; at = folded.indexOf('\n', at + 1)) {
    let end = at - 1;
    while (end >= 0 && (folded[end] === ' ' || folded[end] === '\t' || folded[end] === '\r')) end--;
    if (end < 1 || !HYPHENS.has(folded.charCodeAt(end))) continue;
    let head = end;
    while (head > 0 && isWordCharacter(folded, head - 1)) head--;
    let tail = at + 1;
    while (tail < folded.length && /\s/.test(folded[tail]!)) tail++;
    let stop = tail;
    while (stop < folded.length && isWordCharacter(folded, stop)) stop++;
    if (head < end && tail < stop) out.push(folded.slice(head, end) + folded.slice(tail, stop));
  }
  return out;
}

function indexSource(sourceText: string): SourceIndex {
  const folded = fold(sourceText);
  const all = words(folded);
  const index = new Set(all);
  for (const word of hyphenatedWords(folded)) index.add(word);
  const numbers = new Set(folded.match(/\d+/g) ?? []);
  return { words: index, numbers, compact: all.join(''), digits: folded.replace(/\D+/g, '') };
}

type Check = (value: string, source: SourceIndex) => string | undefined;

const checkShort: Check = (value, source) => {
  const folded = fold(value);
  const valueWords = words(folded);
  if (valueWords.length === 0) return undefined;
  if (valueWords.length > LONG_TEXT_WORDS) return checkLong(value, source);
  const missing = valueWords.filter((w) => !source.words.has(w));
  if (missing.length === 0) return undefined;
  const compact = valueWords.join('');
  if (compact.length >= 4 && source.compact.includes(compact)) return undefined;
  return `not found in the source text (missing: ${missing.slice(0, 5).join(', ')})`;
};

const checkLong: Check = (value, source) => {
  const distinct = new Set(words(fold(value)));
  if (distinct.size === 0) return undefined;
  let found = 0;
  for (const w of distinct) if (source.words.has(w)) found++;
  const share = found / distinct.size;
  if (share >= LONG_TEXT_MIN_OVERLAP) return undefined;
  return `only ${Math.round(share * 100)}% of its words appear in the source text`;
};

const checkYear: Check = (value, source) => {
  const year = value.slice(0, 4);
  return source.numbers.has(year) ? undefined : `the year ${year} does not appear in the source text`;
};

const checkPhone: Check = (value, source) => {
  const digits = fold(value).replace(/\D+/g, '');
  if (digits.length < 5) return checkShort(value, source);
  return source.digits.includes(digits) ? undefined : 'these digits do not appear in the source text';
};

const checkUrl: Check = (value, source) => {
  const bare = value
    .trim()
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  return checkShort(bare, source);
};

function checkerFor(field: string, kind: string): Check | undefined {
  if (kind === 'date') return checkYear;
  if (kind === 'url') return checkUrl;
  if (field === 'phone') return checkPhone;
  if (LONG_TEXT_FIELDS.has(field)) return checkLong;
  if (kind === 'text' || kind === 'textList' || kind === 'number') return checkShort;
  return undefined;
}

function reportValue(value: string | number): string | number {
  return typeof value === 'string' && value.length > MAX_FLAGGED_VALUE_LENGTH
    ? value.slice(0, MAX_FLAGGED_VALUE_LENGTH) + '…'
    : value;
}

function walk(
  node: Record<string, unknown>,
  shape: CvShape,
  path: (string | number)[],
  source: SourceIndex,
  out: FlaggedValue[],
): void {
  for (const [field, spec] of Object.entries(shape)) {
    if (!Object.hasOwn(node, field)) continue;
    const value = node[field];
    if (value === null || value === undefined) continue;
    if (spec.kind === 'object') {
      if (typeof value === 'object' && !Array.isArray(value))
        walk(value as Record<string, unknown>, spec.fields, [...path, field], source, out);
      continue;
    }
    if (spec.kind === 'objectList') {
      if (!Array.isArray(value)) continue;
      value.forEach((item, i) => {
        if (item && typeof item === 'object')
          walk(item as Record<string, unknown>, spec.fields, [...path, field, i], source, out);
      });
      continue;
    }
    const check = checkerFor(field, spec.kind);
    if (!check) continue;
    const values: [string | number, (string | number)[]][] =
      spec.kind === 'textList' && Array.isArray(value)
        ? value.map((v, i): [string | number, (string | number)[]] => [v as string, [...path, field, i]])
        : [[value as string | number, [...path, field]]];
    for (const [v, at] of values) {
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const reason = check(String(v), source);
      if (reason) out.push({ pointer: jsonPointer(at), value: reportValue(v), reason });
    }
  }
}

/**
 * Flags the values of `data` that the source text does not support (see the module comment for
 * how each kind is matched). Meant for text inputs (TXT, DOCX, a PDF's text layer): a value taken
 * from an image or a link annotation cannot be found in text and will be flagged.
 */
export function checkAgainstSource(data: CvData, sourceText: string): ExtractionSignals['flagged_values'] {
  const source = indexSource(sourceText);
  const out: FlaggedValue[] = [];
  const { meta: _meta, ...shape } = CV_DOCUMENT_SHAPE;
  walk(data as Record<string, unknown>, shape, [], source, out);
  return out;
}
