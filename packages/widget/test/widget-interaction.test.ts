import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  chromiumAvailable,
  events,
  FREE_FLOW_EVENTS,
  openPage,
  PDF,
  shot,
  SHOTS,
  waitForEvent,
  widget,
  chooseFileByKeyboard,
} from './support/page-helpers.js';
import type { Api, CareerSite, Tenant } from './support/widget-harness.js';
import { startWidgetWorld, type WidgetWorld } from './support/widget-world.js';

// How people other than a mouse user on a default page meet the widget: keyboard only, drag and
// drop, an oversize file, a preselected theme, the system's colour scheme, the copy button, and a
// host page whose CSP allows styles by nonce only. Same real server and second-origin page as the
// main flow test.

const available = chromiumAvailable();
const BRAND = 'rgb(26, 77, 143)'; // the tenant's primary colour, #1a4d8f

let world: WidgetWorld;
let api: Api;
let site: CareerSite;
let tenant: Tenant;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  world = await startWidgetWorld();
  ({ api, site, tenant, browser } = world);
});

afterAll(() => world?.close());

function pageUrl(params: Record<string, string> = {}): string {
  return `${site.origin}/?${new URLSearchParams({ key: tenant.publishable_key, scheme: 'light', ...params })}`;
}

/** What has the focus inside the widget's shadow root, described as `tag#id "text"`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.querySelector('r2w-widget')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return document.activeElement?.tagName.toLowerCase() ?? '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${text ? ` "${text}"` : ''}`;
  });
}

/** Presses Tab until the focus matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (description: string) => boolean, max = 40): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
    seen.push(now);
  }
  throw new Error(`focus never got there; it went through: ${seen.join(' → ')}`);
}

async function backgroundOf(page: Page): Promise<string> {
  return widget(page).evaluate((el) => getComputedStyle(el).backgroundColor);
}

describe.skipIf(!available)('<r2w-widget>: keyboard, drag and drop, and the host page’s choices', () => {
  it('completes the whole flow with the keyboard alone, the focus following each new step', async () => {
    const { page, problems } = await openPage(browser, pageUrl());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await waitForEvent(page, 'r2w-ready');

    // Upload: the real file input takes the focus and opens the file chooser with Space
    expect(await tabTo(page, (d) => d.startsWith('input#file'))).toBe('input#file');
    await chooseFileByKeyboard(page, PDF);

    // Review: once it shows, its heading has the focus (not the page's top)
    const fullName = widget(page).locator('#fullName');
    await fullName.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('r2w-widget')?.shadowRoot?.activeElement?.tagName === 'H2');
    await tabTo(page, (d) => d === 'input#fullName');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keyboard Only');
    await page.keyboard.press('Enter'); // submits the form

    // Theme: arrow keys move the choice inside the radio group
    const radios = widget(page).locator('input[name=theme]');
    await radios.first().waitFor();
    expect(await focused(page)).toMatch(/^h2/);
    await tabTo(page, (d) => d.startsWith('input'));
    const before = await radios.evaluateAll((inputs) => (inputs as HTMLInputElement[]).findIndex((i) => i.checked));
    await page.keyboard.press('ArrowRight');
    const after = await radios.evaluateAll((inputs) => (inputs as HTMLInputElement[]).findIndex((i) => i.checked));
    expect(after).toBe(before + 1);
    await tabTo(page, (d) => d.includes('Show the preview'));
    await page.keyboard.press('Enter');

    // Preview, then publish
    await widget(page).locator('iframe[part=preview]').waitFor();
    await tabTo(page, (d) => d === 'button "Publish"');
    await page.keyboard.press('Enter');

    // Done: the heading has the focus; the copy button puts the address on the clipboard
    const live = widget(page).locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    const url = (await live.getAttribute('href'))!;
    await page.waitForFunction(() => document.querySelector('r2w-widget')?.shadowRoot?.activeElement?.tagName === 'H2');
    await tabTo(page, (d) => d === 'button "Copy link"');
    await page.keyboard.press('Enter');
    await widget(page).getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await shot(page, 'keyboard-6-done-copied');

    expect(await (await fetch(url)).text()).toContain('Keyboard Only');
    expect((await events(page)).map((e) => e.type)).toEqual(FREE_FLOW_EVENTS);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('never takes the focus from the host page before the person uses the widget', async () => {
    const { page } = await openPage(browser, pageUrl());
    await waitForEvent(page, 'r2w-ready');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.context().close();
  });

  it('takes a dropped file, follows the system’s dark scheme when `color-scheme` is left out, and preselects `theme`', async () => {
    const themes = (await (
      await fetch(`${api.url}/api/v1/themes`, { headers: { 'x-publishable-key': tenant.publishable_key } })
    ).json()) as { items: { id: string }[] };
    expect(themes.items.length).toBeGreaterThan(1);
    const preselected = themes.items.at(-1)!.id;

    const { page, problems } = await openPage(browser, pageUrl({ scheme: 'auto', theme: preselected }), {
      scheme: 'dark',
    });
    await waitForEvent(page, 'r2w-ready');
    expect(await widget(page).getAttribute('color-scheme')).toBeNull();
    expect(await backgroundOf(page)).toBe('rgb(22, 24, 29)'); // the dark surface
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });

    // Drag a real PDF over the drop zone (it shows it will take it), then drop it
    const bytes = (await readFile(PDF)).toString('base64');
    const dropped = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'Eleanor_Vance_cv.pdf', { type: 'application/pdf' }));
      return transfer;
    }, bytes);
    const zone = widget(page).locator('[part=dropzone]');
    await zone.dispatchEvent('dragover', { dataTransfer: dropped });
    await expect.poll(() => zone.getAttribute('class')).toContain('over');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'dark-auto-1-dragover');
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    const uploaded = await waitForEvent(page, 'r2w-uploaded');
    expect(uploaded.detail.cv_id).toMatch(/^cv_/);

    await widget(page).locator('#fullName').waitFor({ timeout: 60_000 });
    expect(await widget(page).locator('#fullName').inputValue()).toContain('Eleanor');
    await widget(page).locator('button[type=submit]').click();
    await widget(page).locator('input[name=theme]').first().waitFor();
    expect(await widget(page).locator('input[name=theme]:checked').getAttribute('value')).toBe(preselected);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps `color-scheme="light"` on a dark system', async () => {
    const { page } = await openPage(browser, pageUrl({ scheme: 'light' }), { scheme: 'dark' });
    await waitForEvent(page, 'r2w-ready');
    expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it('refuses an oversize file before any upload, saying its size and the limit', async () => {
    const { page, problems } = await openPage(browser, pageUrl());
    await waitForEvent(page, 'r2w-ready');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    const config = (await (await fetch(`${api.url}/api/v1/config`)).json()) as { max_upload_bytes: number };
    expect(config.max_upload_bytes).toBe(10 * 1024 * 1024);
    const size = config.max_upload_bytes * 1.5;
    await widget(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(size, 0x20) });
    const refused = await waitForEvent(page, 'r2w-error');
    expect(refused.detail.code).toBe('payload-too-large');
    expect(await widget(page).locator('[part=error]').textContent()).toContain(
      'This file is 15 MB; the limit is 10 MB.',
    );
    expect(posts).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is styled under a host CSP that allows styles by nonce only, through litNonce where <style> elements are needed', async () => {
    const { page, problems } = await openPage(browser, pageUrl({ nonce: 'r2w-test-nonce', legacy: '1' }));
    await waitForEvent(page, 'r2w-ready');
    // Lit fell back to <style> elements (constructable stylesheets hidden) and gave them the nonce
    // (read as the property: browsers hide a nonce attribute's value from the DOM)
    const nonces = await widget(page).evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('style')].map((style) => style.nonce),
    );
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces.every((n) => n === 'r2w-test-nonce')).toBe(true);
    const button = widget(page).locator('label.button');
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(BRAND);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
