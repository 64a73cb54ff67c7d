import type { CvData } from '../src/cv-data.js';

/**
 * Field-level score of an extraction against the truth (what the document says, written by hand):
 * one point per field the truth states, so a file's total is fixed by its truth alone. See
 * `README.md` here for the rules a reviewer checks truth files against.
 */

export interface SectionScore {
  expected: number;
  matched: number;
  misses: string[];
}

export type Scores = Record<string, SectionScore>;

type Obj = Record<string, unknown>;

/** What a reader would call the same text: case, accents, spacing, glyphs and closing punctuation aside. */
export function normalizeText(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/^(?:â¢|[\s•·▪●◦‣∙*¢-])+/u, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.,;:\s]+$/, '')
    .trim();
}

const normalizeUrl = (value: unknown) =>
  normalizeText(value)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

type Compare = (expected: unknown, actual: unknown) => boolean;
const sameText: Compare = (a, b) => normalizeText(a) === normalizeText(b);
const sameUrl: Compare = (a, b) => normalizeUrl(a) === normalizeUrl(b);
// A phone is the same number with or without its punctuation (and its trunk "0" after a country code).
const samePhone: Compare = (a, b) => {
  const [x, y] = [digits(a), digits(b)];
  return x.length > 0 && (x === y || x.replace(/^(\d{2})0/, '$1') === y.replace(/^(\d{2})0/, '$1'));
};
// A flag the extraction does not state is not a match, even for `false`.
const sameFlag: Compare = (a, b) => b !== undefined && b !== null && Boolean(a) === Boolean(b);
const sameDate: Compare = (a, b) =>
  a === null ? b === null || b === undefined : normalizeText(a) === normalizeText(b);

interface Field {
  path: string;
  compare?: Compare;
}

interface ListSpec {
  list: string;
  fields: Field[];
}

const dateRange: Field[] = [
  { path: 'dateRange.startDate', compare: sameDate },
  { path: 'dateRange.endDate', compare: sameDate },
  { path: 'dateRange.isCurrent', compare: sameFlag },
];

/** The list sections and the fields of their items that are scored, the item's name first. */
export const LIST_SECTIONS: Record<string, ListSpec> = {
  experience: {
    list: 'experienceItems',
    fields: [
      { path: 'jobTitle' },
      { path: 'companyName' },
      { path: 'location.city' },
      ...dateRange,
      { path: 'responsibilitiesAndAchievements' },
    ],
  },
  education: {
    list: 'educationItems',
    fields: [
      { path: 'institution' },
      { path: 'degree' },
      { path: 'fieldOfStudy' },
      { path: 'dateRange.startDate', compare: sameDate },
      { path: 'dateRange.endDate', compare: sameDate },
    ],
  },
  languages: { list: 'languageItems', fields: [{ path: 'language' }, { path: 'proficiency' }] },
  certifications: {
    list: 'certificationItems',
    fields: [{ path: 'title' }, { path: 'issuingOrganization' }, { path: 'issueDate', compare: sameDate }],
  },
  projects: {
    list: 'projectItems',
    fields: [
      { path: 'title' },
      { path: 'role' },
      { path: 'description' },
      { path: 'projectUrl', compare: sameUrl },
      { path: 'technologiesUsed' },
    ],
  },
  achievements: {
    list: 'achievements',
    fields: [{ path: 'label' }, { path: 'contextOrDetail' }, { path: 'timeframe' }],
  },
  courses: {
    list: 'courseItems',
    fields: [{ path: 'title' }, { path: 'institution' }, { path: 'year', compare: sameDate }],
  },
  volunteer: {
    list: 'volunteerItems',
    fields: [
      { path: 'role' },
      { path: 'organization' },
      { path: 'dateRange.startDate', compare: sameDate },
      { path: 'dateRange.isCurrent', compare: sameFlag },
      { path: 'responsibilities' },
    ],
  },
  publications: {
    list: 'publications',
    fields: [{ path: 'title' }, { path: 'journalName' }, { path: 'publicationDate', compare: sameDate }],
  },
  speaking: {
    list: 'speakingEngagements',
    fields: [{ path: 'title' }, { path: 'eventName' }, { path: 'date', compare: sameDate }],
  },
  patents: { list: 'patents', fields: [{ path: 'title' }, { path: 'patentNumber' }, { path: 'status' }] },
  memberships: { list: 'memberships', fields: [{ path: 'organization' }, { path: 'role' }] },
  testimonials: { list: 'testimonials', fields: [{ path: 'quote' }, { path: 'authorName' }] },
};

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Obj)[k] : undefined), object);
}

/** Points for one field: a list value earns one point per expected entry found. */
function fieldPoints(
  expected: unknown,
  actual: unknown,
  compare: Compare = sameText,
): { of: number; got: number; missed: string[] } {
  if (expected === undefined) return { of: 0, got: 0, missed: [] };
  if (Array.isArray(expected)) {
    const pool = Array.isArray(actual) ? [...(actual as unknown[])] : [];
    const missed: string[] = [];
    let got = 0;
    for (const e of expected) {
      const at = pool.findIndex((a) => compare(e, a));
      if (at >= 0) {
        got++;
        pool.splice(at, 1);
      } else missed.push(String(e));
    }
    // One more point for stating no more than the page does: extra bullets or skills cost it.
    const exact = pool.length === 0;
    if (!exact) missed.push(`${pool.length} extra: ${pool.slice(0, 3).map(String).join(' | ')}`);
    return { of: expected.length + 1, got: got + (exact ? 1 : 0), missed };
  }
  const ok = expected === null ? actual === null || actual === undefined : compare(expected, actual);
  return {
    of: 1,
    got: ok ? 1 : 0,
    missed: ok ? [] : [`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`],
  };
}

function add(score: SectionScore, label: string, points: ReturnType<typeof fieldPoints>): void {
  score.expected += points.of;
  score.matched += points.got;
  for (const m of points.missed) score.misses.push(`${label}: ${m}`);
}

function scoreItem(spec: ListSpec, expected: Obj, actual: unknown) {
  return spec.fields.map((f) => ({ f, points: fieldPoints(get(expected, f.path), get(actual, f.path), f.compare) }));
}

/** Pairs each expected item with the unused extracted item sharing most of its fields. */
function scoreList(spec: ListSpec, expected: Obj[], actual: Obj[], score: SectionScore): void {
  const unused = new Set(actual.map((_, i) => i));
  expected.forEach((item, index) => {
    let best: { at: number; got: number } = { at: -1, got: -1 };
    for (const at of unused) {
      const got = scoreItem(spec, item, actual[at]).reduce((n, { points }) => n + points.got, 0);
      // Ties go to the item in the same position.
      if (got > best.got || (got === best.got && at === index)) best = { at, got };
    }
    if (best.at >= 0 && best.got > 0) unused.delete(best.at);
    const pair = best.got > 0 ? actual[best.at] : undefined;
    for (const { f, points } of scoreItem(spec, item, pair)) {
      // An item the extraction does not have earns nothing, not even the fields it leaves empty.
      add(score, `${spec.list}[${index}].${f.path}`, pair ? points : { ...points, got: 0 });
    }
  });
  // One point for the right number of entries: a stray entry (a sidebar line taken for a school) costs it.
  add(score, `${spec.list}.length`, {
    of: 1,
    got: expected.length === actual.length ? 1 : 0,
    missed: expected.length === actual.length ? [] : [`expected ${expected.length} entries, got ${actual.length}`],
  });
}

const allSkills = (s: Obj) => [
  ...((s.skillCategories as Obj[] | undefined) ?? []).flatMap((c) => (c.skills as string[] | undefined) ?? []),
  ...((s.ungroupedSkills as string[] | undefined) ?? []),
];

function scoreSection(section: string, truth: Obj, got: Obj, score: SectionScore): void {
  if (truth.sectionTitle) add(score, 'sectionTitle', fieldPoints(truth.sectionTitle, got.sectionTitle));
  if (section === 'hero') {
    for (const f of ['fullName', 'professionalTitle']) add(score, f, fieldPoints(truth[f], got[f]));
  } else if (section === 'contact') {
    add(score, 'email', fieldPoints(truth.email, got.email));
    add(score, 'phone', fieldPoints(truth.phone, got.phone, samePhone));
    for (const f of ['location.city', 'location.country']) add(score, f, fieldPoints(get(truth, f), get(got, f)));
    const urls = (s: Obj) =>
      ((s.professionalLinks as Obj[] | undefined) ?? []).map((l) => l.url).filter((u) => typeof u === 'string');
    if (truth.professionalLinks) add(score, 'links', fieldPoints(urls(truth), urls(got), sameUrl));
  } else if (section === 'summary') {
    add(score, 'summaryText', fieldPoints(truth.summaryText, got.summaryText));
  } else if (section === 'skills') {
    add(score, 'skills', fieldPoints(allSkills(truth), allSkills(got)));
    const categories = (s: Obj) => (s.skillCategories as Obj[] | undefined) ?? [];
    add(
      score,
      'categoryName',
      fieldPoints(
        categories(truth).map((c) => c.categoryName),
        categories(got).map((c) => c.categoryName),
      ),
    );
    // A level printed beside a skill or a group ("Cardio Training ⇥ Expert") counts with its name.
    const levels = (s: Obj) =>
      categories(s)
        .filter((c) => c.level)
        .map((c) => `${String(c.categoryName)}: ${String(c.level)}`);
    if (levels(truth).length > 0) add(score, 'level', fieldPoints(levels(truth), levels(got)));
  } else if (section === 'hobbies') {
    add(score, 'hobbies', fieldPoints(truth.hobbies, got.hobbies));
  } else if (LIST_SECTIONS[section]) {
    const spec = LIST_SECTIONS[section];
    scoreList(spec, (truth[spec.list] as Obj[] | undefined) ?? [], (got[spec.list] as Obj[] | undefined) ?? [], score);
  }
}

/**
 * Scores `extracted` against `truth`, section by section; `absent` are strings on the page that
 * are not CV content (template footers, page numbers): one point each when nowhere in the extraction.
 */
export function scoreCv(truth: CvData, extracted: CvData, absent: readonly string[] = []): Scores {
  const scores: Scores = {};
  for (const [section, value] of Object.entries(truth as Obj)) {
    if (section === 'meta' || section === 'unclassifiedText' || !value || typeof value !== 'object') continue;
    const score: SectionScore = { expected: 0, matched: 0, misses: [] };
    scoreSection(section, value as Obj, ((extracted as Obj)[section] ?? {}) as Obj, score);
    if (score.expected) scores[section] = score;
  }
  if (absent.length) {
    const everything = ` ${normalizeText(JSON.stringify(extracted)).replace(/[^\p{L}\p{N}/]+/gu, ' ')} `;
    const score: SectionScore = { expected: 0, matched: 0, misses: [] };
    for (const text of absent) {
      // Whole words only: "1/2" is not in "11/2019".
      const clean = !everything.includes(
        ` ${normalizeText(text)
          .replace(/[^\p{L}\p{N}/]+/gu, ' ')
          .trim()} `,
      );
      add(score, 'absent', { of: 1, got: clean ? 1 : 0, missed: clean ? [] : [`"${text}" is in the extraction`] });
    }
    scores.boilerplate = score;
  }
  return scores;
}

export function total(scores: Scores): { expected: number; matched: number; accuracy: number } {
  let expected = 0;
  let matched = 0;
  for (const s of Object.values(scores)) {
    expected += s.expected;
    matched += s.matched;
  }
  return { expected, matched, accuracy: expected ? matched / expected : 1 };
}
