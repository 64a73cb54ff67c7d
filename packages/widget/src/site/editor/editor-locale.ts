import { wordsFor } from '@resume2website/templates/words';
import type { Locale } from '../../i18n/index.js';
import type { SectionKey } from './cv-sections.js';
import { editorDe } from './i18n/de.js';
import { editorEn, type EditorStrings } from './i18n/en.js';
import { editorEs } from './i18n/es.js';
import { editorFr } from './i18n/fr.js';

const EDITOR_STRINGS: Record<Locale, EditorStrings> = { en: editorEn, es: editorEs, fr: editorFr, de: editorDe };

export function editorStrings(locale: Locale): EditorStrings {
  return EDITOR_STRINGS[locale];
}

/**
 * What the editor calls a section: the website's own default heading (the templates' words), so the
 * person meets one name for it; name and title, and contact, which have no heading there, have their own.
 */
export function sectionName(locale: Locale, key: SectionKey): string {
  return key === 'hero' || key === 'contact' ? editorStrings(locale).sections[key] : wordsFor(locale)[key];
}

/** The heading the website prints when `sectionTitle` is empty, in the CV's own language. */
export function defaultSectionTitle(cvLanguage: string, key: SectionKey): string | undefined {
  return key === 'hero' ? undefined : wordsFor(cvLanguage)[key];
}
