import type { LanguageItem, LanguagesSection } from '../../cv-data.js';
import { joinWrapped } from '../entries.js';
import type { Section } from '../segmentation.js';
import { fold, splitList, stripBullet } from '../text-utils.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import { trimEndChars, trimStartChars } from '../linear-text.js';

const LEVELS =
  /(?<![\p{L}])(?:native(?: speaker)?|mother tongue|bilingual|fluent|proficient|advanced|upper[- ]intermediate|intermediate|conversational|elementary|basic|beginner|working proficiency|professional working proficiency|full professional proficiency|limited working proficiency|nativo|nativa|lengua materna|bilingue|fluido|fluida|avanzado|avanzada|intermedio|intermedia|basico|basica|langue maternelle|maternelle|courant|bilingue|avance|intermediaire|notions|debutant|muttersprache|muttersprachlich|fliessend|verhandlungssicher|sehr gut|gut|grundkenntnisse|fortgeschritten|nativo|fluente|avancado|intermediario|madrelingua|fluente|ottimo|buono|discreto|scolastico|moedertaal|vloeiend|goed|redelijk|basis|modersmal|flytande|goda kunskaper|grundlaggande|[abc][12](?:\+)?)(?![\p{L}\d])/iu;

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function parseOne(raw: string): LanguageItem | undefined {
  const text = stripBullet(raw).trim();
  if (!text || text.length > 80) return undefined;
  const certification =
    /\b(IELTS|TOEFL|TOEIC|DELE|DELF|DALF|Goethe[- ]Zertifikat|Cambridge \w+|CAE|CPE|FCE|TestDaF|CELPE-Bras|CILS|SIELE|HSK|JLPT)[^,;)]*/
      .exec(text)?.[0]
      ?.trim();
  const m = /^([\p{L}][\p{L} ]{1,30}?)\s*([:(–—|,-]|\s-\s)\s*(.+)$/u.exec(text);
  if (m) {
    // "German (intermediate (B1))": the bracket the separator opened closes at the end; brackets of
    // the level's own stay ("German — intermediate (B1)").
    let level = m[3]!;
    if (m[2] === '(' && level.endsWith(')')) level = level.slice(0, -1);
    // Scans at both ends: `[\s),;–—-]+$` was retried at every start of a long run (quadratic).
    level = trimEndChars(trimStartChars(level.replace(certification ?? '\u0000', ''), '(,;–—-'), ',;–—-');
    const proficiency = balanced(level) ? level : trimEndChars(level, ')');
    return { language: m[1]!.trim(), ...(proficiency && { proficiency }), ...(certification && { certification }) };
  }
  const level = LEVELS.exec(fold(text));
  if (level && level.index > 0) {
    return { language: text.slice(0, level.index).trim(), proficiency: text.slice(level.index).trim() };
  }
  if (/^[\p{L}]+(?: [\p{L}]+)?$/u.test(text)) return { language: text };
  return undefined;
}

export function parseLanguages(section: Section, context: ParseContext): Parsed<LanguagesSection> {
  const items: LanguageItem[] = [];
  const leftover: string[] = [];
  const lines = joinWrapped(section.lines, context.doc).map((l) => l.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "English, Spanish, French" on one line: each a language without a level.
    // "Français (langue maternelle), arabe (courant)": commas outside brackets part languages.
    const pieces =
      line.includes(':') || /\s[–—-]\s/.test(line)
        ? [line]
        : line.includes('\t')
          ? [line.replace(/\t/g, ' — ')]
          : splitList(line);
    for (const piece of pieces) {
      const item = parseOne(piece);
      if (!item) {
        leftover.push(piece);
        continue;
      }
      // A level on its own line under the language ("English" / "Native").
      const next = lines[i + 1];
      if (!item.proficiency && next && LEVELS.test(fold(next)) && next.length < 40 && pieces.length === 1) {
        item.proficiency = next.trim();
        i++;
      }
      items.push(item);
    }
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  return { value: { ...titleOf(section), languageItems: items }, leftover, confidence: 0.85 };
}
