import type { PdfTextItem } from '../intake/pdf-probe.js';
import type { LayoutKind } from './types.js';

/**
 * Column detection on one page: a vertical gutter that no text crosses over most of the page
 * height splits the page into two columns; the narrower one, when clearly narrower, is a sidebar.
 * Text above where both columns start (a name and title spanning the page) is the page's header.
 */

export interface PageColumns {
  kind: LayoutKind;
  /** x of the gutter's middle; undefined for a single column. */
  split?: number;
  /** The y (from the bottom) above which text belongs to the header. */
  headerBelowY?: number;
}

const MIN_GUTTER = 8;

function chars(items: PdfTextItem[]): number {
  return items.reduce((n, i) => n + i.str.length, 0);
}

/** Loops, not `Math.min(...list)`: spreading a hostile page's 100k+ items overflows the stack. */
function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}

function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

function verticalSpan(items: PdfTextItem[]): number {
  if (items.length === 0) return 0;
  let top = -Infinity;
  let bottom = Infinity;
  for (const i of items) {
    top = Math.max(top, i.y + i.height);
    bottom = Math.min(bottom, i.y);
  }
  return top - bottom;
}

function distinctRows(items: PdfTextItem[]): number[] {
  const ys = [...new Set(items.map((i) => Math.round(i.y)))].sort((a, b) => b - a);
  const rows: number[] = [];
  for (const y of ys) if (rows.length === 0 || Math.abs(rows[rows.length - 1]! - y) > 2) rows.push(y);
  return rows;
}

/**
 * Rows shared by both sides mean a table-like single column (dates on the left, entries on the
 * right, row by row), which must be read across, not column by column.
 */
function rowAligned(left: PdfTextItem[], right: PdfTextItem[]): boolean {
  const leftRows = distinctRows(left);
  const rightRows = distinctRows(right);
  if (leftRows.length === 0) return false;
  const shared = leftRows.filter((y) => rightRows.some((r) => Math.abs(r - y) <= 2)).length;
  return shared / Math.min(leftRows.length, rightRows.length) >= 0.6;
}

export function detectColumns(items: PdfTextItem[], pageWidth: number): PageColumns {
  const text = items.filter((i) => i.str.trim().length > 0 && i.width > 0);
  if (text.length < 8) return { kind: 'single-column' };
  const minX = minOf(text.map((i) => i.x));
  const maxX = maxOf(
    text.map((i) => i.x + i.width),
    pageWidth * 0.5,
  );
  const top = maxOf(text.map((i) => i.y));
  const width = maxX - minX;
  const totalChars = chars(text);
  const contentHeight = verticalSpan(text);

  let best: { split: number; score: number } | undefined;
  let runStart: number | undefined;
  const step = 2;
  const from = minX + width * 0.12;
  const to = maxX - width * 0.12;
  const evaluate = (start: number, end: number) => {
    if (end - start < MIN_GUTTER) return;
    const split = (start + end) / 2;
    const left = text.filter((i) => i.x + i.width / 2 < split);
    const right = text.filter((i) => i.x + i.width / 2 >= split);
    const leftChars = chars(left);
    const rightChars = chars(right);
    if (leftChars < totalChars * 0.08 || rightChars < totalChars * 0.08) return;
    if (verticalSpan(left) < contentHeight * 0.35 || verticalSpan(right) < contentHeight * 0.35) return;
    if (distinctRows(left).length < 4 || distinctRows(right).length < 4) return;
    if (rowAligned(left, right)) return;
    const score = Math.min(leftChars, rightChars) * Math.min(end - start, 40);
    if (!best || score > best.score) best = { split, score };
  };
  for (let s = from; s <= to; s += step) {
    const crossing = text.filter((i) => i.x < s - 1 && i.x + i.width > s + 1);
    // A name or a contact line spanning both columns is allowed: a little text, high on the page.
    const crossingChars = chars(crossing);
    const highOnly = crossing.every((i) => i.y > top - contentHeight * 0.3);
    const clear = crossing.length === 0 || (crossingChars <= totalChars * 0.1 && highOnly) || crossing.length <= 1;
    if (clear) runStart ??= s;
    else if (runStart !== undefined) {
      evaluate(runStart, s - step);
      runStart = undefined;
    }
  }
  if (runStart !== undefined) evaluate(runStart, to);
  if (!best) return { kind: 'single-column' };
  const split = (best as { split: number }).split;
  const left = text.filter((i) => i.x + i.width / 2 < split && !(i.x < split - 1 && i.x + i.width > split + 1));
  const right = text.filter((i) => i.x + i.width / 2 >= split && !(i.x < split - 1 && i.x + i.width > split + 1));
  const leftWidth = split - minX;
  const rightWidth = maxX - split;
  const kind: LayoutKind =
    leftWidth < width * 0.4 ? 'sidebar-left' : rightWidth < width * 0.4 ? 'sidebar-right' : 'two-column';
  const topOf = (list: PdfTextItem[]) => maxOf(list.map((i) => i.y));
  return { kind, split, headerBelowY: Math.min(topOf(left), topOf(right)) + 2 };
}
