import type { HelperDelegate, HelperOptions } from 'handlebars';
import { isWordKey, wordsFor } from '../i18n/words.js';
import { formatDateRange, formatPartialDate } from './dates.js';
import { jsonLdHelper } from './json-ld-helper.js';
import { formatPlace, initials, joinParts } from './text.js';
import { displayUrl, safeUrl } from './urls.js';

interface HelperEnv {
  registerHelper(name: string, fn: HelperDelegate): void;
  SafeString: new (html: string) => unknown;
}

/** Every helper returns a plain string, so Handlebars escapes it like any other value. */
const STRING_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  t: (key, options) => (isWordKey(key) ? wordsFor(localeOf(options))[key] : ''),
  sectionTitle: (key, title, options) =>
    typeof title === 'string' && title !== '' ? title : isWordKey(key) ? wordsFor(localeOf(options))[key] : '',
  date: (value, options) => formatPartialDate(value, localeOf(options)),
  dateRange: (range, options) => formatDateRange(range, localeOf(options)),
  place: (location) => formatPlace(location),
  join: (list, separator) =>
    Array.isArray(list) ? joinParts(list, typeof separator === 'string' ? separator : ', ') : '',
  parts: (...args) => joinParts(args.slice(0, -1), ' · '),
  safeUrl: (value) => safeUrl(value) ?? '',
  displayUrl: (href) => displayUrl(href),
  initials: (name) => initials(name),
  eq: (a, b) => a === b,
  and: (...args) => args.slice(0, -1).every(Boolean),
  or: (...args) => args.slice(0, -1).some(Boolean),
};

/** The helper names templates may call: the generate step compiles with `knownHelpersOnly`. */
export const HELPER_NAMES: readonly string[] = [...Object.keys(STRING_HELPERS), 'jsonLd'];

export function registerHelpers(env: HelperEnv): void {
  for (const [name, fn] of Object.entries(STRING_HELPERS)) env.registerHelper(name, fn as HelperDelegate);
  env.registerHelper('jsonLd', jsonLdHelper(env.SafeString));
}

function localeOf(options: unknown): string {
  const data = (options as HelperOptions | undefined)?.data as { locale?: unknown } | undefined;
  return typeof data?.locale === 'string' ? data.locale : 'en';
}
