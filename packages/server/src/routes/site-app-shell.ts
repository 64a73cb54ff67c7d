import type { SiteManifest } from '../services/site-bundle.js';

const TITLE = 'RESUME2WEBSITE — your CV as a website';
const DESCRIPTION =
  'Upload your CV and get a portfolio website: review what was read from it, pick a theme, preview it and publish.';

/** Manifest names are flat file names already (site-bundle.ts); escaping keeps the page safe regardless. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The document every page address answers: the app's stylesheet and module script by their
 * content-hashed names, and `<r2w-site>`, which renders the page from the URL. No inline script or
 * style, so the page's policy needs no `'unsafe-inline'`.
 */
export function siteShellHtml(manifest: SiteManifest): string {
  const css = manifest.css ? `<link rel="stylesheet" href="/app/${attribute(manifest.css)}">` : '';
  return (
    '<!doctype html><html lang="en"><head>' +
    '<meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light dark">' +
    `<title>${TITLE}</title>` +
    `<meta name="description" content="${attribute(DESCRIPTION)}">` +
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">' +
    css +
    `<script type="module" src="/app/${attribute(manifest.entry)}"></script>` +
    '</head><body><r2w-site></r2w-site>' +
    '<noscript><p>RESUME2WEBSITE runs in your browser and needs JavaScript: turn it on and reload. ' +
    'The API works without it; its reference is at <a href="/docs">/docs</a>.</p></noscript>' +
    '</body></html>\n'
  );
}
