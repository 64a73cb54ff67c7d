import type { components } from '@resume2website/sdk';

/**
 * The CV document (`CvData`, 18 sections): its types, generated from `openapi.yaml`, and a
 * run-time model of the same shape that the sanitizer, the hallucination check and the JSON Resume
 * conversion walk. `test/cv-data-sanitizer.test.ts` checks the model against the contract, so the
 * two cannot drift apart.
 */

type Schemas = components['schemas'];

export type CvData = Schemas['CvData'];
export type CvSectionKey = Exclude<keyof CvData, 'unclassifiedText' | 'meta'>;

// The contract makes every section, item and shared shape nullable (`null` = absent); these are
// the present forms, which is what code that builds or reads a document works with.
export type HeroSection = NonNullable<Schemas['HeroSection']>;
export type ContactSection = NonNullable<Schemas['ContactSection']>;
export type SummarySection = NonNullable<Schemas['SummarySection']>;
export type ExperienceSection = NonNullable<Schemas['ExperienceSection']>;
export type ExperienceItem = NonNullable<Schemas['ExperienceItem']>;
export type EducationSection = NonNullable<Schemas['EducationSection']>;
export type EducationItem = NonNullable<Schemas['EducationItem']>;
export type SkillsSection = NonNullable<Schemas['SkillsSection']>;
export type SkillCategory = NonNullable<Schemas['SkillCategory']>;
export type ProjectsSection = NonNullable<Schemas['ProjectsSection']>;
export type ProjectItem = NonNullable<Schemas['ProjectItem']>;
export type AchievementsSection = NonNullable<Schemas['AchievementsSection']>;
export type Achievement = NonNullable<Schemas['Achievement']>;
export type CertificationsSection = NonNullable<Schemas['CertificationsSection']>;
export type CertificationItem = NonNullable<Schemas['CertificationItem']>;
export type LanguagesSection = NonNullable<Schemas['LanguagesSection']>;
export type LanguageItem = NonNullable<Schemas['LanguageItem']>;
export type CoursesSection = NonNullable<Schemas['CoursesSection']>;
export type CourseItem = NonNullable<Schemas['CourseItem']>;
export type VolunteerSection = NonNullable<Schemas['VolunteerSection']>;
export type VolunteerItem = NonNullable<Schemas['VolunteerItem']>;
export type PublicationsSection = NonNullable<Schemas['PublicationsSection']>;
export type Publication = NonNullable<Schemas['Publication']>;
export type SpeakingSection = NonNullable<Schemas['SpeakingSection']>;
export type SpeakingEngagement = NonNullable<Schemas['SpeakingEngagement']>;
export type PatentsSection = NonNullable<Schemas['PatentsSection']>;
export type Patent = NonNullable<Schemas['Patent']>;
export type MembershipsSection = NonNullable<Schemas['MembershipsSection']>;
export type Membership = NonNullable<Schemas['Membership']>;
export type HobbiesSection = NonNullable<Schemas['HobbiesSection']>;
export type TestimonialsSection = NonNullable<Schemas['TestimonialsSection']>;
export type Testimonial = NonNullable<Schemas['Testimonial']>;
export type InterestItem = NonNullable<Schemas['InterestItem']>;
export type CvLocation = NonNullable<Schemas['Location']>;
export type DateRange = NonNullable<Schemas['DateRange']>;
export type ProfessionalLink = NonNullable<Schemas['ProfessionalLink']>;
export type CvMeta = NonNullable<Schemas['CvMeta']>;

/** A value the document refers to by JSON Pointer, with why it matters (a dropped value, a problem). */
export interface CvDataIssue {
  /** RFC 6901 pointer into the CV document (`""` for the document itself). */
  pointer: string;
  reason: string;
}

export const CV_LIMITS = {
  /** Characters in one text (`CvText`, `CvUrl`). */
  text: 2000,
  /** Characters in `unclassifiedText`. */
  unclassifiedText: 50_000,
  /** Items in one list. */
  listItems: 100,
} as const;

/** The 18 sections, in the order a CV usually presents them (and the contract lists them). */
export const CV_SECTION_KEYS = [
  'hero',
  'contact',
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'achievements',
  'certifications',
  'languages',
  'courses',
  'volunteer',
  'publications',
  'speaking',
  'patents',
  'memberships',
  'hobbies',
  'testimonials',
] as const satisfies readonly CvSectionKey[];

// ------------------------------------------------------------------------------------------------
// The run-time model of the document

/** What one member of the document holds; `schema` names the contract's component. */
export type CvFieldSpec =
  | { readonly kind: 'text'; readonly maxLength: number }
  | { readonly kind: 'url' }
  | { readonly kind: 'date' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly minimum: number; readonly maximum: number }
  /** A short machine-ish string (meta): too long or malformed means dropped, never cut. */
  | { readonly kind: 'token'; readonly maxLength: number; readonly pattern?: RegExp; readonly lowercase?: boolean }
  | { readonly kind: 'textList' }
  | { readonly kind: 'object'; readonly schema: string; readonly fields: CvShape }
  | { readonly kind: 'objectList'; readonly schema: string; readonly fields: CvShape };

export type CvShape = { readonly [field: string]: CvFieldSpec };

const text = { kind: 'text', maxLength: CV_LIMITS.text } as const;
const url = { kind: 'url' } as const;
const date = { kind: 'date' } as const;
const textList = { kind: 'textList' } as const;
const object = (schema: string, fields: CvShape): CvFieldSpec => ({ kind: 'object', schema, fields });
const objectList = (schema: string, fields: CvShape): CvFieldSpec => ({ kind: 'objectList', schema, fields });
const section = (schema: string, fields: CvShape): CvFieldSpec => object(schema, { sectionTitle: text, ...fields });

const location = object('Location', { city: text, state: text, country: text, address: text, postalCode: text });
const dateRange = object('DateRange', { startDate: date, endDate: date, isCurrent: { kind: 'boolean' } });

/** BCP 47, loosely: a primary language subtag and any further subtags. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The whole document: section key → member model, in the contract's order. */
export const CV_DOCUMENT_SHAPE: CvShape = {
  hero: object('HeroSection', { fullName: text, professionalTitle: text, summaryTagline: text, profilePhotoUrl: url }),
  contact: object('ContactSection', {
    email: text,
    phone: text,
    location,
    professionalLinks: objectList('ProfessionalLink', { platform: text, url, username: text }),
    availability: text,
    workAuthorization: text,
  }),
  summary: section('SummarySection', {
    summaryText: text,
    yearsOfExperience: { kind: 'number', minimum: 0, maximum: 80 },
    keySpecializations: textList,
  }),
  experience: section('ExperienceSection', {
    experienceItems: objectList('ExperienceItem', {
      jobTitle: text,
      companyName: text,
      location,
      dateRange,
      responsibilitiesAndAchievements: textList,
      technologiesUsed: textList,
      employmentType: text,
      remoteWork: text,
      description: text,
      companyUrl: url,
      companyDescription: text,
    }),
  }),
  education: section('EducationSection', {
    educationItems: objectList('EducationItem', {
      institution: text,
      degree: text,
      fieldOfStudy: text,
      location,
      dateRange,
      gpa: text,
      honors: textList,
      relevantCoursework: textList,
      description: text,
      institutionUrl: url,
    }),
  }),
  skills: section('SkillsSection', {
    skillCategories: objectList('SkillCategory', { categoryName: text, skills: textList, level: text }),
    ungroupedSkills: textList,
  }),
  projects: section('ProjectsSection', {
    projectItems: objectList('ProjectItem', {
      title: text,
      role: text,
      description: text,
      projectUrl: url,
      technologiesUsed: textList,
      dateRange,
      highlights: textList,
      roles: textList,
      entity: text,
      projectType: text,
    }),
  }),
  achievements: section('AchievementsSection', {
    achievements: objectList('Achievement', {
      label: text,
      value: text,
      contextOrDetail: text,
      timeframe: text,
      awarder: text,
    }),
  }),
  certifications: section('CertificationsSection', {
    certificationItems: objectList('CertificationItem', {
      title: text,
      issuingOrganization: text,
      issueDate: date,
      expirationDate: date,
      credentialId: text,
      verificationUrl: url,
    }),
  }),
  languages: section('LanguagesSection', {
    languageItems: objectList('LanguageItem', { language: text, proficiency: text, certification: text }),
  }),
  courses: section('CoursesSection', {
    courseItems: objectList('CourseItem', {
      title: text,
      institution: text,
      year: text,
      dateRange,
      certificateUrl: url,
      description: text,
    }),
  }),
  volunteer: section('VolunteerSection', {
    volunteerItems: objectList('VolunteerItem', {
      role: text,
      organization: text,
      location,
      dateRange,
      description: text,
      responsibilities: textList,
      organizationUrl: url,
    }),
  }),
  publications: section('PublicationsSection', {
    publications: objectList('Publication', {
      title: text,
      authors: textList,
      publicationType: text,
      journalName: text,
      conferenceName: text,
      publicationDate: date,
      doi: text,
      publicationUrl: url,
      description: text,
    }),
  }),
  speaking: section('SpeakingSection', {
    speakingEngagements: objectList('SpeakingEngagement', {
      title: text,
      eventName: text,
      date,
      venue: text,
      role: text,
      eventUrl: url,
      description: text,
    }),
  }),
  patents: section('PatentsSection', {
    patents: objectList('Patent', {
      title: text,
      patentNumber: text,
      status: text,
      filingDate: date,
      issueDate: date,
      inventors: textList,
      patentUrl: url,
      description: text,
    }),
  }),
  memberships: section('MembershipsSection', {
    memberships: objectList('Membership', {
      organization: text,
      role: text,
      membershipType: text,
      dateRange,
      description: text,
    }),
  }),
  hobbies: section('HobbiesSection', {
    hobbies: textList,
    interestItems: objectList('InterestItem', { name: text, keywords: textList }),
  }),
  testimonials: section('TestimonialsSection', {
    testimonials: objectList('Testimonial', {
      quote: text,
      authorName: text,
      authorTitle: text,
      authorCompany: text,
      relationship: text,
      date,
    }),
  }),
  unclassifiedText: { kind: 'text', maxLength: CV_LIMITS.unclassifiedText },
  meta: object('CvMeta', {
    schemaVersion: { kind: 'token', maxLength: 20 },
    language: { kind: 'token', maxLength: 35, pattern: LANGUAGE_TAG_PATTERN },
    extractor: text,
    model: text,
    sourceSha256: { kind: 'token', maxLength: 64, pattern: /^[0-9a-f]{64}$/, lowercase: true },
  }),
};

/**
 * Date pairs inside one item that must not run backwards (besides `DateRange` itself), by the
 * contract's item schema: `[earlier, later]`.
 */
export const ORDERED_DATE_PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  CertificationItem: ['issueDate', 'expirationDate'],
  Patent: ['filingDate', 'issueDate'],
};

// ------------------------------------------------------------------------------------------------
// Helpers

/** Keys that must never be copied from untrusted JSON onto an object. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: an inherited one (or a polluted prototype) never answers. */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** RFC 6901. */
export function jsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export const CV_DATE_PATTERN = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that exists in that month. */
export function isCvDate(value: string): boolean {
  if (!CV_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  return Number(value.slice(8, 10)) <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/** Builds a `CvDate` from parts, or undefined when the day or month does not exist. */
export function formatCvDate(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/**
 * Compares two `CvDate`s at the precision both have: `2021` and `2021-03` are equal (the CV may
 * simply be less precise in one place), `2020-12` is before `2021`.
 */
export function compareCvDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

const URL_SHAPE = /^(?:https?:\/\/\S+|mailto:\S+)$/i;

/**
 * The URL allowlist: absolute `http(s)` (that parses, with a host) or `mailto:`, no whitespace.
 * Expects a string already trimmed and stripped of control characters.
 */
export function isAllowedCvUrl(value: string): boolean {
  if (value.length > CV_LIMITS.text || !URL_SHAPE.test(value)) return false;
  return /^mailto:/i.test(value) || URL.canParse(value);
}

/**
 * Reads a one-line place as CVs write it: `City`, `City, Country` or `City, State, Country`.
 * Anything with more parts stays whole in `city` rather than being guessed at.
 */
export function parseLocationText(value: string): CvLocation {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 2) return { city: parts[0]!, country: parts[1]! };
  if (parts.length === 3) return { city: parts[0]!, state: parts[1]!, country: parts[2]! };
  return { city: value.trim() };
}

/** The inverse of `parseLocationText`: the parts a place has, comma-separated. */
export function formatLocationText(place: CvLocation | null | undefined): string | undefined {
  const parts = [place?.city, place?.state, place?.country].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}
