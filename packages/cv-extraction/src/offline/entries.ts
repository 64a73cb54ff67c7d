import { findDateRange } from './date-parsing.js';
import { isEmphasised } from './segmentation.js';
import { isBullet, looksLikeSentence, stripBullet, wordCount } from './text-utils.js';
import type { ReadDocument, TextLine } from './types.js';

/**
 * Splits a section's lines into entries (a job, a degree, a project): each entry has head lines
 * (title, organisation, place, dates) and body lines (bullets and paragraphs). An entry starts at
 * a title-like line that has a date on it or just below it, or — in sections without dates — at
 * an emphasised line or after a blank.
 */

export interface Entry {
  head: string[];
  body: string[];
  /** Bullets as written, apart from paragraphs. */
  bullets: string[];
  paragraphs: string[];
  /** Bullets and paragraphs in the order written. */
  ordered: string[];
}

export type DocStyle = Pick<ReadDocument, 'bodyFont' | 'bodySize' | 'layout'>;

export function isDateLine(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  const rest = (text.slice(0, range.index) + text.slice(range.index + range.length)).trim();
  if (rest.length === 0) return true;
  // A date inside a sentence ("in 2019 we launched…") is not an entry's date.
  return wordCount(rest) <= 16 && !/[.!?]$/.test(rest) && (range.length >= 6 || /[|\t,–—-]/.test(text));
}

function headerLike(line: TextLine): boolean {
  if (isBullet(line.text)) return false;
  if (line.text.length > 200) return false;
  if (/\t|\s\|\s/.test(line.text)) return true;
  return !looksLikeSentence(line.text) && wordCount(line.text) <= 16;
}

/** PDF lines wrapped inside a bullet or a paragraph are joined back. */
export function joinWrapped(lines: TextLine[], doc: DocStyle): TextLine[] {
  if (doc.layout === 'text') return lines;
  const out: TextLine[] = [];
  const widest = Math.max(0, ...lines.map((l) => l.right));
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !isBullet(line.text) && line.gapBefore < 0.45 && !/[.!?:]$/.test(last.text) && !isDateLine(line.text)) {
      const continuesBullet = isBullet(last.text) && line.x > last.x + 2;
      const continuesParagraph =
        !isBullet(last.text) &&
        // "Technical: SQL, Python" starts a line of its own.
        !/^[^:]{2,40}:\s/.test(line.text) &&
        looksLikeSentence(last.text + ' ' + line.text) &&
        last.right >= widest * 0.8 &&
        Math.abs(line.x - last.x) < 3 &&
        !isEmphasised(line, doc);
      if (continuesBullet || continuesParagraph || (isBullet(last.text) && /^\p{Ll}/u.test(line.text))) {
        out[out.length - 1] = { ...last, text: `${last.text} ${line.text}`, right: Math.max(last.right, line.right) };
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

export function splitEntries(input: TextLine[], doc: DocStyle): Entry[] {
  const lines = joinWrapped(input, doc);
  const dated = lines.map((l) => !isBullet(l.text) && isDateLine(l.text));
  const anyDates = dated.some(Boolean);
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let currentHasDate = false;
  let inBody = false;
  let headAfterDate = 0;

  const dateAhead = (i: number): boolean => {
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      if (dated[j]) return true;
      if (!headerLike(lines[j]!)) return false;
    }
    return false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    const bullet = isBullet(text);
    let starts = false;
    if (!current) starts = true;
    else if (!bullet && headerLike(line)) {
      if (anyDates) starts = dateAhead(i) && (currentHasDate || inBody) && !(dated[i] && !inBody && !currentHasDate);
      else starts = inBody && (isEmphasised(line, doc) || line.gapBefore >= 0.5);
      // A second date line right under the first belongs to a new entry only after a body.
      if (starts && dated[i] && currentHasDate && !inBody && current.head.length <= 1) starts = false;
    }
    if (starts || !current) {
      current = { head: [], body: [], bullets: [], paragraphs: [], ordered: [] };
      entries.push(current);
      currentHasDate = false;
      inBody = false;
      headAfterDate = 0;
    }
    const afterDateOk = !currentHasDate || (headAfterDate === 0 && wordCount(text) <= 8);
    if (!inBody && !bullet && headerLike(line) && afterDateOk && (current.head.length < 4 || dated[i])) {
      current.head.push(text);
      if (currentHasDate) headAfterDate++;
      currentHasDate ||= dated[i]!;
      continue;
    }
    inBody = true;
    current.body.push(text);
    if (bullet) {
      current.bullets.push(stripBullet(text));
      current.ordered.push(stripBullet(text));
    } else {
      const last = current.paragraphs.length - 1;
      const lastOrdered = current.ordered.length - 1;
      const previous = current.ordered[lastOrdered];
      if (
        doc.layout !== 'text' &&
        last >= 0 &&
        previous === current.paragraphs[last] &&
        !/[.!?:]$/.test(current.paragraphs[last]!) &&
        /^\p{Ll}/u.test(text) &&
        !/^(?:https?:|www\.|[\w-]+\.[\w.-]+\/)/.test(text)
      ) {
        current.paragraphs[last] += ` ${text}`;
        current.ordered[lastOrdered] = current.paragraphs[last]!;
      } else {
        current.paragraphs.push(text);
        current.ordered.push(text);
      }
    }
  }
  return entries.filter((e) => e.head.length > 0 || e.body.length > 0);
}
