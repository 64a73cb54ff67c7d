import { de } from './de.js';
import { en, type Strings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Strings } from './en.js';
export type Locale = 'en' | 'es' | 'fr' | 'de';

const LOCALES: Record<Locale, Strings> = { en, es, fr, de };

/** The locale to use: the `locale` attribute when supported, else the browser's language, else English. */
export function pickLocale(attribute: string | null | undefined, browser: string | undefined): Locale {
  for (const tag of [attribute, browser]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && base in LOCALES) return base as Locale;
  }
  return 'en';
}

/** The locale's strings with the host page's overrides on top. */
export function stringsFor(locale: Locale, overrides: Partial<Strings> | undefined): Strings {
  return { ...LOCALES[locale], ...overrides };
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
