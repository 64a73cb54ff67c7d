import type { CvView } from '../view/types.js';

const DESCRIPTION_MAX = 160;
// Search engines cut titles at about 60–70 characters; html-validate's long-title agrees.
const TITLE_MAX = 70;

/** `<title>`: "Name – Title", or whichever of the two the CV has, cut at a word near 70 characters. */
export function pageTitle(cv: CvView): string {
  const parts = [cv.hero?.fullName, cv.hero?.professionalTitle].filter((part): part is string => !!part);
  return parts.length > 0 ? clip(parts.join(' – ').replace(/\s+/g, ' '), TITLE_MAX) : 'Portfolio';
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Meta description: the tagline, else the start of the summary, cut at a word near 160 characters. */
export function pageDescription(cv: CvView): string | null {
  const source = cv.hero?.summaryTagline ?? cv.summary?.summaryText ?? cv.hero?.professionalTitle ?? null;
  if (source === null) return null;
  return clip(source.replace(/\s+/g, ' '), DESCRIPTION_MAX);
}

/** The base URL as an absolute http(s) URL ending in "/", or null when it is not one. */
export function normalizeBaseUrl(baseUrl: string | undefined): string | null {
  if (baseUrl === undefined) return null;
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}
