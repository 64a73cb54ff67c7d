import { pickLocale, type Locale } from '../i18n/index.js';
import { siteDe } from './i18n/de.js';
import { siteEn, type SiteStrings } from './i18n/en.js';
import { siteEs } from './i18n/es.js';
import { siteFr } from './i18n/fr.js';

const SITE_STRINGS: Record<Locale, SiteStrings> = { en: siteEn, es: siteEs, fr: siteFr, de: siteDe };
const STORAGE_KEY = 'r2w-site:locale';

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

export function siteStrings(locale: Locale): SiteStrings {
  return SITE_STRINGS[locale];
}

/** The person's choice from the switcher, else the browser's language, else English. */
export function initialLocale(): Locale {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage disabled: the browser's language decides
  }
  return pickLocale(saved, navigator.language);
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered across visits; the page still switches
  }
}
