import type {
  Achievement,
  AchievementsSection,
  CertificationItem,
  CertificationsSection,
  CourseItem,
  CoursesSection,
  Membership,
  MembershipsSection,
  Patent,
  PatentsSection,
  ProjectItem,
  ProjectsSection,
  Publication,
  PublicationsSection,
  SpeakingEngagement,
  SpeakingSection,
  Testimonial,
  TestimonialsSection,
} from '../../cv-data.js';
import { findLinks, parseLocation } from '../contact-parsing.js';
import { findDateRange, findDates, withoutRange } from '../date-parsing.js';
import { splitEntries, type DocStyle, type Entry } from '../entries.js';
import { rangeOf, roleAndOrganisation, parseHead } from '../field-parsing.js';
import type { Section } from '../segmentation.js';
import { fold, isBullet, looksLikeSentence, splitFields, splitList, stripBullet } from '../text-utils.js';
import type { TextLine } from '../types.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import { dropDanglingSeparators, trimChars, trimEndChars } from '../linear-text.js';

/**
 * Sections whose items are mostly one line each (certifications, courses, awards, memberships,
 * patents, publications, talks) or a short block (projects, testimonials).
 */

interface Block {
  text: string;
  body: string[];
}

/** A line that is only a date or a period ("Jan 2020 — Jun 2021", "seit 2016", "10/2022"). */
function isDateOnly(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(0, range.index) + text.slice(range.index + range.length));
}

/**
 * A line that cannot end an item: a dangling comma, dash or joining word ("…, Project
 * Management" over "(CAPM) …", "Society (ISCB) —" over "Member"). Only the line's last few
 * characters are tested, so the pattern's cost does not grow with the line.
 */
const DANGLING_END =
  /(?:[,&/+–—-]|(?<![\p{L}])(?:of|and|for|in|on|at|by|the|to|with|de|del|des|du|la|le|les|en|et|y|e|der|die|das|den|dem|f[uü]r|und|von|im|di|da|van|och|f[oö]r))$/iu;

function danglingEnd(text: string): boolean {
  return DANGLING_END.test(text.trimEnd().slice(-24));
}

/** The next line's first word would not have fitted in the room the line left before the column's edge. */
function wouldNotFit(previous: TextLine, line: TextLine, columnRight: number): boolean {
  const width = previous.right - previous.x;
  if (width <= 0 || columnRight <= previous.right) return false;
  const charWidth = width / Math.max(1, previous.text.length);
  const text = line.text.trimStart();
  const space = text.indexOf(' ');
  const firstWord = space < 0 ? text : text.slice(0, space);
  return (firstWord.length + 1) * charWidth > columnRight - previous.right;
}

/**
 * Where a PDF line continues the item above: `'first'` into its first cell (a head whose
 * right-hand cell holds the dates), `'last'` onto its end, `undefined` when it starts a new
 * item. A line wraps when the one above cannot end there (a dangling comma or word), when it
 * starts in lower case or with a bracket, or when its first word would not have fitted on the
 * line above. The widest line of the section is not known to be short of the column's edge, so
 * it runs on only for the first two reasons: a list of full-width one-line items stays a list.
 * `row` is the item's first line, `previous` the line right above (both as read, so each test
 * costs the length of one line, however many lines the item has).
 */
function continuation(
  row: TextLine,
  previous: TextLine,
  firstCell: string,
  line: TextLine,
  columnRight: number,
): 'first' | 'last' | undefined {
  if (previous.page !== line.page || previous.region !== line.region || line.gapBefore >= 0.45) return undefined;
  const text = line.text.trim();
  if (isBullet(text) || text.includes('\t') || isDateOnly(text) || isDateOnly(previous.text)) return undefined;
  const lowerStart = /^[\p{Ll}(]/u.test(text);
  if (isBullet(row.text)) {
    if (/[.!?;:]$/.test(previous.text.trimEnd())) return undefined;
    return line.x > row.x + 2 || lowerStart ? 'last' : undefined;
  }
  const atCell = row.secondCellX !== undefined && Math.abs(line.x - row.secondCellX) < 3;
  if (!atCell && Math.abs(line.x - previous.x) >= 3) return undefined;
  if (previous.size > 0 && line.size > 0 && Math.abs(previous.size - line.size) > 0.6) return undefined;
  // Under a row with cells ("Society (ISCB) — ⇥ since 2012"), a line at the row's start wraps its first cell.
  const intoFirst = !atCell && row.text.includes('\t') && Math.abs(line.x - row.x) < 3;
  const end = (intoFirst ? firstCell : previous.text).trimEnd();
  if (/[.!?;:]$/.test(end)) return undefined;
  if (intoFirst) return danglingEnd(end) || lowerStart ? 'first' : undefined;
  // A line starting in lower case ("dbt Labs …") continues only a line that filled its width.
  const full = previous.right >= columnRight * 0.8;
  if (danglingEnd(end) || (lowerStart && full)) return 'last';
  // Under a label column's content cell, a description is as likely as the rest of the row: the
  // room left on the row says nothing there.
  return !atCell && wouldNotFit(previous, line, columnRight) ? 'last' : undefined;
}

/** A list section's lines, with the lines the template wrapped joined back (PDF only). */
function listLines(input: TextLine[], doc: DocStyle): TextLine[] {
  if (doc.layout === 'text') return input;
  let columnRight = 0;
  for (const line of input) columnRight = Math.max(columnRight, line.right);
  const out: TextLine[] = [];
  // The item being joined: its first line, the line read last, and its text in parts (joined
  // once at the end, so a long run of wrapped lines costs linear time).
  let row: TextLine | undefined;
  let previous: TextLine | undefined;
  let first: string[] = [];
  let cells = '';
  let after: string[] = [];
  const flush = () => {
    if (row) out.push({ ...row, text: [first.join(' ') + cells, ...after].join(' ') });
  };
  for (const line of input) {
    const joins =
      row && previous ? continuation(row, previous, first[first.length - 1]!, line, columnRight) : undefined;
    if (joins === 'first') first.push(line.text.trim());
    else if (joins === 'last') after.push(line.text.trim());
    else {
      flush();
      row = line;
      const tab = line.text.indexOf('\t');
      first = [tab < 0 ? line.text.trimEnd() : line.text.slice(0, tab).trimEnd()];
      cells = tab < 0 ? '' : line.text.slice(tab).trimEnd();
      after = [];
    }
    previous = line;
  }
  flush();
  return out;
}

function sameStyle(a: TextLine, b: TextLine): boolean {
  return a.font === b.font && Math.abs(a.size - b.size) <= 0.6;
}

/** Title, organisation, place: more lines above one item's dates are items of their own. */
const MAX_HEAD_LINES = 3;

/**
 * Items whose dates stand on a line of their own, under each item's head ("Course, School" /
 * "Jan 2020 — Jun 2021") or above it (a DOCX "2021" / "Certificate — Issuer"). Under the dates, a
 * line in another type than the heads (or a bullet, or a sentence) is the item's description;
 * the next item's head is the run of head-like lines right above its dates.
 */
function datedBlocks(lines: TextLine[], dated: boolean[], doc: DocStyle): Block[] {
  const blocks: Block[] = [];
  const text = doc.layout === 'text';
  if (dated[0]) {
    let head: TextLine | undefined;
    let heads = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (dated[i]) {
        blocks.push({ text: line.text.trim(), body: [] });
        head = undefined;
        heads = 0;
        continue;
      }
      const block = blocks[blocks.length - 1]!;
      const value = line.text.trim();
      const isHead =
        !isBullet(value) &&
        heads < MAX_HEAD_LINES &&
        (head === undefined || (sameStyle(line, head) && !looksLikeSentence(value) && !text));
      if (isHead) {
        block.text += ` | ${value}`;
        head ??= line;
        heads++;
      } else block.body.push(stripBullet(value));
    }
    return blocks;
  }
  const headStyle = lines[0]!;
  let columnRight = 0;
  for (const line of lines) columnRight = Math.max(columnRight, line.right);
  // Head lines in one type, the first as wide as the column: one head the template wrapped.
  const joinHeads = (group: TextLine[]): string[] => {
    const out: string[] = [];
    group.forEach((line, k) => {
      const above = group[k - 1];
      const wrapped =
        !text &&
        above !== undefined &&
        line.gapBefore < 0.45 &&
        line.page === above.page &&
        sameStyle(line, above) &&
        Math.abs(line.x - above.x) < 3 &&
        above.right >= columnRight * 0.9 &&
        !/[.!?;:]$/.test(above.text.trimEnd());
      if (wrapped) out[out.length - 1] += ` ${line.text.trim()}`;
      else out.push(line.text.trim());
    });
    return out;
  };
  const bodyLike = (line: TextLine) =>
    isBullet(line.text) || (text ? looksLikeSentence(line.text) : !sameStyle(line, headStyle));
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !dated[i]) continue;
    const group = lines.slice(start, i);
    start = i + 1;
    const previous = blocks[blocks.length - 1];
    let first = 0;
    if (previous) {
      const last = i < lines.length ? group.length - 1 : group.length;
      while (first < last && bodyLike(group[first]!)) first++;
      for (const l of group.slice(0, first)) previous.body.push(stripBullet(l.text.trim()));
    }
    // Lines after the last dates that are no description are items without dates, as are head
    // lines beyond the few one head has, far above the dates.
    const heads = joinHeads(group.slice(first));
    const own = i === lines.length ? heads.length : Math.max(0, heads.length - MAX_HEAD_LINES);
    for (const head of heads.slice(0, own)) blocks.push({ text: stripBullet(head), body: [] });
    if (i === lines.length) break;
    if (heads.length === 0 && previous) previous.body.push(lines[i]!.text.trim());
    else blocks.push({ text: [...heads.slice(own), lines[i]!.text.trim()].join(' | '), body: [] });
  }
  return blocks;
}

/**
 * One item per line, unless dates stand on lines of their own (then an item is a head and its
 * dates) or lines carry bullets under a title (then one per entry).
 */
function blocks(section: Section, context: ParseContext): Block[] {
  const lines = listLines(section.lines, context.doc);
  const dated = lines.map((l) => !isBullet(l.text) && isDateOnly(l.text));
  if (dated.some(Boolean) && !dated.every(Boolean)) return datedBlocks(lines, dated, context.doc);
  const nested = lines.some((l, i) => !isBullet(l.text) && lines[i + 1] !== undefined && isBullet(lines[i + 1]!.text));
  if (!nested) {
    const out: Block[] = [];
    let row: TextLine | undefined;
    for (const line of lines) {
      // A line under a label column's content cell ("seit 2016 ⇥ Mentorin — …" / "Begleitung …")
      // describes that row's item.
      const underCell =
        row?.secondCellX !== undefined &&
        !line.text.includes('\t') &&
        line.x > row.x + 3 &&
        Math.abs(line.x - row.secondCellX) < 3;
      if (underCell && out.length > 0) out[out.length - 1]!.body.push(stripBullet(line.text));
      else {
        out.push({ text: stripBullet(line.text), body: [] });
        row = line;
      }
    }
    return out;
  }
  return splitEntries(section.lines, context.doc).map((e: Entry) => ({ text: e.head.join(' | '), body: e.ordered }));
}

function cutOut(text: string, pattern: RegExp): { text: string; value?: string } {
  const m = pattern.exec(text);
  if (!m) return { text };
  // Scans, not `/\s*[,;|]\s*(?=[,;|]|$)/g`, which is quadratic on long runs of white space.
  let rest = dropDanglingSeparators(text.slice(0, m.index) + text.slice(m.index + m[0].length), ',;|').trimStart();
  if (',;|'.includes(rest[0] ?? '-')) rest = rest.slice(1);
  return { text: rest.replace(/\s{2,}/g, ' ').trim(), value: (m[1] ?? m[0]).trim() };
}

// The look-behind starts a bare domain only where its run of name characters starts: from every
// letter of "a.a.a.a…" the dotted part was rescanned to the end (quadratic).
const URL_ANYWHERE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|example)\/\S*/i;

/**
 * A quoted title. The span stops at any quote mark, so an opening quote is scanned only to the
 * next one: with `.+?`, every unclosed "“" rescanned the rest of the line.
 */
const QUOTED = /["“]([^"“”]+)["”]/;

function cutUrl(text: string): { text: string; url?: string } {
  const cut = cutOut(text, URL_ANYWHERE);
  if (!cut.value) return { text };
  const url = findLinks(cut.value)[0]?.url;
  return { text: cut.text.replace(/\(\s*\)/g, '').trim(), ...(url && { url }) };
}

function fields(text: string): string[] {
  return splitFields(text.replace(/\s*\|\s*/g, ' | ')).flatMap((f) => (f.includes(', ') ? [f] : [f]));
}

/** How a course was taken, written as a sentence of its own after the school ("Microsoft. Online."). */
const COURSE_MODE =
  /^(?:online|remote|virtual|in[- ]person|on[- ]site|e-learning|self[- ]paced|en ligne|a distance|presentiel|presencial|en linea|a distancia|fernstudium|prasenz|a distanza|in presenza|op afstand|distans)$/;

/** Words that name a school or a body that teaches or certifies. */
const INSTITUTION =
  /(?<![\p{L}])(?:university|universidad|universite|universitat|universita|universidade|universiteit|universitet|college|school|academy|academie|akademie|academia|institute|instituto|institut|istituto|council|association|asociacion|federation|foundation|fundacion|fondation|stiftung|society|sociedad|societe|gesellschaft|center|centre|centro|zentrum|chamber|camara|board|media|labs?|inc|ltd|llc|gmbh|corp|corporation|company|group|hochschule|schule|ecole|escuela|escola|scuola|ihk|tuv)(?![\p{L}])/u;

/** A company's legal form written after a comma ("Amazon Web Services, Inc."): part of the name. */
const LEGAL_FORM =
  /^(?:inc|ltd|llc|llp|plc|gmbh|ag|corp|co|sa|s\.a|sl|s\.l|sas|sarl|bv|b\.v|nv|ab|oy|pty|pty ltd|s\.?p\.?a|srl)\.?$/i;

interface Piece {
  piece: string;
  start: number;
  end: number;
}

/**
 * Comma-separated pieces outside brackets, each with where it starts and ends; empty pieces
 * (",,") are left out and a legal form stays with the name before it.
 */
function commaPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const piece = raw.trim();
    if (!piece) return;
    const at = start + raw.indexOf(piece);
    const last = pieces[pieces.length - 1];
    if (last && LEGAL_FORM.test(piece)) {
      last.end = at + piece.length;
      last.piece = text.slice(last.start, last.end);
    } else pieces.push({ piece, start: at, end: at + piece.length });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return pieces;
}

/**
 * Which piece, from `from` on, is the institution: the last one naming a school or body
 * ("…, Graduate School USA, Washington DC"), else the last one once a place after it is taken
 * off ("…, Coursera, Seattle, WA").
 */
function institutionIndex(pieces: Piece[], from: number): number {
  for (let j = pieces.length - 1; j >= from; j--) if (INSTITUTION.test(fold(pieces[j]!.piece))) return j;
  const tail = (k: number) =>
    pieces
      .slice(k)
      .map((p) => p.piece)
      .join(', ');
  const n = pieces.length;
  if (n - 2 > from && parseLocation(tail(n - 2))) return n - 3;
  if (n - 1 > from && parseLocation(tail(n - 1))) return n - 2;
  return n - 1;
}

/** The way a course was taken, as a last sentence ("Microsoft. Online."), taken off. */
function withoutMode(raw: string): { text: string; mode?: string } {
  const text = trimEndChars(raw, '.,;');
  const dot = text.lastIndexOf('. ');
  if (dot > 0 && COURSE_MODE.test(fold(text.slice(dot + 2).trim())))
    return { text: trimEndChars(text.slice(0, dot), '.,;'), mode: text.slice(dot + 2).trim() };
  return { text };
}

function noteOf(pieces: Piece[], mode: string | undefined): string | undefined {
  return [...pieces.map((p) => p.piece), ...(mode ? [mode] : [])].join(', ') || undefined;
}

/**
 * "Title, Institution[, City[, State]][. Online.]" → its parts; a title keeps its own commas
 * ("Warehousing, Operations, and Disposal Course"). The place and the way the course was taken
 * are kept as a note.
 */
export function splitTitleAndInstitution(raw: string): { title: string; institution?: string; note?: string } {
  const { text, mode } = withoutMode(raw);
  const pieces = commaPieces(text);
  if (pieces.length < 2) return { title: text, ...(mode && { note: mode }) };
  const k = institutionIndex(pieces, 1);
  const note = noteOf(pieces.slice(k + 1), mode);
  return {
    title: trimEndChars(text.slice(0, pieces[k]!.start), ',; '),
    institution: pieces[k]!.piece,
    ...(note && { note }),
  };
}

/** A field holding the institution alone, perhaps with its place ("Hootsuite Media, Albany, NY"). */
function institutionAndPlace(raw: string): { institution: string; note?: string } {
  const { text, mode } = withoutMode(raw);
  const pieces = commaPieces(text);
  if (pieces.length < 2) return { institution: text, ...(mode && { note: mode }) };
  const k = institutionIndex(pieces, 0);
  const note = noteOf(pieces.slice(k + 1), mode);
  return { institution: text.slice(0, pieces[k]!.end), ...(note && { note }) };
}

function firstComma(text: string): [string, string | undefined] {
  const i = text.indexOf(', ');
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 2)];
}

const EXPIRY =
  /(?:valid until|valid through|expires?|expiry|expiration|vence|valido hasta|v[aá]lido hasta|expire le|valable jusqu'au|g[uü]ltig bis|valido fino al|geldig tot|giltig till)\s*:?\s*([^,;|]+)/iu;
const CREDENTIAL =
  /(?:credential id|credential|license (?:no\.?|number|#)|licence (?:no\.?|number|#)|certificate (?:no\.?|number)|pin|id|n[ºo°]\.?)\s*[:#]\s*([A-Z0-9][A-Z0-9-]{3,})/i;

export function parseCertifications(section: Section, context: ParseContext): Parsed<CertificationsSection> {
  const items: CertificationItem[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl([block.text, ...block.body].join(' | '));
    let text = cut.text;
    const url = cut.url;
    const expiry = cutOut(text, EXPIRY);
    text = expiry.text;
    const credential = cutOut(text, CREDENTIAL);
    text = credential.text;
    const dates = findDates(text);
    let issueDate: string | undefined;
    if (dates[0]) {
      issueDate = dates[0].date;
      text = withoutRange(text, dates[0]);
    }
    text = text.replace(/(?:^|[\s,|])(?:issued|obtained|obtenido|obtenu|erworben)\s*:?\s*(?=$|[,|])/giu, '');
    const withValid = text;
    text = text.replace(/(?:valid|v[aá]lido|valable|g[uü]ltig)\s*$/iu, '');
    // The separators before "valid" by a scan: `[\s,|:-]*` in front of the word was quadratic.
    if (text.length < withValid.length) text = trimEndChars(text, ',|:-');
    const parts = fields(text);
    let [title, organisation] = [parts[0], parts[1]];
    if (title && !organisation) {
      const colon = /^(.+?):\s+(.+)$/.exec(title);
      if (colon) [title, organisation] = [colon[1]!, colon[2]!];
      else {
        const split = splitTitleAndInstitution(title);
        if (split.institution) [title, organisation] = [split.title, split.institution];
      }
    }
    // With the issuer in a field of its own, a colon is part of the title ("Microsoft Certified:
    // Power BI Data Analyst Associate — Microsoft").
    if (title && / (?:by|from|por|par|von) (?=\p{Lu})/u.test(title) && !organisation) {
      const m = / (?:by|from|por|par|von) (?=\p{Lu})/u.exec(title)!;
      [title, organisation] = [title.slice(0, m.index), title.slice(m.index + m[0].length)];
    }
    if (!title) continue;
    const expiration = expiry.value ? findDates(expiry.value)[0]?.date : undefined;
    items.push({
      title: trimEndChars(title, ',:;-'),
      ...(organisation && { issuingOrganization: trimEndChars(organisation.replace(/^\((.*)\)$/, '$1'), ',:;-') }),
      ...(issueDate && { issueDate }),
      ...(expiration && { expirationDate: expiration }),
      ...(credential.value && { credentialId: credential.value }),
      ...(url && { verificationUrl: url }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), certificationItems: items }, leftover: [], confidence: 0.75 };
}

export function parseCourses(section: Section, context: ParseContext): Parsed<CoursesSection> {
  const items: CourseItem[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const range = findDateRange(text);
    let dates: Pick<CourseItem, 'year' | 'dateRange'> = {};
    if (range) {
      dates =
        range.endDate === undefined && !range.isCurrent && range.startDate?.length === 4
          ? { year: range.startDate }
          : { dateRange: rangeOf(range, 'start') };
      text = withoutRange(text, range);
    }
    const parts = fields(text);
    let [title, institution] = [parts[0], parts[1]];
    let note: string | undefined;
    if (title && !institution) {
      const split = splitTitleAndInstitution(title);
      [title, institution, note] = [split.title, split.institution, split.note];
    } else if (institution) {
      ({ institution, note } = institutionAndPlace(institution));
    }
    if (!title) continue;
    const bodyUrl = block.body.map((b) => cutUrl(b)).find((c) => c.url);
    const description = [note, ...block.body.map((b) => cutUrl(b).text)]
      .filter((b): b is string => b !== undefined && b.length > 0)
      .join(' ');
    items.push({
      title,
      ...(institution && { institution }),
      ...dates,
      ...((url ?? bodyUrl?.url) && { certificateUrl: url ?? bodyUrl?.url }),
      ...(description && { description }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), courseItems: items }, leftover: [], confidence: 0.7 };
}

export function parseAchievements(section: Section, context: ParseContext): Parsed<AchievementsSection> {
  const items: Achievement[] = [];
  const leftover: string[] = [];
  for (const block of blocks(section, context)) {
    let text = block.text;
    const range = findDateRange(text);
    let timeframe: string | undefined;
    if (range) {
      timeframe = text.slice(range.index, range.index + range.length).trim();
      text = withoutRange(text, range);
    }
    const colon = /^(.{2,80}?):\s+(.+)$/.exec(text);
    const parts = colon ? [colon[1]!, colon[2]!] : fields(text);
    const [label, ...rest] = parts;
    if (!label) continue;
    // A number alone (a page number the page left in the list) is no achievement.
    if (!/\p{L}/u.test(label) && rest.length === 0 && block.body.length === 0) {
      leftover.push(block.text);
      continue;
    }
    let value: string | undefined;
    let detail = [...rest, ...block.body].join(' — ');
    const numeric =
      /^([-+]?[$€£]?\d[\d.,]*\s?(?:%|[kKmMbB]\b|x\b)?(?:\s+to\s+[$€£]?\d[\d.,]*\s?\w*)?|\d+\s+\w+\s+to\s+\d+\s+\w+)\s*(?:[—–-]\s*|[,.]\s+)?(.*)$/u.exec(
        detail,
      );
    if (numeric && numeric[1]) {
      value = numeric[1].trim();
      detail = numeric[2]!.trim();
    }
    items.push({
      label,
      ...(value && { value }),
      ...(detail && { contextOrDetail: detail }),
      ...(timeframe && { timeframe }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  return { value: { ...titleOf(section), achievements: items }, leftover, confidence: 0.6 };
}

/** A kind of membership ("Student Member", "Professional membership"); a bare "Fellow" or "Member" is the person's role. */
const MEMBERSHIP_TYPES =
  /(?<![\p{L}])(?:(?:professional|student|honorary|associate|full|lifetime|chartered|profesional|estudiante|honorario|professionnel|etudiant|ordentliches|studentisches|profissional|effettivo|studente)(?:\s+(?:member(?:ship)?|membre|miembro|mitglied))?|(?:member(?:ship)?|membre|miembro|mitglied)\s+(?:professional|student|honorary|associate|lifetime|etudiant|estudiante))(?![\p{L}])/iu;

/** What a person is or does in an association. */
const MEMBER_ROLE =
  /(?<![\p{L}])(?:member|fellow|chair(?:man|woman|person)?|co-?chair|vice[- ]chair|president|vice[- ]president|treasurer|secretary|co-?organi[sz]er|organi[sz]er|co-?founder|founder|board|trustee|committee|ambassador|mentor|delegate|volunteer|lead|coordinator|editor|reviewer|mitglied|vorsitzende[rn]?|vorstand|schatzmeister(?:in)?|beirat|membre|president(?:e)?|tresorier(?:e)?|secretaire|fondateur|fondatrice|socio|socia|miembro|vocal|tesorero|tesorera|secretario|secretaria|presidente|fundador(?:a)?|membro|socio|lid|bestuurslid|voorzitter|medlem|ledamot|ordforande)(?![\p{L}])/iu;

function isMemberRole(name: string): boolean {
  return MEMBER_ROLE.test(fold(name)) && !INSTITUTION.test(fold(name)) && name.split(' ').length <= 8;
}

export function parseMemberships(section: Section, context: ParseContext): Parsed<MembershipsSection> {
  const items: Membership[] = [];
  for (const block of blocks(section, context)) {
    const head = parseHead([block.text], { language: context.language, singleDateIs: 'start' });
    const names = head.names;
    let membershipType: string | undefined;
    const kept = names.filter((n) => {
      if (!membershipType && MEMBERSHIP_TYPES.test(fold(n)) && n.split(' ').length <= 3) {
        membershipType = n;
        return false;
      }
      return true;
    });
    let org: string | undefined;
    let roleValue: string | undefined;
    let rest: string[] = [];
    const roles = kept.map(isMemberRole);
    if (kept.length >= 2 && roles.filter(Boolean).length === 1) {
      // One name says what the person is ("Member", "Co-organizer"): the other is the association.
      const r = roles.indexOf(true);
      roleValue = kept[r];
      [org, ...rest] = kept.filter((_, i) => i !== r);
    } else {
      const split = roleAndOrganisation(kept.length > 1 ? [...kept].reverse() : kept, false);
      org = kept.length > 1 ? split.organisation : (split.organisation ?? split.role);
      roleValue = kept.length > 1 ? split.role : undefined;
      rest = split.rest;
    }
    if (!org) continue;
    items.push({
      organization: [org, ...rest].join(', '),
      ...(roleValue && { role: roleValue }),
      ...(membershipType && { membershipType }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), memberships: items }, leftover: [], confidence: 0.6 };
}

const PATENT_NUMBER = /\b((?:US|EP|WO|GB|DE|ES|FR|CN|JP|KR|CA|AU)\s?(?:\d[\d ,./]{3,}\d)(?:\s?[A-C]\d?)?)\b/;
const PATENT_STATUS =
  /(?<![\p{L}])(granted|pending|filed|issued|published|concedida|concedido|en tramite|solicitada|delivre|depose|erteilt|angemeldet|concessa|depositata|verleend|beviljat)(?![\p{L}])/iu;

export function parsePatents(section: Section, context: ParseContext): Parsed<PatentsSection> {
  const items: Patent[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const number = cutOut(text, PATENT_NUMBER);
    text = number.text;
    const status = cutOut(text, PATENT_STATUS);
    text = status.text;
    const filed = /(?:filed|filing|solicitud|depot|anmeldung)\s*:?\s*([^,;|)]+)/i.exec(text);
    const issued = /(?:granted|issued|concedida|delivre|erteilt)\s*:?\s*([^,;|)]+)/i.exec(text);
    const filingDate = filed ? findDates(filed[1]!)[0]?.date : undefined;
    const issueDate = issued ? findDates(issued[1]!)[0]?.date : undefined;
    const dates = findDates(text);
    text = text
      // One span per parenthesis, tested for a year after: `[^()]*\d{4}[^()]*` backtracked quadratically.
      .replace(/\([^()]*\)/g, (group) => (/\d{4}/.test(group) ? '' : group))
      .replace(/(?:filed|filing|granted|issued)\s*:?\s*[^,;|)]*/gi, '');
    for (const d of [...dates].reverse()) if (text.includes(d.date)) text = text.replace(d.date, '');
    const parts = fields(text.replace(/\s{2,}/g, ' ').trim()).filter((p) => /\p{L}{3}/u.test(p));
    const [title, ...rest] = parts;
    if (!title) continue;
    const inventors = rest.find((r) => /^(?:inventors?|inventores|inventeurs|erfinder)\s*:/i.test(r));
    items.push({
      title: title.replace(/^["“]|["”]$/g, ''),
      ...(number.value && { patentNumber: number.value }),
      ...(status.value && { status: status.value.charAt(0).toUpperCase() + status.value.slice(1) }),
      ...((filingDate ?? (!issueDate ? dates[0]?.date : undefined)) && { filingDate: filingDate ?? dates[0]?.date }),
      ...(issueDate && { issueDate }),
      ...(inventors && { inventors: splitList(inventors.replace(/^[^:]+:\s*/, '')) }),
      ...(url && { patentUrl: url }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), patents: items }, leftover: [], confidence: 0.6 };
}

const DOI = /\b(10\.\d{4,9}\/[^\s,;"]+[^\s,;".])/i;
const CONFERENCE =
  /(?<![\p{L}])(?:conference|proceedings|symposium|workshop|forward|summit|congress|congreso|conferencia|colloque|konferenz|tagung|convegno)(?![\p{L}])/iu;

/** "(2020)." after the authors, as a citation writes it ("(2020a)", "(2019, March)"). */
const CITED_YEAR = /\((?:19|20)\d{2}[a-z]?(?:,[^()]{0,30})?\)[.,:]?/;
const SENTENCE_END = /[.?!]\s+(?=[\p{Lu}\d])/u;

/** Initials only ("J.", "A. B."): the second half of "Smith, J.", not an author of their own. */
const INITIALS = /^(?:\p{Lu}\.\s?){1,4}$/u;

/**
 * A reference written as a citation: "Okonkwo A., Patel R. (2020). Title of the paper. Journal."
 * — the authors before the year, the title the next sentence, the venue the rest.
 */
function citedYear(text: string): { authors: string[]; title: string; venue?: string } | undefined {
  const year = CITED_YEAR.exec(text);
  if (!year || year.index === 0) return undefined;
  const rest = text.slice(year.index + year[0].length).trim();
  const end = SENTENCE_END.exec(rest);
  const title = trimEndChars(end ? rest.slice(0, end.index + 1) : rest, '.,');
  if (!/\p{L}/u.test(title)) return undefined;
  const authors: string[] = [];
  for (const piece of text.slice(0, year.index).split(/,| & | (?:and|y|et|und) /u)) {
    const name = piece.replace(/^\s*(?:&|and|y|et|und)\s+/u, '').trim();
    if (!name) continue;
    if (INITIALS.test(name) && authors.length > 0) authors[authors.length - 1] += `, ${name}`;
    else authors.push(name);
  }
  const venue = end ? trimChars(rest.slice(end.index + end[0].length), '.,') : undefined;
  return { authors, title, ...(venue && { venue }) };
}

export function parsePublications(section: Section, context: ParseContext): Parsed<PublicationsSection> {
  const items: Publication[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const doi = cutOut(text.replace(/\bdoi:\s*/i, ''), DOI);
    if (doi.value) text = doi.text;
    const dates = findDates(text);
    const quoted = QUOTED.exec(text);
    let title: string | undefined;
    let authors: string[] = [];
    let venue: string | undefined;
    let cited: ReturnType<typeof citedYear>;
    if (quoted) {
      title = quoted[1]!.replace(/[.,]$/, '');
      let before = text.slice(0, quoted.index).replace(/\(?\b(?:19|20)\d{2}\b\)?[.,]?/g, '');
      before = trimEndChars(before, '.,');
      if (before) authors = before.split(/\s*(?:,|&|\band\b|\by\b|\bet\b|\bund\b)\s*/).filter((a) => a.length > 1);
      venue = text.slice(quoted.index + quoted[0].length).replace(/^[\s.,–—-]+/, '');
    } else if ((cited = citedYear(text))) {
      ({ authors, title, venue } = cited);
    } else {
      const sentences = text
        .split(/\.\s+|\s+[—–|]\s+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      title = sentences[0];
      venue = sentences.slice(1).join('. ');
    }
    if (!title) continue;
    for (const d of dates) venue = venue?.replace(text.slice(d.index, d.index + d.length), '');
    venue = venue === undefined ? undefined : trimChars(venue.replace(/\(\s*\)/g, ''), '.,–—-');
    const conference = venue && CONFERENCE.test(fold(venue));
    items.push({
      title,
      ...(authors.length > 0 && { authors }),
      ...(venue && (conference ? { conferenceName: venue } : { journalName: venue })),
      ...(dates[0] && { publicationDate: dates[dates.length - 1]!.date }),
      ...(doi.value && { doi: doi.value }),
      ...((url ?? (doi.value ? `https://doi.org/${doi.value}` : undefined)) && {
        publicationUrl: url ?? `https://doi.org/${doi.value}`,
      }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), publications: items }, leftover: [], confidence: 0.6 };
}

export function parseSpeaking(section: Section, context: ParseContext): Parsed<SpeakingSection> {
  const items: SpeakingEngagement[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const dates = findDates(text);
    for (const d of [...dates].reverse()) text = withoutRange(text, d);
    const quoted = QUOTED.exec(text);
    let title: string | undefined;
    let rest: string[];
    if (quoted) {
      title = quoted[1]!.replace(/[.,]$/, '');
      rest = fields(text.slice(quoted.index + quoted[0].length).replace(/^[\s,.:–—-]+/, ''));
    } else {
      [title, ...rest] = fields(text);
    }
    if (!title) continue;
    const [eventAndVenue = '', ...more] = rest;
    const [eventName, venue] = eventAndVenue.includes(', ') ? firstComma(eventAndVenue) : [eventAndVenue, more.shift()];
    items.push({
      title,
      ...(eventName && { eventName }),
      ...(dates[0] && { date: dates[0].date }),
      ...(venue && { venue }),
      ...(url && { eventUrl: url }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), speakingEngagements: items }, leftover: [], confidence: 0.6 };
}

const ROLE_LINE = /^(?:role|rol|r[oô]le|rolle|ruolo|papel|funci[oó]n)\s*:\s*/iu;
const TECH_LINE =
  /^(?:technologies|tech stack|stack|tools|tecnolog[ií]as|technologien|tecnologie|outils|herramientas)\s*:\s*/iu;

export function parseProjects(section: Section, context: ParseContext): Parsed<ProjectsSection> {
  const items: ProjectItem[] = [];
  const entries = splitEntries(section.lines, context.doc);
  for (const entry of entries) {
    let head = entry.head.join(' | ');
    const { text: headText, url } = cutUrl(head);
    head = headText;
    const range = findDateRange(head);
    let dateRange;
    if (range) {
      dateRange = rangeOf(range, 'start');
      head = withoutRange(head, range);
    }
    const parts = fields(head);
    const [title, ...headRest] = parts;
    let role: string | undefined;
    let projectUrl = url;
    const technologies: string[] = [];
    const description: string[] = [];
    for (const part of headRest) {
      if (ROLE_LINE.test(part)) role = part.replace(ROLE_LINE, '');
      else if (!role && headRest.length === 1) role = part;
      else description.push(part);
    }
    for (const line of entry.ordered) {
      if (TECH_LINE.test(line)) technologies.push(...splitList(line.replace(TECH_LINE, '')));
      else if (ROLE_LINE.test(line)) role = line.replace(ROLE_LINE, '');
      else {
        const cut = cutUrl(line);
        if (cut.url && !projectUrl) projectUrl = cut.url;
        if (cut.text && !/^(?:url|link|enlace|lien)\s*:?\s*$/i.test(cut.text)) description.push(cut.text);
      }
    }
    if (!title) continue;
    items.push({
      title,
      ...(role && { role }),
      ...(description.length > 0 && { description: description.join(' ') }),
      ...(projectUrl && { projectUrl }),
      ...(technologies.length > 0 && { technologiesUsed: technologies }),
      ...(dateRange && { dateRange }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), projectItems: items }, leftover: [], confidence: 0.65 };
}

/** "Claire Dumont, directrice …", "Mark Ellison (former manager)": two to four capitalised words, then a comma, a bracket or the end. */
const AUTHOR_START = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?=\s*(?:[,(|–—]|$))/u;

/**
 * A line under a quote that names who said it, without a dash in front: a name first, after a
 * quote that has ended, set in another type than the quote (or the quote is in quotation marks,
 * or the document is plain text, which shows no type).
 */
function isAuthorLine(line: TextLine, quote: TextLine[], doc: DocStyle): boolean {
  const text = stripBullet(line.text);
  // The quote's first and last lines only: joining it for each line would cost its length squared.
  if (!/[.!?"”»]$/.test(quote[quote.length - 1]!.text.trimEnd()) || text.split(' ').length > 20) return false;
  if (!AUTHOR_START.test(text.slice(0, 120))) return false;
  return doc.layout === 'text' || !sameStyle(line, quote[0]!) || /^["“«„]/.test(stripBullet(quote[0]!.text));
}

function unquoted(text: string): string {
  return trimChars(text, '"“”«»„', true);
}

export function parseTestimonials(section: Section, context: ParseContext): Parsed<TestimonialsSection> {
  const items: Testimonial[] = [];
  const lines = listLines(section.lines, context.doc);
  let quote: TextLine[] = [];
  const said = () => unquoted(quote.map((l) => stripBullet(l.text)).join(' '));
  for (const line of lines) {
    const value = stripBullet(line.text);
    const dash = /^[—–-]\s*(.+)$/.exec(line.text.trim());
    const attribution =
      quote.length === 0 ? undefined : dash ? dash[1]! : isAuthorLine(line, quote, context.doc) ? value : undefined;
    if (attribution !== undefined) {
      let text = attribution;
      const dates = findDates(text);
      const date = dates[0]?.date;
      if (dates[0]) text = withoutRange(text, dates[0]);
      const relationship = /\(([^()]+)\)/.exec(text);
      if (relationship) text = text.replace(relationship[0], '').trim();
      const [authorName, authorTitle, ...company] = text.split(/\s*,\s*/);
      items.push({
        quote: said(),
        ...(authorName && { authorName }),
        ...(authorTitle && { authorTitle }),
        ...(company.length > 0 && { authorCompany: company.join(', ') }),
        ...(relationship && { relationship: relationship[1]! }),
        ...(date && { date }),
      });
      quote = [];
      continue;
    }
    quote.push(line);
  }
  if (quote.length > 0) items.push({ quote: said() });
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), testimonials: items }, leftover: [], confidence: 0.6 };
}
