import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeMock, type StripeMock } from '../../server/test/support/stripe-mock-server.js';
import { deliverCompleted, FAKE_STRIPE_JS, stripeEnv } from './support/stripe-stand-in.js';
import {
  chromiumAvailable,
  events,
  openPage,
  PDF,
  shot,
  SHOTS,
  waitForEvent,
  widget,
  type WidgetPage,
} from './support/page-helpers.js';
import { startCareerSite, type Api, type CareerSite, type Tenant } from './support/widget-harness.js';
import { startWidgetWorld, type WidgetWorld } from './support/widget-world.js';
import { WIDGET_EVENTS } from '../src/widget-events.js';

// Payments on: the real server against a local Stripe API stub, and in the browser a stand-in for
// Stripe.js (served for https://js.stripe.com by the test, since nothing may be downloaded) that
// mounts a "pay" button and calls Embedded Checkout's `onComplete`. What is real: the widget's
// checkout call, the lazily loaded chunk, the Trusted Types script loading, the signed webhook that
// makes the server publish, and the widget waiting for `published`.

const available = chromiumAvailable();

let stripe: StripeMock;
let world: WidgetWorld;
let api: Api;
let site: CareerSite;
let tenant: Tenant;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  stripe = await startStripeMock();
  stripe.prices.price_site = { amount: 900, currency: 'eur' };
  world = await startWidgetWorld({
    env: stripeEnv(stripe.url),
    startSite: (apiUrl) => startCareerSite(apiUrl, { stripe: true }),
  });
  ({ api, site, tenant, browser } = world);
});

afterAll(async () => {
  await world?.close();
  await stripe?.close();
});

/** A career page with Stripe.js replaced by the stand-in above. */
async function openPaying(): Promise<WidgetPage> {
  const opened = await openPage(browser, `${site.origin}/?key=${tenant.publishable_key}`);
  await opened.page.route('https://js.stripe.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_STRIPE_JS }),
  );
  return opened;
}

/** Upload → review → theme → the preview, where "Pay and publish" waits. */
async function toPreview(page: Page): Promise<void> {
  await waitForEvent(page, 'r2w-ready');
  await widget(page).locator('input[type=file]').setInputFiles(PDF);
  await widget(page).locator('#fullName').waitFor({ timeout: 60_000 });
  await widget(page).locator('button[type=submit]').click();
  await widget(page).locator('input[name=theme]').first().waitFor();
  await widget(page).getByRole('button', { name: 'Show the preview' }).click();
  await widget(page).locator('iframe[part=preview]').waitFor();
}

describe.skipIf(!available)('<r2w-widget> with payments on', () => {
  it('pays through Embedded Checkout (Stripe.js loaded only then) and lands on the published site', async () => {
    const { page, problems } = await openPaying();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await toPreview(page);
    expect(await widget(page).getByText('€9.00').isVisible()).toBe(true);
    expect(scripts.filter((s) => s.includes('stripe'))).toEqual([]); // nothing of Stripe before the pay step

    await widget(page).getByRole('button', { name: 'Pay and publish' }).click();
    const checkout = await waitForEvent(page, 'r2w-checkout');
    const pay = widget(page).locator('#fake-stripe-pay');
    await pay.waitFor();
    expect(scripts.some((s) => /\/chunks\/stripe-checkout-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts).toContain('https://js.stripe.com/endive/stripe.js');
    const [session] = [...stripe.sessions.values()];
    expect(await page.evaluate(() => (window as unknown as { __stripeSecret: string }).__stripeSecret)).toBe(
      session!.client_secret,
    );
    await shot(page, 'light-6-pay');

    await pay.click();
    await waitForEvent(page, 'r2w-paid');
    await deliverCompleted(api.url, stripe.complete(session!.id));

    const published = await waitForEvent(page, 'r2w-published');
    const url = await widget(page).locator('.live a').getAttribute('href');
    expect(published.detail).toEqual({ portfolio_id: checkout.detail.portfolio_id, url });
    expect((await fetch(url!)).status).toBe(200);
    // every event but r2w-error, each once, in the documented order
    expect((await events(page)).map((e) => e.type)).toEqual(WIDGET_EVENTS.filter((e) => e !== 'r2w-error'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reopens the checkout after a reload mid-payment, and after paying waits for the site across a reload', async () => {
    const { page, problems } = await openPaying();
    await toPreview(page);
    await widget(page).getByRole('button', { name: 'Pay and publish' }).click();
    const first = await waitForEvent(page, 'r2w-checkout');
    await widget(page).locator('#fake-stripe-pay').waitFor();

    // Reloaded while Stripe's form is open: the pay step again, with a checkout mounted
    await page.reload();
    const again = await waitForEvent(page, 'r2w-checkout');
    expect(again.detail).toEqual(first.detail);
    expect(await widget(page).locator('[aria-current=step]').textContent()).toBe('Publish');
    const session = [...stripe.sessions.values()].at(-1)!;
    stripe.complete(session.id); // Stripe has the payment before it calls onComplete in the page
    await widget(page).locator('#fake-stripe-pay').click();
    await waitForEvent(page, 'r2w-paid');

    // Reloaded after paying, before Stripe's webhook: "payment received, publishing", not a new checkout
    await page.reload();
    await waitForEvent(page, 'r2w-ready');
    await widget(page).getByText('Payment received, publishing your website…').waitFor();
    expect(await widget(page).locator('#fake-stripe-pay').count()).toBe(0);
    await deliverCompleted(api.url, stripe.sessions.get(session.id)!);
    const live = widget(page).locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    expect((await fetch((await live.getAttribute('href'))!)).status).toBe(200);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
