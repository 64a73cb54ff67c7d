import { CV_LIMITS, type CvData, type CvSectionKey } from '../cv-data.js';
import { withoutBoilerplate } from './boilerplate.js';
import { lowerConfidence, truncatedValues } from './truncation.js';
import type { ExtractionSignals } from '../extractor.js';
import { contactSectionLines, findContact, findHero } from './hero-contact.js';
import { detectLanguage, type HeadingKey } from './section-headings.js';
import { segment, type Section } from './segmentation.js';
import { parseEducation } from './section-parsers/education.js';
import { parseExperience, parseVolunteer } from './section-parsers/experience.js';
import { parseLanguages } from './section-parsers/languages.js';
import {
  parseAchievements,
  parseCertifications,
  parseCourses,
  parseMemberships,
  parsePatents,
  parseProjects,
  parsePublications,
  parseSpeaking,
  parseTestimonials,
} from './section-parsers/list-items.js';
import type { ParseContext, Parsed } from './section-parsers/parser-types.js';
import { parseHobbies, parseSkillGroups, parseSkills, parseSummary } from './section-parsers/skills.js';
import type { LayoutKind, ReadDocument } from './types.js';

/** From lines in reading order to a CvData candidate, with what the pipeline records about it. */

export interface ParsedCv {
  data: CvData;
  layout: LayoutKind;
  sectionConfidence: Record<string, number>;
  unclassifiedChars: number;
  /** CV sections recognised by their headings (not counting contact or references blocks). */
  recognisedSections: number;
  /** Values the reader is unsure of (words cut off at the page's edge). */
  flagged: ExtractionSignals['flagged_values'];
}

type ListSectionKey = Exclude<HeadingKey, 'contact' | 'references'>;

const PARSERS: { [K in ListSectionKey]: (section: Section, context: ParseContext) => Parsed<NonNullable<CvData[K]>> } =
  {
    summary: parseSummary,
    experience: parseExperience,
    education: parseEducation,
    skills: parseSkills,
    projects: parseProjects,
    achievements: parseAchievements,
    certifications: parseCertifications,
    languages: parseLanguages,
    courses: parseCourses,
    volunteer: parseVolunteer,
    publications: parsePublications,
    speaking: parseSpeaking,
    patents: parsePatents,
    memberships: parseMemberships,
    hobbies: parseHobbies,
    testimonials: parseTestimonials,
  };

/** Two sections of one kind ("Experience", later "Internships") become one, items in order. */
function mergeSections(
  key: ListSectionKey,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...a };
  for (const [field, value] of Object.entries(b)) {
    if (field === 'sectionTitle') continue;
    const existing = merged[field];
    if (Array.isArray(existing) && Array.isArray(value)) merged[field] = [...existing, ...value];
    else if (key === 'summary' && field === 'summaryText' && typeof existing === 'string')
      merged[field] = `${existing}\n${String(value)}`;
    else if (existing === undefined) merged[field] = value;
  }
  return merged;
}

/** Keeps lists and texts within the contract's caps, so the sanitizer has nothing to cut. */
function capped(value: unknown): unknown {
  if (typeof value === 'string')
    return value.length > CV_LIMITS.text ? value.slice(0, CV_LIMITS.text - 1) + '…' : value;
  if (Array.isArray(value)) return value.slice(0, CV_LIMITS.listItems).map(capped);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, capped(v)]));
  }
  return value;
}

export function parseCv(read: ReadDocument, options: { markdown: boolean }): ParsedCv {
  const doc: ReadDocument = { ...read, lines: withoutBoilerplate(read.lines) };
  const { preamble, sections } = segment(doc);
  const allText = doc.lines.map((l) => l.text).join('\n');
  const language = detectLanguage(
    allText,
    sections.map((s) => s.match),
  );
  const context: ParseContext = { doc: { ...doc, language }, language };
  const unclassified: string[] = [];
  const confidence: Record<string, number> = {};
  const data: CvData = {};

  const hero = findHero(preamble, doc.lines, options.markdown);
  if (hero.hero) {
    data.hero = hero.hero;
    confidence.hero = doc.bodySize > 0 ? 0.85 : 0.7;
  }
  // The preamble outside the name and title, blocks under a contact heading, and sidebar lines.
  const contactLines = [...preamble.filter((l) => !hero.used.has(l)), ...contactSectionLines(sections)];
  const contact = findContact(contactLines, doc.lines);
  if (contact.contact) {
    data.contact = contact.contact;
    confidence.contact = contact.contact.email || contact.contact.phone ? 0.9 : 0.5;
  }
  for (const line of contactLines) {
    if (!hero.used.has(line) && !contact.used.has(line)) unclassified.push(line.text);
  }

  let recognised = 0;
  const target = data as Record<string, unknown>;
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!;
    if (section.key === 'contact') continue;
    if (section.key === 'references') {
      unclassified.push([section.title, ...section.lines.map((l) => l.text)].join('\n'));
      continue;
    }
    recognised++;
    const key = section.key;
    // Skills under headings of their own, one after another ("EXPERTISE", "TOOLS"): one section
    // whose categories are those headings.
    let run = 1;
    while (key === 'skills' && sections[index + run]?.key === 'skills') run++;
    const parsed =
      run > 1 ? parseSkillGroups(sections.slice(index, index + run), context) : PARSERS[key](section, context);
    const covered = sections.slice(index, index + run);
    index += run - 1;
    // Loops and a set: spreading or `includes` over a hostile document's lines is too slow or throws.
    for (const text of parsed.leftover) unclassified.push(text);
    if (!parsed.value) {
      const leftover = new Set(parsed.leftover);
      for (const part of covered)
        for (const line of part.lines) if (!leftover.has(line.text)) unclassified.push(line.text);
      continue;
    }
    const value = parsed.value as Record<string, unknown>;
    target[key] = target[key] ? mergeSections(key, target[key] as Record<string, unknown>, value) : value;
    confidence[key] = Math.max(confidence[key] ?? 0, Math.round(parsed.confidence * 100) / 100);
  }
  const unclassifiedText = unclassified
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .join('\n')
    .slice(0, CV_LIMITS.unclassifiedText);
  if (unclassifiedText) data.unclassifiedText = unclassifiedText;
  data.meta = { language };
  const out = capped(data) as CvData;
  const flagged = truncatedValues(out, doc.lines);
  lowerConfidence(confidence, flagged);
  return {
    flagged,
    data: out,
    layout: doc.layout,
    sectionConfidence: confidence as Partial<Record<CvSectionKey, number>> as Record<string, number>,
    unclassifiedChars: unclassifiedText.length,
    recognisedSections: recognised,
  };
}
