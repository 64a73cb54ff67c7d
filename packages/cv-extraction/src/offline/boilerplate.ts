import { findDateRange } from './date-parsing.js';
import { dropDanglingSeparators, trimChars } from './linear-text.js';
import { fold } from './text-utils.js';
import type { TextLine } from './types.js';

/**
 * Template boilerplate that is on the page but is not the CV: page numbers ("Page 1 of 2",
 * "Seite 1 von 2", "1/2"), running headers and footers ("Curriculum vitae — Jane Doe", repeated on
 * every page), and the credit lines résumé builders print ("Build this template", "Made with
 * Canva"). They are left out before sections are found, so they never land in a section or in the
 * unclassified text. Forms that could also be content ("1/2", "CV — Jane Doe", a repeated line) are
 * taken only at the top or bottom of a page.
 */

/** "Page 1 of 2", "Seite 1 von 2", "p. 2/3": safe anywhere. */
const PAGE_OF =
  /(?:^|[\s—–|-])(?:page|pag|pagina|seite|sida|side|blz|p)\.?\s*\d{1,2}\s*(?:of|sur|von|de|di|van|av|\/)\s*\d{1,2}\s*$/u;

/** "1/2", "- 2 -": only at a page's edge, and only a plausible page count ("09/21" is a date). */
const BARE_PAGE = /^\s*(?:(\d)\s*\/\s*(\d)|[-–—]\s*\d{1,2}\s*[-–—])\s*$/u;

/** Builders' names: a credit line names one. */
const BUILDERS =
  'resume\\.io|resumeviking(?:\\.com)?|zety(?:\\.com)?|novoresume(?:\\.com)?|canva(?:\\.com)?|kickresume|enhancv|resume genius|resumegenius|visualcv|cvmaker|flowcv|livecareer|myperfectresume|resume\\.com';

/** A builder's address alone on a line ("resume.io"); a bare name ("Canva") may be a skill. */
const BUILDER_HOSTS =
  'resume\\.io|resumeviking\\.com|zety\\.com|novoresume\\.com|canva\\.com|kickresume\\.com|enhancv\\.com';

const BUILDER_CREDITS = new RegExp(
  `^(?:build this template|resume templates?|(?:created|made|built|designed|powered) (?:with|using|by|on|in) (?:${BUILDERS})|template by (?:${BUILDERS})|${BUILDER_HOSTS})$`,
  'u',
);

/** "Curriculum vitae — Jane Doe", "Lebenslauf — Dr. Katharina Albrecht", "Jane Doe — CV". */
const RUNNING_TITLE =
  /^(?:curriculum vitae|lebenslauf|cv|resume|hoja de vida)\s*[—–|-]\s*\S.{0,60}$|^\S.{0,60}?\s*[—–|-]\s*(?:curriculum vitae|lebenslauf|cv|resume)$/u;

/** Builder credits inside a short row of link captions ("LinkedIn, Pinterest, Resume Templates, Build this template"). */
const CREDIT_PHRASES = /(?<![\p{L}])(?:build this template|resume templates|resume\.io)(?![\p{L}])/giu;

function key(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

function withoutCredits(text: string): string {
  // Only a row of short captions: in a sentence ("Designed 30 resume templates for…") it is content.
  const captions =
    text.split(/[,;|·•\t]/).every((part) => part.trim().split(/\s+/).length <= 3) ||
    // "LinkedIn Pinterest Resume Templates Build this template": captions side by side.
    /^(?:\p{Lu}\S*|this|templates?)(?:\s+(?:\p{Lu}\S*|this|templates?))*$/u.test(text.trim());
  if (text.length > 120 || !captions) return text;
  if (!CREDIT_PHRASES.test(text)) return text;
  CREDIT_PHRASES.lastIndex = 0;
  // The separators left between the remaining captions go too: "LinkedIn, Pinterest, , " → "LinkedIn, Pinterest".
  const rest = dropDanglingSeparators(text.replace(CREDIT_PHRASES, ' '), ',;|·•');
  return trimChars(rest.replace(/[ ]{2,}/g, ' '), ',;|·•');
}

/** Boilerplate wherever it stands: "Page 1 of 2", a builder's credit line. */
export function isBoilerplate(text: string, atPageEdge = false): boolean {
  // "Amara Okonkwo, PhD — Curriculum Vitae ⇥ 1/2": a footer row whose every cell is boilerplate.
  if (text.includes('\t'))
    return text.split('\t').every((cell) => cell.trim() === '' || isBoilerplateCell(cell, atPageEdge));
  return isBoilerplateCell(text, atPageEdge);
}

function isBoilerplateCell(text: string, atPageEdge: boolean): boolean {
  const folded = key(text);
  if (folded.length === 0 || folded.length > 120) return false;
  if (PAGE_OF.test(folded)) return folded.split(' ').length <= 14;
  if (BUILDER_CREDITS.test(folded)) return true;
  if (!atPageEdge) return false;
  const bare = BARE_PAGE.exec(folded);
  if (bare) return bare[1] === undefined || Number(bare[1]) <= Number(bare[2]);
  return RUNNING_TITLE.test(folded.replace(/[—–|-]\s*$/, '').trim());
}

/**
 * The lines without boilerplate. A line repeated word for word at the bottom of two or more pages,
 * or at the top of two or more pages after the first (a running footer or header), is boilerplate
 * too; a date line never is.
 */
export function withoutBoilerplate(lines: TextLine[]): TextLine[] {
  const { tops, bottoms } = pageEdges(lines);
  const repeated = new Set<string>();
  for (const edge of [bottoms, new Set([...tops].filter((l) => l.page > 1))]) {
    const pagesByText = new Map<string, Set<number>>();
    for (const line of edge) {
      const k = key(line.text);
      if (k.split(' ').length < 2 || findDateRange(line.text)) continue;
      const pages = pagesByText.get(k) ?? new Set<number>();
      pages.add(line.page);
      pagesByText.set(k, pages);
    }
    for (const [k, pages] of pagesByText) if (pages.size >= 2) repeated.add(k);
  }
  return lines
    .flatMap((line) => {
      const text = withoutCredits(line.text);
      return text === line.text ? [line] : text ? [{ ...line, text }] : [];
    })
    .filter((line) => {
      const edge = tops.has(line) || bottoms.has(line);
      if (isBoilerplate(line.text, edge)) return false;
      return !(edge && repeated.has(key(line.text)));
    });
}

/** The first and last lines of each page's full-width and main regions, in reading order. */
function pageEdges(lines: TextLine[]): { tops: Set<TextLine>; bottoms: Set<TextLine> } {
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines) {
    if (line.region === 'side' || line.text.length > 120) continue;
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const tops = new Set<TextLine>();
  const bottoms = new Set<TextLine>();
  for (const list of byPage.values()) {
    // Up to two lines at each end, never a third of a short page.
    const n = Math.min(2, Math.floor(list.length / 3));
    if (n === 0) continue;
    for (const line of list.slice(0, n)) tops.add(line);
    for (const line of list.slice(-n)) bottoms.add(line);
  }
  return { tops, bottoms };
}
