import type { PdfLink, PdfPageLayout, PdfTextItem } from '../intake/pdf-probe.js';
import { collapseLetterSpacing } from './letter-spacing.js';
import { normaliseSpaces, splitLongLine, trimChars } from './linear-text.js';
import { detectColumns } from './pdf-layout.js';
import { isBullet } from './text-utils.js';
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

/** The links whose areas cross the fragment's line (at least half its height), left to right. */
function linksAcross(fragment: Fragment, links: readonly PdfLink[]): PdfLink[] {
  const bottom = fragment.y - 0.2 * fragment.size;
  const top = fragment.y + 0.8 * fragment.size;
  return links
    .filter((link) => {
      const dx = Math.min(fragment.x + fragment.width, link.x + link.width) - Math.max(fragment.x, link.x);
      const dy = (Math.min(top, link.y + link.height) - Math.max(bottom, link.y)) / (top - bottom);
      return dx > 0 && dy >= 0.5;
    })
    .sort((a, b) => a.x - b.x);
}

/**
 * One text fragment under several links ("LinkedIn, Pinterest, Resume Templates" drawn as one run
 * with a Link annotation over each word) is cut where the links start and end, each piece with its
 * own target. Glyph widths are not known here: positions are spread evenly over the characters,
 * which is close enough to find the gaps between the captions.
 */
function splitByLinks(fragment: Fragment, links: readonly PdfLink[]): Fragment[] {
  if (fragment.text.length < 2 || fragment.width <= 0) return [fragment];
  const perChar = fragment.width / fragment.text.length;
  const covered = (l: PdfLink) => Math.min(fragment.x + fragment.width, l.x + l.width) - Math.max(fragment.x, l.x);
  // A link's area brushing the fragment's edge (less than two characters of it) is a neighbour's.
  const over = linksAcross(fragment, links).filter((l) => covered(l) >= 2 * perChar);
  // One link over part of the run ("LinkedIn, Pinterest," with a link on "Pinterest" only) cuts it too.
  const partly = over.length === 1 && covered(over[0]!) < 0.8 * fragment.width;
  if (new Set(over.map((l) => l.url)).size < 2 && !partly) return [fragment];
  const text = fragment.text;
  const inWord = (i: number) =>
    i > 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i - 1]!) && /[\p{L}\p{N}]/u.test(text[i]!);
  // Even spacing is off by a character or two over a run: a cut inside a word moves to its edge.
  const snap = (i: number) => {
    for (let d = 0; d <= 3; d++) {
      if (!inWord(i - d)) return i - d;
      if (!inWord(i + d)) return i + d;
    }
    return i;
  };
  const at = (x: number) => snap(Math.max(0, Math.min(text.length, Math.round((x - fragment.x) / perChar))));
  const pieces: Fragment[] = [];
  let from = 0;
  const push = (to: number, url?: string) => {
    if (to <= from) return;
    const text = fragment.text.slice(from, to);
    pieces.push({ ...fragment, text, x: fragment.x + from * perChar, width: (to - from) * perChar, url });
    from = to;
  };
  for (const link of over) {
    const start = Math.max(from, at(link.x));
    push(start);
    push(Math.max(start, at(link.x + link.width)), link.url);
  }
  push(fragment.text.length);
  return pieces.map(({ url, ...piece }) => (url && piece.text.trim() ? { ...piece, url } : piece));
}

function toFragments(item: PdfTextItem, runs: Map<string, string[]>, links: readonly PdfLink[]): Fragment[] {
  if (item.str.trim().length === 0) return [];
  let { text, spaced } = collapseLetterSpacing(item.str);
  // The same letters as a run the glyphs show letter-spaced (kerned pairs such as "H I S TO RY"
  // included), with its word gaps: "VIDEO PRODUCT ASSISTANT", not one word.
  const run = runs.size > 0 && item.str.includes(' ') ? runs.get(item.str.replace(/\s+/g, ''))?.shift() : undefined;
  if (run) ({ text, spaced } = collapseLetterSpacing(run));
  const size = item.height || 10;
  const fragment: Fragment = { text, x: item.x, y: item.y, width: item.width, size, font: item.fontName, spaced };
  if (links.length === 0) return [fragment];
  const pieces = splitByLinks(fragment, links);
  if (pieces.length > 1) return pieces;
  const url = linkOver(item.x, item.y, item.width, size, links);
  return url ? [{ ...fragment, url }] : [fragment];
}

/** `push(...list)` throws past ~100k elements; a hostile page can have that many lines. */
function append(target: TextLine[], list: TextLine[]): void {
  for (const line of list) target.push(line);
}

function isSpaceAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && ch.trim().length === 0;
}

const CAPTION_SEPARATORS = ',;:|·•';

/**
 * A row of link captions ("LinkedIn, Pinterest", "LINKS ⇥ GitHub · Portfolio"): each caption
 * counts on its own when the row holds two targets, or one under only part of it, and nothing
 * but separators and at most one label word besides. Links inside a sentence (a bullet's
 * "published on GitHub") are the sentence's, not the person's profiles.
 */
function linkRow(links: { text: string; url: string }[], text: string): boolean {
  if (links.length === 0) return false;
  if (new Set(links.map((l) => l.url)).size < 2 && links[0]!.text.length >= 0.8 * text.length) return false;
  let rest = text;
  for (const link of links) rest = rest.replace(link.text, ' ');
  const words = rest.split(/[\s,;:|·•\t]+/).filter((w) => w.length > 0);
  return words.length <= 1;
}

const WIDE_GAP = (f: Fragment) => Math.max(3 * f.size, 24);

/**
 * Where the block's cells start: x positions where at least three rows start a line or a cell
 * after a wide gap (a label column's content, a table's second column). Rounded to whole points.
 */
function cellGrid(rows: Fragment[][]): (x: number) => boolean {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const seen = new Set<number>();
    let end = -Infinity;
    row.forEach((f, i) => {
      if (i === 0 || f.x - end > WIDE_GAP(f)) seen.add(Math.round(f.x));
      end = Math.max(end, f.x + f.width);
    });
    for (const x of seen) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const count = (x: number) => (counts.get(x - 1) ?? 0) + (counts.get(x) ?? 0) + (counts.get(x + 1) ?? 0);
  return (x) => count(Math.round(x)) >= 3;
}

/**
 * A cell break: a wide gap, or a gap of over an em that ends where other rows start a cell (a
 * job title that nearly fills its label column, "Consultora de Analítica Digital" ⇥ "Nexo
 * Consulting"). Not after a bullet glyph or a list number, whose text often hangs at its own column.
 */
function isCellGap(gap: number, f: Fragment, previous: Fragment | undefined, onGrid: (x: number) => boolean): boolean {
  if (gap > WIDE_GAP(f)) return true;
  if (gap <= f.size || previous === undefined || !onGrid(f.x)) return false;
  return !isListMarker(previous.text);
}

/** "•", "", "o", "3.", "a)", "iv." alone: a list item's marker, whose text hangs at a column of its own. */
function isListMarker(text: string): boolean {
  const marker = text.trim();
  return (
    marker.length <= 5 &&
    (/^[\p{P}\p{S}\p{Co}\d\s]+$/u.test(marker) || /^(?:o|[\p{L}\d]{1,4}[.)])$/u.test(marker) || isBullet(marker))
  );
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
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const onGrid = cellGrid(rows);
  const lines: (TextLine & { y: number })[] = [];
  for (const row of rows) {
    let text = '';
    let end = -Infinity;
    let size = 0;
    const fontChars = new Map<string, number>();
    let spaced = false;
    let url: string | undefined;
    // Where each link's captions start and end in `text`.
    const linked: { from: number; to: number; url: string }[] = [];
    let cellGap: { from: number; to: number } | undefined;
    let previous: Fragment | undefined;
    for (const f of row) {
      const gap = f.x - end;
      if (text.length > 0) {
        if (isCellGap(gap, f, previous, onGrid)) {
          text += '\t';
          cellGap ??= { from: end, to: f.x };
        }
        // Character checks, not `/\s$/`: that regex rescans the growing row text (quadratic).
        else if (gap > 0.12 * f.size && !isSpaceAt(text, text.length - 1) && !isSpaceAt(f.text, 0)) text += ' ';
      }
      const from = text.length;
      text += f.text;
      end = Math.max(end, f.x + f.width);
      size = Math.max(size, f.size);
      fontChars.set(f.font, (fontChars.get(f.font) ?? 0) + f.text.length);
      spaced ||= f.spaced;
      // A web link outranks a mailto: an e-mail address is usually shown, a profile URL is not.
      if (f.url && (!url || (/^mailto:/i.test(url) && !/^mailto:/i.test(f.url)))) url = f.url;
      if (f.url) {
        const last = linked[linked.length - 1];
        if (last?.url === f.url && previous?.url === f.url) last.to = text.length;
        else linked.push({ from, to: text.length, url: f.url });
      }
      previous = f;
    }
    const links = linked
      .map((l) => ({ text: trimChars(text.slice(l.from, l.to), CAPTION_SEPARATORS), url: l.url }))
      .filter((l) => l.text.length > 0);
    const font = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const cleaned = normaliseSpaces(text).trim();
    if (!cleaned) continue;
    // A hostile row can be very long: it is split into capped lines, its text kept.
    const pieces = splitLongLine(cleaned);
    const captions = pieces.length === 1 && linkRow(links, cleaned);
    for (const piece of pieces) {
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
        ...(captions && { links }),
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
    const fragments = page.items.flatMap((i) => toFragments(i, runs, page.links ?? []));
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
