import type { LanguageItem, LanguagesSection } from '../../cv-data.js';
import { joinWrapped } from '../entries.js';
import type { Section } from '../segmentation.js';
import { fold, splitList, stripBullet } from '../text-utils.js';
import type { TextLine } from '../types.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import { trimEndChars, trimStartChars } from '../linear-text.js';

const LEVELS =
  /(?<![\p{L}])(?:native(?: speaker)?|mother tongue|bilingual|fluent|proficient|advanced|upper[- ]intermediate|intermediate|conversational|elementary|basic|beginner|working proficiency|professional working proficiency|full professional proficiency|limited working proficiency|very good|good|excellent|nativo|nativa|lengua materna|bilingue|fluido|fluida|avanzado|avanzada|intermedio|intermedia|basico|basica|langue maternelle|maternelle|courant|bilingue|avance|intermediaire|notions|debutant|muttersprache|muttersprachlich|fliessend|verhandlungssicher|sehr gut|gut|grundkenntnisse|fortgeschritten|nativo|fluente|avancado|intermediario|madrelingua|fluente|ottimo|buono|discreto|scolastico|moedertaal|vloeiend|goed|redelijk|basis|modersmal|flytande|goda kunskaper|grundlaggande|[abc][12](?:\+)?)(?![\p{L}\d])/iu;

/**
 * Language names (folded) in the CV languages the extractor reads, to tell a grid's second
 * language ("English ⇥ French") from a level ("English ⇥ Very good command").
 */
const LANGUAGE_NAMES = new Set(
  (
    'english spanish french german italian portuguese dutch flemish swedish norwegian danish finnish icelandic ' +
    'polish czech slovak hungarian romanian bulgarian greek russian ukrainian belarusian serbian croatian bosnian ' +
    'slovenian slovene macedonian albanian lithuanian latvian estonian turkish arabic hebrew persian farsi urdu ' +
    'hindi bengali punjabi panjabi tamil telugu marathi gujarati kannada malayalam chinese mandarin cantonese ' +
    'japanese korean vietnamese thai indonesian malay tagalog filipino swahili amharic yoruba igbo hausa zulu ' +
    'xhosa afrikaans catalan valencian basque galician welsh irish gaelic castilian latin esperanto somali ' +
    'nepali sinhala khmer burmese mongolian kazakh uzbek georgian armenian azerbaijani luxembourgish maltese ' +
    'espanol ingles frances aleman italiano portugues neerlandes holandes sueco noruego danes finlandes polaco ' +
    'checo ruso ucraniano griego turco arabe hebreo chino mandarin japones coreano catalan valenciano euskera ' +
    'vasco gallego rumano hungaro ' +
    'francais anglais espagnol allemand italien portugais suedois norvegien danois finnois polonais tcheque ' +
    'russe ukrainien grec turc hebreu chinois japonais coreen roumain hongrois vietnamien wolof lingala ' +
    'deutsch englisch franzosisch spanisch italienisch portugiesisch niederlandisch hollandisch schwedisch ' +
    'norwegisch danisch finnisch polnisch tschechisch russisch ukrainisch griechisch turkisch arabisch ' +
    'hebraisch chinesisch japanisch koreanisch katalanisch rumanisch ungarisch kroatisch serbisch ' +
    'ingles espanhol alemao holandes russo chines japones ' +
    'inglese spagnolo francese tedesco portoghese olandese cinese giapponese arabo ' +
    'nederlands engels frans duits spaans italiaans portugees zweeds chinees turks ' +
    'svenska engelska franska tyska spanska italienska norska danska finska ryska arabiska kinesiska'
  ).split(' '),
);

/**
 * Language names written the ISO 639 way, with a synonym after a semicolon ("Spanish; Castilian",
 * "Dutch; Flemish"), as résumé builders print them: one language, not two. Folded, with each
 * prefix of a three-part name.
 */
const ISO_NAMES = new Set([
  'spanish; castilian',
  'dutch; flemish',
  'catalan; valencian',
  'gaelic; scottish gaelic',
  'haitian; haitian creole',
  'kirghiz; kyrgyz',
  'panjabi; punjabi',
  'pushto; pashto',
  'sinhala; sinhalese',
  'romanian; moldavian',
  'romanian; moldavian; moldovan',
  'chichewa; chewa',
  'chichewa; chewa; nyanja',
  'divehi; dhivehi',
  'divehi; dhivehi; maldivian',
  'kalaallisut; greenlandic',
  'luxembourgish; letzeburgesch',
  'ossetian; ossetic',
  'uighur; uyghur',
  'zhuang; chuang',
  'navajo; navaho',
  'limburgan; limburger',
  'limburgan; limburger; limburgish',
]);

const CERTIFICATION =
  /\b(IELTS|TOEFL|TOEIC|DELE|DELF|DALF|Goethe[- ]Zertifikat|Cambridge \w+|CAE|CPE|FCE|TestDaF|CELPE-Bras|CILS|SIELE|HSK|JLPT)[^,;)]*/;

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A language's name: its first word is one ("Spanish; Castilian", "Français"). */
function isLanguageName(text: string): boolean {
  const first = /^[\p{L}]+/u.exec(fold(text.trim()))?.[0];
  return first !== undefined && LANGUAGE_NAMES.has(first) && text.trim().split(/\s+/).length <= 3;
}

/**
 * The level written after a language, and a certificate named in it: "C1 (Cambridge Advanced,
 * 2016)" is level "C1" with the certificate "Cambridge Advanced, 2016" (the whole bracket);
 * "B2, IELTS 7.0" is level "B2" with "IELTS 7.0".
 */
function levelFields(raw: string, opened: boolean): Pick<LanguageItem, 'proficiency' | 'certification'> {
  let level = raw;
  // "German (intermediate (B1))": the bracket the separator opened closes at the end; brackets of
  // the level's own stay ("German — intermediate (B1)").
  if (opened && level.endsWith(')')) level = level.slice(0, -1);
  let certification: string | undefined;
  const open = level.indexOf('(');
  const close = open >= 0 ? level.indexOf(')', open) : -1;
  if (close > open && CERTIFICATION.test(level.slice(open + 1, close))) {
    certification = level.slice(open + 1, close).trim();
    level = `${level.slice(0, open)}${level.slice(close + 1)}`;
  } else {
    certification = CERTIFICATION.exec(level)?.[0]?.trim();
    if (certification) level = level.replace(certification, '');
  }
  // Scans at both ends: `[\s),;–—-]+$` was retried at every start of a long run (quadratic).
  level = trimEndChars(trimStartChars(level, '(,;–—-'), ',;–—-');
  const proficiency = balanced(level) ? level : trimEndChars(level, ')');
  return { ...(proficiency && { proficiency }), ...(certification && { certification }) };
}

function parseOne(raw: string): LanguageItem | undefined {
  const text = stripBullet(raw).trim();
  if (!text || text.length > 80) return undefined;
  if (ISO_NAMES.has(fold(text))) return { language: text };
  const m = /^([\p{L}][\p{L} ]{1,30}?)\s*([:(–—|,-]|\s-\s)\s*(.+)$/u.exec(text);
  if (m) return { language: m[1]!.trim(), ...levelFields(m[3]!, m[2] === '(') };
  const level = LEVELS.exec(fold(text));
  if (level && level.index > 0) {
    return { language: text.slice(0, level.index).trim(), proficiency: text.slice(level.index).trim() };
  }
  if (/^[\p{L}]+(?: [\p{L}]+)?$/u.test(text)) return { language: text };
  return undefined;
}

/**
 * A grid row of languages and levels ("English ⇥ Native speaker Spanish ⇥ Very good command",
 * "English ⇥ French", "Deutsch ⇥ Muttersprache"): after a language, a cell is its level unless it
 * is another language; a level the reader ran into the next language's name ("Native speaker
 * Spanish") is split where a known level ends.
 */
function parseRow(cells: string[]): { items: LanguageItem[]; leftover: string[] } {
  const items: LanguageItem[] = [];
  const leftover: string[] = [];
  let current: LanguageItem | undefined;
  const start = (cell: string) => {
    current = parseOne(cell);
    if (current) items.push(current);
    else leftover.push(cell);
  };
  for (const raw of cells) {
    const cell = raw.trim();
    if (!cell) continue;
    if (!current || current.proficiency || isLanguageName(cell)) {
      start(cell);
      continue;
    }
    const level = LEVELS.exec(fold(cell));
    const rest = level && level.index === 0 ? cell.slice(level[0].length).trim() : '';
    if (level && rest && isLanguageName(rest)) {
      Object.assign(current, levelFields(cell.slice(0, level[0].length), false));
      start(rest);
    } else Object.assign(current, levelFields(cell, false));
  }
  return { items, leftover };
}

/** Splits a line's list, keeping ISO 639 names with a semicolon whole ("Dutch; Flemish"). */
function splitLanguages(line: string): string[] {
  const parts = splitList(line);
  const folded = fold(line);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    const joined = last === undefined ? '' : `${last}; ${part}`;
    if (last !== undefined && ISO_NAMES.has(fold(joined)) && folded.includes(fold(joined))) {
      out[out.length - 1] = joined;
    } else out.push(part);
  }
  return out;
}

/** A level's bracket wrapped onto the next line ("Espagnol — intermédiaire" / "(B1)"). */
function unwrapped(lines: TextLine[]): string[] {
  const out: string[] = [];
  // Brackets open at the end of the last line, counted on each line once (a joined line grows).
  let open = 0;
  let carried = 0;
  for (const line of lines) {
    const text = line.text.trim();
    const last = out[out.length - 1];
    // An open bracket carries onto one more line, and only onto its rest ("B1)", "(B1)"), so a
    // bracket left open by mistake cannot swallow the languages below it.
    const closes = text.startsWith('(') || (open > 0 && carried === 0 && (/^\p{Ll}/u.test(text) || text.endsWith(')')));
    if (last !== undefined && closes && line.gapBefore < 0.45) {
      out[out.length - 1] = `${last} ${text}`;
      carried++;
    } else {
      carried = 0;
      out.push(text);
      open = 0;
    }
    for (const ch of text) {
      if (ch === '(') open++;
      else if (ch === ')' && open > 0) open--;
    }
  }
  return out;
}

export function parseLanguages(section: Section, context: ParseContext): Parsed<LanguagesSection> {
  const items: LanguageItem[] = [];
  const leftover: string[] = [];
  const lines = unwrapped(joinWrapped(section.lines, context.doc));
  for (let i = 0; i < lines.length; i++) {
    // "Français : langue maternelle · Anglais : courant (C1) · Allemand : notions": one language
    // per dotted or barred part.
    const parts = lines[i]!.split(/\s[·•|▪●]\s/u);
    for (const line of parts) {
      if (line.includes('\t')) {
        const row = parseRow(line.split('\t'));
        items.push(...row.items);
        leftover.push(...row.leftover);
        continue;
      }
      // "English, Spanish, French" on one line: each a language without a level.
      // "Français (langue maternelle), arabe (courant)": commas outside brackets part languages.
      const pieces = line.includes(':') || /\s[–—-]\s/.test(line) ? [line] : splitLanguages(line);
      for (const piece of pieces) {
        const item = parseOne(piece);
        if (!item) {
          leftover.push(piece);
          continue;
        }
        // A level on its own line under the language ("English" / "Native").
        const next = lines[i + 1];
        if (
          !item.proficiency &&
          next &&
          LEVELS.test(fold(next)) &&
          next.length < 40 &&
          pieces.length === 1 &&
          parts.length === 1 &&
          !isLanguageName(next)
        ) {
          item.proficiency = next.trim();
          i++;
        }
        items.push(item);
      }
    }
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  return { value: { ...titleOf(section), languageItems: items }, leftover, confidence: 0.85 };
}
