import { findDateRange } from './date-parsing.js';
import { roleScore } from './field-parsing.js';
import { isEmphasised } from './segmentation.js';
import { isBullet, looksLikeSentence, splitFields, stripBullet, wordCount } from './text-utils.js';
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

export type DocStyle = Pick<ReadDocument, 'bodyFont' | 'bodySize' | 'layout' | 'language'>;

/** The line without its date range: what the line says beside the date. */
function besideDate(text: string, range: { index: number; length: number }): string {
  return text.slice(0, range.index) + text.slice(range.index + range.length);
}

export function isDateLine(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  const rest = besideDate(text, range).trim();
  if (rest.length === 0) return true;
  // A date inside a sentence ("in 2019 we launched…", "…used by the buyers since 2023") is not an
  // entry's date: a head sets its date apart (a tab, a bar, a dash) or has few other words.
  const before = text.slice(0, range.index).trimEnd();
  if (wordCount(rest) > 8 && /\p{L}$/u.test(before) && !/[|\t–—]|\s-\s/.test(text)) return false;
  return wordCount(rest) <= 16 && !/[.!?]$/.test(rest) && (range.length >= 6 || /[|\t,–—-]/.test(text));
}

/** A dated line that also names things: "B.S. Mathematics — Miami University ⇥ 2008 – 2012". */
function wholeHead(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  const rest = besideDate(text, range);
  return wordCount(rest.replace(/[|\t,–—-]/g, ' ')) >= 2;
}

/** A dated line naming a role and an organisation: "Title — Company ⇥ 2019 – 2021", "Title chez X ⇥ 2019". */
function namesTwoThings(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  const rest = besideDate(text, range);
  if (/\s(?:at|@|chez|bei|en|presso|bij)\s+\p{Lu}/u.test(rest)) return true;
  // "Graduated: May 2011 | GPA: 3.9 | Dean's List" names no organisation: labelled fields do not count.
  return splitFields(rest).filter((f) => /\p{L}{2}/u.test(f) && !f.includes(':')).length >= 2;
}

function headerLike(line: TextLine): boolean {
  if (isBullet(line.text)) return false;
  if (line.text.length > 200) return false;
  if (/\t|\s\|\s/.test(line.text)) return true;
  return !looksLikeSentence(line.text) && wordCount(line.text) <= 16;
}

/**
 * A line the layout wrapped, told by where the line above stopped: its first word would not have
 * fitted in the room left there ("… an zwei" / "Standorten"). A line above that stopped short,
 * with room for that word, ended on purpose: one achievement per line, without glyphs or periods.
 */
function continuesByFit(last: TextLine, line: TextLine, widest: number, doc: DocStyle): boolean {
  if (isBullet(last.text) || isDateLine(last.text) || last.text.includes('\t') || line.text.includes('\t'))
    return false;
  if (Math.abs(line.x - last.x) >= 3 || line.size !== last.size || line.gapBefore >= 0.2) return false;
  if (line.font !== last.font && isEmphasised(line, doc) !== isEmphasised(last, doc)) return false;
  if (/^[^:]{2,40}:\s/.test(line.text)) return false;
  // Short lines are list items (a sidebar's "English — Native"), not prose the layout wrapped.
  if (wordCount(last.text) < 5) return false;
  if (runsOn(last.text)) return true;
  // A capital after a line that ends cleanly starts the next item more often than it wraps one
  // (not in German, whose nouns are capitalised anywhere in a sentence).
  return (doc.language === 'de' || /^\p{Ll}/u.test(line.text)) && !firstWordFits(last, line, widest);
}

/** A line that cannot end there: a trailing comma or joining word ("…, Pinterest, and"). */
function runsOn(text: string): boolean {
  return /(?:[,;&–—-]|\s(?:and|or|of|for|the|with|to|in|at|et|ou|de|des|du|la|le|les|y|o|en|con|del|und|oder|für|mit|von|der|die|das))$/iu.test(
    text.trimEnd(),
  );
}

/** Whether the first word of `line` would have fitted at the end of `last`, in a column `widest` wide. */
function firstWordFits(last: TextLine, line: TextLine, widest: number): boolean {
  if (line.right <= line.x) return true;
  const charWidth = (line.right - line.x) / Math.max(1, line.text.length);
  const firstWord = line.text.trim().split(/\s+/)[0] ?? '';
  return (firstWord.length + 1) * charWidth <= widest - last.right;
}

/** PDF lines wrapped inside a bullet or a paragraph are joined back. */
export function joinWrapped(lines: TextLine[], doc: DocStyle): TextLine[] {
  if (doc.layout === 'text') return lines;
  const out: TextLine[] = [];
  const widest = lines.reduce((max, l) => Math.max(max, l.right), 0);
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !isBullet(line.text) && line.gapBefore < 0.45 && !/[.!?:]$/.test(last.text) && !isDateLine(line.text)) {
      const continuesBullet = isBullet(last.text) && line.x > last.x + 2;
      // A visible gap before a capitalised line, after a line that does not run on (a comma, "and"),
      // starts a new item: one achievement per line, spaced a little apart.
      const spacedApart = line.gapBefore >= 0.08 && /^\p{Lu}/u.test(line.text) && !runsOn(last.text);
      const continuesParagraph =
        !spacedApart &&
        !isBullet(last.text) &&
        // A job's head ("Title — Company ⇥ 2021 – Present") is not a paragraph's first line, nor
        // is an emphasised line followed by body text.
        !isDateLine(last.text) &&
        (line.font === last.font || !isEmphasised(last, doc)) &&
        // "Technical: SQL, Python" starts a line of its own.
        !/^[^:]{2,40}:\s/.test(line.text) &&
        looksLikeSentence(last.text + ' ' + line.text) &&
        last.right >= widest * 0.8 &&
        // …and the line above had no room left for this line's first word (greedy wrapping).
        (last.right >= widest * 0.95 || !firstWordFits(last, line, widest)) &&
        // A capital after a line ending cleanly short of the edge starts the next one-line item.
        (doc.language === 'de' || /^\p{Ll}/u.test(line.text) || runsOn(last.text) || last.right >= widest * 0.97) &&
        Math.abs(line.x - last.x) < 3 &&
        // An italic paragraph under a job is emphasised throughout: its lines still run on.
        (!isEmphasised(line, doc) ||
          (line.font === last.font && line.size === last.size && line.gapBefore < 0.2 && last.text.length >= 60));
      if (
        continuesBullet ||
        continuesParagraph ||
        (isBullet(last.text) && /^\p{Ll}/u.test(line.text)) ||
        (!spacedApart && continuesByFit(last, line, widest, doc))
      ) {
        // The joined line ends where its last piece ends: a short last piece means the next line
        // starts something new.
        out[out.length - 1] = { ...last, text: `${last.text} ${line.text}`, right: line.right };
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

const MAX_HEAD_JOINS = 3;

/**
 * A head line the template wrapped ("Master of Science in Dietary Education, Golden Valley ⇥ Golden
 * Valley" over "University"): the next line, in the same font at the same place right under it,
 * starts with a word that would not have fitted in the room left on the line (before the
 * right-hand cell, or before the column's edge).
 */
function wrapsOnto(
  previous: TextLine,
  line: TextLine,
  columnRight: number,
  previousDated: boolean,
  bodySize: number,
): boolean {
  if (line.page !== previous.page || line.region !== previous.region) return false;
  // Gaps are measured against the body text's line pitch: display type (a 16 pt head over 9 pt
  // body) has a taller pitch of its own, so its wrapped lines show a gap of about half a line.
  const maxGap = bodySize > 0 && line.size >= 1.4 * bodySize ? 0.6 : 0.2;
  if (line.gapBefore >= maxGap) return false;
  if (Math.abs(line.x - previous.x) >= 3 || line.size !== previous.size) return false;
  // In another font, only when the line above ran to the column's edge (a head whose dates follow
  // the title in the same run of text: "… — Université Claude 2012 – 2014" / "Bernard Lyon 1").
  if (line.font !== previous.font && (previous.secondCellX !== undefined || previous.right < columnRight - 2))
    return false;
  if (line.text.includes('\t') || isBullet(line.text) || previous.right <= previous.x) return false;
  // A job title under "Acme Corp ⇥ London" is the next field, not the rest of the company's name.
  if (roleScore(line.text) > 0) return false;
  const cell = previous.text.split('\t')[0]!;
  // "Principal Biologist — Helix &" ⇥ dates, then "Rowe Therapeutics": a cell cannot end on a joiner.
  if (runsOn(cell)) return true;
  // Under a row with a right-hand cell ("…, Wisconsin ⇥ Madisonville"), the template wraps its
  // left cell at a width of its own: a short run-on line in the same type is the rest of it.
  if (!previousDated && previous.secondCellX !== undefined && line.text.trim().split(/\s+/).length <= 3) return true;
  // Beside a dates cell the gap before it says nothing about the room left: only the column's edge does.
  if (previousDated && previous.secondCellX !== undefined) return false;
  const cellRight = previous.firstCellRight ?? previous.right;
  const charWidth = (cellRight - previous.x) / Math.max(1, cell.length);
  const room =
    previous.secondCellX !== undefined && previous.firstCellRight !== undefined
      ? previous.secondCellX - previous.firstCellRight - 2 * charWidth
      : columnRight - previous.right;
  const firstWord = line.text.split(/\s+/)[0] ?? '';
  return (firstWord.length + 1) * charWidth > room;
}

/** The wrapped part goes back into the first cell: "…, Golden Valley University ⇥ Golden Valley". */
function unwrapped(previous: TextLine, line: TextLine): TextLine {
  const [cell, ...cells] = previous.text.split('\t');
  return { ...previous, text: [`${cell!} ${line.text.trim()}`, ...cells].join('\t') };
}

/**
 * A table row whose left cell the template wrapped beside the body ("Product Owner – Onboarding ⇥
 * Banco Turia ⇥ 2017 – 2021" over "Digital ⇥ Responsable del alta…"): the short first cell of the
 * next row, at the same place, whose first word would not have fitted in the left column, is the
 * rest of the cell above; the row's other cells are the body they stand beside.
 */
function unwrapLeftCells(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const moved = previous && leftCellWrap(previous, line);
    if (!previous || !moved) {
      out.push(line);
      continue;
    }
    const [cell, ...cells] = previous.text.split('\t');
    out[out.length - 1] = { ...previous, text: [`${cell!} ${moved.cell}`, ...cells].join('\t') };
    const { firstCellRight: _first, secondCellX: _second, ...rest } = line;
    out.push({ ...rest, text: moved.rest, x: line.secondCellX! });
  }
  return out;
}

function leftCellWrap(previous: TextLine, line: TextLine): { cell: string; rest: string } | undefined {
  if (previous.secondCellX === undefined || previous.firstCellRight === undefined || line.secondCellX === undefined)
    return undefined;
  if (line.page !== previous.page || line.region !== previous.region || line.size !== previous.size) return undefined;
  if (Math.abs(line.x - previous.x) >= 3 || line.gapBefore >= 0.2 || line.secondCellX < previous.firstCellRight)
    return undefined;
  // Only under an entry's head ("Title ⇥ Employer ⇥ dates"): cells stacked on purpose in a label
  // column ("Operations Manager" over "Rotterdam Port Authority", "Position" over "Duties") stay apart.
  const cells = previous.text.split('\t');
  if (cells.length < 3 && !findDateRange(previous.text)) return undefined;
  const tab = line.text.indexOf('\t');
  const cell = line.text.slice(0, tab).trim();
  const above = cells[0]!;
  if (wordCount(cell) > 3 || isBullet(cell) || isDateLine(cell) || isDateLine(above)) return undefined;
  const charWidth = (previous.firstCellRight - previous.x) / Math.max(1, above.length);
  const room = Math.min(previous.secondCellX, line.secondCellX) - previous.firstCellRight - 2 * charWidth;
  const firstWord = cell.split(/\s+/)[0] ?? '';
  if ((firstWord.length + 1) * charWidth <= room) return undefined;
  return { cell, rest: line.text.slice(tab + 1).trim() };
}

export function splitEntries(input: TextLine[], doc: DocStyle): Entry[] {
  const lines = joinWrapped(doc.layout === 'text' ? input : unwrapLeftCells(input), doc);
  const dated = lines.map((l) => !isBullet(l.text) && isDateLine(l.text));
  const anyDates = dated.some(Boolean);
  // Dates on a line of their own above each entry ("2016 – 2018" / "MBA — Kühne Logistics
  // University"), as in a two-column table read row by row: each such line starts an entry.
  const bareDate = (i: number) =>
    dated[i] === true && wholeHead(lines[i]!.text) === false && !lines[i]!.text.includes('\t');
  const datesFirst = bareDate(0) && lines.filter((_, i) => bareDate(i)).length >= 2;
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

  const columnRight = lines.reduce((max, l) => Math.max(max, l.right), 0);
  let lastHead: TextLine | undefined;
  // A head wraps over two or three lines; more would be a run of lines joined one by one (and,
  // on a hostile page, rebuilt for each line: quadratic).
  let joins = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    const bullet = isBullet(text);
    const previous = lines[i - 1];
    if (
      current &&
      !inBody &&
      lastHead !== undefined &&
      lastHead === previous &&
      !dated[i] &&
      doc.layout !== 'text' &&
      joins < MAX_HEAD_JOINS &&
      wrapsOnto(previous, line, columnRight, dated[i - 1] === true, doc.bodySize)
    ) {
      joins++;
      lastHead = unwrapped(previous, line);
      lines[i] = lastHead;
      current.head[current.head.length - 1] = lastHead.text.trim();
      continue;
    }
    let starts = false;
    if (!current) starts = true;
    else if (!bullet && headerLike(line)) {
      if (datesFirst) starts = bareDate(i);
      else if (anyDates)
        starts = dateAhead(i) && (currentHasDate || inBody) && !(dated[i] && !inBody && !currentHasDate);
      else starts = inBody && (isEmphasised(line, doc) || line.gapBefore >= 0.5);
      // A one-line achievement right above a whole head ("Title — Company, City ⇥ dates") ends the
      // previous entry's body; the head starts the next entry.
      // (Also right under a whole head: "seit 2021 ⇥ Title — Company" then its one line of body.)
      // (Also right under a whole head, when the line reads as an achievement, not a company line
      // of the next entry: "seit 2021 ⇥ Title — Company" then "Vorlesung GMP und … Biotechnologie".)
      const achievement = /[.!]$/.test(text) || /^\p{Ll}/u.test(text) || wordCount(text) > 4;
      if (starts && !dated[i] && (inBody || (achievement && current.head.some((h) => namesTwoThings(h))))) {
        const head = [i + 1, i + 2].find((j) => dated[j]);
        if (head !== undefined && namesTwoThings(lines[head]!.text)) starts = false;
      }
      // A second date line right under the first belongs to a new entry only after a body, or when
      // both are whole heads ("M.S. Computer Science — Ohio State ⇥ 2012 – 2014" then "B.S. …").
      if (
        starts &&
        dated[i] &&
        currentHasDate &&
        !inBody &&
        current.head.length <= 1 &&
        !(wholeHead(text) && wholeHead(current.head[0]!))
      )
        starts = false;
    }
    if (starts || !current) {
      current = { head: [], body: [], bullets: [], paragraphs: [], ordered: [] };
      entries.push(current);
      joins = 0;
      currentHasDate = false;
      inBody = false;
      headAfterDate = 0;
    }
    const afterDateOk =
      !currentHasDate ||
      (headAfterDate === 0 && wordCount(text) <= 8) ||
      // Under "Company — Title" a short line is its place ("Bremen").
      (datesFirst && headAfterDate === 1 && wordCount(text) <= 4);
    // Under a whole head ("Title — Company ⇥ dates") only a place line ("Toulouse, France") is head.
    const headComplete = !dated[i] && wordCount(text) > 4 && current.head.some((h) => namesTwoThings(h));
    if (
      !inBody &&
      !bullet &&
      headerLike(line) &&
      afterDateOk &&
      !headComplete &&
      (current.head.length < 4 || dated[i])
    ) {
      current.head.push(text);
      lastHead = line;
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
