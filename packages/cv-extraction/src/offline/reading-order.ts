import type { PdfLink, PdfPageLayout, PdfTextItem } from '../intake/pdf-probe.js';
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
  /** The target of a Link annotation over the fragment. */
  url?: string;
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

/**
 * The target of the link whose area covers most of the fragment. A fragment's box runs from its
 * baseline minus descenders to about its size above; link areas are drawn around that box, give or
 * take, so "most of it" rather than "all of it".
 */
function linkOver(x: number, y: number, width: number, size: number, links: readonly PdfLink[]): string | undefined {
  const bottom = y - 0.2 * size;
  const top = y + 0.8 * size;
  for (const link of links) {
    const dx = Math.min(x + width, link.x + link.width) - Math.max(x, link.x);
    const dy = (Math.min(top, link.y + link.height) - Math.max(bottom, link.y)) / (top - bottom);
    if (dx < 0 || dy <= 0) continue;
    // A zero-width fragment (an icon glyph pdf.js could not measure) counts by its position.
    if ((width > 0 ? dx / width : 1) * dy >= 0.5) return link.url;
  }
  return undefined;
}

function toFragment(item: PdfTextItem, runs: Map<string, string[]>, links: readonly PdfLink[]): Fragment | undefined {
  if (item.str.trim().length === 0) return undefined;
  let { text, spaced } = collapseLetterSpacing(item.str);
  // The same letters as a run the glyphs show letter-spaced (kerned pairs such as "H I S TO RY"
  // included), with its word gaps: "VIDEO PRODUCT ASSISTANT", not one word.
  const run = runs.size > 0 && item.str.includes(' ') ? runs.get(item.str.replace(/\s+/g, ''))?.shift() : undefined;
  if (run) ({ text, spaced } = collapseLetterSpacing(run));
  const size = item.height || 10;
  const url = links.length > 0 ? linkOver(item.x, item.y, item.width, size, links) : undefined;
  return { text, x: item.x, y: item.y, width: item.width, size, font: item.fontName, spaced, ...(url && { url }) };
}

/** `push(...list)` throws past ~100k elements; a hostile page can have that many lines. */
function append(target: TextLine[], list: TextLine[]): void {
  for (const line of list) target.push(line);
}

function isSpaceAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && ch.trim().length === 0;
}

function buildLines(fragments: Fragment[], page: number, region: LineRegion, pageWidth = Infinity): TextLine[] {
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
    let url: string | undefined;
    let cellGap: { from: number; to: number } | undefined;
    for (const f of row) {
      const gap = f.x - end;
      if (text.length > 0) {
        if (gap > Math.max(3 * f.size, 24)) {
          text += '\t';
          cellGap ??= { from: end, to: f.x };
        }
        // Character checks, not `/\s$/`: that regex rescans the growing row text (quadratic).
        else if (gap > 0.12 * f.size && !isSpaceAt(text, text.length - 1) && !isSpaceAt(f.text, 0)) text += ' ';
      }
      text += f.text;
      end = Math.max(end, f.x + f.width);
      size = Math.max(size, f.size);
      fontChars.set(f.font, (fontChars.get(f.font) ?? 0) + f.text.length);
      spaced ||= f.spaced;
      // A web link outranks a mailto: an e-mail address is usually shown, a profile URL is not.
      if (f.url && (!url || (/^mailto:/i.test(url) && !/^mailto:/i.test(f.url)))) url = f.url;
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
        ...(url && { url }),
        ...(cellGap && { firstCellRight: cellGap.from, secondCellX: cellGap.to }),
        // Text reaching the page's edge was cut off there: its last word may be incomplete.
        ...(end >= pageWidth - 1 && { clipped: true }),
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

  let previousColumns: ReturnType<typeof detectColumns> | undefined;
  pages.forEach((page, index) => {
    const number = index + 1;
    const runs = spacedRunsByLetters(page);
    const fragments = page.items
      .map((i) => toFragment(i, runs, page.links ?? []))
      .filter((f): f is Fragment => f !== undefined);
    for (const f of fragments) {
      fontChars.set(f.font, (fontChars.get(f.font) ?? 0) + f.text.length);
      const size = Math.round(f.size);
      sizeChars.set(size, (sizeChars.get(size) ?? 0) + f.text.length);
    }
    let columns = detectColumns(page.items, page.width);
    // A short last page (a few sidebar lines beside one section) is too small to show its gutter:
    // the previous page's columns still hold when no text crosses them.
    if (columns.split === undefined && previousColumns?.split !== undefined) {
      const split = previousColumns.split;
      const crosses = page.items.some((i) => i.str.trim() && i.x < split - 1 && i.x + i.width > split + 1);
      const sides = new Set(page.items.filter((i) => i.str.trim()).map((i) => i.x + i.width / 2 < split));
      if (!crosses && sides.size === 2) columns = { kind: previousColumns.kind, split };
    }
    previousColumns = columns;
    if (fragments.length > 0) layout ??= columns.kind;
    if (columns.split === undefined) {
      append(main, buildLines(fragments, number, 'main', page.width));
      return;
    }
    const split = columns.split;
    let headerBelowY = columns.headerBelowY ?? Infinity;
    const above = fragments.filter((f) => f.y > headerBelowY);
    if (new Set(above.map((f) => Math.round(f.y))).size > MAX_HEADER_ROWS) headerBelowY = Infinity;
    const top: Fragment[] = [];
    const left: Fragment[] = [];
    const right: Fragment[] = [];
    // Above both columns is the page's header, except text within a sidebar's own width: a
    // sidebar starting higher than the main column ("CONTACT" over the name) is still the sidebar.
    const inSidebar = (f: Fragment) =>
      (columns.kind === 'sidebar-left' && f.x + f.width <= split) || (columns.kind === 'sidebar-right' && f.x >= split);
    for (const f of fragments) {
      if (f.y > headerBelowY && !inSidebar(f)) top.push(f);
      else if (f.x < split) left.push(f);
      else right.push(f);
    }
    if (top.length > 0) append(number === 1 ? header : main, buildLines(top, number, 'full', page.width));
    if (columns.kind === 'sidebar-left') {
      append(side, buildLines(left, number, 'side', page.width));
      append(main, buildLines(right, number, 'main', page.width));
    } else if (columns.kind === 'sidebar-right') {
      append(main, buildLines(left, number, 'main', page.width));
      append(side, buildLines(right, number, 'side', page.width));
    } else {
      append(main, buildLines(left, number, 'main', page.width));
      // The right column is read after the left; marking it keeps a section from running on.
      append(side, buildLines(right, number, 'side', page.width));
    }
  });

  const bodyFont = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const bodySize = [...sizeChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const lines = [...header, ...main, ...(side.length > 0 ? side : [])];
  return { lines, layout: layout ?? 'single-column', bodyFont, bodySize };
}
