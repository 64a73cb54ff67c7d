// Only these schemes become links; everything else (javascript:, data:, vbscript:, file:, relative or
// protocol-relative references) renders as no link at all.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// A plain address, so a mailto: link can never smuggle headers (`?bcc=`) or markup.
const EMAIL = /^[^\s@<>"'`()[\]\\,;:]+@[^\s@<>"'`()[\]\\,;:]+\.[^\s@<>"'`()[\]\\,;:]+$/;

/** Returns the normalized URL when its scheme is http, https or mailto, else null. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const candidate = value.trim();
  // Browsers strip tabs, newlines and leading controls before parsing (`java\tscript:`), so any
  // whitespace or control character inside the URL is refused rather than "repaired".
  // eslint-disable-next-line no-control-regex
  if (candidate === '' || /[\u0000-\u0020\u007F-\u009F]/.test(candidate)) return null;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') {
    return parsed.search === '' && EMAIL.test(decodeSafely(parsed.pathname)) ? parsed.href : null;
  }
  if (parsed.hostname === '') return null;
  return parsed.href;
}

/** A mailto: href for a bare e-mail address, or null when it is not one. */
export function mailtoHref(email: string | null): string | null {
  return email !== null && EMAIL.test(email) ? safeUrl(`mailto:${email}`) : null;
}

/** Short text for a link: the host and path without the scheme, "www." or a trailing slash. */
export function displayUrl(href: unknown): string {
  if (typeof href !== 'string') return '';
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return decodeSafely(url.pathname);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    return url.hostname.replace(/^www\./, '') + decodeSafely(path);
  } catch {
    return '';
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
