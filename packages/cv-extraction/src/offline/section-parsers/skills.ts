import type { HobbiesSection, SkillCategory, SkillsSection, SummarySection } from '../../cv-data.js';
import { joinWrapped } from '../entries.js';
import type { Section } from '../segmentation.js';
import { isBullet, splitList, stripBullet } from '../text-utils.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';

/** Skill levels written beside a skill ("Python — Expert", "SQL (advanced)") are not skills. */
const LEVEL_ONLY =
  /^(?:expert|advanced|intermediate|beginner|basic|proficient|skilful|skillful|experienced|native|fluent|experto|avanzado|intermedio|basico|expert|avance|debutant|fortgeschritten|grundkenntnisse|experte|sehr gut|gut)$/iu;

/**
 * A skill grid with written levels ("Cardio Training ⇥ Expert Client Assessments ⇥ Expert"): a
 * level follows its skill, and a level the reader joined to the next skill's name is split off.
 * The level stays with the skill, in brackets, since the contract's skills are plain strings.
 */
function withLevels(cells: string[]): string[] {
  const out: string[] = [];
  let previousIsSkill = false;
  for (const cell of cells) {
    const space = cell.indexOf(' ');
    const head = space > 0 ? cell.slice(0, space) : cell;
    const level: string | undefined = LEVEL_ONLY.test(cell)
      ? cell
      : previousIsSkill && LEVEL_ONLY.test(head)
        ? head
        : undefined;
    if (level === undefined) {
      out.push(cell);
      previousIsSkill = true;
      continue;
    }
    if (previousIsSkill) out[out.length - 1] = `${out[out.length - 1]!} (${level})`;
    const rest: string = cell.slice(level.length).trim();
    if (rest) out.push(rest);
    previousIsSkill = rest.length > 0;
  }
  return out;
}

export function parseSkills(section: Section, context: ParseContext): Parsed<SkillsSection> {
  const categories: SkillCategory[] = [];
  const ungrouped: string[] = [];
  const lines = joinWrapped(section.lines, context.doc).map((l) => l.text);
  let last: SkillCategory | undefined;
  for (const raw of lines) {
    const line = stripBullet(raw);
    const category = /^([^:]{2,50}):\s*(.*)$/.exec(line);
    if (category && !/https?$/i.test(category[1]!)) {
      last = { categoryName: category[1]!.trim(), skills: splitList(category[2]!) };
      categories.push(last);
      continue;
    }
    // A category's list wrapped onto the next line.
    if (last && !isBullet(raw) && /,\s*$/.test(lines[lines.indexOf(raw) - 1] ?? '')) {
      last.skills!.push(...splitList(line));
      continue;
    }
    last = undefined;
    for (const skill of withLevels(splitList(line))) if (skill.length <= 80) ungrouped.push(skill);
  }
  const value: SkillsSection = {
    ...titleOf(section),
    ...(categories.length > 0 && { skillCategories: categories.filter((c) => (c.skills?.length ?? 0) > 0) }),
    ...(ungrouped.length > 0 && { ungroupedSkills: [...new Set(ungrouped)] }),
  };
  if (categories.length === 0 && ungrouped.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value, leftover: [], confidence: 0.85 };
}

export function parseHobbies(section: Section, context: ParseContext): Parsed<HobbiesSection> {
  const hobbies = joinWrapped(section.lines, context.doc).flatMap((l) => splitList(stripBullet(l.text)));
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
