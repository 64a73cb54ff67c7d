import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, themes } from '../src/index.js';
import { browserAvailability, launchBrowser } from './support/browser.js';
import { loadFixture } from './support/fixtures.js';
import { serveSites, type StaticSite } from './support/static-server.js';

const availability = browserAvailability();
const hostile = loadFixture('hostile');

// Served WITHOUT the CSP header and rendered as previews (no CSP meta): the markup must be inert on
// its own; the CSP is a second layer, not the reason nothing runs.
const sites = Object.fromEntries(
  themes.flatMap((theme) => [
    [`${theme.id}-preview`, renderSite(hostile, { theme: theme.id, mode: 'preview' }).files],
    [
      `${theme.id}-published`,
      renderSite(hostile, { theme: theme.id, mode: 'published', baseUrl: 'https://s.example/m/' }).files,
    ],
  ]),
);

describe('rendering never pollutes prototypes', () => {
  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

describe.skipIf(!availability.run)('the hostile CV renders inert in Chromium', () => {
  let browser: Browser;
  let server: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveSites(sites, { csp: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of themes) {
    for (const mode of ['preview', 'published'] as const) {
      it(`${theme.id} (${mode})`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: true });
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        // Canary: any payload that runs calls one of these (or touches window.__pwned directly).
        await page.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          w['__pwned'] = false;
          for (const name of ['alert', 'confirm', 'prompt']) {
            w[name] = () => {
              w['__pwned'] = true;
            };
          }
        });
        try {
          await page.goto(`${server.url}${theme.id}-${mode}/`, { waitUntil: 'load' });
          await page.waitForTimeout(100);
          const state = await page.evaluate(() => {
            const all = Array.from(document.querySelectorAll('*'));
            return {
              pwned: (window as unknown as Record<string, unknown>)['__pwned'],
              scripts: Array.from(document.scripts).map((s) => s.type),
              foreign: document.querySelectorAll(
                'iframe, object, embed, svg, img, form, input, base, meta[http-equiv="refresh"]',
              ).length,
              eventAttributes: all.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
              styleAttributes: all.filter((el) => el.hasAttribute('style')).length,
              // The theme's own empty icon (`data:,`, so browsers ask for no favicon) is the one
              // fixed data: URL; any other would have come from the CV.
              hrefs: Array.from(document.querySelectorAll('[href]:not(link[rel="icon"][href="data:,"])')).map(
                (el) => el.getAttribute('href') ?? '',
              ),
              srcs: Array.from(document.querySelectorAll('[src]')).map((el) => el.getAttribute('src') ?? ''),
              text: document.body.textContent ?? '',
              polluted: ({} as Record<string, unknown>)['polluted'],
              jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent ?? null,
            };
          });
          expect(state.pwned).toBe(false);
          expect(dialogs).toEqual([]);
          expect(state.scripts).toEqual(mode === 'published' ? ['application/ld+json'] : []);
          expect(state.foreign).toBe(0);
          expect(state.eventAttributes).toEqual([]);
          expect(state.styleAttributes).toBe(0);
          expect(state.srcs).toEqual([]);
          for (const href of state.hrefs)
            expect(href).toMatch(/^(https?:\/\/|mailto:|#content$|style\.[0-9a-f]{8}\.css$)/);
          expect(state.hrefs.join(' ')).not.toMatch(/javascript:|data:|vbscript:/i);
          // CV markup and Handlebars syntax are shown as the text they are.
          expect(state.text).toContain('<img src=x onerror=alert(1)>');
          expect(state.text).toContain("{{constructor.constructor('alert(1)')()}}");
          expect(state.text).toContain('{{{raw}}}');
          expect(state.polluted).toBeUndefined();
          if (mode === 'published') {
            expect(JSON.parse(state.jsonLd ?? '')).toMatchObject({ '@type': 'Person' });
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
