import type { HobbiesSection, SkillCategory, SkillsSection, SummarySection } from '../../cv-data.js';
import { joinWrapped, type DocStyle } from '../entries.js';
import type { Section } from '../segmentation.js';
import { isBullet, splitList, stripBullet, wordCount } from '../text-utils.js';
import type { TextLine } from '../types.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';

/** Skill levels written beside a skill ("Python — Expert", "SQL (advanced)") are not skills. */
const LEVEL_ONLY =
  /^(?:expert|advanced|intermediate|beginner|basic|proficient|skilful|skillful|experienced|native|fluent|experto|avanzado|intermedio|basico|expert|avance|debutant|fortgeschritten|grundkenntnisse|experte|sehr gut|gut)$/iu;

/**
 * A skill grid with written levels ("Cardio Training ⇥ Expert Client Assessments ⇥ Expert"): a
 * level follows its skill, and a level the reader joined to the next skill's name is split off.
 * Only whole cells of a row: in a comma list, a level word starts a skill's own name ("Basic Life
 * Support (BLS)", "Advanced Excel").
 */
function withLevels(cells: { text: string; whole: boolean }[]): { skill: string; level?: string }[] {
  const out: { skill: string; level?: string }[] = [];
  let previousIsSkill = false;
  for (const { text: cell, whole } of cells) {
    const space = cell.indexOf(' ');
    const head = space > 0 ? cell.slice(0, space) : cell;
    const level: string | undefined = !whole
      ? undefined
      : LEVEL_ONLY.test(cell)
        ? cell
        : previousIsSkill && LEVEL_ONLY.test(head)
          ? head
          : undefined;
    if (level === undefined) {
      out.push({ skill: cell });
      previousIsSkill = true;
      continue;
    }
    if (previousIsSkill) out[out.length - 1]!.level = level;
    const rest: string = cell.slice(level.length).trim();
    if (rest) out.push({ skill: rest });
    previousIsSkill = rest.length > 0;
  }
  return out;
}

/** A row's items, each marked whole when it is a cell of its own (not one item of a comma list). */
function rowItems(text: string): { text: string; whole: boolean }[] {
  return text.split('\t').flatMap((cell) => {
    const items = splitList(cell);
    return items.map((item) => ({ text: item, whole: items.length === 1 }));
  });
}

const cleanItem = (item: string) => stripBullet(item).replace(/\.$/, '').trim();

/** One cell of a skills section once wrapped lines are joined back: where it starts and its column. */
interface Cell {
  text: string;
  row: number;
  column: number;
  lastLine: number;
  /** Brackets still open at its end. */
  depth: number;
}

/** Longer than this, a list item is a sentence, not a skill. */
const MAX_SKILL_CHARS = 150;

/** Gaps in line heights: rows of one item touch, items of a spaced list are set apart. */
const SMALL_GAP = 0.05;
const ITEM_GAP = 0.15;
/** "Technical: SQL, Python": a category's line starts an item of its own. */
const CATEGORY_LINE = /^[^:]{2,50}:\s/;

const adjoins = (a: TextLine, b: TextLine) => a.page === b.page && a.region === b.region && !isBullet(b.text);

/**
 * Sidebar lists that set every item apart by a gap ("Kitchen maintenance" / gap / "Kitchen
 * equipment" + "operation" / gap): there, a line with no gap above it is the item's wrapped rest.
 * Only when every gap is clearly one or the other, and wrapped lines are not the rule.
 */
function spacedByGaps(lines: TextLine[]): boolean {
  let small = 0;
  let large = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!adjoins(lines[i - 1]!, line)) continue;
    if (line.gapBefore <= SMALL_GAP) small++;
    else if (line.gapBefore >= ITEM_GAP) large++;
    else return false;
  }
  return large > 0 && small <= large;
}

/** A list line running to the column's edge ("…, concertation territoriale, MS" / "Project, AutoCAD"). */
function runsOn(previous: TextLine, line: TextLine, widest: number): boolean {
  return (
    widest > 0 &&
    previous.right >= widest * 0.8 &&
    Math.abs(line.x - previous.x) < 3 &&
    line.gapBefore <= SMALL_GAP &&
    !previous.text.includes('\t') &&
    !line.text.includes('\t') &&
    !/[.!?]$/.test(previous.text) &&
    !CATEGORY_LINE.test(line.text) &&
    splitList(previous.text).length >= 2
  );
}

/** Brackets left open after `text`, from `depth` before it: counted on each appended piece only. */
function openBrackets(text: string, depth = 0): number {
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth;
}

/** An item that cannot end where its line does: a trailing comma or an unclosed bracket. */
// The last character, not `/[,;&/]$/`: that regex rescans a growing cell (quadratic on hostile lists).
const endsOpen = (cell: Cell) => cell.depth > 0 || ',;&/'.includes(cell.text.trimEnd().slice(-1) || ' ');

/**
 * The section's cells with wrapped lines joined back, cell by cell: a grid's row that wraps
 * ("Omni Channel ⇥ Research" over "Communication ⇥ Methodologies") continues each column's cell
 * on the row above; a column with nothing on the row above starts a new item ("Edge) ⇥ Visual
 * design" under a one-cell row). A line starting where the row above's second cell starts is
 * that cell's rest (a label column: "Methoden ⇥ GMP-Audits, …," over "Lieferantenqualifizierung").
 */
function gridCells(lines: TextLine[], doc: DocStyle): Cell[] {
  const cells: Cell[] = [];
  const open = new Map<number, Cell>();
  const gapSpaced = doc.layout !== 'text' && spacedByGaps(lines);
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.right);
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const adjoining = previous !== undefined && adjoins(previous, line);
    const first =
      adjoining &&
      !line.text.includes('\t') &&
      previous.secondCellX !== undefined &&
      line.x > previous.x + 3 &&
      Math.abs(line.x - previous.secondCellX) < 3
        ? 1
        : 0;
    const wraps =
      adjoining &&
      ((gapSpaced && line.gapBefore <= SMALL_GAP) ||
        (first > 0 && line.gapBefore <= 0.1) ||
        (isBullet(previous.text) && line.x > previous.x + 2 && line.gapBefore < 0.45) ||
        runsOn(previous, line, widest));
    line.text.split('\t').forEach((raw, k) => {
      const text = raw.trim();
      if (!text) return;
      const column = first + k;
      const above = open.get(column);
      const continues =
        adjoining &&
        above !== undefined &&
        above.lastLine === i - 1 &&
        (wraps || (line.gapBefore < 0.45 && !CATEGORY_LINE.test(text) && endsOpen(above)));
      if (continues) {
        above.text = `${above.text} ${text}`;
        above.depth = openBrackets(text, above.depth);
        above.lastLine = i;
        return;
      }
      const cell: Cell = { text, row: i, column, lastLine: i, depth: openBrackets(text) };
      cells.push(cell);
      open.set(column, cell);
    });
  });
  return cells;
}

/** A category's label: a few words, no list or sentence punctuation ("SAP", "Datos y herramientas"). */
function isLabel(text: string): boolean {
  return text.length <= 40 && wordCount(text) <= 4 && !/[,:;()]/.test(text) && !isBullet(text) && !/[.!?]$/.test(text);
}

/**
 * Rows that are "label ⇥ list" (a label column: "Software ⇥ SAP QM, LabWare LIMS, …"), or a label
 * line over its list line, repeated through the whole section ("SAP" / "S/4HANA, SAP WM" /
 * "Methoden" / "Scrum, SAFe"): the labels are category names. Undefined when the section is not
 * written that way.
 */
function labelledRows(cells: Cell[]): Map<Cell, Cell> | undefined {
  const rows = new Map<number, Cell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  const pairs = new Map<Cell, Cell>();
  let listed = 0;
  let grid = true;
  for (const row of rows.values()) {
    if (row.some((c) => c.column > 1)) grid = false;
    const [label, list] = row;
    if (row.length !== 2 || label!.column !== 0 || !isLabel(label!.text) || LEVEL_ONLY.test(list!.text)) continue;
    pairs.set(label!, list!);
    if (splitList(list!.text).length >= 2) listed++;
  }
  if (grid && listed > 0) return pairs;
  const lines = [...rows.values()];
  if (lines.length < 4 || lines.length % 2 !== 0 || lines.some((row) => row.length !== 1)) return undefined;
  const alternating = new Map<Cell, Cell>();
  for (let i = 0; i < lines.length; i += 2) {
    const label = lines[i]![0]!;
    const list = lines[i + 1]![0]!;
    if (!isLabel(label.text) || CATEGORY_LINE.test(list.text) || splitList(list.text).length < 2) return undefined;
    alternating.set(label, list);
  }
  return alternating;
}

export function parseSkills(section: Section, context: ParseContext): Parsed<SkillsSection> {
  const categories: SkillCategory[] = [];
  const cells = gridCells(section.lines, context.doc);
  const labelled = labelledRows(cells) ?? new Map<Cell, Cell>();
  const lists = new Set(labelled.values());
  const rest: Cell[] = [];
  for (const cell of cells) {
    const list = labelled.get(cell);
    if (list) categories.push({ categoryName: cell.text, skills: splitList(list.text) });
    else if (!lists.has(cell)) rest.push(cell);
  }
  // A list spaced one item per block (a template's skill bars): a block is one skill, commas and
  // all ("Camera Boom, Light Boom, Mic Boom"), when nearly every other block is a single item.
  const singles = rest.filter((c) => splitList(c.text).length <= 1).length;
  const oneItemPerBlock =
    context.doc.layout !== 'text' && spacedByGaps(section.lines) && rest.length >= 3 && singles >= rest.length - 1;
  const ungrouped: string[] = [];
  const leftover: string[] = [];
  let row: { text: string; whole: boolean }[] = [];
  const flush = () => {
    for (const { skill, level } of withLevels(row)) {
      // A sentence is not a skill: it is kept as unclassified text.
      if (skill.length > MAX_SKILL_CHARS) leftover.push(level ? `${skill} (${level})` : skill);
      // A skill with a level of its own is JSON Resume's skill {name, level}: in the contract, a
      // category named by the skill, with that level.
      else if (level) categories.push({ categoryName: skill, level });
      else ungrouped.push(skill);
    }
    row = [];
  };
  rest.forEach((cell, i) => {
    const text = stripBullet(cell.text);
    const category = /^([^:]{2,50}):\s*(.*)$/.exec(text);
    if (category && !/https?$/i.test(category[1]!)) {
      categories.push({ categoryName: category[1]!.trim(), skills: splitList(category[2]!) });
    } else if (oneItemPerBlock) row.push({ text: cleanItem(text), whole: true });
    else row.push(...rowItems(text));
    if (rest[i + 1]?.row !== cell.row) flush();
  });
  flush();
  const grouped = categories.filter((c) => (c.skills?.length ?? 0) > 0 || c.level);
  if (grouped.length === 0 && ungrouped.length === 0) return { value: undefined, leftover, confidence: 0 };
  // Repeated skills stay: the page lists them as it does.
  const value: SkillsSection = {
    ...titleOf(section),
    ...(grouped.length > 0 && { skillCategories: grouped }),
    ...(ungrouped.length > 0 && { ungroupedSkills: ungrouped }),
  };
  return { value, leftover, confidence: 0.85 };
}

/**
 * Skill lists under headings of their own, one after another ("EXPERTISE" then "TOOLS" in a
 * sidebar; "COMPÉTENCES" with nothing under it, then "Outils" and "Savoir-faire"): each list is a
 * category named by its heading, and a heading with nothing under it before them is the
 * section's title. For the caller that finds such a run of skills sections.
 */
export function parseSkillGroups(sections: Section[], context: ParseContext): Parsed<SkillsSection> {
  const overall = sections[0]?.lines.length === 0 ? sections[0] : undefined;
  const categories: SkillCategory[] = [];
  const leftover: string[] = [];
  for (const part of overall ? sections.slice(1) : sections) {
    const parsed = parseSkills(part, context);
    leftover.push(...parsed.leftover);
    const skills = parsed.value?.ungroupedSkills ?? [];
    if (skills.length > 0) categories.push(part.title ? { categoryName: part.title, skills } : { skills });
    for (const category of parsed.value?.skillCategories ?? []) if (category) categories.push(category);
  }
  if (categories.length === 0) return { value: undefined, leftover, confidence: 0 };
  return {
    value: { ...(overall && titleOf(overall)), skillCategories: categories },
    leftover,
    confidence: 0.8,
  };
}

/** "Montaña, ciclismo y fotografía": the last item of a list joined by "and" is two. */
const AND = /\s(?:and|y|e|et|und|en|och)\s/iu;

export function parseHobbies(section: Section, context: ParseContext): Parsed<HobbiesSection> {
  const hobbies = joinWrapped(section.lines, context.doc).flatMap((l) => {
    const items = splitList(stripBullet(l.text));
    const last = items[items.length - 1];
    const and = last === undefined || items.length < 2 ? null : AND.exec(last);
    if (!and) return items;
    const [before, after] = [last!.slice(0, and.index).trim(), last!.slice(and.index + and[0].length).trim()];
    // "Arts and Crafts", "Rock and Roll": two capitalised single words joined by "and" are one name.
    const phrase = /^\p{Lu}\S*$/u.test(before) && /^\p{Lu}\S*$/u.test(after);
    return before && after && !phrase ? [...items.slice(0, -1), before, after] : items;
  });
  if (hobbies.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), hobbies }, leftover: [], confidence: 0.85 };
}

const YEARS = /(\d{1,2})\+?\s*(?:years|yrs|anos|años|ans|annees|années|jahre|jahren|anni|jaar|ar|år)(?![\p{L}])/iu;

export function parseSummary(section: Section, context: ParseContext): Parsed<SummarySection> {
  const lines = joinWrapped(section.lines, context.doc).map((l) => stripBullet(l.text));
  if (lines.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  const summaryText = lines.reduce((text, line) => {
    if (!text) return line;
    // Lines of one paragraph are joined with a space, paragraphs with a line break.
    return /[.!?:]$/.test(text) && context.doc.layout === 'text' ? `${text}\n${line}` : `${text} ${line}`;
  }, '');
  const years = YEARS.exec(summaryText);
  return {
    value: {
      ...titleOf(section),
      summaryText,
      ...(years && Number(years[1]) <= 60 && { yearsOfExperience: Number(years[1]) }),
    },
    leftover: [],
    confidence: 0.9,
  };
}
