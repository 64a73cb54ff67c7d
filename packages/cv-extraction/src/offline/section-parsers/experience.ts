import type { ExperienceItem, ExperienceSection, VolunteerItem, VolunteerSection } from '../../cv-data.js';
import { splitEntries, type Entry } from '../entries.js';
import { parseHead, roleAndOrganisation, roleScore, splitTrailingPlace } from '../field-parsing.js';
import { parseLocation } from '../contact-parsing.js';
import { findDateRange } from '../date-parsing.js';
import { fold, splitList } from '../text-utils.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import type { Section } from '../segmentation.js';

const TECHNOLOGIES =
  /^(?:technologies|tech stack|stack|tools|technologies used|tecnologias|tecnologias utilizadas|herramientas|technologies utilisees|outils|technologien|werkzeuge|tecnologie|technologieen|tekniker|verktyg)\s*:\s*/u;

function technologiesOf(entry: Entry): { technologies: string[]; lines: string[] } {
  const technologies: string[] = [];
  const lines: string[] = [];
  for (const line of entry.ordered) {
    const m = TECHNOLOGIES.exec(fold(line));
    if (m) technologies.push(...splitList(line.slice(m[0].length)));
    else lines.push(line);
  }
  return { technologies, lines };
}

export function parseExperience(section: Section, context: ParseContext): Parsed<ExperienceSection> {
  const items: ExperienceItem[] = [];
  const leftover: string[] = [];
  let dated = 0;
  for (const entry of splitEntries(section.lines, context.doc)) {
    const head = parseHead(entry.head, { language: context.language, singleDateIs: 'start' });
    const { role, organisation, rest } = roleAndOrganisation(head.names, head.roleFirst);
    if (!role && !organisation && !head.dateRange) {
      leftover.push(...entry.head, ...entry.body);
      continue;
    }
    if (head.dateRange) dated++;
    const tech = technologiesOf(entry);
    const company = organisation && rest.length === 0 && !head.location ? splitTrailingPlace(organisation) : undefined;
    const companyName =
      company?.name ?? (rest.length && organisation ? [organisation, ...rest].join(', ') : organisation);
    const location = head.location ?? company?.location;
    const item: ExperienceItem = {
      ...(role && { jobTitle: role }),
      ...(companyName && { companyName }),
      ...(location && { location }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(tech.lines.length > 0 && { responsibilitiesAndAchievements: tech.lines }),
      ...(tech.technologies.length > 0 && { technologiesUsed: tech.technologies }),
      ...(head.employmentType && { employmentType: head.employmentType }),
      ...(head.remoteWork && { remoteWork: head.remoteWork }),
    };
    items.push(item);
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  const confidence = Math.min(1, 0.4 + 0.6 * (dated / items.length));
  return { value: { ...titleOf(section), experienceItems: items }, leftover, confidence };
}

/** A head row whose right-hand cell holds only its dates: that cell is no place column. */
function withoutDateCell(line: string): string {
  const tab = line.lastIndexOf('\t');
  if (tab < 0) return line;
  const cell = line.slice(tab + 1).trim();
  const range = findDateRange(cell);
  const onlyDates =
    range !== undefined && !/[\p{L}\p{N}]/u.test(cell.slice(0, range.index) + cell.slice(range.index + range.length));
  return onlyDates ? `${line.slice(0, tab)} | ${cell}` : line;
}

export function parseVolunteer(section: Section, context: ParseContext): Parsed<VolunteerSection> {
  // A heading with nothing under it is still a section the CV prints.
  if (section.lines.length === 0)
    return { value: { ...titleOf(section), volunteerItems: [] }, leftover: [], confidence: 0.3 };
  const items: VolunteerItem[] = [];
  const leftover: string[] = [];
  const options = { language: context.language, singleDateIs: 'start' } as const;
  for (const entry of splitEntries(section.lines, context.doc)) {
    let headLines = entry.head.map(withoutDateCell);
    const description = [...entry.paragraphs];
    // "Role — Organisation ⇥ dates" is a whole head: a line under it that is no place describes the work.
    if (headLines.length > 1) {
      const first = parseHead([headLines[0]!], options);
      const whole = roleAndOrganisation(first.names, first.roleFirst);
      if (first.dateRange && whole.role && whole.organisation) {
        const more = headLines.slice(1).filter((l) => !parseLocation(l) && !findDateRange(l));
        headLines = headLines.filter((l) => !more.includes(l));
        description.unshift(...more);
      }
    }
    const head = parseHead(headLines, options);
    const { organisation, rest, ...named } = roleAndOrganisation(head.names, head.roleFirst);
    let role = named.role;
    let location = head.location;
    // A place never holds a role word: "Food Bank — Warehouse Shift Lead, Denver, CO" read as one place.
    if (!role && location?.city && roleScore(location.city) > 0) {
      role = location.city;
      location = parseLocation([location.state, location.country].filter(Boolean).join(', '), { allowCityOnly: true });
    }
    if (!role && !organisation) {
      leftover.push(...entry.head, ...entry.body);
      continue;
    }
    items.push({
      ...(role && { role }),
      ...(organisation && { organization: [organisation, ...rest].join(', ') }),
      ...(location && { location }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(description.length > 0 && { description: description.join(' ') }),
      ...(entry.bullets.length > 0 && { responsibilities: entry.bullets }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  return { value: { ...titleOf(section), volunteerItems: items }, leftover, confidence: 0.7 };
}
