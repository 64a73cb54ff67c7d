import type {
  Achievement,
  AchievementsSection,
  CertificationItem,
  CertificationsSection,
  CourseItem,
  CoursesSection,
  Membership,
  MembershipsSection,
  Patent,
  PatentsSection,
  ProjectItem,
  ProjectsSection,
  Publication,
  PublicationsSection,
  SpeakingEngagement,
  SpeakingSection,
  Testimonial,
  TestimonialsSection,
} from '../../cv-data.js';
import { findLinks } from '../contact-parsing.js';
import { findDateRange, findDates, withoutRange } from '../date-parsing.js';
import { isDateLine, joinWrapped, splitEntries, type Entry } from '../entries.js';
import { rangeOf, roleAndOrganisation, parseHead } from '../field-parsing.js';
import type { Section } from '../segmentation.js';
import { fold, isBullet, splitFields, splitList, stripBullet } from '../text-utils.js';
import { titleOf, type ParseContext, type Parsed } from './parser-types.js';
import { dropDanglingSeparators, trimChars, trimEndChars } from '../linear-text.js';

/**
 * Sections whose items are mostly one line each (certifications, courses, awards, memberships,
 * patents, publications, talks) or a short block (projects, testimonials).
 */

interface Block {
  text: string;
  body: string[];
}

/** One item per line, unless lines carry bullets under a title (then one per entry). */
function blocks(section: Section, context: ParseContext): Block[] {
  const lines = joinWrapped(section.lines, context.doc);
  const nested = lines.some((l, i) => !isBullet(l.text) && lines[i + 1] !== undefined && isBullet(lines[i + 1]!.text));
  const multiLine = lines.some(
    (l, i) =>
      i > 0 && isDateLine(l.text) && !isBullet(l.text) && findDateRange(l.text)?.length === l.text.trim().length,
  );
  if (!nested && !multiLine) return lines.map((l) => ({ text: stripBullet(l.text), body: [] }));
  return splitEntries(section.lines, context.doc).map((e: Entry) => ({ text: e.head.join(' | '), body: e.ordered }));
}

function cutOut(text: string, pattern: RegExp): { text: string; value?: string } {
  const m = pattern.exec(text);
  if (!m) return { text };
  // Scans, not `/\s*[,;|]\s*(?=[,;|]|$)/g`, which is quadratic on long runs of white space.
  let rest = dropDanglingSeparators(text.slice(0, m.index) + text.slice(m.index + m[0].length), ',;|').trimStart();
  if (',;|'.includes(rest[0] ?? '-')) rest = rest.slice(1);
  return { text: rest.replace(/\s{2,}/g, ' ').trim(), value: (m[1] ?? m[0]).trim() };
}

// The look-behind starts a bare domain only where its run of name characters starts: from every
// letter of "a.a.a.a…" the dotted part was rescanned to the end (quadratic).
const URL_ANYWHERE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|example)\/\S*/i;

/**
 * A quoted title. The span stops at any quote mark, so an opening quote is scanned only to the
 * next one: with `.+?`, every unclosed "“" rescanned the rest of the line.
 */
const QUOTED = /["“]([^"“”]+)["”]/;

function cutUrl(text: string): { text: string; url?: string } {
  const cut = cutOut(text, URL_ANYWHERE);
  if (!cut.value) return { text };
  const url = findLinks(cut.value)[0]?.url;
  return { text: cut.text.replace(/\(\s*\)/g, '').trim(), ...(url && { url }) };
}

function fields(text: string): string[] {
  return splitFields(text.replace(/\s*\|\s*/g, ' | ')).flatMap((f) => (f.includes(', ') ? [f] : [f]));
}

function firstComma(text: string): [string, string | undefined] {
  const i = text.indexOf(', ');
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 2)];
}

const EXPIRY =
  /(?:valid until|valid through|expires?|expiry|expiration|vence|valido hasta|v[aá]lido hasta|expire le|valable jusqu'au|g[uü]ltig bis|valido fino al|geldig tot|giltig till)\s*:?\s*([^,;|]+)/iu;
const CREDENTIAL =
  /(?:credential id|credential|license (?:no\.?|number|#)|licence (?:no\.?|number|#)|certificate (?:no\.?|number)|pin|id|n[ºo°]\.?)\s*[:#]\s*([A-Z0-9][A-Z0-9-]{3,})/i;

export function parseCertifications(section: Section, context: ParseContext): Parsed<CertificationsSection> {
  const items: CertificationItem[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl([block.text, ...block.body].join(' | '));
    let text = cut.text;
    const url = cut.url;
    const expiry = cutOut(text, EXPIRY);
    text = expiry.text;
    const credential = cutOut(text, CREDENTIAL);
    text = credential.text;
    const dates = findDates(text);
    let issueDate: string | undefined;
    if (dates[0]) {
      issueDate = dates[0].date;
      text = withoutRange(text, dates[0]);
    }
    text = text.replace(/(?:^|[\s,|])(?:issued|obtained|obtenido|obtenu|erworben)\s*:?\s*(?=$|[,|])/giu, '');
    const withValid = text;
    text = text.replace(/(?:valid|v[aá]lido|valable|g[uü]ltig)\s*$/iu, '');
    // The separators before "valid" by a scan: `[\s,|:-]*` in front of the word was quadratic.
    if (text.length < withValid.length) text = trimEndChars(text, ',|:-');
    const parts = fields(text);
    let [title, organisation] = [parts[0], parts[1]];
    if (title && !organisation) {
      const colon = /^(.+?):\s+(.+)$/.exec(title);
      if (colon) [title, organisation] = [colon[1]!, colon[2]!];
      else {
        const [a, b] = firstComma(title);
        if (b) [title, organisation] = [a, b];
      }
    } else if (title && organisation) {
      const colon = /^(.+?):\s+(.+)$/.exec(title);
      if (colon) [title, organisation] = [colon[1]!, `${colon[2]!}`];
    }
    if (title && / (?:by|from|por|par|von) (?=\p{Lu})/u.test(title) && !organisation) {
      const m = / (?:by|from|por|par|von) (?=\p{Lu})/u.exec(title)!;
      [title, organisation] = [title.slice(0, m.index), title.slice(m.index + m[0].length)];
    }
    if (!title) continue;
    const expiration = expiry.value ? findDates(expiry.value)[0]?.date : undefined;
    items.push({
      title: trimEndChars(title, ',:;-'),
      ...(organisation && { issuingOrganization: trimEndChars(organisation.replace(/^\((.*)\)$/, '$1'), ',:;-') }),
      ...(issueDate && { issueDate }),
      ...(expiration && { expirationDate: expiration }),
      ...(credential.value && { credentialId: credential.value }),
      ...(url && { verificationUrl: url }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), certificationItems: items }, leftover: [], confidence: 0.75 };
}

export function parseCourses(section: Section, context: ParseContext): Parsed<CoursesSection> {
  const items: CourseItem[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const range = findDateRange(text);
    let dates: Pick<CourseItem, 'year' | 'dateRange'> = {};
    if (range) {
      dates =
        range.endDate === undefined && !range.isCurrent && range.startDate?.length === 4
          ? { year: range.startDate }
          : { dateRange: rangeOf(range, 'start') };
      text = withoutRange(text, range);
    }
    const parts = fields(text);
    let [title, institution] = [parts[0], parts[1]];
    if (title && !institution) [title, institution] = firstComma(title);
    if (!title) continue;
    const bodyUrl = block.body.map((b) => cutUrl(b)).find((c) => c.url);
    const description = block.body
      .map((b) => cutUrl(b).text)
      .filter((b) => b.length > 0)
      .join(' ');
    items.push({
      title,
      ...(institution && { institution }),
      ...dates,
      ...((url ?? bodyUrl?.url) && { certificateUrl: url ?? bodyUrl?.url }),
      ...(description && { description }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), courseItems: items }, leftover: [], confidence: 0.7 };
}

export function parseAchievements(section: Section, context: ParseContext): Parsed<AchievementsSection> {
  const items: Achievement[] = [];
  for (const block of blocks(section, context)) {
    let text = block.text;
    const range = findDateRange(text);
    let timeframe: string | undefined;
    if (range) {
      timeframe = text.slice(range.index, range.index + range.length).trim();
      text = withoutRange(text, range);
    }
    const colon = /^(.{2,80}?):\s+(.+)$/.exec(text);
    const parts = colon ? [colon[1]!, colon[2]!] : fields(text);
    const [label, ...rest] = parts;
    if (!label) continue;
    let value: string | undefined;
    let detail = [...rest, ...block.body].join(' — ');
    const numeric =
      /^([-+]?[$€£]?\d[\d.,]*\s?(?:%|[kKmMbB]\b|x\b)?(?:\s+to\s+[$€£]?\d[\d.,]*\s?\w*)?|\d+\s+\w+\s+to\s+\d+\s+\w+)\s*(?:[—–-]\s*|[,.]\s+)?(.*)$/u.exec(
        detail,
      );
    if (numeric && numeric[1]) {
      value = numeric[1].trim();
      detail = numeric[2]!.trim();
    }
    items.push({
      label,
      ...(value && { value }),
      ...(detail && { contextOrDetail: detail }),
      ...(timeframe && { timeframe }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), achievements: items }, leftover: [], confidence: 0.6 };
}

const MEMBERSHIP_TYPES =
  /(?<![\p{L}])(?:professional|student|honorary|fellow|associate|full|lifetime|chartered|profesional|estudiante|honorario|professionnel|etudiant|ordentliches|studentisches|profissional|effettivo|studente)(?:\s+member(?:ship)?)?(?![\p{L}])/iu;

export function parseMemberships(section: Section, context: ParseContext): Parsed<MembershipsSection> {
  const items: Membership[] = [];
  for (const block of blocks(section, context)) {
    const head = parseHead([block.text], { language: context.language, singleDateIs: 'start' });
    const names = head.names;
    let membershipType: string | undefined;
    const kept = names.filter((n) => {
      if (!membershipType && MEMBERSHIP_TYPES.test(fold(n)) && n.split(' ').length <= 3) {
        membershipType = n;
        return false;
      }
      return true;
    });
    const { role, organisation, rest } = roleAndOrganisation(kept.length > 1 ? [...kept].reverse() : kept, false);
    const org = kept.length > 1 ? organisation : (organisation ?? role);
    const roleValue = kept.length > 1 ? role : undefined;
    if (!org) continue;
    items.push({
      organization: [org, ...rest].join(', '),
      ...(roleValue && { role: roleValue }),
      ...(membershipType && { membershipType }),
      ...(head.dateRange && { dateRange: head.dateRange }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), memberships: items }, leftover: [], confidence: 0.6 };
}

const PATENT_NUMBER = /\b((?:US|EP|WO|GB|DE|ES|FR|CN|JP|KR|CA|AU)\s?(?:\d[\d ,./]{3,}\d)(?:\s?[A-C]\d?)?)\b/;
const PATENT_STATUS =
  /(?<![\p{L}])(granted|pending|filed|issued|published|concedida|concedido|en tramite|solicitada|delivre|depose|erteilt|angemeldet|concessa|depositata|verleend|beviljat)(?![\p{L}])/iu;

export function parsePatents(section: Section, context: ParseContext): Parsed<PatentsSection> {
  const items: Patent[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const number = cutOut(text, PATENT_NUMBER);
    text = number.text;
    const status = cutOut(text, PATENT_STATUS);
    text = status.text;
    const filed = /(?:filed|filing|solicitud|depot|anmeldung)\s*:?\s*([^,;|)]+)/i.exec(text);
    const issued = /(?:granted|issued|concedida|delivre|erteilt)\s*:?\s*([^,;|)]+)/i.exec(text);
    const filingDate = filed ? findDates(filed[1]!)[0]?.date : undefined;
    const issueDate = issued ? findDates(issued[1]!)[0]?.date : undefined;
    const dates = findDates(text);
    text = text
      // One span per parenthesis, tested for a year after: `[^()]*\d{4}[^()]*` backtracked quadratically.
      .replace(/\([^()]*\)/g, (group) => (/\d{4}/.test(group) ? '' : group))
      .replace(/(?:filed|filing|granted|issued)\s*:?\s*[^,;|)]*/gi, '');
    for (const d of [...dates].reverse()) if (text.includes(d.date)) text = text.replace(d.date, '');
    const parts = fields(text.replace(/\s{2,}/g, ' ').trim()).filter((p) => /\p{L}{3}/u.test(p));
    const [title, ...rest] = parts;
    if (!title) continue;
    const inventors = rest.find((r) => /^(?:inventors?|inventores|inventeurs|erfinder)\s*:/i.test(r));
    items.push({
      title: title.replace(/^["“]|["”]$/g, ''),
      ...(number.value && { patentNumber: number.value }),
      ...(status.value && { status: status.value.charAt(0).toUpperCase() + status.value.slice(1) }),
      ...((filingDate ?? (!issueDate ? dates[0]?.date : undefined)) && { filingDate: filingDate ?? dates[0]?.date }),
      ...(issueDate && { issueDate }),
      ...(inventors && { inventors: splitList(inventors.replace(/^[^:]+:\s*/, '')) }),
      ...(url && { patentUrl: url }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), patents: items }, leftover: [], confidence: 0.6 };
}

const DOI = /\b(10\.\d{4,9}\/[^\s,;"]+[^\s,;".])/i;
const CONFERENCE =
  /(?<![\p{L}])(?:conference|proceedings|symposium|workshop|forward|summit|congress|congreso|conferencia|colloque|konferenz|tagung|convegno)(?![\p{L}])/iu;

export function parsePublications(section: Section, context: ParseContext): Parsed<PublicationsSection> {
  const items: Publication[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const doi = cutOut(text.replace(/\bdoi:\s*/i, ''), DOI);
    if (doi.value) text = doi.text;
    const dates = findDates(text);
    const quoted = QUOTED.exec(text);
    let title: string | undefined;
    let authors: string[] = [];
    let venue: string | undefined;
    if (quoted) {
      title = quoted[1]!.replace(/[.,]$/, '');
      let before = text.slice(0, quoted.index).replace(/\(?\b(?:19|20)\d{2}\b\)?[.,]?/g, '');
      before = trimEndChars(before, '.,');
      if (before) authors = before.split(/\s*(?:,|&|\band\b|\by\b|\bet\b|\bund\b)\s*/).filter((a) => a.length > 1);
      venue = text.slice(quoted.index + quoted[0].length).replace(/^[\s.,–—-]+/, '');
    } else {
      const sentences = text
        .split(/\.\s+|\s+[—–|]\s+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      title = sentences[0];
      venue = sentences.slice(1).join('. ');
    }
    if (!title) continue;
    for (const d of dates) venue = venue?.replace(text.slice(d.index, d.index + d.length), '');
    venue = venue === undefined ? undefined : trimChars(venue.replace(/\(\s*\)/g, ''), '.,–—-');
    const conference = venue && CONFERENCE.test(fold(venue));
    items.push({
      title,
      ...(authors.length > 0 && { authors }),
      ...(venue && (conference ? { conferenceName: venue } : { journalName: venue })),
      ...(dates[0] && { publicationDate: dates[dates.length - 1]!.date }),
      ...(doi.value && { doi: doi.value }),
      ...((url ?? (doi.value ? `https://doi.org/${doi.value}` : undefined)) && {
        publicationUrl: url ?? `https://doi.org/${doi.value}`,
      }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), publications: items }, leftover: [], confidence: 0.6 };
}

export function parseSpeaking(section: Section, context: ParseContext): Parsed<SpeakingSection> {
  const items: SpeakingEngagement[] = [];
  for (const block of blocks(section, context)) {
    const cut = cutUrl(block.text);
    let text = cut.text;
    const url = cut.url;
    const dates = findDates(text);
    for (const d of [...dates].reverse()) text = withoutRange(text, d);
    const quoted = QUOTED.exec(text);
    let title: string | undefined;
    let rest: string[];
    if (quoted) {
      title = quoted[1]!.replace(/[.,]$/, '');
      rest = fields(text.slice(quoted.index + quoted[0].length).replace(/^[\s,.:–—-]+/, ''));
    } else {
      [title, ...rest] = fields(text);
    }
    if (!title) continue;
    const [eventAndVenue = '', ...more] = rest;
    const [eventName, venue] = eventAndVenue.includes(', ') ? firstComma(eventAndVenue) : [eventAndVenue, more.shift()];
    items.push({
      title,
      ...(eventName && { eventName }),
      ...(dates[0] && { date: dates[0].date }),
      ...(venue && { venue }),
      ...(url && { eventUrl: url }),
      ...(block.body.length > 0 && { description: block.body.join(' ') }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), speakingEngagements: items }, leftover: [], confidence: 0.6 };
}

const ROLE_LINE = /^(?:role|rol|r[oô]le|rolle|ruolo|papel|funci[oó]n)\s*:\s*/iu;
const TECH_LINE =
  /^(?:technologies|tech stack|stack|tools|tecnolog[ií]as|technologien|tecnologie|outils|herramientas)\s*:\s*/iu;

export function parseProjects(section: Section, context: ParseContext): Parsed<ProjectsSection> {
  const items: ProjectItem[] = [];
  const entries = splitEntries(section.lines, context.doc);
  for (const entry of entries) {
    let head = entry.head.join(' | ');
    const { text: headText, url } = cutUrl(head);
    head = headText;
    const range = findDateRange(head);
    let dateRange;
    if (range) {
      dateRange = rangeOf(range, 'start');
      head = withoutRange(head, range);
    }
    const parts = fields(head);
    const [title, ...headRest] = parts;
    let role: string | undefined;
    let projectUrl = url;
    const technologies: string[] = [];
    const description: string[] = [];
    for (const part of headRest) {
      if (ROLE_LINE.test(part)) role = part.replace(ROLE_LINE, '');
      else if (!role && headRest.length === 1) role = part;
      else description.push(part);
    }
    for (const line of entry.ordered) {
      if (TECH_LINE.test(line)) technologies.push(...splitList(line.replace(TECH_LINE, '')));
      else if (ROLE_LINE.test(line)) role = line.replace(ROLE_LINE, '');
      else {
        const cut = cutUrl(line);
        if (cut.url && !projectUrl) projectUrl = cut.url;
        if (cut.text && !/^(?:url|link|enlace|lien)\s*:?\s*$/i.test(cut.text)) description.push(cut.text);
      }
    }
    if (!title) continue;
    items.push({
      title,
      ...(role && { role }),
      ...(description.length > 0 && { description: description.join(' ') }),
      ...(projectUrl && { projectUrl }),
      ...(technologies.length > 0 && { technologiesUsed: technologies }),
      ...(dateRange && { dateRange }),
    });
  }
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), projectItems: items }, leftover: [], confidence: 0.65 };
}

export function parseTestimonials(section: Section, context: ParseContext): Parsed<TestimonialsSection> {
  const items: Testimonial[] = [];
  const lines = joinWrapped(section.lines, context.doc).map((l) => stripBullet(l.text));
  let quote = '';
  for (const line of lines) {
    const attribution = /^[—–-]\s*(.+)$/.exec(line);
    if (attribution && quote) {
      let text = attribution[1]!;
      const dates = findDates(text);
      const date = dates[0]?.date;
      if (dates[0]) text = withoutRange(text, dates[0]);
      const relationship = /\(([^()]+)\)/.exec(text);
      if (relationship) text = text.replace(relationship[0], '').trim();
      const [authorName, authorTitle, ...company] = text.split(/\s*,\s*/);
      items.push({
        quote: quote.replace(/^["“]|["”]$/g, ''),
        ...(authorName && { authorName }),
        ...(authorTitle && { authorTitle }),
        ...(company.length > 0 && { authorCompany: company.join(', ') }),
        ...(relationship && { relationship: relationship[1]! }),
        ...(date && { date }),
      });
      quote = '';
      continue;
    }
    quote = quote ? `${quote} ${line}` : line;
  }
  if (quote) items.push({ quote: quote.replace(/^["“]|["”]$/g, '') });
  if (items.length === 0) return { value: undefined, leftover: [], confidence: 0 };
  return { value: { ...titleOf(section), testimonials: items }, leftover: [], confidence: 0.6 };
}
