import type { components } from '@resume2website/sdk';
import {
  CV_DATE_PATTERN,
  PROTOTYPE_KEYS,
  formatLocationText,
  isAllowedCvUrl,
  isRecord,
  ownValue,
  parseLocationText,
  type CvData,
  type CvDataIssue,
  type CvLocation,
} from '../cv-data.js';
import { sanitizeCvData, type SanitizedCvData } from '../sanitizer/cv-data-sanitizer.js';

/**
 * CvData ↔ JSON Resume 1.x (https://jsonresume.org/schema). The field mapping is documented in
 * `docs/json-resume-mapping.md`.
 *
 * Export writes every CvData member that has a place in JSON Resume into its standard members, so
 * JSON Resume tools and themes can use the file. Whatever the standard members cannot carry back
 * goes, in CvData shape, into the `x-resume2website` extension member:
 * - the sections JSON Resume has no place for (`achievements`, `courses`, `speaking`, `patents`,
 *   `memberships`, `testimonials`), whole, plus `unclassifiedText` and `meta`;
 * - for every other section, exactly the members that importing the standard members would not
 *   reproduce (a `sectionTitle`, an item's `technologiesUsed`, a country that is not a two-letter
 *   code, …). Lists of items are patched item by item, aligned by index (`{}` = nothing to add,
 *   `null` = no such item); other values are carried whole. `null` means "absent".
 *
 * Export computes that difference by importing its own standard members, so CvData → JSON Resume →
 * CvData is lossless by construction (for a document in canonical form, which the sanitizer
 * produces; `null` and absent are the same).
 *
 * Import maps whatever a JSON Resume holds, including files written by other tools: every member of
 * the JSON Resume 1.x schema has a CvData place (except `meta`, which is about the file, not the
 * person). A value that cannot go in its place (a company "URL" that is not an absolute `http(s)`
 * URL) is kept as a line of `unclassifiedText`, never dropped silently. Then the extension is applied (it is authoritative
 * for the sections it carries whole) and the result goes through `sanitizeCvData`, so an imported
 * file is held to the same rules as an extraction (URL allowlist, caps, dates).
 */

export type JsonResume = components['schemas']['JsonResume'];

export const JSON_RESUME_EXTENSION = 'x-resume2website';
export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** The sections JSON Resume has no place for: carried whole in the extension, which wins on import. */
export const EXTENSION_SECTIONS = [
  'achievements',
  'courses',
  'speaking',
  'patents',
  'memberships',
  'testimonials',
] as const satisfies readonly (keyof CvData)[];
const EXTENSION_SECTION_SET: ReadonlySet<string> = new Set(EXTENSION_SECTIONS);

/** Link platforms that name a personal site: such a link is also exported as `basics.url`. */
const WEBSITE_PLATFORM =
  /^(website|web|web site|homepage|home page|personal (web)?site|portfolio|blog|site|sitio web|p[aá]gina web|site web|site internet|webseite|sito web|website pessoal)$/i;

/**
 * An address JSON Resume's `email` format accepts (the rule of the validator of `@jsonresume/schema`,
 * ASCII only); any other text in `contact.email` travels in the extension, so exports stay valid.
 */
const JSON_RESUME_EMAIL =
  /^[\w!#$%&'*+\-/=?^`{|}~]+(?:\.[\w!#$%&'*+\-/=?^`{|}~]+)*@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

type Json = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

/** An object of the non-empty members given. */
function members(entries: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(entries)) if (!isEmpty(value)) out[key] = value;
  return out;
}

function present<T>(list: readonly (T | null | undefined)[] | null | undefined): T[] {
  return (list ?? []).filter((item): item is T => item !== null && item !== undefined);
}

function joinText(parts: readonly unknown[], separator: string): string | undefined {
  const texts = parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0);
  return texts.length ? texts.join(separator) : undefined;
}

// ------------------------------------------------------------------------------------------------
// CvData → JSON Resume standard members

function standardMembers(data: CvData): Json {
  const hero = data.hero ?? undefined;
  const contact = data.contact ?? undefined;
  const links = present(contact?.professionalLinks);
  // Import appends `basics.url` to the links as a bare link (a URL and nothing else) unless a profile
  // has that URL: so a bare last link is written back as `basics.url` alone, not as a profile.
  const last = links.at(-1);
  const bareWebsite = last?.url && !last.platform && !last.username ? last : undefined;
  const website = bareWebsite ?? links.find((l) => l.url && (!l.platform || WEBSITE_PLATFORM.test(l.platform)));
  const country = contact?.location?.country;

  const basics = members({
    name: hero?.fullName,
    label: hero?.professionalTitle,
    image: hero?.profilePhotoUrl,
    email: contact?.email && JSON_RESUME_EMAIL.test(contact.email) ? contact.email : undefined,
    phone: contact?.phone,
    url: website?.url,
    summary: data.summary?.summaryText,
    location: members({
      address: contact?.location?.address,
      postalCode: contact?.location?.postalCode,
      city: contact?.location?.city,
      region: contact?.location?.state,
      countryCode: country && /^[A-Za-z]{2}$/.test(country) ? country : undefined,
    }),
    profiles: links
      .filter((l) => l !== bareWebsite)
      .map((l) => members({ network: l.platform, username: l.username, url: l.url })),
  });

  const dates = (range: { startDate?: string | null; endDate?: string | null } | null | undefined) => ({
    startDate: range?.startDate,
    endDate: range?.endDate,
  });

  const skills = data.skills ?? undefined;
  return members({
    basics,
    work: present(data.experience?.experienceItems).map((e) =>
      members({
        name: e.companyName,
        position: e.jobTitle,
        url: e.companyUrl,
        location: formatLocationText(e.location),
        description: e.companyDescription,
        ...dates(e.dateRange),
        summary: e.description,
        highlights: e.responsibilitiesAndAchievements,
      }),
    ),
    volunteer: present(data.volunteer?.volunteerItems).map((v) =>
      members({
        organization: v.organization,
        position: v.role,
        url: v.organizationUrl,
        ...dates(v.dateRange),
        summary: v.description,
        highlights: v.responsibilities,
      }),
    ),
    education: present(data.education?.educationItems).map((e) =>
      members({
        institution: e.institution,
        url: e.institutionUrl,
        area: e.fieldOfStudy,
        studyType: e.degree,
        ...dates(e.dateRange),
        score: e.gpa,
        courses: e.relevantCoursework,
      }),
    ),
    // A courtesy to JSON Resume readers; the extension carries the section itself.
    awards: present(data.achievements?.achievements).map((a) =>
      members({
        title: a.label,
        date: a.timeframe && CV_DATE_PATTERN.test(a.timeframe) ? a.timeframe : undefined,
        awarder: a.awarder,
        summary: joinText([a.value, a.contextOrDetail], ' — '),
      }),
    ),
    certificates: present(data.certifications?.certificationItems).map((c) =>
      members({ name: c.title, date: c.issueDate, issuer: c.issuingOrganization, url: c.verificationUrl }),
    ),
    publications: present(data.publications?.publications).map((p) =>
      members({
        name: p.title,
        publisher: p.journalName ?? p.conferenceName,
        releaseDate: p.publicationDate,
        url: p.publicationUrl,
        summary: p.description,
      }),
    ),
    skills: [
      ...present(skills?.skillCategories).map((c) =>
        members({ name: c.categoryName, level: c.level, keywords: c.skills }),
      ),
      ...present(skills?.ungroupedSkills).map((name) => ({ name })),
    ],
    languages: present(data.languages?.languageItems).map((l) =>
      members({ language: l.language, fluency: l.proficiency }),
    ),
    interests: [
      ...present(data.hobbies?.hobbies).map((name) => ({ name })),
      ...present(data.hobbies?.interestItems).map((i) => members({ name: i.name, keywords: i.keywords })),
    ],
    // A courtesy to JSON Resume readers; the extension carries the section itself.
    references: present(data.testimonials?.testimonials).map((t) =>
      members({ name: t.authorName, reference: t.quote }),
    ),
    projects: present(data.projects?.projectItems).map((p) =>
      members({
        name: p.title,
        description: p.description,
        highlights: p.highlights,
        ...dates(p.dateRange),
        url: p.projectUrl,
        // JSON Resume has only the list; a single `role` is written as one (and comes back as
        // `roles`, the extension restoring `role`).
        roles: p.roles?.length ? p.roles : p.role ? [p.role] : undefined,
        entity: p.entity,
        type: p.projectType,
        keywords: p.technologiesUsed,
      }),
    ),
  });
}

// ------------------------------------------------------------------------------------------------
// JSON Resume standard members → CvData candidate

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((t): t is string => t !== undefined);
  const single = text(value);
  return single ? [single] : [];
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function member(object: Json | undefined, key: string): unknown {
  return object ? ownValue(object, key) : undefined;
}

function jsonResumePlace(value: unknown): CvLocation | Json | undefined {
  if (typeof value === 'string') return parseLocationText(value);
  if (isRecord(value))
    return {
      city: member(value, 'city'),
      state: member(value, 'region'),
      country: member(value, 'countryCode'),
      address: member(value, 'address'),
      postalCode: member(value, 'postalCode'),
    };
  return undefined;
}

function importStandard(jr: Json): Json {
  const leftovers: string[] = [];
  const keep = (context: unknown, value: unknown): void => {
    const line = Array.isArray(value) ? joinText(texts(value), ', ') : text(value);
    if (!line) return;
    const label = text(context);
    leftovers.push(label ? `${label}: ${line}` : line);
  };
  const range = (item: Json) => ({ startDate: member(item, 'startDate'), endDate: member(item, 'endDate') });

  /** A URL member: kept in its place when CvData accepts it there, else as a line of text. */
  const link = (context: unknown, value: unknown): unknown => {
    const url = text(value);
    if (url === undefined || isAllowedCvUrl(url)) return url;
    keep(context, url);
    return undefined;
  };

  const basics = isRecord(member(jr, 'basics')) ? (member(jr, 'basics') as Json) : undefined;
  const basicsLocation = member(basics, 'location');

  const profiles = records(member(basics, 'profiles'));
  const links: Json[] = profiles.map((p) => ({
    platform: member(p, 'network'),
    username: member(p, 'username'),
    url: member(p, 'url'),
  }));
  const site = text(member(basics, 'url')) ?? text(member(basics, 'website'));
  if (site && !profiles.some((p) => text(member(p, 'url')) === site)) links.push({ url: site });

  const work = records(member(jr, 'work'));
  const education = records(member(jr, 'education'));
  const volunteer = records(member(jr, 'volunteer'));
  // Export writes skill categories, then ungrouped skills (bare names): so the bare names after the
  // last skill with keywords or a level are ungrouped skills, and every skill before is a category.
  // Likewise interests: plain `hobbies`, then `interestItems` from the first one with keywords on.
  // Either way the order of the file is kept.
  const skills = records(member(jr, 'skills'));
  const grouped = (s: Json) => texts(member(s, 'keywords')).length > 0 || text(member(s, 'level')) !== undefined;
  const categoryCount = skills.findLastIndex(grouped) + 1;
  const interests = records(member(jr, 'interests'));
  const firstDetailed = interests.findIndex((i) => texts(member(i, 'keywords')).length > 0);
  const plainCount = firstDetailed < 0 ? interests.length : firstDetailed;
  const projects = records(member(jr, 'projects'));

  const candidate: Json = {
    hero: {
      fullName: member(basics, 'name'),
      professionalTitle: member(basics, 'label'),
      profilePhotoUrl: member(basics, 'image') ?? member(basics, 'picture'),
    },
    contact: {
      email: member(basics, 'email'),
      phone: member(basics, 'phone'),
      location: jsonResumePlace(basicsLocation),
      professionalLinks: links,
    },
    summary: { summaryText: member(basics, 'summary') },
    experience: {
      experienceItems: work.map((w) => ({
        jobTitle: member(w, 'position'),
        companyName: member(w, 'name') ?? member(w, 'company'),
        location: jsonResumePlace(member(w, 'location')),
        dateRange: range(w),
        responsibilitiesAndAchievements: member(w, 'highlights'),
        description: member(w, 'summary'),
        companyUrl: link(member(w, 'name') ?? member(w, 'company'), member(w, 'url') ?? member(w, 'website')),
        companyDescription: member(w, 'description'),
      })),
    },
    education: {
      educationItems: education.map((e) => ({
        institution: member(e, 'institution'),
        degree: member(e, 'studyType'),
        fieldOfStudy: member(e, 'area'),
        dateRange: range(e),
        gpa: member(e, 'score') ?? member(e, 'gpa'),
        relevantCoursework: member(e, 'courses'),
        institutionUrl: link(member(e, 'institution'), member(e, 'url')),
      })),
    },
    skills: {
      skillCategories: skills.slice(0, categoryCount).map((s) => ({
        categoryName: member(s, 'name'),
        skills: member(s, 'keywords'),
        level: member(s, 'level'),
      })),
      ungroupedSkills: skills.slice(categoryCount).map((s) => member(s, 'name')),
    },
    projects: {
      projectItems: projects.map((p) => ({
        title: member(p, 'name'),
        description: member(p, 'description'),
        highlights: member(p, 'highlights'),
        roles: member(p, 'roles'),
        entity: member(p, 'entity'),
        projectType: member(p, 'type'),
        projectUrl: member(p, 'url'),
        technologiesUsed: member(p, 'keywords'),
        dateRange: range(p),
      })),
    },
    achievements: {
      achievements: records(member(jr, 'awards')).map((a) => ({
        label: member(a, 'title'),
        awarder: member(a, 'awarder'),
        contextOrDetail: member(a, 'summary'),
        timeframe: member(a, 'date'),
      })),
    },
    certifications: {
      certificationItems: records(member(jr, 'certificates')).map((c) => ({
        title: member(c, 'name'),
        issuingOrganization: member(c, 'issuer'),
        issueDate: member(c, 'date'),
        verificationUrl: member(c, 'url'),
      })),
    },
    languages: {
      languageItems: records(member(jr, 'languages')).map((l) => ({
        language: member(l, 'language'),
        proficiency: member(l, 'fluency'),
      })),
    },
    volunteer: {
      volunteerItems: volunteer.map((v) => ({
        role: member(v, 'position'),
        organization: member(v, 'organization'),
        dateRange: range(v),
        description: member(v, 'summary'),
        responsibilities: member(v, 'highlights'),
        organizationUrl: link(member(v, 'organization'), member(v, 'url')),
      })),
    },
    publications: {
      publications: records(member(jr, 'publications')).map((p) => ({
        title: member(p, 'name'),
        journalName: member(p, 'publisher'),
        publicationDate: member(p, 'releaseDate'),
        publicationUrl: member(p, 'url') ?? member(p, 'website'),
        description: member(p, 'summary'),
      })),
    },
    hobbies: {
      hobbies: interests.slice(0, plainCount).map((i) => member(i, 'name')),
      interestItems: interests
        .slice(plainCount)
        .map((i) => ({ name: member(i, 'name'), keywords: member(i, 'keywords') })),
    },
    testimonials: {
      testimonials: records(member(jr, 'references')).map((r) => ({
        quote: member(r, 'reference'),
        authorName: member(r, 'name'),
      })),
    },
  };
  if (leftovers.length > 0) candidate.unclassifiedText = leftovers.join('\n');
  return candidate;
}

// ------------------------------------------------------------------------------------------------
// The extension: what the standard members do not carry back

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return a === b;
}

function isRecordList(value: unknown): value is Json[] {
  return Array.isArray(value) && value.every(isRecord);
}

/**
 * What must be laid over `carried` to get `wanted`: `undefined` for nothing, `null` for "remove".
 * Lists of items are patched item by item, aligned by index over the longer list (`{}` = keep,
 * `null` = remove); other values are replaced whole.
 */
function difference(wanted: unknown, carried: unknown): unknown {
  if (sameValue(wanted, carried)) return undefined;
  if (isAbsent(wanted)) return null;
  if (isRecord(wanted) && isRecord(carried)) {
    const out: Json = {};
    for (const key of new Set([...Object.keys(wanted), ...Object.keys(carried)])) {
      const d = difference(wanted[key], carried[key]);
      if (d !== undefined) out[key] = d;
    }
    return out;
  }
  if (isRecordList(wanted) && isRecordList(carried)) {
    const length = Math.max(wanted.length, carried.length);
    return Array.from({ length }, (_, i) => (i < wanted.length ? (difference(wanted[i], carried[i]) ?? {}) : null));
  }
  return wanted;
}

/**
 * The inverse of `difference`, on untrusted input: prototype keys are never copied. Items beyond
 * the end of a patch list are kept, so entries added to the standard members after export survive.
 */
function applyPatch(base: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (isRecord(patch) && isRecord(base)) {
    const out: Json = { ...base };
    for (const key of Object.keys(patch)) {
      if (PROTOTYPE_KEYS.has(key)) continue;
      const value = applyPatch(ownValue(base, key), patch[key]);
      if (value === undefined) delete out[key];
      else out[key] = value;
    }
    return out;
  }
  if (
    Array.isArray(patch) &&
    patch.every((item) => item === null || isRecord(item)) &&
    (base === undefined || isRecordList(base))
  ) {
    const items = base ?? [];
    const length = Math.max(patch.length, items.length);
    return Array.from({ length }, (_, i) => (i < patch.length ? applyPatch(items[i], patch[i]) : items[i])).filter(
      (item) => item !== undefined,
    );
  }
  return patch;
}

function extensionFor(data: CvData, carried: CvData): Json {
  const wanted = data as Json;
  const back = carried as Json;
  const extension: Json = {};
  for (const key of new Set([...Object.keys(wanted), ...Object.keys(back)])) {
    if (EXTENSION_SECTION_SET.has(key)) {
      if (!isAbsent(wanted[key])) extension[key] = wanted[key];
      else if (!isAbsent(back[key])) extension[key] = null;
      continue;
    }
    const d = difference(wanted[key], back[key]);
    if (d !== undefined) extension[key] = d;
  }
  return extension;
}

// ------------------------------------------------------------------------------------------------
// Public API

/** CvData → a JSON Resume 1.x document with the `x-resume2website` extension (see the module comment). */
export function toJsonResume(input: CvData): JsonResume {
  const data = sanitizeCvData(input).data;
  const standard = standardMembers(data);
  const carried = sanitizeCvData(importStandard(standard)).data;
  const extension = extensionFor(data, carried);
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    ...standard,
    ...(Object.keys(extension).length > 0 && { [JSON_RESUME_EXTENSION]: extension }),
  };
}

/**
 * A JSON Resume document (any 1.x file, ours or another tool's) → CvData, with everything that had
 * to be dropped on the way (pointers into the CvData being built).
 */
export function importJsonResume(json: unknown): SanitizedCvData {
  if (!isRecord(json)) {
    const got = json === null ? 'null' : Array.isArray(json) ? 'a list' : typeof json;
    return { data: {}, dropped: [{ pointer: '', reason: `expected a JSON Resume object, got ${got}` }] };
  }
  const base = sanitizeCvData(importStandard(json));
  const extension = ownValue(json, JSON_RESUME_EXTENSION);
  if (extension === undefined || extension === null) return base;
  const dropped: CvDataIssue[] = [...base.dropped];
  if (!isRecord(extension)) {
    dropped.push({ pointer: '', reason: `the ${JSON_RESUME_EXTENSION} member is not an object; ignored` });
    return { data: base.data, dropped };
  }
  const merged: Json = { ...base.data };
  for (const key of Object.keys(extension)) {
    if (PROTOTYPE_KEYS.has(key)) {
      dropped.push({ pointer: `/${key}`, reason: `"${key}" is not allowed; dropped` });
      continue;
    }
    const patch = extension[key];
    const value = EXTENSION_SECTION_SET.has(key) ? (patch ?? undefined) : applyPatch(ownValue(merged, key), patch);
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const final = sanitizeCvData(merged);
  return { data: final.data, dropped: [...dropped, ...final.dropped] };
}

/** A JSON Resume document → CvData (see `importJsonResume` for what was dropped). */
export function fromJsonResume(json: unknown): CvData {
  return importJsonResume(json).data;
}
