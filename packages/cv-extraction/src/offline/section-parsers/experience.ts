import type { ExperienceItem, ExperienceSection, VolunteerItem, VolunteerSection } from '../../cv-data.js';
import { splitEntries, type Entry } from '../entries.js';
import { parseHead, roleAndOrganisation, splitTrailingPlace } from '../field-parsing.js';
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

export function parseVolunteer(section: Section, context: ParseContext): Parsed<VolunteerSection> {
  const items: VolunteerItem[] = [];
  const leftover: string[] = [];
  for (const entry of splitEntries(section.lines, context.doc)) {
    const head = parseHead(entry.head, { language: context.language, singleDateIs: 'start' });
    const { role, organisation, rest } = roleAndOrganisation(head.names, head.roleFirst);
    if (!role && !organisation) {
      leftover.push(...entry.head, ...entry.body);
      continue;
    }
    items.push({
      ...(role && { role }),
      ...(organisation && { organization: [organisation, ...rest].join(', ') }),
      ...(head.location && { location: head.location }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(entry.paragraphs.length > 0 && { description: entry.paragraphs.join(' ') }),
      ...(entry.bullets.length > 0 && { responsibilities: entry.bullets }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  return { value: { ...titleOf(section), volunteerItems: items }, leftover, confidence: 0.7 };
}
