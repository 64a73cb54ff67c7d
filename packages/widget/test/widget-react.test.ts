import type { Browser, Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReactCalls } from './fixtures/react-app.js';
import { chromiumAvailable, openPage, widget, type WidgetPage } from './support/page-helpers.js';
import { startReactSite } from './support/react-site.js';
import type { CareerSite, Tenant } from './support/widget-harness.js';
import { startWidgetWorld, type WidgetWorld } from './support/widget-world.js';

// `@resume2website/widget/react` as an integrator uses it: a React app (test/fixtures/react-app.tsx,
// bundled by esbuild against the built package) on a page of another origin under a strict CSP,
// against the real server, in Chromium.

const available = chromiumAvailable();

let world: WidgetWorld;
let site: CareerSite;
let tenant: Tenant;
let browser: Browser;

beforeAll(async () => {
  world = await startWidgetWorld({ startSite: startReactSite });
  ({ site, tenant, browser } = world);
});

afterAll(() => world?.close());

function open(): Promise<WidgetPage> {
  return openPage(browser, `${site.origin}/?key=${tenant.publishable_key}`);
}

function calls(page: Page): Promise<ReactCalls> {
  return page.evaluate(() => window.__r2wReact);
}

describe.skipIf(!available)('<R2wWidget> from @resume2website/widget/react in Chromium', () => {
  it('hands the React props to the element and calls onR2wReady once', async () => {
    const { page, problems } = await open();
    await page.waitForFunction(() => window.__r2wReact?.ready > 0, undefined, { timeout: 30_000 });

    // @lit/react sets properties (the element reflects only color-scheme to an attribute).
    const element = await widget(page).evaluate((node) => {
      const el = node as HTMLElement & { apiBase: string; publishableKey: string; locale: string };
      return {
        apiBase: el.apiBase,
        publishableKey: el.publishableKey,
        locale: el.locale,
        colorScheme: el.getAttribute('color-scheme'),
      };
    });
    expect(element).toEqual({
      apiBase: world.api.url,
      publishableKey: tenant.publishable_key,
      locale: 'fr',
      colorScheme: 'dark',
    });
    await widget(page).getByText('Transformez votre CV en site web').waitFor();
    expect(await widget(page).locator('[lang=fr]').count()).toBe(1);

    // Re-renders and late layout effects must not attach the listener twice.
    await page.waitForTimeout(300);
    expect(await calls(page)).toEqual({ ready: 1, errors: [], published: [], uploaded: [] });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('calls onR2wError with the typed detail for a refused file type', async () => {
    const { page, problems } = await open();
    await page.waitForFunction(() => window.__r2wReact?.ready > 0, undefined, { timeout: 30_000 });
    await widget(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'cv.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.waitForFunction(() => window.__r2wReact.errors.length > 0);
    const { errors, uploaded } = await calls(page);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('unsupported-media-type');
    expect(errors[0]!.message).toContain('Ce type de fichier n’est pas accepté');
    expect(uploaded).toEqual([]);
    expect(await widget(page).locator('[part=error]').textContent()).toContain(errors[0]!.message);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('<R2wWidget> on the server', () => {
  it('renders the bare element and leaves everything else to the browser', async () => {
    // The built entry, as a Next.js or Remix server would import it (Lit's node build).
    const { R2wWidget } = await import('@resume2website/widget/react');
    const html = renderToString(
      createElement(R2wWidget, {
        apiBase: 'https://api.example.com',
        publishableKey: 'pk_test',
        locale: 'fr',
        onR2wReady: () => {},
      }),
    );
    expect(html).toBe('<r2w-widget></r2w-widget>');
  });
});
