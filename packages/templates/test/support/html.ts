import type { RenderedSite } from '../../src/index.js';

export function htmlOf(site: RenderedSite): string {
  const file = site.files.find((f) => f.path === 'index.html');
  if (file === undefined || typeof file.body !== 'string') throw new Error('no index.html');
  return file.body;
}

export function cssOf(site: RenderedSite): string {
  const file = site.files.find((f) => /^style\.[0-9a-f]{8}\.css$/.test(f.path));
  if (file === undefined || typeof file.body !== 'string') throw new Error('no stylesheet');
  return file.body;
}

/** What Handlebars' escaping makes of a CV string. */
export function escapeHtml(text: string): string {
  const map: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
  };
  return text.replace(/[&<>"'`=]/g, (c) => map[c] ?? c);
}
