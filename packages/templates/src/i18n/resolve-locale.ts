const RTL_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The first candidate that is a well-formed BCP 47 tag Intl can format for; "en" otherwise. A
 * hostile `meta.language` ("<script>") therefore never reaches `lang=""` or Intl unchecked.
 */
export function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate.trim());
      if (canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
    } catch {
      // not a valid tag: try the next candidate
    }
  }
  return 'en';
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
