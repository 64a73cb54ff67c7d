import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, themes } from '../src/index.js';
import { browserAvailability, launchBrowser } from './support/browser.js';
import { loadFixture } from './support/fixtures.js';
import { serveSites, type StaticSite } from './support/static-server.js';

const availability = browserAvailability();
const sites = Object.fromEntries(
  themes.map((theme) => [
    theme.id,
    renderSite(loadFixture('full-en'), { theme: theme.id, mode: 'published', baseUrl: 'https://sites.example/d/' })
      .files,
  ]),
);

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

// Printing a portfolio is how many people hand it over: black on white whatever the screen's
// scheme, no entry split across pages, and a sensible number of A4 pages.
describe.skipIf(!availability.run)('themes in print (headless Chromium)', () => {
  let browser: Browser;
  let server: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveSites(sites);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of themes) {
    it(`${theme.id}: prints black on white in dark mode, keeps entries whole, fits on a few pages`, async () => {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}${theme.id}/`);
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        const style = await page.evaluate(() => {
          const entries = Array.from(document.querySelectorAll('.entry'));
          return {
            entries: entries.length,
            splittable: entries.filter((e) => getComputedStyle(e).breakInside !== 'avoid').length,
            background: getComputedStyle(document.body).backgroundColor,
            text: getComputedStyle(document.body).color,
            headingsKeptWithNext: Array.from(document.querySelectorAll('h2, h3')).every(
              (h) => getComputedStyle(h).breakAfter === 'avoid',
            ),
          };
        });
        expect(style.entries).toBeGreaterThan(5);
        expect(style.splittable).toBe(0);
        expect(style.headingsKeptWithNext).toBe(true);
        expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(style.background);
        expect(style.text).toBe('rgb(17, 17, 17)');

        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = pdfPageCount(pdf);
        // The full 18-section CV: more than one page, far from a page per section.
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(pages).toBeLessThanOrEqual(8);
      } finally {
        await context.close();
      }
    });
  }
});
