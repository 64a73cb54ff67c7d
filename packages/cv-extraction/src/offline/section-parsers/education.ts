import type { EducationItem, EducationSection } from '../../cv-data.js';
import { splitEntries } from '../entries.js';
import { parseHead, splitTrailingPlace } from '../field-parsing.js';
import type { Section } from '../segmentation.js';
import { fold, splitList } from '../text-utils.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import { trimChars } from '../linear-text.js';

const DEGREE =
  /(?<![\p{L}])(?:bachelor|bachelors|master|masters|msc|m\.sc|bsc|b\.sc|ba|b\.a|ma|m\.a|mba|phd|ph\.d|doctorate|doctor|diploma|associate|associates|degree|bs|ms|beng|meng|llb|llm|md|certificate|high school|licenciatura|licenciado|licenciada|grado|master|maestria|doctorado|ingenieria|ingeniero|titulo|tecnico superior|bachillerato|licence|doctorat|diplome|bts|dut|baccalaureat|ingenieur|abitur|diplom|magister|staatsexamen|ausbildung|mestrado|bacharelado|doutorado|licenciatura|laurea|laurea magistrale|dottorato|diploma di|kandidatexamen|magisterexamen|civilingenjor|kandidat|hbo|wo|propedeuse|doctoraal|exchange programme|exchange program|programa erasmus|erasmus|programa de intercambio|echange|austauschprogramm|austauschsemester)(?![\p{L}])/u;
const INSTITUTION =
  /(?<![\p{L}])(?:university|universidad|universite|universitat|universita|universidade|universiteit|universitet|hochschule|fachhochschule|college|school|institute|instituto|istituto|institut|escuela|ecole|academy|academia|akademie|politecnico|polytechnic|politecnica|hogeschool|hogskola|lycee|gymnasium|colegio|campus|conservatory|conservatorio|seminary)(?![\p{L}])/u;

const GPA =
  /(?<![\p{L}])(?:gpa|cgpa|grade|nota media|nota final|nota|moyenne|mention|note|notendurchschnitt|abschlussnote|media|cijfer|betyg|final grade)\s*[:：]?\s*([^|\t,;]{1,40})/iu;
const HONORS =
  /^(?:honors|honours|honores|distinciones|mentions?|auszeichnungen|distinzioni|onderscheidingen)\s*[:：]\s*/iu;
const COURSEWORK =
  /^(?:relevant coursework|coursework|relevant courses|key courses|asignaturas(?: relevantes)?|materias|cours(?: suivis)?|matieres|schwerpunkte|kurse|disciplinas|corsi|vakken|kurser)\s*[:：]\s*/iu;
const HONOR_PHRASES =
  /(?<![\p{L}])(?:dean['’]?s list|summa cum laude|magna cum laude|cum laude|with honou?rs|first class honou?rs|matricula de honor|mention tres bien|mit auszeichnung|con lode|valedictorian)(?![\p{L}])/iu;

/** "BSN" for "Bachelor of Science in Nursing": the capitals are the initials of its capitalised words. */
function abbreviates(abbreviation: string, name: string): boolean {
  const initials = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  const capitals = abbreviation.replace(/[^\p{Lu}]/gu, '');
  return capitals.length >= 2 && capitals === initials;
}

function splitDegree(value: string): { degree: string; field?: string } {
  const connector = /\s+(?:in|en|em|of science in|of arts in|de|in der|im)\s+(?=\p{Lu})/u;
  const m =
    / (?:in|en|em|im) (?=\p{Lu})/u.exec(value) ??
    (/^(?:grado|licence|master|máster|licenciatura|diplom|laurea|mestrado)\s+(?:de|en|em|in)\s+/iu.test(value)
      ? connector.exec(value)
      : null);
  if (m) {
    const field = value.slice(m.index + m[0].length).trim();
    // "Bachelor of Science in Nursing (BSN)": the bracket abbreviates the whole degree's name, so
    // the degree is named in full and the field is the subject alone.
    const named = /^(.*\S)\s*\(([\p{L}.]{2,8})\)$/u.exec(field);
    if (named && abbreviates(named[2]!, value.slice(0, value.length - named[0].length + named[1]!.length)))
      return { degree: value, field: named[1]! };
    return { degree: value.slice(0, m.index).trim(), field };
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(value);
  if (comma && DEGREE.test(fold(comma[1]!))) return { degree: comma[1]!.trim(), field: comma[2]!.trim() };
  // "Master Contrôle de gestion", "Staatsexamen Pharmazie": a bare degree word, then the field.
  const bare =
    /^((?:master|masters|máster|mastère spécialisé|mastere specialise|licence(?: professionnelle)?|licenciatura|bachelor|grado|diplom|diplôme d'ingénieur|diplome d'ingenieur|diplôme|magister|staatsexamen|promotion|maestría|mestrado|laurea|bts|dut|mba|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?a\.?|m\.?\s?a\.?)(?:\s*\([^()]{1,30}\))?)\s+(\p{Lu}.*)$/iu.exec(
      value,
    );
  if (bare && !/^(?:of|in|en|de|der|im)\s/iu.test(bare[2]!)) return { degree: bare[1]!, field: bare[2]! };
  const abbreviation =
    /^((?:B|M)\.?\s?(?:Sc|A|S|Eng|Ed|Phil|BA)\.?|MBA|PhD|Ph\.D\.|BSc|MSc|BEng|MEng|LLB|LLM)\s+(\p{Lu}.*)$/u.exec(value);
  if (abbreviation) return { degree: abbreviation[1]!, field: abbreviation[2]! };
  return { degree: value };
}

export function parseEducation(section: Section, context: ParseContext): Parsed<EducationSection> {
  const items: EducationItem[] = [];
  const leftover: string[] = [];
  for (const entry of splitEntries(section.lines, context.doc)) {
    const headLines: string[] = [];
    let gpa: string | undefined;
    const honors: string[] = [];
    const coursework: string[] = [];
    const description: string[] = [];
    const take = (line: string): boolean => {
      const h = HONORS.exec(fold(line));
      if (h) {
        honors.push(...splitList(line.slice(h[0].length)));
        return true;
      }
      const c = COURSEWORK.exec(fold(line));
      if (c) {
        coursework.push(...splitList(line.slice(c[0].length)));
        return true;
      }
      return false;
    };
    for (const raw of entry.head) {
      if (take(raw)) continue;
      // Honours written among the head's fields ("Graduated: May 2011 | Summa Cum Laude").
      const parts = raw.split(/\s+\|\s+/);
      const honourParts = parts.filter((p) => HONOR_PHRASES.test(p) && p.length < 60);
      honors.push(...honourParts);
      const line = parts.filter((p) => !honourParts.includes(p)).join(' | ');
      if (!line) continue;
      const g = GPA.exec(line);
      if (g && !gpa) {
        gpa = g[1]!.trim();
        const rest = trimChars(line.slice(0, g.index) + line.slice(g.index + g[0].length), '|,;');
        if (HONOR_PHRASES.test(rest)) {
          for (const part of rest.split(/\s*[|,;]\s*/)) if (HONOR_PHRASES.test(part)) honors.push(part);
          const other = rest
            .split(/\s*[|,;]\s*/)
            .filter((p) => !HONOR_PHRASES.test(p))
            .join(' | ');
          if (other) headLines.push(other);
        } else if (rest) headLines.push(rest);
        continue;
      }
      headLines.push(line);
    }
    for (const line of entry.ordered) {
      if (take(line)) continue;
      const g = GPA.exec(line);
      if (g && !gpa && line.length < 60) {
        gpa = g[1]!.trim();
        continue;
      }
      if (HONOR_PHRASES.test(line) && line.length < 80) honors.push(line);
      else description.push(line);
    }
    const head = parseHead(headLines, { language: context.language, singleDateIs: 'end' });
    // Honours written in the head ("Summa Cum Laude") are not names.
    const names = head.names.filter((n) => {
      if (HONOR_PHRASES.test(n)) {
        honors.push(n);
        return false;
      }
      return true;
    });
    let institution: string | undefined;
    let degreeText: string | undefined;
    const rest: string[] = [];
    // "High School Diploma, Barlow High School": both name a school; the one that names a
    // qualification ("Diploma", "Degree") is the degree.
    const qualification =
      /(?<![\p{L}])(?:diploma|degree|certificate|bachelor|master|licence|diplome|titulo|abschluss|zeugnis)(?![\p{L}])/u;
    const schools = names.filter((n) => INSTITUTION.test(fold(n)));
    const preferred = schools.length >= 2 ? schools.find((n) => !qualification.test(fold(n))) : undefined;
    for (const name of names) {
      const folded = fold(name);
      if (preferred !== undefined && name !== preferred && qualification.test(folded) && !degreeText) {
        degreeText = name;
        continue;
      }
      if (
        !institution &&
        INSTITUTION.test(folded) &&
        !(
          DEGREE.test(folded) &&
          /(?<![\p{L}])(?:in|en|of)(?![\p{L}])/u.test(folded) &&
          !/univ|college|school|escuela|ecole/u.test(folded)
        )
      )
        institution = name;
      else if (!degreeText && DEGREE.test(folded)) degreeText = name;
      else rest.push(name);
    }
    if (!degreeText && rest.length > 0) degreeText = rest.shift();
    if (!institution && rest.length > 0) institution = rest.shift();
    if (degreeText && !institution && names.length === 1 && rest.length === 0 && INSTITUTION.test(fold(degreeText))) {
      institution = degreeText;
      degreeText = undefined;
    }
    // "MBA, Technology Management" kept apart by the comma split.
    let field: string | undefined;
    let degree: string | undefined;
    if (degreeText) ({ degree, field } = splitDegree(degreeText));
    if (!field && rest.length > 0 && degree && !/univ/i.test(rest[0]!)) field = rest.shift();
    if (!degree && !institution) {
      leftover.push(...entry.head, ...entry.body);
      continue;
    }
    if (rest.length > 0) description.unshift(rest.join(', '));
    // "Atlanta Technical College, Atlanta": the school's place after its last comma.
    const school = institution && !head.location ? splitTrailingPlace(institution) : undefined;
    if (school?.location) institution = school.name;
    const location = head.location ?? school?.location;
    items.push({
      ...(institution && { institution }),
      ...(degree && { degree }),
      ...(field && { fieldOfStudy: field }),
      ...(location && { location }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(gpa && { gpa }),
      ...(honors.length > 0 && { honors }),
      ...(coursework.length > 0 && { relevantCoursework: coursework }),
      ...(description.length > 0 && { description: description.join('\n') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover, confidence: 0 };
  const complete = items.filter((i) => i.institution && i.degree).length / items.length;
  return { value: { ...titleOf(section), educationItems: items }, leftover, confidence: 0.5 + 0.5 * complete };
}
