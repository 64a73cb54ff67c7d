import type { PdfPageLayout, PdfTextItem } from '../intake/pdf-probe.js';
import { collapseLetterSpacing } from './letter-spacing.js';
import { normaliseSpaces, splitLongLine } from './linear-text.js';
import { detectColumns } from './pdf-layout.js';
import type { LayoutKind, LineRegion, ReadDocument, TextLine } from './types.js';

/**
 * Rebuilds reading order from pdf.js's positioned fragments: fragments on one baseline become a
 * line (a wide gap becomes a tab, so "Title ⇥ 2019 – 2021" stays one line with two fields), lines
 * run top to bottom, and columns are read one after the other — the header first, then the main
 * column over all pages, then the sidebar.
 */

interface Fragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  spaced: boolean;
}

const MAX_HEADER_ROWS = 6;

/**
 * The page's letter-spaced runs with their word breaks (from the glyph gaps), by their letters:
 * pdf.js's text puts one space between letters and between words alike.
 */
function spacedRunsByLetters(page: PdfPageLayout): Map<string, string[]> {
  const byLetters = new Map<string, string[]>();
  for (const run of page.spacedRuns ?? []) {
    const key = run.replace(/\s+/g, '');
    const list = byLetters.get(key);
    if (list) list.push(run);
    else byLetters.set(key, [run]);
  }
  return byLetters;
}

function toFragment(item: PdfTextItem, runs: Map<string, string[]>): Fragment | undefined {
  if (item.str.trim().length === 0) return undefined;
  let { text, spaced } = collapseLetterSpacing(item.str);
  // The same letters as a run the glyphs show letter-spaced (kerned pairs such as "H I S TO RY"
  // included), with its word gaps: "VIDEO PRODUCT ASSISTANT", not one word.
  const run = runs.size > 0 && item.str.includes(' ') ? runs.get(item.str.replace(/\s+/g, ''))?.shift() : undefined;
  if (run) ({ text, spaced } = collapseLetterSpacing(run));
  return { text, x: item.x, y: item.y, width: item.width, size: item.height || 10, font: item.fontName, spaced };
}

/** `push(...list)` throws past ~100k elements; a hostile page can have that many lines. */
function append(target: TextLine[], list: TextLine[]): void {
  for (const line of list) target.push(line);
}

function isSpaceAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && ch.trim().length === 0;
}

function buildLines(fragments: Fragment[], page: number, region: LineRegion): TextLine[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - f.y) <= Math.max(2, 0.4 * Math.min(anchor.size, f.size))) row.push(f);
    else rows.push([f]);
  }
  const lines: (TextLine & { y: number })[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    const fontChars = new Map<string, number>();
    let spaced = false;
    for (const f of row) {
      const gap = f.x - end;
      if (text.length > 0) {
        if (gap > Math.max(3 * f.size, 24)) text += '\t';
        // Character checks, not `/\s$/`: that regex rescans the growing row text (quadratic).
        else if (gap > 0.12 * f.size && !isSpaceAt(text, text.length - 1) && !isSpaceAt(f.text, 0)) text += ' ';
      }
      text += f.text;
      end = Math.max(end, f.x + f.width);
      size = Math.max(size, f.size);
      fontChars.set(f.font, (fontChars.get(f.font) ?? 0) + f.text.length);
      spaced ||= f.spaced;
    }
    const font = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const cleaned = normaliseSpaces(text).trim();
    if (!cleaned) continue;
    // A hostile row can be very long: it is split into capped lines, its text kept.
    for (const piece of splitLongLine(cleaned)) {
      lines.push({
        text: piece,
        page,
        region,
        x: row[0]!.x,
        right: end,
        y: row[0]!.y,
        size: Math.round(size * 10) / 10,
        font,
        gapBefore: 0,
        markedHeading: false,
        letterSpaced: spaced,
      });
    }
  }
  // Vertical gaps relative to the usual line pitch: a blank line shows as ≥ 0.5.
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) pitches.push(lines[i - 1]!.y - lines[i]!.y);
  const sortedPitches = pitches.filter((p) => p > 0).sort((a, b) => a - b);
  const pitch = sortedPitches[Math.floor(sortedPitches.length / 3)] ?? 12;
  for (let i = 1; i < lines.length; i++) {
    const dy = lines[i - 1]!.y - lines[i]!.y;
    lines[i]!.gapBefore = Math.max(0, Math.round(((dy - pitch) / pitch) * 100) / 100);
  }
  if (lines[0]) lines[0].gapBefore = 1;
  return lines.map(({ y: _y, ...line }) => line);
}

export function readPdfLayout(pages: PdfPageLayout[]): ReadDocument {
  const header: TextLine[] = [];
  const main: TextLine[] = [];
  const side: TextLine[] = [];
  let layout: LayoutKind | undefined;
  const fontChars = new Map<string, number>();
  const sizeChars = new Map<number, number>();

  pages.forEach((page, index) => {
    const number = index + 1;
    const runs = spacedRunsByLetters(page);
    const fragments = page.items.map((i) => toFragment(i, runs)).filter((f): f is Fragment => f !== undefined);
    for (const f of fragments) {
      fontChars.set(f.font, (fontChars.get(f.font) ?? 0) + f.text.length);
      const size = Math.round(f.size);
      sizeChars.set(size, (sizeChars.get(size) ?? 0) + f.text.length);
    }
    const columns = detectColumns(page.items, page.width);
    if (fragments.length > 0) layout ??= columns.kind;
    if (columns.split === undefined) {
      append(main, buildLines(fragments, number, 'main'));
      return;
    }
    const split = columns.split;
    let headerBelowY = columns.headerBelowY ?? Infinity;
    const above = fragments.filter((f) => f.y > headerBelowY);
    if (new Set(above.map((f) => Math.round(f.y))).size > MAX_HEADER_ROWS) headerBelowY = Infinity;
    const top: Fragment[] = [];
    const left: Fragment[] = [];
    const right: Fragment[] = [];
    for (const f of fragments) {
      if (f.y > headerBelowY) top.push(f);
      else if (f.x < split) left.push(f);
      else right.push(f);
    }
    if (top.length > 0) append(number === 1 ? header : main, buildLines(top, number, 'full'));
    if (columns.kind === 'sidebar-left') {
      append(side, buildLines(left, number, 'side'));
      append(main, buildLines(right, number, 'main'));
    } else if (columns.kind === 'sidebar-right') {
      append(main, buildLines(left, number, 'main'));
      append(side, buildLines(right, number, 'side'));
    } else {
      append(main, buildLines(left, number, 'main'));
      // The right column is read after the left; marking it keeps a section from running on.
      append(side, buildLines(right, number, 'side'));
    }
  });

  const bodyFont = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const bodySize = [...sizeChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const lines = [...header, ...main, ...(side.length > 0 ? side : [])];
  return { lines, layout: layout ?? 'single-column', bodyFont, bodySize };
}
