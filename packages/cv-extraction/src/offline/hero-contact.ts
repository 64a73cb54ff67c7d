import type { ContactSection, CvLocation, HeroSection, ProfessionalLink } from '../cv-data.js';
import {
  emailFromMailto,
  findEmail,
  findLinks,
  findPhone,
  isCountry,
  isTemplateVendorUrl,
  linkFromUrl,
  parseLocation,
} from './contact-parsing.js';
import { GIVEN_NAMES } from './given-names.js';
import { matchHeading } from './section-headings.js';
import type { Section } from './segmentation.js';
import { fold, isAllCaps, splitFields, titleCaseIfCaps, wordCount } from './text-utils.js';
import type { TextLine } from './types.js';

/**
 * The person: the name (the largest text near the top of page 1, or the first name-like line),
 * the title under it, and contact details from the header, contact blocks and sidebars.
 */

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$|^(?:de|da|del|van|von|der|den|di|du|la|le|y|e|dos|das|bin|al)$/u;

export function looksLikeName(text: string): boolean {
  const clean = text.trim();
  if (clean.length < 3 || clean.length > 60 || /[\d@/:|•]/.test(clean)) return false;
  const words = clean.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (matchHeading(clean, { emphasised: true })) return false;
  if (words.length === 1) return /^\p{Lu}{4,}$/u.test(clean) || /^\p{Lu}\p{Ll}+$/u.test(clean);
  return words.every((w) => NAME_WORD.test(w) || /^\p{Lu}+$/u.test(w));
}

/** "JULIEMONROE" → "Julie Monroe", when it starts with a known given name. */
function splitCompactName(text: string): string {
  if (/\s/.test(text) || text.length < 6) return titleCaseIfCaps(text);
  const lower = text.toLowerCase();
  for (let i = Math.min(lower.length - 2, 12); i >= 2; i--) {
    if (GIVEN_NAMES.has(lower.slice(0, i))) return titleCaseIfCaps(`${text.slice(0, i)} ${text.slice(i)}`);
  }
  return titleCaseIfCaps(text);
}

/**
 * Post-nominal letters: degrees, licences and memberships written after a name ("Eleanor Vance,
 * BSN, RN"). A list, not "any capitals": "Jane Doe, CTO" gives her title.
 */
const CREDENTIALS =
  /^(?:Ph\.?D\.?|M\.?D\.?|D\.?O|Dr\.?|Jr\.?|Sr\.?|I{2,3}|IV|Esq\.?|M\.?Sc\.?|B\.?Sc\.?|M\.?A|B\.?A|M\.?S|B\.?S|MEng|BEng|MBA|EMBA|MPH|MPA|MSW|LLB|LLM|JD|DDS|DMD|DVM|PharmD|PsyD|EdD|DNP|BSN|MSN|RN|LPN|NP|PA-C|CNA|CPA|CFA|CMA|ACCA|ACA|CIMA|PMP|PE|P\.Eng|CEng|FRCS|MRCP|FCA|SHRM-CP|SHRM-SCP|PHR|SPHR|CISSP|CISA|CISM|CPHR|RD|LCSW|OTR|DPT|FACHE)$/;

export interface HeroResult {
  hero?: HeroSection;
  /** Lines used for the name and title. */
  used: Set<TextLine>;
}

export function findHero(preamble: TextLine[], all: TextLine[], markdown: boolean): HeroResult {
  const used = new Set<TextLine>();
  const pool = (preamble.length > 0 ? preamble : all.slice(0, 8)).filter((l) => l.page === 1);
  let nameLines: TextLine[] = [];
  const sized = pool.some((l) => l.size > 0) && !markdown;
  if (sized) {
    const candidates = pool.filter((l) => looksLikeName(l.text.split(/\s*,\s*/)[0]!));
    const max = Math.max(0, ...candidates.map((l) => l.size));
    const first = candidates.find((l) => l.size === max);
    if (first) {
      nameLines = [first];
      const index = pool.indexOf(first);
      const next = pool[index + 1];
      if (
        next &&
        Math.abs(next.size - max) < 0.5 &&
        (looksLikeName(next.text) || /^[\p{L}]+$/u.test(next.text)) &&
        // "SEAN" / "PRICE" in display type, or "Jennifer Adams, Project" / "Assistant" wrapped.
        (wordCount(first.text) <= 2 || first.text.includes(',')) &&
        wordCount(next.text) <= 3
      ) {
        nameLines.push(next);
      }
    }
  }
  if (nameLines.length === 0) {
    const h1 = markdown ? pool.find((l) => l.font === 'h1') : undefined;
    const first = h1 ?? pool.slice(0, 6).find((l) => looksLikeName(l.text.split(/\s*[,|]\s*/)[0]!));
    if (first) nameLines = [first];
  }
  if (nameLines.length === 0) return { used };
  for (const l of nameLines) used.add(l);
  const joined = nameLines.map((l) => l.text.trim()).join(' ');
  const [namePart, ...after] = joined.split(/\s*[,|–—]\s*/);
  let fullName = splitCompactName(namePart!.trim());
  if (/\s/.test(namePart!.trim())) fullName = titleCaseIfCaps(namePart!.trim());
  let professionalTitle: string | undefined;
  // Post-nominal letters ("BSN, RN", a letter-spaced "P h D") say what the person holds, not their job.
  // Letter-spaced ("P h D") runs lose their gaps; other spaces ("VP HR") are a title's.
  const isCredential = (a: string) =>
    CREDENTIALS.test(/^(?:\S\s)+\S$/.test(a.trim()) ? a.replace(/\s+/g, '') : a.trim());
  const afterName = after.filter((a) => !isCredential(a));
  if (afterName.length > 0 && after.every((a) => !/[@\d]/.test(a))) professionalTitle = afterName.join(', ');
  if (!professionalTitle) {
    const index = pool.indexOf(nameLines[nameLines.length - 1]!);
    const next = pool[index + 1];
    if (
      next &&
      wordCount(next.text) <= 10 &&
      !next.text.includes('\t') &&
      !isLabelOnly(next.text) &&
      !/[@]|\d{4,}|https?:|www\./i.test(next.text) &&
      !matchHeading(next.text, { emphasised: true }) &&
      !parseLocation(next.text) &&
      splitFields(next.text).every((f) => !parseLocation(f)) &&
      !/[.!?]$/.test(next.text)
    ) {
      professionalTitle = next.letterSpaced && isAllCaps(next.text) ? next.text : next.text;
      used.add(next);
    }
  }
  return { hero: { fullName, ...(professionalTitle && { professionalTitle }) }, used };
}

const LABEL =
  /^(?:e-?mail|correo(?: electr[oó]nico)?|courriel|mail|phone|tel[eé]fono|t[eé]l[eé]phone|telefon|telefone|telefono|mobile|m[oó]vil|cell|handy|address|direcci[oó]n|adresse|anschrift|endere[cç]o|indirizzo|adres|location|ubicaci[oó]n|localisation|wohnort|localiza[cç][aã]o|place of birth|date of birth|driving licen[cs]e|nationality|linkedin|github|website|portfolio|web|links?)\s*[:：]?\s*$/iu;

const AVAILABILITY =
  /^(?:availability|disponibilidad|disponibilit[eé]|verf[uü]gbarkeit|disponibilidade)\s*[:：]\s*(.+)$/iu;
const AUTHORISATION =
  /^(?:work authori[sz]ation|right to work|work permit|visa|permiso de trabajo|autorisation de travail|arbeitserlaubnis)\s*[:：]\s*(.+)$/iu;

/**
 * Text short enough to be a link's caption ("LinkedIn", "My portfolio", an icon glyph) rather than
 * prose that happens to sit under a link.
 */
function isCaption(text: string, maxWords = 4): boolean {
  const clean = text.trim();
  return clean.length > 0 && clean.length <= 40 && wordCount(clean) <= maxWords;
}

/** One profile however it is written: scheme, "www." and a trailing slash aside. */
function linkKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/\/+$/, '');
}

export interface ContactResult {
  contact?: ContactSection;
  /** Lines wholly made of contact details (not kept as unclassified text). */
  used: Set<TextLine>;
}

export function findContact(contactLines: TextLine[], all: TextLine[]): ContactResult {
  const used = new Set<TextLine>();
  let email: string | undefined;
  let phone: string | undefined;
  let location: CvLocation | undefined;
  let availability: string | undefined;
  let workAuthorization: string | undefined;
  const links: ProfessionalLink[] = [];
  const linkKeys = new Set<string>();
  let contactMailto: string | undefined;
  const addLinks = (found: ProfessionalLink[]) => {
    for (const link of found) {
      if (link.url && isTemplateVendorUrl(link.url)) continue;
      const key = linkKey(link.url ?? '');
      if (linkKeys.has(key)) continue;
      linkKeys.add(key);
      links.push(link);
    }
  };
  for (let i = 0; i < contactLines.length; i++) {
    const line = contactLines[i]!;
    const text = line.text;
    let rest = text;
    const lineEmail = findEmail(text);
    if (lineEmail) {
      email ??= lineEmail;
      rest = rest.replace(lineEmail, ' ');
    }
    const lineLinks = findLinks(rest);
    if (lineLinks.length > 0) {
      addLinks(lineLinks);
      rest = rest.replace(/\b(?<![\w.-])(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s|,]*)?/gi, ' ');
    }
    const linePhone = findPhone(rest);
    if (linePhone) {
      phone ??= linePhone.phone;
      rest = rest.replace(linePhone.phone, ' ');
    }
    const avail = AVAILABILITY.exec(text);
    if (avail) {
      availability ??= avail[1]!.trim();
      rest = '';
    }
    const auth = AUTHORISATION.exec(text);
    if (auth) {
      workAuthorization ??= auth[1]!.trim();
      rest = '';
    }
    let linePlace = false;
    for (const field of splitFields(rest)) {
      const cleaned = field.replace(/^(?:location|address|ubicaci[oó]n|direcci[oó]n|adresse|anschrift)\s*:\s*/i, '');
      // On a line with an e-mail or phone, a lone capitalised name is the town ("Bordeaux | nadia@… | 07 …").
      const place = parseLocation(cleaned, {
        allowCityOnly:
          Boolean(lineEmail || (linePhone && linePhone.phone.replace(/\D/g, '').length >= 8)) &&
          !/\d/.test(text.replace(linePhone?.phone ?? '\u0000', '').replace(lineEmail ?? '\u0000', '')) &&
          !matchHeading(cleaned, { emphasised: true }),
      });
      if (place && !location) {
        location = place;
        linePlace = true;
        rest = rest.replace(field, ' ');
        // "Los Angeles, CA 90291" / "United States" on the next line.
        const next = contactLines[i + 1];
        if (!place.country && next && isCountry(next.text)) {
          location = { ...place, country: next.text.trim() };
          used.add(next);
        }
      }
    }
    const leftover = rest
      .replace(/(?:e-?mail|phone|tel|mobile|linkedin|github|website|portfolio|web|location|address)\s*:/gi, ' ')
      .replace(/[|•·,;:\t]/g, ' ')
      .trim();
    if (leftover.length === 0 || LABEL.test(text.trim())) used.add(line);
    // The PDF's link under the line: shown as a caption or an icon, its target is the detail. An
    // address the text shows itself wins over the target behind it.
    const details = Boolean(lineEmail || linePhone || linePlace);
    const vendorText = lineLinks.length > 0 && lineLinks.every((l) => l.url && isTemplateVendorUrl(l.url));
    if ((line.url && isTemplateVendorUrl(line.url)) || vendorText) {
      // A template's footer ("Build this template", "Made with …"): not the person's, not their text.
      if (!details && isCaption(text, 8)) used.add(line);
    } else if (line.url && /^mailto:/i.test(line.url)) {
      contactMailto ??= emailFromMailto(line.url);
      if (!details && lineLinks.length === 0 && isCaption(leftover)) used.add(line);
    } else if (line.url && lineLinks.length === 0 && (LABEL.test(text.trim()) || isCaption(leftover))) {
      const link = linkFromUrl(line.url);
      if (link) {
        addLinks([link]);
        used.add(line);
      }
    }
  }
  email ??= contactMailto;
  // Details outside the header (a sidebar lower down, the footer) still count.
  const everything = all.map((l) => l.text).join('\n');
  email ??= findEmail(everything);
  if (!phone) {
    for (const l of all) {
      const p = findPhone(l.text);
      if (p && (l.text.length < 60 || /\b(?:tel|phone|m[oó]vil|mobile|telefon)/i.test(l.text))) {
        phone = p.phone;
        break;
      }
    }
  }
  addLinks(findLinks(everything).filter((l) => l.platform !== 'Website'));
  // Captions linked elsewhere (outside the contact blocks: a "Portfolio" read as a section heading,
  // an icon row in a section): a known platform on the same terms as platform URLs in the text, any
  // site when the caption says it is the person's ("Website", "Portfolio").
  // A line with several links ("LinkedIn, Pinterest" with a link over each word) counts caption by caption.
  const captions = all.flatMap((l) => l.links ?? (l.url ? [{ text: l.text, url: l.url }] : []));
  for (const l of captions) {
    if (!isCaption(l.text)) continue;
    if (/^mailto:/i.test(l.url)) {
      email ??= emailFromMailto(l.url);
      continue;
    }
    const link = linkFromUrl(l.url);
    if (link && (link.platform !== 'Website' || isLabelOnly(l.text)) && findLinks(l.text).length === 0)
      addLinks([link]);
  }
  const contact: ContactSection = {
    ...(email && { email }),
    ...(phone && { phone }),
    ...(location && { location }),
    ...(links.length > 0 && { professionalLinks: links }),
    ...(availability && { availability }),
    ...(workAuthorization && { workAuthorization }),
  };
  return { contact: Object.keys(contact).length > 0 ? contact : undefined, used };
}

export function contactSectionLines(sections: Section[]): TextLine[] {
  return sections.filter((s) => s.key === 'contact').flatMap((s) => s.lines);
}

export function isLabelOnly(text: string): boolean {
  return LABEL.test(fold(text).trim()) || LABEL.test(text.trim());
}
