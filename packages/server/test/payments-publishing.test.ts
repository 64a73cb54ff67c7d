import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvWithDocument, guestHeaders, jsonResumeFile } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import {
  refundedCharge,
  signWebhook,
  startStripeMock,
  stripeEvent,
  type StripeMock,
} from './support/stripe-mock-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// End to end through the real portfolio side: the webhook's payment publishes the site, and a
// refund takes it down, with no fake in between.

const WEBHOOK_SECRET = 'whsec_e2e_0123456789abcdefghijklmnopqrstuv';

interface PortfolioBody {
  id: string;
  status: string;
  paid: boolean;
  published_url: string | null;
}

const kinds = await databaseKinds('payments and publishing');

describe.each(kinds)('paying publishes the portfolio [%s]', (database) => {
  let app: TestApp;
  let stripe: StripeMock;
  let me: Record<string, string>;

  async function draftPortfolio(): Promise<PortfolioBody> {
    const resume = { basics: { name: 'Ada Paid', label: 'Engineer', summary: 'Builds things.' } };
    const cv = { id: await cvWithDocument(app, me, jsonResumeFile(resume)) };
    const created = await app.request('POST', '/api/v1/portfolios', {
      json: { cv_id: cv.id, theme: 'classic' },
      headers: me,
    });
    expect(created.status, created.text).toBe(201);
    return created.json<PortfolioBody>();
  }

  async function settled(id: string, until: (p: PortfolioBody) => boolean): Promise<PortfolioBody> {
    let last: PortfolioBody | undefined;
    for (let i = 0; i < 300; i++) {
      last = (await app.request('GET', `/api/v1/portfolios/${id}`, { headers: me })).json<PortfolioBody>();
      if (until(last)) return last;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`portfolio never reached the expected state: ${JSON.stringify(last)}`);
  }

  async function deliver(event: Record<string, unknown>) {
    const payload = JSON.stringify(event);
    return app.request('POST', '/api/v1/payments/webhook', {
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, WEBHOOK_SECRET) },
    });
  }

  beforeAll(async () => {
    stripe = await startStripeMock();
    stripe.prices.price_site = { amount: 1200, currency: 'eur' };
    app = await startTestApp({
      database,
      env: {
        STRIPE_SECRET_KEY: 'sk_test_e2e_0123456789',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e_0123456789',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_ID: 'price_site',
        STRIPE_API_BASE_URL: stripe.url,
      },
    });
    me = await guestHeaders(app);
  });
  afterAll(async () => {
    await app?.close();
    await stripe?.close();
  });

  it('publishes once the webhook records the payment, and takes the site down after a refund', async () => {
    const portfolio = await draftPortfolio();
    expect((await app.request('POST', `/api/v1/portfolios/${portfolio.id}/publish`, { headers: me })).status).toBe(402);

    const started = await app.request('POST', `/api/v1/portfolios/${portfolio.id}/checkout`, { headers: me });
    expect(started.status, started.text).toBe(200);
    const paid = stripe.complete(started.json<{ checkout_session_id: string }>().checkout_session_id);
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);

    const live = await settled(portfolio.id, (p) => p.status === 'published');
    expect(live).toMatchObject({ paid: true });
    expect(live.published_url).not.toBeNull();
    expect((await app.request('GET', new URL(live.published_url!).pathname)).status).toBe(200);

    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 1200, 'eur'));
    expect((await deliver(refund)).status).toBe(200);
    const offline = await settled(portfolio.id, (p) => p.status === 'draft');
    expect(offline).toMatchObject({ paid: false, published_url: null });
  });

  it('never puts the site up when the refund arrives before the payment', async () => {
    const portfolio = await draftPortfolio();
    const started = await app.request('POST', `/api/v1/portfolios/${portfolio.id}/checkout`, { headers: me });
    expect(started.status, started.text).toBe(200);
    const paid = stripe.complete(started.json<{ checkout_session_id: string }>().checkout_session_id);

    expect(
      (await deliver(stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 1200, 'eur')))).status,
    ).toBe(200);
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);

    const now = (await app.request('GET', `/api/v1/portfolios/${portfolio.id}`, { headers: me })).json<PortfolioBody>();
    expect(now).toMatchObject({ status: 'draft', paid: false, published_url: null });
    const payments = await app.request('GET', `/api/v1/portfolios/${portfolio.id}/payments`, { headers: me });
    expect(payments.json<{ items: { status: string }[] }>().items.map((p) => p.status)).toEqual(['refunded']);
    expect((await app.request('POST', `/api/v1/portfolios/${portfolio.id}/publish`, { headers: me })).status).toBe(402);
  });
});

describe.each(kinds)('publishing without payments [%s]', (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  it('publishes without a checkout', async () => {
    const me = await guestHeaders(app);
    const cv = {
      id: await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Free Person', label: 'Writer' } })),
    };
    const p = (
      await app.request('POST', '/api/v1/portfolios', { json: { cv_id: cv.id, theme: 'classic' }, headers: me })
    ).json<PortfolioBody>();
    const published = await app.request('POST', `/api/v1/portfolios/${p.id}/publish`, { headers: me });
    expect(published.status, published.text).toBe(202);
    const checkout = await app.request('POST', `/api/v1/portfolios/${p.id}/checkout`, { headers: me });
    expect(checkout.status).toBe(404);
  });
});
