import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  signWebhook,
  startStripeMock,
  stripeEvent,
  type StripeMock,
} from '../../server/test/support/stripe-mock-server.js';
import {
  chromiumAvailable,
  events,
  launch,
  openPage,
  PDF,
  shot,
  SHOTS,
  waitForEvent,
  widget,
} from './support/page-helpers.js';
import {
  createTenant,
  startApi,
  startCareerSite,
  type Api,
  type CareerSite,
  type Tenant,
} from './support/widget-harness.js';

// Payments on: the real server against a local Stripe API stub, and in the browser a stand-in for
// Stripe.js (served for https://js.stripe.com by the test, since nothing may be downloaded) that
// mounts a "pay" button and calls Embedded Checkout's `onComplete`. What is real: the widget's
// checkout call, the lazily loaded chunk, the Trusted Types script loading, the signed webhook that
// makes the server publish, and the widget waiting for `published`.

const WEBHOOK_SECRET = 'whsec_widget_0123456789abcdefghijklmnopqrstu';
const available = chromiumAvailable();

const FAKE_STRIPE_JS = `
window.Stripe = function (publishableKey) {
  window.__stripeKey = publishableKey;
  return {
    createEmbeddedCheckoutPage: async function (options) {
      window.__stripeSecret = await options.fetchClientSecret();
      let button;
      return {
        mount(element) {
          button = document.createElement('button');
          button.id = 'fake-stripe-pay';
          button.textContent = 'Pay (test)';
          button.addEventListener('click', () => options.onComplete());
          element.append(button);
        },
        destroy() {
          button && button.remove();
        },
      };
    },
  };
};
window.Stripe.version = 'endive';
`;

let api: Api;
let stripe: StripeMock;
let site: CareerSite;
let tenant: Tenant;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  stripe = await startStripeMock();
  stripe.prices.price_site = { amount: 900, currency: 'eur' };
  api = await startApi({
    STRIPE_SECRET_KEY: 'sk_test_widget_0123456789',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_widget_0123456789',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_PRICE_ID: 'price_site',
    STRIPE_API_BASE_URL: stripe.url,
  });
  site = await startCareerSite(api.url, { stripe: true });
  tenant = await createTenant(api, [site.origin]);
  if (available) browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
  await stripe?.close();
});

describe.skipIf(!available)('<r2w-widget> with payments on', () => {
  it('pays through Embedded Checkout (Stripe.js loaded only then) and lands on the published site', async () => {
    const { page, problems } = await openPage(browser, `${site.origin}/?key=${tenant.publishable_key}`);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.route('https://js.stripe.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_STRIPE_JS }),
    );
    await waitForEvent(page, 'r2w-ready');
    await widget(page).locator('input[type=file]').setInputFiles(PDF);
    await widget(page).locator('#fullName').waitFor({ timeout: 60_000 });
    await widget(page).locator('button[type=submit]').click();
    await widget(page).locator('input[name=theme]').first().waitFor();
    await widget(page).getByRole('button', { name: 'Show the preview' }).click();
    await widget(page).locator('iframe[part=preview]').waitFor();
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
    // Stripe tells the server: the signed webhook, as Stripe would send it.
    const paid = stripe.complete(session!.id);
    const payload = JSON.stringify(stripeEvent('checkout.session.completed', paid));
    const delivered = await fetch(`${api.url}/api/v1/payments/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, WEBHOOK_SECRET) },
      body: payload,
    });
    expect(delivered.status).toBe(200);

    const published = await waitForEvent(page, 'r2w-published');
    const url = await widget(page).locator('.live a').getAttribute('href');
    expect(published.detail).toEqual({ portfolio_id: checkout.detail.portfolio_id, url });
    expect((await fetch(url!)).status).toBe(200);
    expect((await events(page)).map((e) => e.type)).toEqual([
      'r2w-ready',
      'r2w-uploaded',
      'r2w-extracted',
      'r2w-preview',
      'r2w-checkout',
      'r2w-paid',
      'r2w-published',
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
