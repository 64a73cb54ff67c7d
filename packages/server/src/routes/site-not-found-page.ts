import { createHash } from 'node:crypto';

/**
 * The page a browser gets for a site that is not published or a preview that does not exist (any
 * longer): the product's name, what happened, and a way home, instead of problem JSON. It runs under
 * the site pages' policy: no script at all, and its one `<style>` element allowed by its hash, so
 * nothing else inline could ever apply.
 */

export type MissingPageKind = 'site' | 'preview';

const PRODUCT = 'RESUME2WEBSITE';

const STYLE = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#14171c;--muted:#5b6472;--line:#e3e6eb;--accent:#2454d6;--accent-text:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--card:#171b21;--text:#eef1f5;--muted:#9aa4b2;--line:#272d36;--accent:#7ea2ff;--accent-text:#0f1216}}
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;display:flex;align-items:center;justify-content:center;padding:24px;background:var(--bg);color:var(--text);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:100%;max-width:440px;background:var(--card);border:1px solid var(--line);border-radius:16px;padding:36px 32px;box-shadow:0 1px 2px rgba(0,0,0,.04),0 8px 24px rgba(0,0,0,.06)}
.brand{margin:0 0 28px;font-size:13px;font-weight:700;letter-spacing:.12em;color:var(--accent)}
.code{margin:0 0 6px;font-size:13px;font-weight:600;color:var(--muted);letter-spacing:.04em}
h1{margin:0 0 12px;font-size:24px;line-height:1.25}
p{margin:0 0 24px;color:var(--muted)}
a.home{display:inline-block;padding:10px 18px;border-radius:10px;background:var(--accent);color:var(--accent-text);font-weight:600;text-decoration:none}
a.home:hover{filter:brightness(1.08)}
a.home:focus-visible{outline:3px solid var(--accent);outline-offset:3px}
@media (max-width:420px){main{padding:28px 22px}h1{font-size:21px}}
`;

/** The `style-src` source that allows exactly {@link STYLE}. */
const STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const TEXT: Record<MissingPageKind, { title: string; explanation: string }> = {
  site: {
    title: 'This portfolio isn’t published',
    explanation:
      'There is no published portfolio at this address. It may have been unpublished, or the link may be mistyped.',
  },
  preview: {
    title: 'This preview is no longer available',
    explanation:
      'Preview links work for a limited time, so this one may have expired. Open the portfolio again to get a fresh preview link.',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The site pages' policy, with this page's stylesheet allowed by hash instead of `'self'`. */
export function missingPagePolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_SOURCE}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export function missingPageHtml(kind: MissingPageKind, homeUrl: string): string {
  const { title, explanation } = TEXT[kind];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${PRODUCT}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">${PRODUCT}</p>
<p class="code">404 · Not found</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(explanation)}</p>
<a class="home" href="${escapeHtml(homeUrl)}/">Go to ${PRODUCT}</a>
</main>
</body>
</html>
`;
}
