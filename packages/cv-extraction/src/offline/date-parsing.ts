import { presentWordsSource, readCvDate } from '../dates/cv-date-reader.js';
import { MONTH_NAMES } from '../dates/month-names.js';
import { foldSameLength } from './text-utils.js';
import { normaliseSpaces, trimChars } from './linear-text.js';

/**
 * Finding dates in running text, in the eight languages the extractor knows: "Jan 2020", "01/2020",
 * "2020-01", "enero 2020", "janv. 2020", "März 2020", "2019 – 2021", "2019 - present", and ranges
 * that end "Present/Actual/Aujourd'hui/Heute/Atual/Presente/Heden/Nu". Matching runs on the text
 * folded to lower case without accents, character for character, so positions map back. Month
 * names come from the one table (`dates/month-names.ts`); each date found is read by the one date
 * reader (`dates/cv-date-reader.ts`).
 */

const MONTH_ALTERNATION = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');

/** Words that end an ongoing range ("Present", "heute", "aujourd'hui"): the date reader's list. */
const PRESENT_ALTERNATION = presentWordsSource();

const DATE_SOURCE =
  String.raw`(?:(?<![\p{L}])(?:${MONTH_ALTERNATION})\.?,?\s*(?:de\s+|del\s+)?(?:'\d{2}(?!\d)|(?:19|20)\d{2})` +
  String.raw`|(?<!\d)\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?!\d)` +
  String.raw`|(?<![\d.])(?:0?[1-9]|1[0-2])\s?[./-]\s?(?:19|20)\d{2}(?!\d)` +
  String.raw`|(?<!\d)(?:19|20)\d{2}[./-](?:0[1-9]|1[0-2])(?![\d])` +
  String.raw`|(?<![\d/.,])(?:19|20)\d{2}(?![\d%,]))`;
// Matched on folded text (no accents): "até", "jusqu'à" are written "ate", "jusqu'a".
const SEPARATOR = String.raw`\s*(?:-{1,2}|–|—|‒|―|→|·|to|until|till|a|al|hasta|au|jusqu['’]?(?:a|au)|bis|ate|ao|fino\s+al?|tot|till|t\.o\.m\.|>)\s*`;
const PRESENT = String.raw`(?:${PRESENT_ALTERNATION})(?![\p{L}])`;
const SINCE = String.raw`(?<![\p{L}])(?:since|desde|depuis|seit|dal|dalla|sinds|sedan)\s+`;

const RANGE = new RegExp(
  String.raw`(?<start>${DATE_SOURCE})(?:${SEPARATOR}(?<end>${DATE_SOURCE}|${PRESENT}))?|${SINCE}(?<since>${DATE_SOURCE})(?!${SEPARATOR}(?:${DATE_SOURCE}|${PRESENT}))`,
  'giu',
);
const SINGLE = new RegExp(DATE_SOURCE, 'giu');

/**
 * One date as found (`DATE_SOURCE`) → `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (undefined when it is not
 * one), read by the same reader as the sanitizer's: `03/04/2021` day first, as everywhere but the
 * US; an order that cannot be a date, month first.
 */
export function parseDate(raw: string): string | undefined {
  const reading = readCvDate(raw, { dayFirst: true });
  return reading.kind === 'date' ? reading.value : undefined;
}

export interface FoundRange {
  startDate?: string;
  endDate?: string | null;
  isCurrent: boolean;
  /** Where the range was written, in the original text. */
  index: number;
  length: number;
}

/** Printable ASCII and tabs: no accents to strip, and each character lowers to one. */
const PLAIN_ASCII = /^[\t -~]*$/;

/**
 * `foldSameLength`, with plain ASCII text (most CV lines) lowered in one call: the same result,
 * without normalising each character on its own. Every line is searched for dates, several times,
 * and the per-character fold was about a tenth of the layout rules' CPU time.
 */
function foldForMatching(text: string): string {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : foldSameLength(text);
}

/** The first date or date range in a text (a lone year counts as a one-year range). */
export function findDateRange(text: string): FoundRange | undefined {
  const folded = foldForMatching(text);
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(folded); m; m = RANGE.exec(folded)) {
    const groups = m.groups ?? {};
    if (groups.since) {
      const start = parseDate(groups.since);
      if (start) return { startDate: start, endDate: null, isCurrent: true, index: m.index, length: m[0].length };
      continue;
    }
    const start = groups.start ? parseDate(groups.start) : undefined;
    if (!start) continue;
    if (!groups.end) return { startDate: start, isCurrent: false, index: m.index, length: m[0].length };
    const end = parseDate(groups.end);
    if (end) return { startDate: start, endDate: end, isCurrent: false, index: m.index, length: m[0].length };
    return { startDate: start, endDate: null, isCurrent: true, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Every single date in a text, in order. */
export function findDates(text: string): { date: string; index: number; length: number }[] {
  const folded = foldForMatching(text);
  const out: { date: string; index: number; length: number }[] = [];
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(folded); m; m = SINGLE.exec(folded)) {
    const date = parseDate(m[0]);
    if (date) out.push({ date, index: m.index, length: m[0].length });
  }
  return out;
}

const RANGE_SEPARATORS = '|,;•·–—-';

/** Removes a found range from its text, with the separators left dangling around it. */
export function withoutRange(text: string, range: { index: number; length: number }): string {
  const joined = (text.slice(0, range.index) + ' ' + text.slice(range.index + range.length)).replace(
    /\(\s*\)|\[\s*\]/g,
    ' ',
  );
  // A scan, not `/\s*(?:[|,;•·–—-]\s*)+$/`: retried at each start of a long separator run, quadratic.
  // White space runs become one space (or tab) first, so `\s*\|` below never rescans a long run.
  return normaliseSpaces(trimChars(joined, RANGE_SEPARATORS))
    .replace(/\s?\|\s?(?:\|\s?)+/g, ' | ')
    .trim();
}
