import { wordsFor } from '../i18n/words.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Precision = 'year' | 'month' | 'day';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a page formats
// dozens of dates: keep one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats an ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in the page's locale. Anything else
 * is shown as written: the CV's words are never dropped or guessed at.
 */
export function formatPartialDate(value: unknown, locale: string): string {
  if (typeof value !== 'string') return '';
  const match = PARTIAL_DATE.exec(value.trim());
  if (match === null) return value.trim();
  const [, year, month, day] = match;
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const date = new Date(Date.UTC(Number(year), Number(month ?? '1') - 1, Number(day ?? '1')));
  if (Number.isNaN(date.getTime()) || (month !== undefined && date.getUTCMonth() !== Number(month) - 1)) {
    return value.trim();
  }
  return formatter(locale, precision).format(date);
}

interface RangeLike {
  startDate?: unknown;
  endDate?: unknown;
  isCurrent?: unknown;
}

/** "Mar 2021 – Present", "2009 – 2012", or a single date when only one end is known. */
export function formatDateRange(range: unknown, locale: string): string {
  if (typeof range !== 'object' || range === null) return '';
  const { startDate, endDate, isCurrent } = range as RangeLike;
  const start = formatPartialDate(startDate, locale);
  const end = isCurrent === true ? wordsFor(locale).present : formatPartialDate(endDate, locale);
  if (start !== '' && end !== '') return start === end ? start : `${start} – ${end}`;
  return start || end;
}
