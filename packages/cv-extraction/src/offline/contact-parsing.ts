import type { CvLocation, ProfessionalLink } from '../cv-data.js';
import { findDateRange } from './date-parsing.js';
import { trimEndChars } from './linear-text.js';
import { fold } from './text-utils.js';

/** E-mail addresses, phone numbers, profile links and places, wherever they appear in a CV. */

// Starts only where a run of address characters starts: from every letter of a long word with no
// "@" the run was rescanned to its end (quadratic).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const EMAIL_GLOBAL = new RegExp(EMAIL.source, 'gu');
/** Digits with the separators phones use; checked for a plausible digit count afterwards. */
const PHONE = /(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d/g;
// The look-behind starts a domain only where its run of name characters starts (see EMAIL).
const URL_LIKE =
  /\b(?<![a-z0-9.-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|app|co|ai|es|fr|de|it|pt|nl|se|uk|eu|info|tech|page|site|xyz|ch|at|be|br|mx|ar|cl|us|ca)(?:\/[^\s|,;)]*)?/gi;

const PLATFORMS: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  [/(?:twitter|x)\.com/i, 'Twitter'],
  [/behance\.net/i, 'Behance'],
  [/dribbble\.com/i, 'Dribbble'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
  [/medium\.com/i, 'Medium'],
  [/youtube\.com/i, 'YouTube'],
  [/instagram\.com/i, 'Instagram'],
  [/pinterest\.[a-z.]+$/i, 'Pinterest'],
  [/facebook\.com/i, 'Facebook'],
  [/orcid\.org/i, 'ORCID'],
  [/scholar\.google/i, 'Google Scholar'],
  [/kaggle\.com/i, 'Kaggle'],
  [/researchgate\.net/i, 'ResearchGate'],
];

export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

export function findPhone(text: string): { phone: string; index: number } | undefined {
  const withoutEmails = text.replace(EMAIL_GLOBAL, (m) => ' '.repeat(m.length));
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(withoutEmails); m; m = PHONE.exec(withoutEmails)) {
    const candidate = trimEndChars(m[0].trim(), '(.-/');
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // "2019 - 2021" and "01/2020 – 03/2022" are dates, not phones.
    if (findDateRange(candidate)?.length === candidate.length) continue;
    if (/^(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}$/.test(candidate)) continue;
    if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(candidate)) continue;
    return { phone: candidate.replace(/\s+/g, ' '), index: m.index };
  }
  return undefined;
}

/** Profile and web links as absolute https URLs, with the platform they are on. */
export function findLinks(text: string): ProfessionalLink[] {
  const withoutEmails = text.replace(EMAIL_GLOBAL, ' ');
  const links: ProfessionalLink[] = [];
  const seen = new Set<string>();
  for (const m of withoutEmails.matchAll(URL_LIKE)) {
    let raw = trimEndChars(m[0], '.)]', false);
    if (!/[a-z]/i.test(raw.split('.')[0] ?? '')) continue;
    if (!/^https?:\/\//i.test(raw)) raw = `https://${raw}`;
    raw = raw.replace(/^http:\/\//i, 'https://');
    if (!URL.canParse(raw)) continue;
    const url = new URL(raw);
    if (/^(?:email|mail|gmail|outlook|hotmail|yahoo)\./i.test(url.hostname)) continue;
    const key = url.href.replace(/\/$/, '').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const platform = PLATFORMS.find(([re]) => re.test(url.hostname))?.[1] ?? 'Website';
    links.push({ platform, url: url.href.replace(/\/$/, '') });
  }
  return links;
}

/**
 * Résumé-template vendors. Their templates carry footer links ("Build this template", "Resume
 * Templates", "Made with …") to the vendor's site: those are the vendor's links, never the person's.
 * A host matches itself and its subdomains. A vendor's page on another site (a Pinterest board) is
 * not listed: nothing in a link there tells it from the person's own.
 */
export const TEMPLATE_VENDOR_HOSTS: readonly string[] = [
  'resume.io',
  'resumeviking.com',
  'resumegenius.com',
  'zety.com',
  'zety.es',
  'zety.fr',
  'zety.de',
  'novoresume.com',
  'canva.com',
  'kickresume.com',
  'enhancv.com',
  'livecareer.com',
  'myperfectresume.com',
  'resumenow.com',
  'resumelab.com',
  'resume.com',
  'visualcv.com',
  'hloom.com',
  'resumetemplates.com',
  'beamjobs.com',
  'flowcv.com',
  'cvmaker.com',
  'cvmaker.co.uk',
  'europass.europa.eu',
];

export function isTemplateVendorUrl(raw: string): boolean {
  if (!URL.canParse(raw)) return false;
  const host = new URL(raw).hostname.toLowerCase().replace(/\.$/, '');
  return TEMPLATE_VENDOR_HOSTS.some((vendor) => host === vendor || host.endsWith(`.${vendor}`));
}

/**
 * A PDF link's http(s) target as a profile link, named by its host as `findLinks` names them. The
 * target is kept as the PDF has it: a bare "https://www.linkedin.com/" is still where the page
 * points.
 */
export function linkFromUrl(raw: string): ProfessionalLink | undefined {
  if (!/^https?:\/\//i.test(raw) || !URL.canParse(raw) || isTemplateVendorUrl(raw)) return undefined;
  const url = new URL(raw);
  if (!url.hostname.includes('.')) return undefined;
  const platform = PLATFORMS.find(([re]) => re.test(url.hostname))?.[1] ?? 'Website';
  return { platform, url: url.href };
}

/** The address of a `mailto:` target, when it is one address. */
export function emailFromMailto(raw: string): string | undefined {
  const match = /^mailto:([^?#]*)/i.exec(raw.trim());
  if (!match) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(match[1]!).trim();
  } catch {
    return undefined;
  }
  return findEmail(address) === address ? address : undefined;
}

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const COUNTRIES = new Set(
  [
    'usa',
    'us',
    'united states',
    'uk',
    'united kingdom',
    'england',
    'scotland',
    'wales',
    'ireland',
    'spain',
    'espana',
    'france',
    'germany',
    'deutschland',
    'portugal',
    'italy',
    'italia',
    'netherlands',
    'nederland',
    'the netherlands',
    'sweden',
    'sverige',
    'brazil',
    'brasil',
    'mexico',
    'argentina',
    'chile',
    'colombia',
    'peru',
    'canada',
    'australia',
    'india',
    'china',
    'japan',
    'switzerland',
    'suisse',
    'schweiz',
    'austria',
    'osterreich',
    'belgium',
    'belgique',
    'belgie',
    'denmark',
    'norway',
    'finland',
    'poland',
    'ireland',
    'israel',
    'singapore',
    'new zealand',
    'south africa',
    'nigeria',
    'kenya',
    'egypt',
    'turkey',
    'greece',
    'romania',
    'czech republic',
    'hungary',
    'uruguay',
    'venezuela',
    'ecuador',
    'bolivia',
    'paraguay',
    'costa rica',
    'panama',
    'cuba',
    'puerto rico',
    'dominican republic',
    'guatemala',
    'espagne',
    'allemagne',
    'italie',
    'royaume uni',
    'etats unis',
    'spanien',
    'frankreich',
    'italien',
    'estados unidos',
    'reino unido',
    'francia',
    'alemania',
    'suecia',
    'holanda',
    'paises bajos',
    'frankrijk',
    'duitsland',
    'spanje',
    'luxembourg',
    'monaco',
    'iceland',
    'estonia',
    'latvia',
    'lithuania',
    'ukraine',
    'russia',
    'korea',
    'south korea',
    'vietnam',
    'thailand',
    'philippines',
    'indonesia',
    'malaysia',
    'uae',
    'united arab emirates',
    'saudi arabia',
    'qatar',
    'morocco',
    'tunisia',
    'algeria',
    'ghana',
    'senegal',
    'remote',
    'remoto',
    'hybrid',
    'hibrido',
  ].map((c) => c),
);

export function isCountry(value: string): boolean {
  return COUNTRIES.has(
    fold(value)
      .replace(/[^\p{L} ]/gu, '')
      .trim(),
  );
}

const CITY = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|am|an|upon|on|sur|do|da))*`;
/** "1515 Pacific Ave, Los Angeles, CA 90291, United States": a US postal address on one line. */
const US_ADDRESS = new RegExp(
  String.raw`^(?:(\d[^,]{2,60}),\s*)?(${CITY}),\s*(${US_STATES})\s+(\d{5}(?:-\d{4})?)(?:,\s*(${CITY}))?$`,
  'u',
);
/** A street, not a town: "1515 Pacific Ave" is a house number and a street, not a postcode and a city. */
const STREET_WORD =
  /(?<![\p{L}])(?:ave|avenue|st|street|road|rd|blvd|boulevard|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|straße|strasse|str|weg|gasse|platz|allee|ring|rue|chemin|calle|avenida|paseo|via|viale|piazza|rua|laan|straat|gatan|vägen)\.?$/iu;

/** "Weststraße 14, 69115 Heidelberg", "12 rue Sainte-Catherine, 33000 Bordeaux, France": postcode before the city. */
const POSTCODE_FIRST_ADDRESS = new RegExp(
  String.raw`^(?:([^,\d]{0,40}\d[^,]{0,30}|\d[^,]{2,60}),\s*)?(\d{4,5}|[A-Z]-\d{4,5})\s+(${CITY})(?:,\s*(${CITY}))?$`,
  'u',
);
const CITY_STATE = new RegExp(String.raw`^(${CITY}),\s*(${US_STATES})(?:\s+\d{5}(?:-\d{4})?)?$`, 'u');
const CITY_COUNTRY = new RegExp(String.raw`^(${CITY}),\s*(${CITY})$`, 'u');
const CITY_REGION_COUNTRY = new RegExp(String.raw`^(${CITY}),\s*(${CITY}),\s*(${CITY})$`, 'u');

/**
 * A place when the text is one ("London, UK", "Seattle, WA", "Leeds, West Yorkshire, United
 * Kingdom", "Madrid"), by shape: capitalised names, a known country or US state, no digits apart
 * from a ZIP code.
 */
export function parseLocation(raw: string, options: { allowCityOnly?: boolean } = {}): CvLocation | undefined {
  const text = raw
    .trim()
    .replace(
      /^(?:location|address|ubicaci[oó]n|direcci[oó]n|adresse|anschrift|wohnort|localiza[cç][aã]o|indirizzo|adres|ort)\s*:\s*/iu,
      '',
    );
  if (text.length === 0 || text.length > 120) return undefined;
  const address = US_ADDRESS.exec(trimEndChars(text, '·•|,;'));
  // A city of more than three words is likely another field run into it ("SECURITY GUARD LOS ANGELES").
  if (address && address[2]!.split(/\s+/).length <= 3 && (address[5] === undefined || isCountry(address[5]))) {
    return {
      ...(address[1] && { address: address[1].trim() }),
      city: address[2]!,
      state: address[3]!,
      postalCode: address[4]!,
      ...(address[5] && { country: address[5] }),
    };
  }
  const european = POSTCODE_FIRST_ADDRESS.exec(trimEndChars(text, '·•|,;'));
  if (
    european &&
    european[3]!.split(/\s+/).length <= 4 &&
    !STREET_WORD.test(european[3]!) &&
    (european[4] === undefined || isCountry(european[4]))
  ) {
    return {
      ...(european[1] && { address: european[1].trim() }),
      postalCode: european[2]!,
      city: european[3]!,
      ...(european[4] && { country: european[4] }),
    };
  }
  if (text.length > 80) return undefined;
  let m = CITY_STATE.exec(text);
  if (m) return { city: m[1]!, state: m[2]! };
  m = CITY_REGION_COUNTRY.exec(text);
  if (m && (isCountry(m[3]!) || /^[A-Z]{2,3}$/.test(m[3]!))) return { city: m[1]!, state: m[2]!, country: m[3]! };
  m = CITY_COUNTRY.exec(text);
  if (m && (isCountry(m[2]!) || /^[A-Z]{2,3}$/.test(m[2]!) || options.allowCityOnly))
    return { city: m[1]!, country: m[2]! };
  if (isCountry(text))
    return /^(?:remote|remoto|hybrid|hibrido)$/i.test(fold(text)) ? { city: text } : { country: text };
  if (options.allowCityOnly && new RegExp(`^${CITY}$`, 'u').test(text) && text.split(/\s+/).length <= 3)
    return { city: text };
  return undefined;
}
