import { formatCvDate } from '../cv-data.js';
import { monthOfWord } from './month-names.js';

/**
 * The one date reader: a date as a CV writes it → an ISO 8601 partial date. The sanitizer reads
 * every date an extractor produced with it, and the offline extractor every date it found in text.
 */

/** How `readCvDate` read a value. `note` says what was ignored when only part could be read. */
export type CvDateReading =
  { kind: 'date'; value: string; note?: string } | { kind: 'present' } | { kind: 'invalid'; reason: string };

/** Words a written date may carry that say nothing about it ("3rd of March", "marzo de 2021", "1er mars"). */
const DATE_FILLER = new Set(
  (
    'de del of the le la el em di do da den der dem des du im in on en et y e und and van st nd rd th er re ' +
    'ere eme o a since desde from depuis seit dal dai sinds vanaf partir ab circa ca approx around'
  ).split(' '),
);

/** What CVs write for "ongoing", after the leading words in `PRESENT_LEAD` are removed. */
const PRESENT_WORDS = new Set([
  // English
  'present',
  'the present',
  'present day',
  'present time',
  'presently',
  'current',
  'currently',
  'now',
  'today',
  'ongoing',
  'date',
  // Spanish
  'actualidad',
  'actual',
  'actualmente',
  'presente',
  'hoy',
  'hoy en dia',
  'fecha',
  'en curso',
  // French
  'aujourd hui',
  'ce jour',
  'actuel',
  'actuellement',
  'en cours',
  'maintenant',
  // German
  'heute',
  'jetzt',
  'aktuell',
  'derzeit',
  'gegenwartig',
  'laufend',
  'dato',
  // Portuguese
  'atual',
  'atualmente',
  'hoje',
  'momento',
  'em curso',
  // Italian
  'oggi',
  'attuale',
  'attualmente',
  'in corso',
  'tuttora',
  'ora',
  // Dutch
  'heden',
  'nu',
  'huidig',
  'lopend',
  'momenteel',
  'nog steeds',
  'heden ten dage',
  // Swedish
  'nuvarande',
  'pagaende',
  'idag',
  'nu',
  // German, older spelling
  'gegenwart',
]);
const PRESENT_LEAD = new Set('to till until up hasta bis jusqu ate fino ad tot op a ao o la el the'.split(' '));
/** Words that mean "ongoing" only after a lead word: "to date", "hasta la fecha", "bis dato", "à ce jour". */
const PRESENT_AFTER_LEAD_ONLY = new Set(['date', 'fecha', 'dato', 'momento', 'ce jour']);

/**
 * The "ongoing" words as a regex source, for finding ranges in running text (the offline
 * extractor's `date-parsing.ts`): one list for both readers. Text is matched folded (lower case, no
 * accents); a space in a phrase also matches an apostrophe or nothing ("aujourd'hui", "aujourdhui").
 * Words that mean "ongoing" only after a lead word ("to date", "hasta la fecha") need one: the lead
 * written in the phrase, or the range's own separator just before ("2019 to date"). "Ora" is left
 * out of running text: it starts too many names ("2019 – Ora Financial").
 */
export function presentWordsSource(): string {
  const leads = [...PRESENT_LEAD].sort((a, b) => b.length - a.length).join('|');
  const phrase = (w: string) => w.replace(/ /g, "[\\s'’]*");
  const alternation = (list: string[]) =>
    list
      .sort((a, b) => b.length - a.length)
      .map(phrase)
      .join('|');
  const standalone = alternation([...PRESENT_WORDS].filter((w) => !PRESENT_AFTER_LEAD_ONLY.has(w) && w !== 'ora'));
  const afterLead = alternation([...PRESENT_AFTER_LEAD_ONLY]);
  return `(?:${standalone})|(?:(?<=(?:^|[^\\p{L}])(?:${leads}))\\s+|(?:${leads})\\s+)(?:${afterLead})`;
}

function foldForDates(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

function isPresentWord(folded: string): boolean {
  const words = folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  let start = 0;
  while (start < words.length - 1 && PRESENT_LEAD.has(words[start]!)) start++;
  const phrase = words.slice(start).join(' ');
  return PRESENT_WORDS.has(phrase) && (start > 0 || !PRESENT_AFTER_LEAD_ONLY.has(phrase));
}

function twoDigitYear(digits: string): number {
  const yy = Number(digits);
  const pivot = (new Date().getUTCFullYear() % 100) + 5;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function dated(year: number, month?: number, day?: number, noteText?: string): CvDateReading {
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'invalid', reason: `the year ${year} is not plausible` };
  const value = formatCvDate(year, month, day);
  if (value === undefined) return { kind: 'invalid', reason: 'that day does not exist' };
  return noteText ? { kind: 'date', value, note: noteText } : { kind: 'date', value };
}

function readNumericDate(value: string, dayFirst: boolean | null): CvDateReading | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})[t ]\d{2}:\d{2}/.exec(value);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(?:\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?)?$/.exec(value);
  if (m) return dated(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(value);
  if (m) return dated(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(value);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // An order that cannot be a date is not used: `12/31/2020` is month first whatever the language.
    if (a > 12 || a === b) return dated(year, b, a);
    if (b > 12) return dated(year, a, b);
    if (dayFirst === true) return dated(year, b, a);
    if (dayFirst === false) return dated(year, a, b);
    return dated(year, undefined, undefined, 'day and month order is ambiguous, only the year was kept');
  }
  return undefined;
}

function readWrittenDate(folded: string): CvDateReading {
  // `Q3`, `H1` stay one word (ignored), not a letter and a day; a month written against its year
  // (`Jan2020`, as a PDF's text layer can give it) is two.
  const tokens = (folded.match(/'[0-9]{2}(?![0-9])|\p{L}+[0-9]+|[0-9]+|\p{L}+/gu) ?? []).flatMap((token) => {
    const glued = /^(\p{L}+)([0-9]{4})$/u.exec(token);
    return glued && monthOfWord(glued[1]!) !== undefined ? [glued[1]!, glued[2]!] : [token];
  });
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const ignored: string[] = [];
  for (const token of tokens) {
    if (/^[0-9]{4}$/.test(token) || /^'[0-9]{2}$/.test(token)) {
      if (year !== undefined) return { kind: 'invalid', reason: 'it holds more than one year' };
      year = token.startsWith("'") ? twoDigitYear(token.slice(1)) : Number(token);
    } else if (/^[0-9]{1,2}$/.test(token)) {
      if (day !== undefined) return { kind: 'invalid', reason: 'it holds numbers that are not a date' };
      day = Number(token);
    } else if (/^[0-9]+$/.test(token)) {
      return { kind: 'invalid', reason: 'it holds numbers that are not a date' };
    } else if (monthOfWord(token) !== undefined) {
      const found = monthOfWord(token)!;
      if (month !== undefined && month !== found) return { kind: 'invalid', reason: 'it names more than one month' };
      month = found;
    } else if (!DATE_FILLER.has(token)) {
      ignored.push(token);
    }
  }
  if (year === undefined) return { kind: 'invalid', reason: 'it has no year' };
  if (day !== undefined && month === undefined) return { kind: 'invalid', reason: 'it has a day but no month' };
  const ignoredNote = ignored.length ? `ignored ${ignored.map((t) => `"${t}"`).join(', ')}` : undefined;
  if (month === undefined)
    return dated(year, undefined, undefined, ignoredNote && `${ignoredNote}, only the year was kept`);
  return dated(year, month, day, ignoredNote);
}

/**
 * Reads a date as CVs write it into an ISO 8601 partial date, only as precise as the text:
 * `2021`, `2021-3`, `2021.03`, `03/2021`, `March 2021`, `Mar. 2021`, `marzo de 2021`, `März 2021`,
 * `1er mars 2021`, `3 de março de 2021`, `Jun '19`, `2021-03-04T00:00:00Z`, … Month names as
 * `MONTH_NAMES` lists them, and any unambiguous prefix of one. `03/04/2021` is read day-first or
 * month-first when `dayFirst` says which (from the CV's language), otherwise only the year is
 * kept; an order that cannot be a date is never used (`12/31/2021` is month-first, `31/12/2021`
 * day-first). "Present", "Actualidad", "heute", "aujourd'hui", … read as `present`. Never invents
 * a part the text does not state: `March` alone (no year) is invalid.
 */
export function readCvDate(raw: string, options: { dayFirst?: boolean | null } = {}): CvDateReading {
  const folded = foldForDates(raw).trim();
  if (folded.length === 0) return { kind: 'invalid', reason: 'it is empty' };
  if (isPresentWord(folded)) return { kind: 'present' };
  return readNumericDate(folded, options.dayFirst ?? null) ?? readWrittenDate(folded);
}
