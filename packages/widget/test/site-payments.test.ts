import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeMock, type StripeMock } from '../../server/test/support/stripe-mock-server.js';
import {
  axeViolations,
  chromiumAvailable,
  launch,
  openPage,
  PDF,
  SHOTS,
  type WidgetPage,
} from './support/page-helpers.js';
import { deliverCompleted, FAKE_STRIPE_JS, stripeEnv } from './support/stripe-stand-in.js';
import { startApi, type Api } from './support/widget-harness.js';

// The hosted site with payments on: the real server against the local Stripe API stub, Stripe.js
// replaced in the page by the stand-in. On the hosted site Stripe leaves the page after paying
// (`redirect_on_completion: always`) for the return page: the test follows that redirect as Stripe
// would, to the session's own `return_url`.

const available = chromiumAvailable();
let stripe: StripeMock;
let api: Api;
let browser: Browser;

beforeAll(async () => {
  stripe = await startStripeMock();
  stripe.prices.price_site = { amount: 900, currency: 'eur' };
  api = await startApi(stripeEnv(stripe.url));
  if (available) browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await stripe?.close();
});

/** /create as a guest, through upload, review, design and preview, to Stripe's (stand-in) form. */
async function openAtCheckout(): Promise<WidgetPage> {
  const opened = await openPage(browser, `${api.url}/create`);
  const { page } = opened;
  await page.route('https://js.stripe.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_STRIPE_JS }),
  );
  const flow = page.locator('r2w-site r2w-widget');
  await flow.locator('input[type=file]').setInputFiles(PDF);
  await flow.locator('#fullName').waitFor({ timeout: 60_000 });
  await flow.locator('button[type=submit]').click();
  await flow.locator('input[name=theme]').first().waitFor();
  await flow.getByRole('button', { name: 'Show the preview' }).click();
  await flow.locator('iframe[part=preview]').waitFor();
  await flow.getByText('€9.00').waitFor();
  // Scrolled to first: next to the preview's out-of-process frame, Playwright's own scroll-and-click can miss.
  await flow.getByRole('button', { name: 'Pay and publish' }).scrollIntoViewIfNeeded();
  await flow.getByRole('button', { name: 'Pay and publish' }).click();
  await flow.locator('#fake-stripe-pay').waitFor();
  return opened;
}

describe.skipIf(!available)('the hosted site with payments on', () => {
  it('pays in the page, returns to the return page, and follows paid → publishing → live', async () => {
    const { page, problems } = await openAtCheckout();

    // Stripe takes the payment and sends the browser to the session's return URL
    const session = [...stripe.sessions.values()].at(-1)!;
    stripe.complete(session.id);
    const returnUrl = String(session.return_url).replace('{CHECKOUT_SESSION_ID}', session.id);
    expect(new URL(returnUrl).pathname).toMatch(/^\/portfolios\/pf_\w+\/checkout\/return$/);
    await page.goto(returnUrl);
    const site = page.locator('r2w-site');
    await site.getByText('Payment received').waitFor();
    expect(await site.locator('[aria-current=step]').textContent()).toBe('Payment received');
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/site-7-return-paid.png`, fullPage: true });

    // The webhook arrives: the server publishes, the page shows the live address
    await deliverCompleted(api.url, stripe.sessions.get(session.id)!);
    const live = site.locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    expect(await site.locator('main h1').textContent()).toBe('Your website is live');
    expect((await fetch((await live.getAttribute('href'))!)).status).toBe(200);
    await page.screenshot({ path: `${SHOTS}/site-7-return-live.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says so when the person came back without paying', async () => {
    const { page } = await openAtCheckout();
    const session = [...stripe.sessions.values()].at(-1)!;
    stripe.expire(session.id);
    await page.goto(String(session.return_url).replace('{CHECKOUT_SESSION_ID}', session.id));
    await page.locator('r2w-site').getByText('This checkout expired without a payment.', { exact: false }).waitFor();
    await page.context().close();
  });
});
