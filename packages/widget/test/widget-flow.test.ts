import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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
  type WidgetPage,
} from './support/page-helpers.js';
import { startCareerSite, type Api, type CareerSite, WIDGET_DIR } from './support/widget-harness.js';
import type { Tenant } from './support/widget-harness.js';
import { startWidgetWorld, type WidgetWorld } from './support/widget-world.js';

// The whole widget, built by rollup as it ships, on a career page of another origin under a strict
// CSP with Trusted Types, against the real server (SQLite, local files, payments off), in Chromium.

const EDITED_NAME = 'Eleanor Widget-Vance';
const available = chromiumAvailable();

let world: WidgetWorld;
let api: Api;
let site: CareerSite;
let foreign: CareerSite;
let tenant: Tenant;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  world = await startWidgetWorld();
  ({ api, site, tenant, browser } = world);
  foreign = await startCareerSite(api.url); // same key, an origin the tenant does not allow
});

afterAll(async () => {
  await foreign?.close();
  await world?.close();
});

function open(options: { scheme?: 'light' | 'dark'; width?: number; origin?: string } = {}): Promise<WidgetPage> {
  const url = `${options.origin ?? site.origin}/?key=${tenant.publishable_key}&scheme=${options.scheme ?? 'light'}`;
  return openPage(browser, url, options);
}

async function uploadFixture(page: Page): Promise<void> {
  await waitForEvent(page, 'r2w-ready');
  await widget(page).locator('input[type=file]').setInputFiles(PDF);
  await widget(page).locator('#fullName').waitFor({ timeout: 60_000 });
}

/** The widget's saved flow (ids and the guest token), as the page's sessionStorage holds it. */
async function savedFlow(page: Page): Promise<{ token: string; cvId: string }> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('r2w-widget:'))!;
    return JSON.parse(sessionStorage.getItem(key)!) as { token: string; cvId: string };
  });
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

describe.skipIf(!available)('<r2w-widget> in Chromium against the real server', () => {
  const variants = [
    { name: 'light', scheme: 'light', width: 1024 },
    { name: 'dark', scheme: 'dark', width: 1024 },
    { name: 'light-390', scheme: 'light', width: 390 },
    { name: 'dark-390', scheme: 'dark', width: 390 },
  ] as const;

  it.each(variants)(
    'runs upload → review → theme → preview → publish with payments off ($name)',
    async ({ name, scheme, width }) => {
      const { page, problems } = await open({ scheme, width });
      await waitForEvent(page, 'r2w-ready');

      // Upload: a real, labelled file input
      expect(await widget(page).locator('label[for=file]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${name}-1-upload`);
      // Progress: hold the event stream back a moment, so the step can be seen (and photographed)
      let releaseEvents = () => {};
      const held = new Promise<void>((resolve) => (releaseEvents = resolve));
      await page.route('**/api/v1/extractions/*/events*', async (route) => {
        await held;
        await route.continue();
      });
      await widget(page).locator('input[type=file]').setInputFiles(PDF);
      await widget(page).locator('ol.stages').waitFor();
      expect(await widget(page).locator('[aria-current=step]').first().textContent()).toBe('Upload');
      await shot(page, `${name}-2-progress`);
      releaseEvents();

      // Review: the extracted name, edited
      const fullName = widget(page).locator('#fullName');
      await fullName.waitFor({ timeout: 60_000 });
      expect(await fullName.inputValue()).toContain('Eleanor');
      expect(await widget(page).locator('[id^=job-]').count()).toBeGreaterThan(0);
      expect(await widget(page).locator('[id^=school-]').count()).toBeGreaterThan(0);
      await fullName.fill(EDITED_NAME);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${name}-3-review`);
      await widget(page).locator('button[type=submit]').click();

      // Theme: thumbnails when the server has them; pick the last theme
      const radios = widget(page).locator('input[name=theme]');
      await radios.first().waitFor();
      const count = await radios.count();
      expect(count).toBeGreaterThan(1);
      await radios.nth(count - 1).check();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${name}-4-theme`);
      await widget(page).getByRole('button', { name: 'Show the preview' }).click();

      // Preview: a fully sandboxed frame, desktop and phone widths
      const frame = widget(page).locator('iframe[part=preview]');
      await frame.waitFor();
      expect(await frame.getAttribute('sandbox')).toBe('');
      const preview = await waitForEvent(page, 'r2w-preview');
      expect(await frame.getAttribute('src')).toBe(preview.detail.preview_url);
      await page.waitForTimeout(300);
      await shot(page, `${name}-5-preview`);
      const phone = widget(page).getByRole('button', { name: 'Phone', exact: true });
      await phone.click();
      expect(await phone.getAttribute('aria-pressed')).toBe('true');
      await shot(page, `${name}-5-preview-phone`);
      expect(await widget(page).getByText('Publishing is free.').isVisible()).toBe(true);

      // Publish → done
      await widget(page).getByRole('button', { name: 'Publish', exact: true }).click();
      const live = widget(page).locator('.live a');
      await live.waitFor({ timeout: 60_000 });
      const url = await live.getAttribute('href');
      expect(url).toMatch(/^http:\/\/localhost:\d+\/sites\/[\w-]+\/$/);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${name}-6-done`);
      expect(await widget(page).locator('a[href^="https://www.linkedin.com/sharing/"]').count()).toBe(1);
      expect(await widget(page).locator('a[href^="https://x.com/intent/"]').count()).toBe(1);
      expect(await widget(page).locator('a[href^="mailto:"]').count()).toBe(1);

      // The published site carries the edit
      expect(await fetchText(url!)).toContain(EDITED_NAME);

      // Every event once, in order, bubbling and composed, with small details and no personal data
      const fired = await events(page);
      expect(fired.map((e) => e.type)).toEqual(FREE_FLOW_EVENTS);
      expect(fired.every((e) => e.bubbles && e.composed)).toBe(true);
      const [ready, uploaded, extracted, previewed, published] = fired;
      expect(ready!.detail).toEqual({});
      expect(uploaded!.detail).toEqual({ cv_id: expect.stringMatching(/^cv_/) });
      expect(extracted!.detail).toEqual({ cv_id: uploaded!.detail.cv_id, extraction_id: expect.any(String) });
      expect(previewed!.detail).toEqual({
        portfolio_id: expect.stringMatching(/^pf_/),
        preview_url: expect.any(String),
      });
      expect(published!.detail).toEqual({ portfolio_id: previewed!.detail.portfolio_id, url });
      expect(JSON.stringify(fired)).not.toMatch(/Eleanor|Vance|@/);

      // Another website: back to a fresh upload, and a reload stays there (the old flow is gone)
      await widget(page).getByRole('button', { name: 'Make another website' }).click();
      await widget(page).locator('input[type=file]').waitFor({ state: 'attached' });
      expect(await widget(page).locator('[aria-current=step]').textContent()).toBe('Upload');
      await page.reload();
      await waitForEvent(page, 'r2w-ready');
      await widget(page).locator('input[type=file]').waitFor({ state: 'attached' });
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('is what the server serves at /widget/v1/r2w-widget.js, with its lazy chunk under /widget/v1/chunks/', async () => {
    const bundle = await readFile(path.join(WIDGET_DIR, 'dist/r2w-widget.js'), 'utf8');
    const served = await fetch(`${api.url}/widget/v1/r2w-widget.js`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(bundle);
    const chunk = /import\("\.\/(chunks\/stripe-checkout-[\w-]+\.js)"\)/.exec(bundle)?.[1];
    expect(chunk).toBeDefined();
    const lazy = await fetch(`${api.url}/widget/v1/${chunk}`);
    expect(lazy.status).toBe(200);
    expect(await lazy.text()).toBe(await readFile(path.join(WIDGET_DIR, 'dist', chunk!), 'utf8'));
  });

  it('speaks the locale attribute’s language and takes string overrides', async () => {
    const { page } = await openPage(browser, `${site.origin}/?key=${tenant.publishable_key}&locale=de`);
    await waitForEvent(page, 'r2w-ready');
    await widget(page).getByText('Machen Sie aus Ihrem Lebenslauf eine Website').waitFor();
    expect(await widget(page).locator('[lang=de]').count()).toBe(1);
    await page.evaluate(() => {
      const element = document.querySelector('r2w-widget') as unknown as { strings: Record<string, string> };
      element.strings = { uploadTitle: 'Bewerben Sie sich mit Ihrer Website' };
    });
    await widget(page).getByText('Bewerben Sie sich mit Ihrer Website').waitFor();
    await page.context().close();
  });

  it('refuses a wrong file type before any upload, with a clear message', async () => {
    const { page, problems } = await open();
    await waitForEvent(page, 'r2w-ready');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await widget(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'cv.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    const error = widget(page).locator('[part=error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('This file type is not accepted. Accepted: PDF, DOCX');
    const refused = await waitForEvent(page, 'r2w-error');
    expect(refused.detail.code).toBe('unsupported-media-type');
    expect(posts).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the server’s problem detail for a file the server refuses', async () => {
    const { page } = await open();
    await waitForEvent(page, 'r2w-ready');
    // Named .pdf, so the client lets it through; the server judges the bytes.
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
    await widget(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: junk });
    const problem = await waitForEvent(page, 'r2w-error');
    expect(problem.detail.code).not.toBe('network-error');
    const answer = await fetch(`${api.url}/api/v1/cvs`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(await savedFlow(page)).token}`,
        'x-publishable-key': tenant.publishable_key,
      },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([junk], { type: 'application/pdf' }), 'cv.pdf');
        return form;
      })(),
    });
    const body = (await answer.json()) as { detail: string; type: string };
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(body.type).toContain(String(problem.detail.code));
    expect(await widget(page).locator('[part=error]').textContent()).toContain(body.detail);
    await shot(page, 'light-error-server-refused');
    await page.context().close();
  });

  it('shows why an extraction failed, and offers a retry and another upload', async () => {
    const { page } = await open();
    await waitForEvent(page, 'r2w-ready');
    await widget(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('shopping list: eggs, milk') });
    const failed = await waitForEvent(page, 'r2w-error');
    expect(failed.detail.code).toBe('not-a-cv');
    expect(await widget(page).locator('[part=error]').textContent()).toContain(String(failed.detail.message));
    await shot(page, 'light-2-progress-failed');
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await waitForEvent(page, 'r2w-error', 2); // the same file fails the same way
    await widget(page).getByRole('button', { name: 'Upload another file' }).click();
    await widget(page).locator('input[type=file]').waitFor({ state: 'attached' });
    expect(await widget(page).locator('[aria-current=step]').textContent()).toBe('Upload');
    await page.context().close();
  });

  it('is refused on an origin the tenant does not allow, and says so', async () => {
    const { page } = await open({ origin: foreign.origin });
    const error = await waitForEvent(page, 'r2w-error');
    expect(error.detail.code).toBe('network-error');
    expect(await widget(page).locator('[part=error]').textContent()).toContain('could not reach the service');
    expect((await events(page)).map((e) => e.type)).toEqual(['r2w-error']);
    await shot(page, 'light-error-foreign-origin');
    await page.context().close();
  });

  it('resumes at the same step after a reload (review, then theme)', async () => {
    const { page } = await open();
    await uploadFixture(page);
    await page.reload();
    await waitForEvent(page, 'r2w-ready');
    const fullName = widget(page).locator('#fullName');
    await fullName.waitFor();
    expect(await fullName.inputValue()).toContain('Eleanor');
    expect((await events(page)).map((e) => e.type)).toEqual(['r2w-ready']);
    await widget(page).locator('button[type=submit]').click();
    await widget(page).locator('input[name=theme]').first().waitFor();
    await page.reload();
    await widget(page).locator('input[name=theme]').first().waitFor();
    expect(await widget(page).locator('[aria-current=step]').textContent()).toBe('Design');
    await page.context().close();
  });

  it('starts from an existing CV for a signed-in user (sessionToken and cv properties), storing no token', async () => {
    const first = await open();
    await uploadFixture(first.page);
    const { token, cvId } = await savedFlow(first.page);
    await first.page.context().close();

    // A fresh visit: the host page creates the element and hands it the session and the CV.
    const { page } = await openPage(browser, `${site.origin}/?key=none`);
    await page.evaluate(
      ([apiBase, key, sessionToken, cv]) => {
        document.querySelector('r2w-widget')!.remove();
        const element = document.createElement('r2w-widget') as HTMLElement & { sessionToken: string; cv: string };
        element.setAttribute('api-base', apiBase);
        element.setAttribute('publishable-key', key);
        element.sessionToken = sessionToken;
        element.cv = cv;
        document.body.append(element);
      },
      [api.url, tenant.publishable_key, token, cvId] as const,
    );
    const fullName = widget(page).locator('#fullName');
    await fullName.waitFor();
    expect(await fullName.inputValue()).toContain('Eleanor');
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain(cvId);
    expect(stored).not.toContain(token);
    await page.context().close();
  });

  it('reloads the document and says so when it changed elsewhere (409 on base_version)', async () => {
    const { page } = await open();
    await uploadFixture(page);
    const { token, cvId } = await savedFlow(page);
    const headers = {
      authorization: `Bearer ${token}`,
      'x-publishable-key': tenant.publishable_key,
      'content-type': 'application/json',
    };
    const current = (await (await fetch(`${api.url}/api/v1/cvs/${cvId}/data`, { headers })).json()) as {
      version: number;
      data: { hero?: Record<string, unknown> };
    };
    const elsewhere = await fetch(`${api.url}/api/v1/cvs/${cvId}/data`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        base_version: current.version,
        data: { ...current.data, hero: { ...current.data.hero, fullName: 'Changed Elsewhere' } },
      }),
    });
    expect(elsewhere.status, await elsewhere.text()).toBe(200);

    await widget(page).locator('#fullName').fill('Changed Here');
    await widget(page).locator('button[type=submit]').click();
    await widget(page).getByText('This CV was changed elsewhere').waitFor();
    expect(await widget(page).locator('#fullName').inputValue()).toBe('Changed Elsewhere');
    await widget(page).locator('button[type=submit]').click(); // saving again, on the new version, works
    await widget(page).locator('input[name=theme]').first().waitFor();
    await page.context().close();
  });
});
