import type { CvLocation, DateRange } from '../cv-data.js';
import { isCountry, parseLocation } from './contact-parsing.js';
import { findDateRange, withoutRange } from './date-parsing.js';
import { fold, foldSameLength, splitFields } from './text-utils.js';
import { dropDanglingSeparators, trimChars } from './linear-text.js';

/**
 * Reads an entry's head ("Staff Nurse | St Thomas' Hospital | London, UK", "Sales Engineer, Engen
 * Oil, Jacksonville", "TechVision Corp - VP of Product", "Title at Company") into its parts: the
 * date range, the place, and the remaining names in order, with which one is a role.
 */

const ROLE_WORDS = [
  'manager',
  'engineer',
  'developer',
  'director',
  'assistant',
  'consultant',
  'analyst',
  'designer',
  'nurse',
  'intern',
  'lead',
  'head',
  'officer',
  'specialist',
  'coordinator',
  'teacher',
  'architect',
  'vp',
  'vice president',
  'president',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'founder',
  'co-founder',
  'owner',
  'administrator',
  'scientist',
  'researcher',
  'technician',
  'associate',
  'representative',
  'supervisor',
  'instructor',
  'professor',
  'lecturer',
  'accountant',
  'advisor',
  'adviser',
  'editor',
  'writer',
  'programmer',
  'executive',
  'agent',
  'clerk',
  'cashier',
  'chef',
  'cook',
  'driver',
  'operator',
  'producer',
  'product owner',
  'scrum master',
  'trainee',
  'apprentice',
  'volunteer',
  'member',
  'chair',
  'treasurer',
  'secretary',
  'fellow',
  'tutor',
  'mentor',
  'principal',
  'partner',
  'senior',
  'junior',
  'sr',
  'jr',
  'staff',
  'worker',
  'mentor',
  'organizer',
  'organiser',
  'speaker',
  'board member',
  'marketer',
  'strategist',
  'planner',
  'therapist',
  'physician',
  'doctor',
  'pharmacist',
  'paralegal',
  'lawyer',
  'attorney',
  'counsel',
  'auditor',
  'controller',
  'buyer',
  'ingeniero',
  'ingeniera',
  'desarrollador',
  'desarrolladora',
  'gerente',
  'jefe',
  'jefa',
  'directora',
  'analista',
  'consultor',
  'consultora',
  'responsable',
  'coordinador',
  'coordinadora',
  'tecnico',
  'tecnica',
  'disenador',
  'disenadora',
  'programador',
  'programadora',
  'enfermera',
  'enfermero',
  'profesor',
  'profesora',
  'asistente',
  'becario',
  'becaria',
  'arquitecto',
  'arquitecta',
  'administrador',
  'administradora',
  'especialista',
  'auxiliar',
  'voluntario',
  'voluntaria',
  'mentora',
  'tutora',
  'presidenta',
  'socio',
  'socia',
  'miembro',
  'vocal',
  'tesorero',
  'developpeur',
  'developpeuse',
  'ingenieur',
  'chef de projet',
  'charge',
  'chargee',
  'directeur',
  'directrice',
  'consultante',
  'stagiaire',
  'assistante',
  'infirmier',
  'infirmiere',
  'enseignant',
  'enseignante',
  'benevole',
  'tresorier',
  'animateur',
  'animatrice',
  'formateur',
  'formatrice',
  'entwickler',
  'entwicklerin',
  'ingenieurin',
  'leiter',
  'leiterin',
  'berater',
  'beraterin',
  'projektleiter',
  'projektleiterin',
  'geschaftsfuhrer',
  'softwareentwickler',
  'softwareentwicklerin',
  'werkstudent',
  'werkstudentin',
  'praktikant',
  'praktikantin',
  'mitarbeiter',
  'mitarbeiterin',
  'referent',
  'referentin',
  'sachbearbeiter',
  'sachbearbeiterin',
  'teamleiter',
  'teamleiterin',
  'mitglied',
  'vorsitzender',
  'trainer',
  'trainerin',
  'dozent',
  'desenvolvedor',
  'desenvolvedora',
  'engenheiro',
  'engenheira',
  'coordenador',
  'coordenadora',
  'estagiario',
  'estagiaria',
  'sviluppatore',
  'sviluppatrice',
  'ingegnere',
  'responsabile',
  'impiegato',
  'impiegata',
  'stagista',
  'ontwikkelaar',
  'medewerker',
  'adviseur',
  'beheerder',
  'utvecklare',
  'ingenjor',
  'konsult',
  'projektledare',
  'saljare',
  'chefe',
  'gestor',
  'gestora',
  'product manager',
  'software',
  'data',
];
const ROLE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${ROLE_WORDS.join('|')})(?![\\p{L}])`, 'u');

const ORGANISATION_PATTERN =
  /(?<![\p{L}])(?:inc|ltd|llc|gmbh|s\.?a|s\.?l|s\.?l\.?u|corp|corporation|company|co|group|ag|bv|b\.v|ab|sas|sarl|s\.?p\.?a|srl|plc|university|universidad|universite|universitat|universita|universidade|universiteit|hospital|bank|banco|labs|technologies|solutions|consulting|agency|institute|instituto|foundation|fundacion|association|asociacion|ministry|ministerio|council|school|college|academy|studio|systems|software|media|partners|ventures|analytics|retail|insurance)(?![\p{L}])/u;

export function roleScore(value: string): number {
  const folded = fold(value);
  let score = ROLE_PATTERN.test(folded) ? 2 : 0;
  if (ORGANISATION_PATTERN.test(folded)) score -= 2;
  return score;
}

const EMPLOYMENT_TYPES =
  /(?<![\p{L}])(?:full[- ]time|part[- ]time|contract|contractor|freelance|internship|temporary|permanent|tiempo completo|media jornada|jornada completa|practicas|autonomo|cdi|cdd|stage|alternance|interim|vollzeit|teilzeit|praktikum|befristet|tempo integral|meio periodo|estagio|tempo pieno|part-time|voltijd|deeltijd|heltid|deltid)(?![\p{L}])/iu;
const REMOTE_TYPES =
  /(?<![\p{L}])(?:remote|hybrid|on[- ]site|onsite|remoto|hibrido|presencial|teletravail|hybride|sur site|homeoffice|home office|remote-first|a distancia|da remoto|ibrido|op afstand|distans)(?![\p{L}])/iu;

export interface HeadParts {
  names: string[];
  location?: CvLocation;
  dateRange?: DateRange;
  /** Names were joined by "at"/"chez"/"bei": the first is the role. */
  roleFirst: boolean;
  employmentType?: string;
  remoteWork?: string;
}

/** One leading separator goes, with the white space around it (as the regex this replaced did). */
function withoutLeadingSeparator(text: string, separators: string): string {
  const start = text.trimStart();
  return (separators.includes(start[0] ?? '') ? start.slice(1) : start).trim();
}

function takeMatch(text: string, pattern: RegExp): { text: string; found?: string } {
  const folded = fold(text);
  const m = pattern.exec(folded);
  if (!m) return { text };
  const found = text.slice(m.index, m.index + m[0].length);
  const cut = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\(\s*\)/g, '');
  // Scans, not `/\s*[|,·•]\s*(?=[|,·•]|$)/g`, which is quadratic on long runs of white space.
  const rest = withoutLeadingSeparator(dropDanglingSeparators(cut, '|,·•'), '|,·•–—-');
  return { text: rest, found };
}

const CONNECTORS = /\s+(?:at|@|chez|bei|presso|bij|på|em|na|no)\s+(?=\p{Lu})/u;
const SPANISH_AT = /\s+en\s+(?=\p{Lu})/u;

export function parseHead(lines: string[], options: { language: string; singleDateIs: 'start' | 'end' }): HeadParts {
  let text = lines.join('\t');
  const parts: HeadParts = { names: [], roleFirst: false };
  const range = findDateRange(text);
  if (range) {
    parts.dateRange = rangeOf(range, options.singleDateIs);
    text = withoutRange(text, range);
  }
  text = text.replace(
    /(?<![\p{L}])(?:graduated|graduation|graduado|graduada|diplome|diplomee|abschluss|formado|laureato|afgestudeerd|examen)\s*:?\s*(?=\t|$)/giu,
    '',
  );
  const employment = takeMatch(text, EMPLOYMENT_TYPES);
  // "Ingeniero en prácticas": after a preposition the word is part of the title.
  const partOfTitle =
    employment.found !== undefined &&
    /(?<![\p{L}])(?:en|in|de|im|di|em)\s+$/iu.test(text.slice(0, foldSameLength(text).search(EMPLOYMENT_TYPES)));
  if (employment.found && !partOfTitle) {
    parts.employmentType = employment.found;
    text = employment.text;
  }
  const remote = takeMatch(text, REMOTE_TYPES);
  if (remote.found) {
    parts.remoteWork = remote.found;
    text = remote.text;
  }
  let fields = text
    .split('\t')
    .flatMap((line) => splitFields(line))
    .map((f) => trimChars(f, ',;:|', false).trim())
    .filter((f) => f.length > 0 && !/^\(?\s*\)?$/.test(f));

  const connector =
    fields.length > 0
      ? (CONNECTORS.exec(fields[0]!) ?? (options.language === 'es' ? SPANISH_AT.exec(fields[0]!) : null))
      : null;
  // Spanish "en" also joins a degree to its field ("Máster en Ingeniería"): it needs a role word first.
  const spanish = connector !== null && !CONNECTORS.test(fields[0]!);
  const degreeFirst =
    spanish &&
    /^(?:m[aá]ster|grado|licenciatura|doctorado|diplomado|t[eé]cnico superior|curso|programa)\b/iu.test(fields[0]!);
  if (connector && !degreeFirst && roleScore(fields[0]!.slice(0, connector.index)) >= 0) {
    const first = fields[0]!;
    fields = [
      first.slice(0, connector.index).trim(),
      first.slice(connector.index + connector[0].length).trim(),
      ...fields.slice(1),
    ];
    parts.roleFirst = true;
  }

  // A short name alone in the right-hand cell of a head row ("IT Consultant, Amazon ⇥ Jacksonville")
  // is where the job was: templates put the place there, titles and employers on the left.
  const lastCell = placeCell(lines);
  // ("Company, City, Country" in that cell is a name with its place: the field loop below splits it.)
  if (
    fields.length >= 2 &&
    lastCell !== '' &&
    fields[fields.length - 1] === lastCell &&
    lastCell.split(',').length <= 2
  ) {
    const place = placeName(lastCell);
    if (place) {
      parts.location = place;
      fields = fields.slice(0, -1);
    }
  }

  // A place is a whole field ("London, UK"), or the last comma-separated part of one.
  const names: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    // "Harbor Mutual Insurance Group, Columbus, OH": a name, then its place in the same field.
    const commas = field.split(/\s*,\s*/);
    if (!parts.location && i > 0 && commas.length >= 3) {
      const place = parseLocation(commas.slice(1).join(', '));
      if (place && roleScore(commas[0]!) <= 0) {
        parts.location = place;
        names.push(commas[0]!);
        continue;
      }
    }
    const place =
      !parts.location && i > 0 ? parseLocation(field, { allowCityOnly: i === fields.length - 1 && i >= 2 }) : undefined;
    if (place) {
      parts.location = place;
      continue;
    }
    names.push(field);
  }
  if (names.length === 1 && names[0]!.includes(',')) {
    const pieces = names[0]!.split(/\s*,\s*/).filter((p) => p.length > 0);
    names.length = 0;
    names.push(pieces[0]!);
    let rest = pieces.slice(1);
    if (!parts.location && rest.length >= 2) {
      const tail = rest.slice(1).join(', ');
      const place = parseLocation(tail, { allowCityOnly: true });
      if (place) {
        parts.location = place;
        rest = rest.slice(0, 1);
      }
    }
    if (!parts.location && rest.length === 1 && isCountry(rest[0]!)) {
      parts.location = parseLocation(rest[0]!)!;
      rest = [];
    }
    names.push(...rest);
  } else if (!parts.location && names.length >= 3) {
    const place = parseLocation(names[names.length - 1]!, { allowCityOnly: true });
    if (place) {
      parts.location = place;
      names.pop();
    }
  } else if (!parts.location && names.length === 2 && names[1]!.includes(',') && roleScore(names[0]!) > 0) {
    // "Title — Company, City": the place after the employer's last comma.
    const split = splitTrailingPlace(names[1]!);
    if (split.location) {
      names[1] = split.name;
      parts.location = split.location;
    }
  } else if (!parts.location && names.length === 2 && lines.some((l) => l.includes('\t'))) {
    // A far-right field on a title line is a place more often than not.
    const place = parseLocation(names[1]!, { allowCityOnly: true });
    if (place && roleScore(names[0]!) > 0 && !ORGANISATION_PATTERN.test(fold(names[1]!))) {
      names.pop();
      parts.location = place;
    }
  }
  parts.names = names;
  return parts;
}

/** Words that name a part of a business, not a place ("Google, Cloud", "Unilever, Home Care"). */
const BUSINESS_WORDS =
  /(?<![\p{L}])(?:cloud|care|home|services?|division|team|unit|department|platform|products?|health|capital|digital|retail|research|operations|sales|marketing|finance|gamble|brands?|foods?|energy|pharma|logistics|consumer|global|international|holdings?|enterprises?)(?![\p{L}])/u;

/**
 * The right-hand cell of one physical head line ("… ⇥ Jacksonville"), or what follows the dates on
 * a date line ("May 2021 — Present, Seattle"), searched from the last line up. Lines joined from
 * the head ("Marketing Manager" / "Nestlé" / dates) are not cells of one row.
 */
function placeCell(lines: string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const range = findDateRange(line);
    if (range) {
      const rest = trimChars(withoutRange(line, range).split('\t').pop() ?? '', ',;:|');
      if (rest && !line.slice(range.index + range.length).includes('\t') && range.index < line.length - range.length)
        return rest;
      if (!line.includes('\t')) continue;
    }
    if (line.includes('\t')) {
      const cells = (range ? withoutRange(line, range) : line).split('\t');
      return cells.length >= 2 ? trimChars(cells[cells.length - 1]!, ',;:|') : '';
    }
  }
  return '';
}

/** A field that can only be a place: city-like words, no role or organisation word in it. */
function placeName(field: string): CvLocation | undefined {
  if (roleScore(field) !== 0 || ORGANISATION_PATTERN.test(fold(field)) || BUSINESS_WORDS.test(fold(field)))
    return undefined;
  // "AWS", "EMEA": an acronym is a unit or a region of the business, not a town.
  if (/^\p{Lu}{2,5}$/u.test(field.trim())) return undefined;
  return parseLocation(field, { allowCityOnly: true });
}

/**
 * An organisation written with its place ("Amazon, Miami Gardens", "Atlanta Technical College,
 * Atlanta"): the place after the last comma, when the head had none.
 */
export function splitTrailingPlace(name: string): { name: string; location?: CvLocation } {
  const comma = name.lastIndexOf(',');
  if (comma <= 0) return { name };
  const location = placeName(name.slice(comma + 1).trim());
  const head = name.slice(0, comma).trim();
  return location && head.length > 0 ? { name: head, location } : { name };
}

export function rangeOf(
  range: { startDate?: string; endDate?: string | null; isCurrent: boolean },
  singleDateIs: 'start' | 'end',
): DateRange {
  if (range.endDate === undefined && !range.isCurrent) {
    return singleDateIs === 'end' ? { endDate: range.startDate ?? null } : { startDate: range.startDate ?? null };
  }
  return {
    ...(range.startDate && { startDate: range.startDate }),
    endDate: range.isCurrent ? null : (range.endDate ?? null),
    isCurrent: range.isCurrent,
  };
}

/** Which of two names is the role: by role words, else the first (most CVs put the role first). */
export function roleAndOrganisation(
  names: string[],
  roleFirst: boolean,
): { role?: string; organisation?: string; rest: string[] } {
  const [a, b, ...rest] = names;
  if (a === undefined) return { rest: [] };
  if (b === undefined) return roleScore(a) < 0 ? { organisation: a, rest } : { role: a, rest };
  if (roleFirst) return { role: a, organisation: b, rest };
  return roleScore(b) > roleScore(a) ? { role: b, organisation: a, rest } : { role: a, organisation: b, rest };
}
