// `npm run bench`: Lighthouse 12 (performance, accessibility, best practices, SEO) on a published
// page of each theme, served from loopback over HTTP with the headers the server sends for a
// published site (CSP, cache). Debian's Chromium, never a downloaded browser. Results go to stdout
// and bench-results/lighthouse.json. Lighthouse's mobile defaults (simulated slow 4G, 4× CPU).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { renderSite, themes } from '../src/index.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const cv = JSON.parse(readFileSync(new URL('../../server/test/fixtures/cv/full-en.json', import.meta.url), 'utf8'));

const sites = new Map<string, Map<string, { type: string; body: Buffer }>>();
const server = createServer((req, res) => {
  const [, slug, file] = /^\/([^/]+)\/(.*)$/.exec(req.url ?? '') ?? [];
  if (req.url === '/robots.txt') {
    // What a sites domain serves at its root (see docs/portfolios.md).
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('User-agent: *\nAllow: /\n');
    return;
  }
  const entry = sites.get(slug ?? '')?.get(file || 'index.html');
  if (!entry) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': entry.type,
    'content-security-policy': POLICY,
    'cache-control': file ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    'x-content-type-options': 'nosniff',
  });
  res.end(entry.body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const report: Record<string, Record<string, number>> = {};
try {
  for (const theme of themes) {
    const url = `${base}/${theme.id}/`;
    const { files } = renderSite(cv, { theme: theme.id, mode: 'published', baseUrl: url });
    sites.set(theme.id, new Map(files.map((f) => [f.path, { type: f.contentType, body: Buffer.from(f.body) }])));
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    report[theme.id] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    const below = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    const consoleErrors = (
      result?.lhr.audits['errors-in-console']?.details as { items?: { description?: string }[] } | undefined
    )?.items?.map((i) => i.description);
    const robots = result?.lhr.audits['robots-txt'];
    if (robots && robots.score !== 1)
      console.log(
        `${theme.id}: robots.txt: ${robots.explanation ?? robots.errorMessage ?? JSON.stringify(robots.details)}`,
      );
    if (consoleErrors?.length) console.log(`${theme.id}: console errors: ${consoleErrors.join(' | ')}`);
    console.log(
      `${theme.id.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${report[theme.id]![c]}`).join(', ')}${below.length ? `  (below 1: ${below.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  server.close();
}

const outDir = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}lighthouse.json`, JSON.stringify({ lighthouse: '12', themes: report }, null, 2) + '\n');
