import { dropDanglingSeparators, trimChars } from './linear-text.js';
import { fold } from './text-utils.js';
import type { TextLine } from './types.js';

/**
 * Template boilerplate that is on the page but is not the CV: page numbers ("Page 1 of 2",
 * "Seite 1 von 2", "1/2"), running headers and footers ("Curriculum vitae — Jane Doe", repeated on
 * every page), and the credit lines résumé builders print ("Build this template", "Created with…").
 * They are left out before sections are found, so they never land in a section or in the
 * unclassified text.
 */

const PAGE_NUMBER =
  /(?:^|[\s—–|-])(?:page|pag|pagina|seite|sida|side|blz|p)\.?\s*\d{1,3}\s*(?:of|sur|von|de|di|van|av|\/)\s*\d{1,3}\s*$|^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/u;

const BUILDER_CREDITS =
  /^(?:build this template|resume templates?|cv templates?|(?:created|made|built|designed) (?:with|using|by|on) \S.*|powered by \S.*|template by \S.*|(?:resume|cv)\s*\.\s*(?:io|com)|resume\.io|resumeviking(?:\.com)?|zety(?:\.com)?|novoresume(?:\.com)?|canva(?:\.com)?)$/u;

/** "Curriculum vitae — Jane Doe", "Lebenslauf — Dr. Katharina Albrecht", "Jane Doe — CV". */
const RUNNING_TITLE =
  /^(?:curriculum vitae|lebenslauf|cv|resume|resume|hoja de vida)\s*[—–|:-]\s*\S.{0,60}$|^\S.{0,60}?\s*[—–|-]\s*(?:curriculum vitae|lebenslauf|cv|resume)$/u;

function key(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Builder credits inside a row of link captions ("LinkedIn  Pinterest  Resume Templates  Build this template"). */
const CREDIT_PHRASES = /(?<![\p{L}])(?:build this template|resume templates|resume\.io)(?![\p{L}])/giu;

function withoutCredits(text: string): string {
  if (text.length > 200 || !CREDIT_PHRASES.test(text)) return text;
  CREDIT_PHRASES.lastIndex = 0;
  // The separators left between the remaining captions go too: "LinkedIn, Pinterest, , " → "LinkedIn, Pinterest".
  const rest = dropDanglingSeparators(text.replace(CREDIT_PHRASES, ' '), ',;|·•');
  return trimChars(rest.replace(/[ ]{2,}/g, ' '), ',;|·•');
}

export function isBoilerplate(text: string): boolean {
  // "Amara Okonkwo, PhD — Curriculum Vitae ⇥ 1/2": a footer row whose every cell is boilerplate.
  if (text.includes('\t')) return text.split('\t').every((cell) => cell.trim() === '' || isBoilerplateCell(cell));
  return isBoilerplateCell(text);
}

function isBoilerplateCell(text: string): boolean {
  const folded = key(text);
  if (folded.length === 0 || folded.length > 120) return false;
  if (PAGE_NUMBER.test(folded)) return folded.split(' ').length <= 14;
  return BUILDER_CREDITS.test(folded) || RUNNING_TITLE.test(folded.replace(/[—–|-]\s*$/, '').trim());
}

/**
 * The lines without boilerplate. A line repeated word for word at the top or the bottom of two or
 * more pages (a running header or footer) is boilerplate too.
 */
export function withoutBoilerplate(lines: TextLine[]): TextLine[] {
  const edges = pageEdges(lines);
  const pagesByText = new Map<string, Set<number>>();
  for (const line of edges) {
    const k = key(line.text);
    const pages = pagesByText.get(k) ?? new Set<number>();
    pages.add(line.page);
    pagesByText.set(k, pages);
  }
  return lines
    .flatMap((line) => {
      const text = withoutCredits(line.text);
      return text === line.text ? [line] : text ? [{ ...line, text }] : [];
    })
    .filter((line) => {
      if (isBoilerplate(line.text)) return false;
      // "Skills" heading two pages' sidebars is not a running head: one names the person or the document.
      return !(
        edges.has(line) &&
        (pagesByText.get(key(line.text))?.size ?? 0) >= 2 &&
        line.text.split(/\s+/).length >= 2
      );
    });
}

/** The first two and last two lines of each page's full-width and main regions, in reading order. */
function pageEdges(lines: TextLine[]): Set<TextLine> {
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines) {
    if (line.region === 'side' || line.text.length > 100) continue;
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const edges = new Set<TextLine>();
  if (byPage.size < 2) return edges;
  for (const list of byPage.values()) for (const line of [...list.slice(0, 2), ...list.slice(-2)]) edges.add(line);
  return edges;
}
