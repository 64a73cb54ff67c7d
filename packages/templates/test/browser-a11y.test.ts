import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, themes } from '../src/index.js';
import { AXE_PATH, browserAvailability, launchBrowser } from './support/browser.js';
import { loadFixture } from './support/fixtures.js';
import { samplePhotoPng } from './support/png.js';
import { serveSites, type StaticSite } from './support/static-server.js';

const SCREENSHOT_DIR = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
const availability = browserAvailability();
const photo = { path: 'photo.png', contentType: 'image/png', body: samplePhotoPng() };

// Each theme with the full English CV (published, with a photo), the full Spanish CV (published,
// no photo) and the sparse one (a preview).
const sites = Object.fromEntries(
  themes.flatMap((theme) => [
    [
      `${theme.id}-full-en`,
      renderSite(loadFixture('full-en'), {
        theme: theme.id,
        mode: 'published',
        baseUrl: 'https://sites.example/daniel/',
        photo,
      }).files,
    ],
    [
      `${theme.id}-full-es`,
      renderSite(loadFixture('full-es'), {
        theme: theme.id,
        mode: 'published',
        baseUrl: 'https://sites.example/lucia/',
      }).files,
    ],
    [`${theme.id}-sparse`, renderSite(loadFixture('sparse'), { theme: theme.id, mode: 'preview' }).files],
  ]),
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
  );
}

describe.skipIf(!availability.run)('themes in headless Chromium', () => {
  let browser: Browser;
  let server: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveSites(sites);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(site: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
    // axe is injected as a script, which the published CSP (rightly) refuses; the CSP itself is
    // checked on its own below.
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${site}/`);
    expect(response?.status()).toBe(200);
    return page;
  }

  for (const theme of themes) {
    for (const fixture of ['full-en', 'full-es', 'sparse']) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${theme.id} / ${fixture} / ${scheme}: no axe violations`, async () => {
          const page = await open(`${theme.id}-${fixture}`, 1280, scheme);
          try {
            expect(await axeViolations(page)).toEqual([]);
          } finally {
            await page.context().close();
          }
        });
      }
      it(`${theme.id} / ${fixture}: no horizontal overflow at 320 px`, async () => {
        const page = await open(`${theme.id}-${fixture}`, 320, 'light');
        try {
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        } finally {
          await page.context().close();
        }
      });
    }

    it(`${theme.id}: the stylesheet and photo load under the published CSP, with no violation`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      try {
        await page.goto(`${server.url}${theme.id}-full-en/`);
        const state = await page.evaluate(() => ({
          sheets: document.styleSheets.length,
          rules: document.styleSheets[0]?.cssRules.length ?? 0,
          photoLoaded: (document.querySelector('img.photo') as HTMLImageElement | null)?.naturalWidth ?? 0,
          scripts: document.scripts.length,
        }));
        expect(state.sheets).toBe(1);
        expect(state.rules).toBeGreaterThan(20);
        expect(state.photoLoaded).toBeGreaterThan(0);
        expect(state.scripts).toBe(1); // the JSON-LD data block only
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    });

    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${theme.id}: screenshot at ${width} px, ${scheme}`, async (context) => {
          const page = await open(`${theme.id}-full-en`, width, scheme);
          try {
            const path = `${SCREENSHOT_DIR}${theme.id}-${width}-${scheme}.png`;
            await page.screenshot({ path, fullPage: true });
            context.annotate?.(`screenshot: ${path}`);
          } finally {
            await page.context().close();
          }
        });
      }
    }
  }
});
