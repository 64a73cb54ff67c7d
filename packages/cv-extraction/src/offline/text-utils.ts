/** Small text helpers shared by the offline extractor's readers and parsers. */

const MARKS = /\p{M}+/gu;

/** Lower case without accents, for dictionary look-ups ("Expérience" → "experience"). */
export function fold(value: string): string {
  return value.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * `fold`, one character for one character, so that match positions found in the folded text are
 * valid in the original (a character that does not fold to exactly one stays as it is).
 */
export function foldSameLength(value: string): string {
  let out = '';
  for (const ch of value) {
    const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

export function collapseSpaces(value: string): string {
  return value.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Letters only, lower case, no accents: how headings are compared. */
export function headingKey(value: string): string {
  return fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(value: string): boolean {
  let letters = 0;
  for (const ch of value) {
    if (LOWER.test(ch)) return false;
    if (UPPER.test(ch)) letters++;
  }
  return letters >= 2;
}

export function hasLetter(value: string): boolean {
  return LETTER.test(value);
}

export function wordCount(value: string): number {
  return value.split(/\s+/).filter((w) => w.length > 0).length;
}

/** "JULIE MONROE" → "Julie Monroe"; leaves mixed-case text alone. */
export function titleCaseIfCaps(value: string): string {
  if (!isAllCaps(value)) return value;
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Bullet glyphs CVs use, including pdf.js's mis-mapped ones ("¢", "â¢"). */
export const BULLET_PATTERN =
  /^\s*(?:[•●▪■◦○‣∙·\u2022\u25aa\u25cf\u25e6\uf0b7\uf0a7¢*►▸➢✓✔-]|â[\u0080-\u009f]?¢|\d{1,2}[.)](?=\s))\s*/u;

export function isBullet(value: string): boolean {
  return BULLET_PATTERN.test(value) && !/^\s*-\d/.test(value);
}

export function stripBullet(value: string): string {
  return value.replace(BULLET_PATTERN, '').trim();
}

/** Splits on the separators CVs put between fields on one line. */
export function splitFields(value: string): string[] {
  // Split on the bare separators and trim each part: a `\s*` around the alternation was retried
  // at every character of a long run of white space (quadratic). The parts come out the same.
  // With an em dash between fields, an en dash is part of a name ("Data Engineer – Associate — AWS").
  const dashes = value.includes(' — ') ? /\s—\s/u : /\s[–—]\s|\s-\s/u;
  return value
    .split(new RegExp(`\\t|\\s\\|\\s|\\|| • | · | ⋅ | ● | ▪ |${dashes.source}`, 'u'))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const LIST_SEPARATORS = new Set([',', ';', '•', '·', '|', '\t', '▪', '●']);

/**
 * Splits a list written on one line ("Python, SQL; Go · Rust"). A list inside brackets stays in
 * its item: "Medication Administration (Oral, IV, IM, SC)" is one skill. One pass over the text,
 * so a hostile line costs linear time.
 */
export function splitList(value: string): string[] {
  return splitOutsideBrackets(value, true)
    .map((p) => stripBullet(p).replace(/\.$/, '').trim())
    .filter((p) => p.length > 0);
}

/**
 * Brackets that close group their items. A bracket left open (a line the page cut off: "…, Infusion
 * Pumps (Al") is not trusted to group anything after it, so it cannot swallow the rest of the list;
 * the items before it keep their brackets ("Electronic Health Records (EHR - Cerner, Epic)").
 */
function splitOutsideBrackets(value: string, brackets: boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Where the bracket still open at the end was opened.
  let openedAt = 0;
  const cut = (at: number) => {
    parts.push(value.slice(start, at));
    start = at + 1;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (brackets && (ch === '(' || ch === '[')) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (brackets && (ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (LIST_SEPARATORS.has(ch)) cut(i);
    // " – " and " — " separate items too; "Jean-Luc" and "2019–2021" do not.
    else if ((ch === '–' || ch === '—') && isBlank(value[i - 1]) && isBlank(value[i + 1])) cut(i);
  }
  // From where the bracket was left open, nothing is grouped; what came before it in the same item
  // keeps its closed brackets ("Python (Django, Flask) and Go (Gin" stays one item).
  if (depth > 0) {
    const [first = '', ...rest] = splitOutsideBrackets(value.slice(openedAt), false);
    return [...parts, value.slice(start, openedAt) + first, ...rest];
  }
  parts.push(value.slice(start));
  return parts;
}

const isBlank = (ch: string | undefined) => ch !== undefined && ch.trim().length === 0;

/** A string is a sentence when it is long or ends like one. */
export function looksLikeSentence(value: string): boolean {
  const trimmed = value.trim();
  const last = trimmed.split(/\s+/).pop() ?? '';
  // "Acme S.L." and "Contoso Inc." end with a period without ending a sentence.
  const abbreviation = /^(?:\p{L}\.){2,}$|^(?:inc|ltd|co|corp|jr|sr|dr|st|bros)\.$/iu.test(last);
  return /[.!?;:]$/.test(trimmed) && !abbreviation ? wordCount(trimmed) > 3 : wordCount(trimmed) > 14;
}
