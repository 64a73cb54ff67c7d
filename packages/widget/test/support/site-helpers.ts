import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumAvailable, launch, openPage, SHOTS, type WidgetPage } from './page-helpers.js';
import { startApi, type Api } from './widget-harness.js';

/** The hosted site's element (its pages live in its shadow root; locators pierce it). */
export const site = (page: Page): Locator => page.locator('r2w-site');

export const PASSWORD = 'correct horse battery staple';

export const uniqueEmail = (tag: string): string =>
  `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

export async function snapSite(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/site-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Opens a page of the site and waits until it has rendered its title. */
export async function openSite(
  browser: Browser,
  url: string,
  options: { scheme?: 'light' | 'dark'; width?: number } = {},
): Promise<WidgetPage> {
  const opened = await openPage(browser, url, options);
  await site(opened.page).locator('main h1').first().waitFor();
  return opened;
}

/** Fills and sends the sign-up form (the page must be on /sign-up). */
export async function signUp(page: Page, email: string, password = PASSWORD): Promise<void> {
  await site(page).locator('#full_name').fill('Site Tester');
  await site(page).locator('#email').fill(email);
  await site(page).locator('#password').fill(password);
  await site(page).getByRole('button', { name: 'Create account' }).click();
}

/** The real server and a Chromium for a test file: started before its tests, stopped after. */
export interface SiteWorld {
  readonly api: Api;
  readonly browser: Browser;
}

export function siteWorld(env: Record<string, string> = {}): SiteWorld {
  const world = {} as { api: Api; browser: Browser };
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    world.api = await startApi(env);
    if (chromiumAvailable()) world.browser = await launch();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.api?.close();
  });
  return world;
}

/** What has the focus, looking through shadow roots: its tag, type and accessible text. */
async function focused(page: Page): Promise<{ tag: string; type: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    const label = input?.labels?.[0]?.textContent ?? '';
    const text = el?.getAttribute('aria-label') ?? (el?.textContent?.trim() || label.trim());
    return { tag: el?.tagName.toLowerCase() ?? '', type: input?.type ?? '', text: text.replace(/\s+/g, ' ') };
  });
}

/** Presses Tab (as a keyboard user does) until the focused element matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  match: (el: { tag: string; type: string; text: string }) => boolean,
  max = 150,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`no focusable element matched within ${max} presses of Tab`);
}
