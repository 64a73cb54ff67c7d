import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRIPE_API_VERSION } from '../src/adapters/stripe-gateway.js';
import { newId } from '../src/domain/ids.js';
import { createPaymentModule, type PaymentModule } from '../src/modules/payment-module.js';
import type { PortfolioPublishing } from '../src/services/portfolio-publishing.js';
import { insertCvRow } from './support/cv-rows.js';
import { losingAnswers } from './support/losing-answers.js';
import { databaseKinds } from './support/database-kinds.js';
import {
  refundedCharge,
  signWebhook,
  startStripeMock,
  stripeEvent,
  type StripeMock,
} from './support/stripe-mock-server.js';
import { startTestApp, type TestApp, type TestResponse } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const WEBHOOK_SECRET = 'whsec_test_0123456789abcdefghijklmnopqrstuv';
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';
const HOSTED = 'https://app.resume2website.example';
const TENANT_ORIGIN = 'https://careers.acme-jobs.example';

interface PaymentBody {
  id: string;
  portfolio_id: string;
  amount: number;
  currency: string;
  status: string;
  stripe_checkout_session_id: string;
  stripe_payment_intent_id: string | null;
  created_at: string;
  updated_at: string;
}

/** The portfolio side as payments see it: records what was asked, and can be told to fail. */
class RecordingPublishing implements PortfolioPublishing {
  readonly calls: { action: 'publish' | 'unpublish'; portfolioId: string }[] = [];
  private failures = 0;

  failNext(times = 1): void {
    this.failures += times;
  }
  of(portfolioId: string) {
    return this.calls.filter((c) => c.portfolioId === portfolioId).map((c) => c.action);
  }
  async requestPublish(portfolioId: string): Promise<void> {
    this.record('publish', portfolioId);
  }
  async requestUnpublish(portfolioId: string): Promise<void> {
    this.record('unpublish', portfolioId);
  }
  private record(action: 'publish' | 'unpublish', portfolioId: string): void {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('the publish queue is unreachable');
    }
    this.calls.push({ action, portfolioId });
  }
}

function expectProblem(res: TestResponse, status: number, slug: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.json<{ type: string }>().type).toBe(PROBLEM + slug);
}

const kinds = await databaseKinds('payments');

describe.each(kinds)('payments with Stripe Embedded Checkout [%s]', (database) => {
  let app: TestApp;
  let stripe: StripeMock;
  const publishing = new RecordingPublishing();
  let me: { headers: Record<string, string>; userId: string };
  let other: { headers: Record<string, string>; userId: string };

  async function guest(extra: Record<string, string> = {}) {
    const res = await app.request('POST', '/api/v1/auth/guest', { headers: extra });
    expect(res.status, res.text).toBe(200);
    const body = res.json<{ session_id: string; user: { id: string; tenant_id: string | null } }>();
    return {
      headers: { authorization: `Bearer ${body.session_id}` },
      userId: body.user.id,
      tenantId: body.user.tenant_id,
    };
  }

  /** A draft portfolio written straight to the table (the portfolio API is not what is under test). */
  async function portfolioOf(userId: string, tenantId: string | null = null): Promise<string> {
    const db = app.container.db;
    const cvId = await insertCvRow(db, userId);
    const id = newId('pf');
    const now = new Date();
    await db('portfolios').insert({
      id,
      cv_id: cvId,
      user_id: userId,
      tenant_id: tenantId,
      theme: 'classic',
      slug: id.replace('_', '-'),
      status: 'draft',
      paid: false,
      checkout_attempts: 0,
      created_at: now,
      updated_at: now,
    });
    return id;
  }

  const checkout = (portfolioId: string, headers = me.headers) =>
    app.request('POST', `/api/v1/portfolios/${portfolioId}/checkout`, { headers });

  async function startedCheckout(portfolioId: string, headers = me.headers): Promise<string> {
    const res = await checkout(portfolioId, headers);
    expect(res.status, res.text).toBe(200);
    return res.json<{ checkout_session_id: string }>().checkout_session_id;
  }

  async function payments(portfolioId: string, headers = me.headers): Promise<PaymentBody[]> {
    const res = await app.request('GET', `/api/v1/portfolios/${portfolioId}/payments`, { headers });
    expect(res.status, res.text).toBe(200);
    return res.json<{ items: PaymentBody[] }>().items;
  }

  async function deliver(
    event: Record<string, unknown>,
    options: { secret?: string; timestamp?: number; send?: (payload: string) => string } = {},
  ): Promise<TestResponse> {
    const payload = JSON.stringify(event);
    const signature = signWebhook(payload, options.secret ?? WEBHOOK_SECRET, options.timestamp);
    return app.request('POST', '/api/v1/payments/webhook', {
      body: options.send ? options.send(payload) : payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    });
  }

  async function portfolioPaid(portfolioId: string): Promise<boolean> {
    const row = await app.container.db('portfolios').where({ id: portfolioId }).first('paid');
    return Boolean(row.paid);
  }

  async function eventRow(eventId: string) {
    return (await app.container.db('webhook_events').where({ id: eventId }).first()) as
      { id: string; processed_at: unknown; payload: unknown } | undefined;
  }

  async function paymentRows(sessionId: string) {
    return app.container.db('payments').where({ stripe_checkout_session_id: sessionId });
  }

  /**
   * Runs `deliveries` so that their transactions overlap. On PostgreSQL the sessions' payment rows
   * are held until every delivery waits (on them, or on a delivery that does) and then released
   * together, so the race is run every time rather than by luck; SQLite runs one writer at a time.
   */
  async function overlapping<T>(sessionIds: string[], deliveries: () => Promise<T>): Promise<T> {
    if (database !== 'postgres') return deliveries();
    const trx = await app.container.db.transaction();
    let running: Promise<T> | undefined;
    try {
      await trx('payments').whereIn('stripe_checkout_session_id', sessionIds).forUpdate().select('id');
      const held = (await trx.raw('select pg_backend_pid() as pid')) as { rows: { pid: number }[] };
      running = deliveries();
      running.catch(() => undefined);
      for (let i = 0; i < 250; i++) {
        // pg_stat_activity is read once per transaction unless told otherwise.
        await trx.raw('select pg_stat_clear_snapshot()');
        const waiting = (await trx.raw(
          `with direct as (select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid)))
           select (select count(*) from direct)
                + (select count(*) from pg_stat_activity
                   where pg_blocking_pids(pid) && array(select pid from direct)) as n`,
          [held.rows[0]!.pid],
        )) as { rows: { n: string }[] };
        if (Number(waiting.rows[0]!.n) >= sessionIds.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await trx.commit();
    }
    return running;
  }

  /** A second module over the same database and Stripe, as another pod (or the timer) would run it. */
  function sidecar(clock?: () => Date): PaymentModule {
    return createPaymentModule({
      db: app.container.db,
      // Its payments reach what the app remembers, as another pod's would over Redis.
      ownedReads: app.container.services.infra.ownedReads,
      config: app.config,
      logger: pino({ level: 'silent' }),
      publishing,
      ...(clock && { clock }),
    });
  }

  beforeAll(async () => {
    stripe = await startStripeMock();
    stripe.prices.price_default = { amount: 900, currency: 'eur' };
    stripe.prices.price_tenant = { amount: 1500, currency: 'usd' };
    app = await startTestApp({
      database,
      env: {
        STRIPE_SECRET_KEY: 'sk_test_payments_0123456789',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_payments_0123456789',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_ID: 'price_default',
        STRIPE_API_BASE_URL: stripe.url,
        FRONTEND_URL: HOSTED,
        ADMIN_TOKEN,
      },
      publishing,
      rateLimitOverrides: { guestPerIp: { points: 1000, durationSeconds: 60 } },
    });
    me = await guest();
    other = await guest();
  });
  afterAll(async () => {
    await app?.close();
    await stripe?.close();
  });

  it('reports payments as enabled', async () => {
    const res = await app.request('GET', '/api/v1/auth/me', { headers: me.headers });
    expect(res.json()).toMatchObject({ payments_enabled: true });
  });

  it('shows the price before checkout: the server default, or the tenant its own, read from Stripe once', async () => {
    const hosted = await app.request('GET', '/api/v1/config');
    expect(hosted.status).toBe(200);
    expect(hosted.json()).toMatchObject({ payments_enabled: true, price: { amount: 900, currency: 'eur' } });

    const created = await app.request('POST', '/api/v1/admin/tenants', {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: { name: 'Priced Jobs', allowed_origins: ['https://priced.example'], stripe_price_id: 'price_tenant' },
    });
    const tenant = created.json<{ publishable_key: string }>();
    const widget = { 'x-publishable-key': tenant.publishable_key, origin: 'https://priced.example' };
    const config = await app.request('GET', '/api/v1/config', { headers: widget });
    expect(config.json()).toMatchObject({ price: { amount: 1500, currency: 'usd' } });

    const lookups = () => stripe.requests.filter((r) => r.path.startsWith('/v1/prices/')).length;
    const before = lookups();
    await app.request('GET', '/api/v1/config', { headers: widget });
    await app.request('GET', '/api/v1/config');
    expect(lookups()).toBe(before); // cached

    // A price Stripe does not know: no amount shown, and no stream of failing look-ups either.
    const broken = (
      await app.request('POST', '/api/v1/admin/tenants', {
        headers: { 'x-admin-token': ADMIN_TOKEN },
        json: { name: 'Broken Price', allowed_origins: ['https://broken.example'], stripe_price_id: 'price_missing' },
      })
    ).json<{ publishable_key: string }>();
    const brokenWidget = { 'x-publishable-key': broken.publishable_key, origin: 'https://broken.example' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => app.request('GET', '/api/v1/config', { headers: brokenWidget })),
    );
    for (const answer of answers) expect(answer.json()).toMatchObject({ payments_enabled: true, price: null });
    await app.request('GET', '/api/v1/config', { headers: brokenWidget });
    expect(lookups()).toBe(before + 1);
  });

  it('creates an embedded checkout session at the configured price, once per attempt', async () => {
    const pf = await portfolioOf(me.userId);
    const res = await checkout(pf);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = res.json<{ checkout_session_id: string; client_secret: string; publishable_key: string }>();
    const session = stripe.sessions.get(body.checkout_session_id)!;
    expect(body).toEqual({
      checkout_session_id: session.id,
      client_secret: session.client_secret,
      publishable_key: 'pk_test_payments_0123456789',
    });

    const sent = stripe.createRequests().at(-1)!;
    expect(sent.headers['stripe-version']).toBe(STRIPE_API_VERSION);
    expect(sent.headers.authorization).toBe('Bearer sk_test_payments_0123456789');
    expect(sent.headers['idempotency-key']).toBe(`r2w-checkout-${pf}-1`);
    expect(sent.form).toMatchObject({
      ui_mode: 'embedded_page',
      mode: 'payment',
      'line_items[0][price]': 'price_default',
      'line_items[0][quantity]': '1',
      client_reference_id: pf,
      'metadata[portfolio_id]': pf,
      'metadata[user_id]': me.userId,
      return_url: `${HOSTED}/portfolios/${pf}/checkout/return?session_id={CHECKOUT_SESSION_ID}`,
    });
    expect(Object.keys(sent.form)).not.toContain('metadata[tenant_id]');
    expect(Object.keys(sent.form)).not.toContain('redirect_on_completion');
    expect(Object.keys(sent.form).some((k) => k.startsWith('branding_settings'))).toBe(false);

    // A second checkout is a new attempt: a new key, so Stripe makes a new session.
    const again = await startedCheckout(pf);
    expect(again).not.toBe(body.checkout_session_id);
    expect(stripe.createRequests().at(-1)!.headers['idempotency-key']).toBe(`r2w-checkout-${pf}-2`);
    const row = await app.container.db('portfolios').where({ id: pf }).first('checkout_attempts');
    expect(Number(row.checkout_attempts)).toBe(2);

    const listed = await payments(pf);
    expect(listed.map((p) => p.stripe_checkout_session_id)).toEqual([again, body.checkout_session_id]);
    expect(listed[0]).toMatchObject({
      portfolio_id: pf,
      amount: 900,
      currency: 'eur',
      status: 'pending',
      stripe_payment_intent_id: null,
    });
    expect(JSON.stringify(listed)).not.toContain('_secret_');
  });

  it('a checkout run again after its answer was lost gets the same session back from Stripe: one session, one payment', async () => {
    const pf = await portfolioOf(me.userId);
    const key = randomUUID();
    const send = (headers: Record<string, string> = {}) =>
      app.request('POST', `/api/v1/portfolios/${pf}/checkout`, {
        headers: { ...me.headers, 'idempotency-key': key, ...headers },
      });
    // As if the process died right after Stripe answered: the answer is never kept.
    const first = await losingAnswers(app, () => send());
    expect(first.status, first.text).toBe(200);
    const second = await send();
    expect(second.status, second.text).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull(); // it ran again
    expect(second.json()).toEqual(first.json());
    const sessionId = first.json<{ checkout_session_id: string }>().checkout_session_id;
    const keys = stripe
      .createRequests()
      .slice(-2)
      .map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toMatch(new RegExp(`^r2w-checkout-${pf}-key-[0-9a-f]{64}$`));
    expect((await payments(pf)).map((p) => p.stripe_checkout_session_id)).toEqual([sessionId]);
    const row = await app.container.db('portfolios').where({ id: pf }).first('checkout_attempts');
    expect(Number(row.checkout_attempts)).toBe(0); // keyed checkouts use no numbered attempt

    // Now kept: a third try replays it without asking Stripe.
    const before = stripe.createRequests().length;
    const third = await send();
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    expect(stripe.createRequests().length).toBe(before);
  });

  it('retries a keyed checkout that Stripe failed as a new attempt, not with the error Stripe keeps under the key', async () => {
    const pf = await portfolioOf(me.userId);
    const key = randomUUID();
    const send = () =>
      app.request('POST', `/api/v1/portfolios/${pf}/checkout`, { headers: { ...me.headers, 'idempotency-key': key } });
    stripe.failNext(500);
    const first = await send();
    expect(first.status, first.text).toBe(503);
    const second = await send();
    expect(second.status, second.text).toBe(200);
    const keys = stripe
      .createRequests()
      .slice(-3)
      .map((r) => r.headers['idempotency-key']);
    // The failed run's key, that key again (Stripe answers its saved 500), then a numbered attempt.
    expect(keys[0]).toMatch(new RegExp(`^r2w-checkout-${pf}-key-[0-9a-f]{64}$`));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(`r2w-checkout-${pf}-1`);
    const sessionId = second.json<{ checkout_session_id: string }>().checkout_session_id;
    expect((await payments(pf)).map((p) => p.stripe_checkout_session_id)).toEqual([sessionId]);
  });

  it('answers 422 idempotency-key-reused when a lost checkout is retried for another return page', async () => {
    const pf = await portfolioOf(me.userId);
    const key = randomUUID();
    const first = await losingAnswers(app, () =>
      app.request('POST', `/api/v1/portfolios/${pf}/checkout`, { headers: { ...me.headers, 'idempotency-key': key } }),
    );
    expect(first.status, first.text).toBe(200);
    // The retry comes from a tenant page: Stripe would be asked for another return_url.
    const created = await app.request('POST', '/api/v1/admin/tenants', {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: { name: 'Retry Jobs', allowed_origins: ['https://retry.example'] },
    });
    const tenant = created.json<{ publishable_key: string }>();
    const retry = await app.request('POST', `/api/v1/portfolios/${pf}/checkout`, {
      headers: {
        ...me.headers,
        'idempotency-key': key,
        'x-publishable-key': tenant.publishable_key,
        origin: 'https://retry.example',
        referer: 'https://retry.example/cv',
      },
    });
    expect(retry.status, retry.text).toBe(422);
    expect(retry.json()).toMatchObject({ type: `${PROBLEM}idempotency-key-reused` });
    expect(await payments(pf)).toHaveLength(1);
  });

  it('answers 404 on every payment endpoint for portfolios that are not yours or do not exist', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const before = stripe.requests.length;
    const headers = other.headers;
    expectProblem(await checkout(pf, headers), 404, 'not-found');
    expectProblem(
      await app.request('GET', `/api/v1/portfolios/${pf}/checkout/${sessionId}`, { headers }),
      404,
      'not-found',
    );
    expectProblem(await app.request('GET', `/api/v1/portfolios/${pf}/payments`, { headers }), 404, 'not-found');
    const unknown = newId('pf');
    expectProblem(await checkout(unknown), 404, 'not-found');
    expectProblem(
      await app.request('GET', `/api/v1/portfolios/${unknown}/payments`, { headers: me.headers }),
      404,
      'not-found',
    );
    // My own session, asked about through another of my portfolios.
    const mine = await portfolioOf(me.userId);
    expectProblem(
      await app.request('GET', `/api/v1/portfolios/${mine}/checkout/${sessionId}`, { headers: me.headers }),
      404,
      'not-found',
    );
    expectProblem(await checkout(pf, {}), 401, 'unauthorized');
    expect(stripe.requests.length).toBe(before);
  });

  it("charges a tenant's users the tenant's price, with its branding, and returns to the widget's page", async () => {
    const created = await app.request('POST', '/api/v1/admin/tenants', {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: {
        name: 'Acme Jobs',
        allowed_origins: [TENANT_ORIGIN],
        branding: { display_name: 'Acme Careers', primary_color: '#1a4d8f' },
        stripe_price_id: 'price_tenant',
      },
    });
    expect(created.status, created.text).toBe(201);
    const tenant = created.json<{ id: string; publishable_key: string }>();
    const widget = { 'x-publishable-key': tenant.publishable_key, origin: TENANT_ORIGIN };
    const visitor = await guest(widget);
    expect(visitor.tenantId).toBe(tenant.id);
    const pf = await portfolioOf(visitor.userId, tenant.id);

    const sessionId = await startedCheckout(pf, {
      ...visitor.headers,
      ...widget,
      referer: `${TENANT_ORIGIN}/jobs/cv-site?step=pay#top`,
    });
    const sent = stripe.createRequests().at(-1)!;
    expect(sent.form).toMatchObject({
      'line_items[0][price]': 'price_tenant',
      'metadata[tenant_id]': tenant.id,
      'branding_settings[display_name]': 'Acme Careers',
      'branding_settings[button_color]': '#1a4d8f',
      redirect_on_completion: 'if_required',
      return_url: `${TENANT_ORIGIN}/jobs/cv-site?r2w_portfolio_id=${pf}&r2w_checkout_session_id={CHECKOUT_SESSION_ID}`,
    });
    const [payment] = await payments(pf, visitor.headers);
    expect(payment).toMatchObject({ stripe_checkout_session_id: sessionId, amount: 1500, currency: 'usd' });
  });

  it('records a paid checkout once however often its events arrive, and publishes once', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const paid = stripe.complete(sessionId);
    const completed = stripeEvent('checkout.session.completed', paid);

    const deliveries = await Promise.all(Array.from({ length: 5 }, () => deliver(completed)));
    for (const res of deliveries) {
      expect(res.status, res.text).toBe(200);
      expect(res.json()).toEqual({ received: true });
    }
    // The same session confirmed again by another event type.
    expect((await deliver(stripeEvent('checkout.session.async_payment_succeeded', paid))).status).toBe(200);

    expect(await paymentRows(sessionId)).toHaveLength(1);
    const [payment] = await payments(pf);
    expect(payment).toMatchObject({
      status: 'paid',
      amount: 900,
      currency: 'eur',
      stripe_payment_intent_id: paid.payment_intent,
    });
    expect(await portfolioPaid(pf)).toBe(true);
    expect(publishing.of(pf)).toEqual(['publish']);
    const stored = await eventRow(completed.id as string);
    expect(stored?.processed_at).not.toBeNull();
    expect(JSON.stringify(stored?.payload)).not.toContain(paid.client_secret as string);

    // The return page sees it; a new checkout is refused.
    const state = await app.request('GET', `/api/v1/portfolios/${pf}/checkout/${sessionId}`, { headers: me.headers });
    expect(state.json()).toEqual({
      checkout_session_id: sessionId,
      status: 'complete',
      payment_status: 'paid',
      portfolio_paid: true,
    });
    expectProblem(await checkout(pf), 409, 'already-paid');
  });

  it('refuses forged, tampered, stale and re-serialised deliveries and records nothing', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const event = stripeEvent('checkout.session.completed', stripe.complete(sessionId));
    const now = Math.floor(Date.now() / 1000);

    const refused = [
      await deliver(event, { secret: 'whsec_someone_else' }),
      await deliver(event, { send: (payload) => payload.replace('"amount_total":900', '"amount_total":1') }),
      await deliver(event, { timestamp: now - 301 }),
      await deliver(event, { send: (payload) => JSON.stringify(JSON.parse(payload), null, 2) }),
    ];
    for (const res of refused) expectProblem(res, 400, 'webhook-signature-invalid');
    const unsigned = await app.request('POST', '/api/v1/payments/webhook', { json: event });
    expect(unsigned.status).toBe(400);

    expect(await eventRow(event.id as string)).toBeUndefined();
    expect((await payments(pf))[0]?.status).toBe('pending');
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).toEqual([]);

    // The very same event, signed properly and recently, is accepted.
    expect((await deliver(event, { timestamp: now - 200 })).status).toBe(200);
    expect(await portfolioPaid(pf)).toBe(true);
  });

  it('never lets a late or out-of-order event undo a payment', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const submitted = structuredClone(stripe.complete(sessionId, 'unpaid'));
    const settled = structuredClone(stripe.settle(sessionId));

    // The settlement overtakes the completion it follows.
    expect((await deliver(stripeEvent('checkout.session.async_payment_succeeded', settled))).status).toBe(200);
    expect((await deliver(stripeEvent('checkout.session.completed', submitted))).status).toBe(200);
    expect((await deliver(stripeEvent('checkout.session.async_payment_failed', submitted))).status).toBe(200);
    expect((await deliver(stripeEvent('checkout.session.expired', { ...submitted, status: 'expired' }))).status).toBe(
      200,
    );

    expect((await payments(pf))[0]).toMatchObject({ status: 'paid', stripe_payment_intent_id: settled.payment_intent });
    expect(await portfolioPaid(pf)).toBe(true);
    expect(publishing.of(pf)).toEqual(['publish']);
  });

  it('keeps a delayed payment pending until it settles, and records its failure or expiry', async () => {
    const failing = await portfolioOf(me.userId);
    const failingSession = await startedCheckout(failing);
    const submitted = stripe.complete(failingSession, 'unpaid');
    expect((await deliver(stripeEvent('checkout.session.completed', submitted))).status).toBe(200);
    expect((await payments(failing))[0]?.status).toBe('pending');
    expect((await deliver(stripeEvent('checkout.session.async_payment_failed', submitted))).status).toBe(200);
    expect((await payments(failing))[0]?.status).toBe('failed');

    const abandoned = await portfolioOf(me.userId);
    const abandonedSession = await startedCheckout(abandoned);
    expect((await deliver(stripeEvent('checkout.session.expired', stripe.expire(abandonedSession)))).status).toBe(200);
    expect((await payments(abandoned))[0]?.status).toBe('expired');

    for (const pf of [failing, abandoned]) {
      expect(await portfolioPaid(pf)).toBe(false);
      expect(publishing.of(pf)).toEqual([]);
      // Not paid, so a new checkout is allowed.
      expect((await checkout(pf)).status).toBe(200);
    }
  });

  it('takes a fully refunded portfolio offline once; a partial refund changes nothing', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const paid = stripe.complete(sessionId);
    await deliver(stripeEvent('checkout.session.completed', paid));

    const partial = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 900, 'eur', false));
    expect((await deliver(partial)).status).toBe(200);
    expect(await portfolioPaid(pf)).toBe(true);

    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 900, 'eur'));
    expect((await deliver(refund)).status).toBe(200);
    expect((await deliver(refund)).status).toBe(200);
    expect((await payments(pf))[0]).toMatchObject({ status: 'refunded' });
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).toEqual(['publish', 'unpublish']);

    // A late completion event for the same session does not resurrect the refunded payment.
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);
    expect((await payments(pf))[0]?.status).toBe('refunded');
    expect(await portfolioPaid(pf)).toBe(false);
    // Paying again is possible.
    expect((await checkout(pf)).status).toBe(200);
  });

  it('applies a full refund that overtakes the event recording its payment, and never publishes', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const paid = structuredClone(stripe.complete(sessionId));
    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 900, 'eur'));
    const completed = stripeEvent('checkout.session.completed', paid);

    // The pending payment does not know its PaymentIntent yet: the refund is kept, unprocessed.
    expect((await deliver(refund)).status).toBe(200);
    expect((await payments(pf))[0]).toMatchObject({ status: 'pending', stripe_payment_intent_id: null });
    expect((await eventRow(refund.id as string))?.processed_at).toBeNull();

    expect((await deliver(completed)).status).toBe(200);
    expect((await payments(pf))[0]).toMatchObject({
      status: 'refunded',
      stripe_payment_intent_id: paid.payment_intent,
    });
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).not.toContain('publish');
    expect((await eventRow(completed.id as string))?.processed_at).not.toBeNull();

    // Repeats, the other event type for the session and the reconciler's pass change nothing.
    expect((await deliver(completed)).status).toBe(200);
    expect((await deliver(stripeEvent('checkout.session.async_payment_succeeded', paid))).status).toBe(200);
    const later = sidecar(() => new Date(Date.now() + 5 * 60_000));
    expect((await later.reconcileOpenCheckouts()).failed).toBe(0);
    await later.close();
    expect((await eventRow(refund.id as string))?.processed_at).not.toBeNull();
    expect((await deliver(refund)).status).toBe(200);
    expect(await paymentRows(sessionId)).toHaveLength(1);
    expect((await payments(pf))[0]?.status).toBe('refunded');
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).not.toContain('publish');
    // The customer may pay again.
    expect((await checkout(pf)).status).toBe(200);
  });

  it('applies an early refund when the reconciler, not the webhook, records the payment', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const paid = stripe.complete(sessionId);
    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 900, 'eur'));
    expect((await deliver(refund)).status).toBe(200);

    // The completion webhook is lost. The pass closes the still unmatched refund, then finds the
    // session paid at Stripe: the refund, stored, still applies.
    const later = sidecar(() => new Date(Date.now() + 5 * 60_000));
    const report = await later.reconcileOpenCheckouts();
    await later.close();
    expect(report.failed).toBe(0);
    expect((await eventRow(refund.id as string))?.processed_at).not.toBeNull();
    expect((await payments(pf))[0]).toMatchObject({
      status: 'refunded',
      stripe_payment_intent_id: paid.payment_intent,
    });
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).not.toContain('publish');

    // The webhook turns up after all.
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);
    expect((await payments(pf))[0]?.status).toBe('refunded');
    expect(publishing.of(pf)).not.toContain('publish');
  });

  it('ends refunded whichever of a refund and its payment arrives first, even at the same time', async () => {
    for (const refundFirst of [true, false]) {
      const pf = await portfolioOf(me.userId);
      const sessionId = await startedCheckout(pf);
      const paid = stripe.complete(sessionId);
      const events = [
        stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 900, 'eur')),
        stripeEvent('checkout.session.completed', paid),
      ];
      if (!refundFirst) events.reverse();
      const answers = await Promise.all(events.map((event) => deliver(event)));
      for (const res of answers) expect(res.status, res.text).toBe(200);
      expect((await payments(pf))[0]?.status).toBe('refunded');
      expect(await portfolioPaid(pf)).toBe(false);
      // Published only if the payment was recorded first, and then taken down again.
      const calls = publishing.of(pf);
      if (calls.includes('publish')) expect(calls.at(-1)).toBe('unpublish');
    }
  });

  it('takes the site down when its last two payments are refunded at the same time', async () => {
    const pf = await portfolioOf(me.userId);
    // Paid twice (two tabs).
    const sessions = [await startedCheckout(pf), await startedCheckout(pf)];
    const paid = sessions.map((id) => stripe.complete(id));
    for (const session of paid) {
      expect((await deliver(stripeEvent('checkout.session.completed', session))).status).toBe(200);
    }
    expect((await payments(pf)).map((p) => p.status)).toEqual(['paid', 'paid']);
    expect(publishing.of(pf)).toEqual(['publish', 'publish']);

    const refunds = paid.map((session) =>
      stripeEvent('charge.refunded', refundedCharge(session.payment_intent!, 900, 'eur')),
    );
    const answers = await overlapping(sessions, () => Promise.all(refunds.map((event) => deliver(event))));
    for (const res of answers) expect(res.status, res.text).toBe(200);

    expect((await payments(pf)).map((p) => p.status)).toEqual(['refunded', 'refunded']);
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).toEqual(['publish', 'publish', 'unpublish']);
  });

  it('answers 500 when publishing cannot be requested, and the redelivery heals it', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const event = stripeEvent('checkout.session.completed', stripe.complete(sessionId));

    publishing.failNext();
    expectProblem(await deliver(event), 500, 'internal-error');
    // The payment is recorded (with its event), only the follow-up is owed.
    expect((await payments(pf))[0]?.status).toBe('paid');
    expect(await portfolioPaid(pf)).toBe(true);
    expect((await eventRow(event.id as string))?.processed_at).toBeNull();
    expect(publishing.of(pf)).toEqual([]);

    expect((await deliver(event)).status).toBe(200);
    expect(publishing.of(pf)).toEqual(['publish']);
    expect((await eventRow(event.id as string))?.processed_at).not.toBeNull();
    expect((await deliver(event)).status).toBe(200);
    expect(publishing.of(pf)).toEqual(['publish']);
  });

  it('answers 500 and keeps nothing when recording fails midway; the redelivery records it', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const event = stripeEvent('checkout.session.completed', stripe.complete(sessionId));
    const db = app.container.db;

    // The event row is written first; the payment update then fails inside the same transaction.
    await db.schema.renameTable('payments', 'payments_away');
    try {
      expectProblem(await deliver(event), 500, 'internal-error');
    } finally {
      await db.schema.renameTable('payments_away', 'payments');
    }
    expect(await eventRow(event.id as string)).toBeUndefined();
    expect(await portfolioPaid(pf)).toBe(false);

    expect((await deliver(event)).status).toBe(200);
    expect(await portfolioPaid(pf)).toBe(true);
    expect(publishing.of(pf)).toEqual(['publish']);
  });

  it('acknowledges and ignores event types it does not handle', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_123', object: 'customer' });
    expect((await deliver(event)).status).toBe(200);
    expect(await eventRow(event.id as string)).toBeUndefined();
  });

  it('shows a paid session on the return page without fulfilling it; the reconciler heals the lost webhook', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const paid = stripe.complete(sessionId);
    const expiredPf = await portfolioOf(me.userId);
    const expiredSession = await startedCheckout(expiredPf);
    stripe.expire(expiredSession);

    const state = await app.request('GET', `/api/v1/portfolios/${pf}/checkout/${sessionId}`, { headers: me.headers });
    expect(state.json()).toEqual({
      checkout_session_id: sessionId,
      status: 'complete',
      payment_status: 'paid',
      portfolio_paid: false,
    });
    expect(await portfolioPaid(pf)).toBe(false);
    expect(publishing.of(pf)).toEqual([]);

    const reconciler = sidecar();
    const report = await reconciler.reconcileOpenCheckouts();
    expect(report.failed).toBe(0);
    expect(await portfolioPaid(pf)).toBe(true);
    expect((await payments(pf))[0]).toMatchObject({ status: 'paid', stripe_payment_intent_id: paid.payment_intent });
    expect(publishing.of(pf)).toEqual(['publish']);
    expect((await payments(expiredPf))[0]?.status).toBe('expired');

    // The webhook turns up after all: acknowledged, nothing twice.
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);
    expect(await paymentRows(sessionId)).toHaveLength(1);
    expect(publishing.of(pf)).toEqual(['publish']);
    const again = await reconciler.reconcileOpenCheckouts();
    expect(again.settled).toBe(0);
    await reconciler.close();
  });

  it('heals an event whose follow-up failed even if Stripe never redelivers it', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    const event = stripeEvent('checkout.session.completed', stripe.complete(sessionId));
    publishing.failNext();
    expect((await deliver(event)).status).toBe(500);

    // A pass right away leaves it alone (a delivery may still be working on it) …
    await sidecar().reconcileOpenCheckouts();
    expect(publishing.of(pf)).toEqual([]);
    // … a later one runs the owed follow-up.
    const later = sidecar(() => new Date(Date.now() + 5 * 60_000));
    const report = await later.reconcileOpenCheckouts();
    expect(report.healed).toBeGreaterThanOrEqual(1);
    expect(publishing.of(pf)).toEqual(['publish']);
    expect((await eventRow(event.id as string))?.processed_at).not.toBeNull();
  });

  it('reconciles on a timer once started', async () => {
    const pf = await portfolioOf(me.userId);
    const sessionId = await startedCheckout(pf);
    stripe.complete(sessionId);
    const timed = createPaymentModule({
      db: app.container.db,
      ownedReads: app.container.services.infra.ownedReads,
      config: app.config,
      logger: pino({ level: 'silent' }),
      publishing,
      reconcileIntervalMs: 30,
    });
    timed.start();
    try {
      for (let i = 0; i < 100 && !(await portfolioPaid(pf)); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await timed.close();
    }
    expect(await portfolioPaid(pf)).toBe(true);
    expect(publishing.of(pf)).toEqual(['publish']);
  });

  it('answers 503 with Retry-After while Stripe is down, and records no payment', async () => {
    const pf = await portfolioOf(me.userId);
    stripe.failNext(503);
    const res = await checkout(pf);
    expectProblem(res, 503, 'not-ready');
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await payments(pf)).toEqual([]);
    expect((await checkout(pf)).status).toBe(200);
  });
});

describe.each(kinds)('payments switched off [%s]', (database) => {
  let app: TestApp;
  let me: Record<string, string>;
  let userId: string;

  beforeAll(async () => {
    app = await startTestApp({ database });
    const res = await app.request('POST', '/api/v1/auth/guest');
    const body = res.json<{ session_id: string; user: { id: string } }>();
    me = { authorization: `Bearer ${body.session_id}` };
    userId = body.user.id;
  });
  afterAll(() => app?.close());

  it('says so, refuses checkouts and the webhook with 404, and lists no payments', async () => {
    expect((await app.request('GET', '/api/v1/auth/me', { headers: me })).json()).toMatchObject({
      payments_enabled: false,
    });
    const cvId = await insertCvRow(app.container.db, userId);
    const pf = newId('pf');
    const now = new Date();
    await app.container.db('portfolios').insert({
      id: pf,
      cv_id: cvId,
      user_id: userId,
      tenant_id: null,
      theme: 'classic',
      slug: pf.replace('_', '-'),
      status: 'draft',
      paid: false,
      checkout_attempts: 0,
      created_at: now,
      updated_at: now,
    });

    expectProblem(await app.request('POST', `/api/v1/portfolios/${pf}/checkout`, { headers: me }), 404, 'not-found');
    expectProblem(
      await app.request('GET', `/api/v1/portfolios/${pf}/checkout/cs_test_abc`, { headers: me }),
      404,
      'not-found',
    );
    const listed = await app.request('GET', `/api/v1/portfolios/${pf}/payments`, { headers: me });
    expect(listed.status).toBe(200);
    expect(listed.json()).toEqual({ items: [] });

    const payload = JSON.stringify(stripeEvent('checkout.session.completed', { id: 'cs_test_abc' }));
    const hook = await app.request('POST', '/api/v1/payments/webhook', {
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, WEBHOOK_SECRET) },
    });
    expectProblem(hook, 404, 'not-found');
    expect(Number((await app.container.db('webhook_events').count({ n: '*' }).first())?.n)).toBe(0);
  });
});
