import { expiringCache, type ExpiringCache } from './expiring-cache.js';
import type { PayablePortfolio, PaymentStore } from '../adapters/payment-store.js';
import {
  type CheckoutSessionSnapshot,
  type PaymentGateway,
  type VerifiedWebhook,
} from '../adapters/payment-gateway.js';
import {
  PaymentProviderError,
  PaymentProviderUnavailableError,
  STRIPE_IDEMPOTENCY_ERROR,
  WebhookSignatureError,
} from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import type { Tenant } from '../domain/tenant.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError } from '../domain/problem.js';
import type { Logger } from '../logger.js';
import { checkoutReturn, type CheckoutCaller } from './checkout-return-url.js';
import type { Payment } from '../domain/payment.js';
import type { PortfolioPublishing } from './portfolio-publishing.js';
import { applyEvent, NOT_YET, owedFollowUp, type FollowUp, type HandlingContext } from './stripe-event-handler.js';

export interface PaymentSettings {
  publishableKey: string;
  /** STRIPE_PRICE_ID; a tenant's own price wins. */
  defaultPriceId: string | undefined;
  /** The hosted site, for the checkout's return page. */
  frontendUrl: string;
}

export interface PaymentServiceDeps {
  store: PaymentStore;
  /** Undefined when payments are off (no Stripe keys). */
  gateway: PaymentGateway | undefined;
  settings: PaymentSettings | undefined;
  tenants: { findById(id: string): Promise<Tenant | undefined> };
  publishing: PortfolioPublishing;
  /** Tells the buyer: a receipt once paid, a notice once a refund took the website down. */
  announce?: PaymentAnnouncements;
  /** Throws when the owner may not pay yet (a tenant that requires a verified address). */
  beforeCheckout?: (userId: string) => Promise<void>;
  logger: Logger;
  clock?: () => Date;
}

export interface PaymentAnnouncements {
  paid(payment: Payment): Promise<void>;
  /** Before the take-down: tells the owner only if the site is up (so at most once). */
  refunded(portfolioId: string, userId: string): Promise<void>;
}

export interface CheckoutStarted {
  sessionId: string;
  clientSecret: string;
  publishableKey: string;
}

export interface CheckoutState {
  session: CheckoutSessionSnapshot;
  portfolioPaid: boolean;
}

export interface ReconcileReport {
  /** Pending sessions read from Stripe. */
  checked: number;
  /** Sessions found paid (or expired) that no webhook had reported. */
  settled: number;
  /** Recorded events whose follow-up was still owed and has now run. */
  healed: number;
  failed: number;
}

// Checkout Sessions expire after 24 h; twice that covers a slow async payment method too.
const RECONCILE_WINDOW_MS = 48 * 3600_000;
// A delivery in progress has its follow-up running; give it this long before healing it.
const HEAL_AFTER_MS = 60_000;
const RECONCILE_BATCH = 100;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function portfolioNotFound(): ProblemError {
  return new ProblemError('not-found', 'No portfolio with that id belongs to you.');
}

function replayedFailure(err: unknown): boolean {
  return (err instanceof PaymentProviderUnavailableError || err instanceof PaymentProviderError) && err.replayed;
}

function paymentsOff(): ProblemError {
  return new ProblemError('not-found', 'Payments are not enabled on this server: publishing is free.');
}

function unavailable(err: PaymentProviderUnavailableError, log: Logger): ProblemError {
  log.warn({ err }, 'stripe unavailable');
  return new ProblemError('not-ready', 'The payment provider is not reachable right now; try again shortly.', {
    headers: { 'Retry-After': '10' },
  });
}

/**
 * Paying for a portfolio with Stripe Embedded Checkout, and the webhook that confirms it. A
 * payment is recorded exactly once per Checkout Session however often, in whatever order and
 * however concurrently Stripe's events arrive; publishing is requested after the transaction that
 * recorded the payment, and an event stays unprocessed until that request succeeded, so a crash
 * in between is healed by Stripe's redelivery (or the reconciler).
 */
const PRICE_CACHE_MS = 5 * 60_000;
const PRICE_FAILURE_CACHE_MS = 60_000;

export class PaymentService {
  private readonly clock: () => Date;
  /** Deliveries of one event in this process run one after another (see `processEvent`). */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly prices: ExpiringCache<{ amount: number; currency: string } | null>;

  constructor(private readonly deps: PaymentServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.prices = expiringCache({
      ttlMs: PRICE_CACHE_MS,
      maxEntries: 1000,
      now: () => this.clock().getTime(),
      load: (priceId, expireAfter) =>
        (deps.gateway?.retrievePrice(priceId) ?? Promise.resolve(null)).catch((err: unknown) => {
          deps.logger.warn({ err, price_id: priceId }, 'could not read the price from Stripe');
          // Remembered briefly too: a public page must not turn into a stream of Stripe calls.
          expireAfter(PRICE_FAILURE_CACHE_MS);
          return null;
        }),
    });
  }

  /**
   * What a price costs, for showing before checkout (the widget's config). Read from Stripe (2 s at
   * most) and kept for five minutes; null when payments are off, the price is unknown, or Stripe
   * cannot be reached — kept for a minute then (the page shows no amount; checkout does not depend
   * on this).
   */
  async displayPrice(priceId: string | undefined): Promise<{ amount: number; currency: string } | null> {
    const { gateway } = this.deps;
    if (!gateway || !priceId) return null;
    return this.prices.get(priceId);
  }

  get enabled(): boolean {
    return this.deps.gateway !== undefined && this.deps.settings !== undefined;
  }

  // ---------------------------------------------------------------- checkout

  async startCheckout(
    auth: AuthContext,
    portfolioId: string,
    caller: CheckoutCaller,
    log: Logger,
    /** The request's caller-scoped `Idempotency-Key` digest, when it sent one. */
    requestKey?: string,
  ): Promise<CheckoutStarted> {
    const { gateway, settings } = this.deps;
    if (!gateway || !settings) throw paymentsOff();
    const portfolio = await this.owned(auth, portfolioId);
    await this.deps.beforeCheckout?.(portfolio.userId);
    if (portfolio.paid) {
      throw new ProblemError('already-paid', 'This portfolio is paid for already; publish it without a new checkout.');
    }
    const tenant = portfolio.ownerTenantId ? await this.deps.tenants.findById(portfolio.ownerTenantId) : undefined;
    const priceId = tenant?.stripePriceId ?? settings.defaultPriceId;
    if (!priceId) {
      log.warn({ portfolio_id: portfolio.id, tenant_id: tenant?.id }, 'checkout refused: no Stripe price configured');
      throw new ProblemError('not-found', 'Payments are not set up for this account: no price is configured.');
    }
    const back = checkoutReturn(settings.frontendUrl, portfolio.id, caller);
    const create = (attempt: number | string) =>
      gateway.createCheckoutSession({
        priceId,
        portfolioId: portfolio.id,
        metadata: {
          portfolio_id: portfolio.id,
          user_id: portfolio.userId,
          ...(portfolio.ownerTenantId && { tenant_id: portfolio.ownerTenantId }),
        },
        returnUrl: back.url,
        redirectOnCompletion: back.redirectOnCompletion,
        branding: tenant && checkoutBranding(tenant),
        idempotencyKey: `r2w-checkout-${portfolio.id}-${attempt}`,
      });
    // Each checkout is a new attempt with its own Stripe Idempotency-Key: the SDK's retries of this
    // one request reuse it (no duplicate session), while a later checkout gets a fresh session. Under
    // the caller's own Idempotency-Key the attempt is that key, so a rerun after a lost answer (the
    // claim lapsed) gets the first run's session back from Stripe instead of a second one.
    let attempt: number | string = requestKey
      ? `key-${requestKey}`
      : await this.deps.store.claimCheckoutAttempt(portfolio.id);
    let created;
    try {
      try {
        created = await create(attempt);
      } catch (err) {
        // Stripe keeps an error under its key too, and answers it again: the keyed run before this
        // one failed, so there is no session to find, and this run is a new attempt.
        if (!requestKey || !replayedFailure(err)) throw err;
        attempt = await this.deps.store.claimCheckoutAttempt(portfolio.id);
        created = await create(attempt);
      }
    } catch (err) {
      if (err instanceof PaymentProviderUnavailableError) throw unavailable(err, log);
      if (err instanceof PaymentProviderError && err.code === STRIPE_IDEMPOTENCY_ERROR) {
        // The rerun asked Stripe for something else (another return page): not the same request.
        throw new ProblemError(
          'idempotency-key-reused',
          'This Idempotency-Key already started a checkout that returns to another page. Send a new key for a new checkout.',
        );
      }
      throw err;
    }
    const { session } = created;
    const now = this.clock();
    // A rerun's session is already recorded: the insert keeps the first row.
    await this.deps.store.insertPayment({
      id: newId('pay'),
      portfolioId: portfolio.id,
      userId: portfolio.userId,
      tenantId: portfolio.ownerTenantId,
      stripeCheckoutSessionId: session.id,
      stripePaymentIntentId: session.paymentIntentId,
      amount: session.amountTotal ?? 0,
      currency: session.currency ?? 'xxx',
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    });
    log.info({ portfolio_id: portfolio.id, checkout_session_id: session.id, attempt }, 'checkout session created');
    return { sessionId: session.id, clientSecret: created.clientSecret, publishableKey: settings.publishableKey };
  }

  /** The return page's question; reads Stripe but never fulfils (only the webhook and reconciler do). */
  async checkoutState(auth: AuthContext, portfolioId: string, sessionId: string, log: Logger): Promise<CheckoutState> {
    const { gateway } = this.deps;
    if (!gateway || !this.deps.settings) throw paymentsOff();
    await this.owned(auth, portfolioId);
    const payment = await this.deps.store.findBySession(sessionId);
    if (!payment || payment.portfolioId !== portfolioId) {
      throw new ProblemError('not-found', 'No checkout session with that id belongs to this portfolio.');
    }
    let session: CheckoutSessionSnapshot;
    try {
      session = await gateway.retrieveCheckoutSession(sessionId);
    } catch (err) {
      if (err instanceof PaymentProviderUnavailableError) throw unavailable(err, log);
      throw err;
    }
    // Read after Stripe answered, so a webhook that landed meanwhile shows.
    const portfolio = await this.owned(auth, portfolioId);
    return { session, portfolioPaid: portfolio.paid };
  }

  async listPayments(auth: AuthContext, portfolioId: string): Promise<Payment[]> {
    await this.owned(auth, portfolioId);
    if (!this.enabled) return [];
    return this.deps.store.listForPortfolio(portfolioId);
  }

  // ---------------------------------------------------------------- webhook

  async receiveWebhook(rawBody: Buffer | undefined, signature: string, log: Logger): Promise<void> {
    const { gateway } = this.deps;
    if (!gateway) throw paymentsOff();
    let verified: VerifiedWebhook;
    try {
      if (!rawBody) throw new WebhookSignatureError('no body');
      verified = gateway.verifyWebhook(rawBody, signature);
    } catch (err) {
      if (!(err instanceof WebhookSignatureError)) throw err;
      log.warn({ reason: err.message }, 'stripe webhook refused: bad signature');
      throw new ProblemError(
        'webhook-signature-invalid',
        'The Stripe-Signature header does not verify against the request body with this endpoint\u2019s signing secret (or is older than 5 minutes).',
      );
    }
    await this.processEvent(verified, log.child({ event_id: verified.event.id, event_type: verified.event.type }));
  }

  /**
   * Records the event and applies its effect in one transaction, then runs the follow-up it owes
   * and only then marks it processed. A repeat of a processed event changes nothing; a repeat of
   * one whose follow-up failed runs the follow-up again. Deliveries of the same event in this
   * process are serialised, and across processes the event's row is locked while its follow-up
   * runs (PostgreSQL), so concurrent repeats request publishing once. A full refund of a payment
   * not recorded yet is stored unprocessed: the event recording the payment applies it, and the
   * reconciler's next pass looks at it again (see stripe-event-handler.ts).
   */
  async processEvent(verified: VerifiedWebhook, log: Logger): Promise<void> {
    const { event } = verified;
    const { gateway } = this.deps;
    if (!gateway) throw paymentsOff();
    // Not ours to record (the endpoint may be subscribed to more than we handle).
    if (event.kind === 'other') return;
    await this.serialised(event.id, async () => {
      const now = this.clock();
      const ctx: HandlingContext = { now, log, interpret: (payload) => gateway.interpretStoredEvent(payload) };
      const followUp = await this.deps.store.transaction(async (tx) => {
        const recording = await tx.recordEvent({ id: event.id, type: event.type, payload: verified.payload }, now);
        if (recording === 'processed') return undefined;
        const owed = recording === 'new' ? await applyEvent(tx, event, ctx) : await owedFollowUp(tx, event, ctx);
        // A refund that overtook its payment stays unprocessed for the reconciler to look at again.
        if (owed === NOT_YET) return undefined;
        if (!owed) await tx.markEventProcessed(event.id, now);
        return owed;
      });
      if (!followUp) return;
      await this.deps.store.completeFollowUp(event.id, () => this.runFollowUp(followUp), this.clock);
    });
  }

  // ---------------------------------------------------------------- reconciliation

  /**
   * Heals what webhooks did not deliver: recorded events whose follow-up is still owed, and recent
   * pending sessions that Stripe says are paid (or expired), which then take the webhook's path.
   */
  async reconcileOpenCheckouts(log: Logger = this.deps.logger): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, settled: 0, healed: 0, failed: 0 };
    const { gateway } = this.deps;
    if (!gateway) return report;
    const now = this.clock();

    for (const stored of await this.deps.store.unprocessedEvents(
      new Date(now.getTime() - HEAL_AFTER_MS),
      RECONCILE_BATCH,
    )) {
      try {
        await this.processEvent({ event: gateway.interpretStoredEvent(stored.payload), payload: stored.payload }, log);
        report.healed++;
      } catch (err) {
        report.failed++;
        log.error({ err, event_id: stored.id }, 'healing a stripe event failed; will retry');
      }
    }

    for (const payment of await this.deps.store.pendingSince(
      new Date(now.getTime() - RECONCILE_WINDOW_MS),
      RECONCILE_BATCH,
    )) {
      try {
        const session = await gateway.retrieveCheckoutSession(payment.stripeCheckoutSessionId);
        report.checked++;
        if (session.status === 'complete' && session.paymentStatus === 'paid') {
          await this.processEvent(
            gateway.syntheticSessionEvent(`reconciled_${session.id}_paid`, 'checkout.session.completed', session),
            log,
          );
          report.settled++;
        } else if (session.status === 'expired') {
          await this.processEvent(
            gateway.syntheticSessionEvent(`reconciled_${session.id}_expired`, 'checkout.session.expired', session),
            log,
          );
          report.settled++;
        }
      } catch (err) {
        report.failed++;
        const level = err instanceof PaymentProviderError && err.statusCode === 404 ? 'warn' : 'error';
        log[level](
          { err, checkout_session_id: payment.stripeCheckoutSessionId },
          'reconciling a checkout session failed',
        );
      }
    }
    if (report.settled > 0 || report.healed > 0 || report.failed > 0) log.info(report, 'checkouts reconciled');
    return report;
  }

  // ---------------------------------------------------------------- helpers

  private async owned(auth: AuthContext, portfolioId: string): Promise<PayablePortfolio> {
    const portfolio = await this.deps.store.findPortfolio(portfolioId);
    if (!portfolio || portfolio.userId !== auth.userId) throw portfolioNotFound();
    return portfolio;
  }

  private async runFollowUp(followUp: FollowUp): Promise<void> {
    const announce = this.deps.announce;
    if (followUp.action === 'unpublish') {
      // Told before the take-down starts, while it can still be seen whether the site was up: a
      // refund of a site that never went live (or was already down) is not a take-down.
      const portfolio = announce && (await this.deps.store.findPortfolio(followUp.portfolioId));
      if (announce && portfolio) await announce.refunded(portfolio.id, portfolio.userId);
      await this.deps.publishing.requestUnpublish(followUp.portfolioId);
      return;
    }
    await this.deps.publishing.requestPublish(followUp.portfolioId);
    if (announce && followUp.paidCheckoutSessionId) {
      const payment = await this.deps.store.findBySession(followUp.paidCheckoutSessionId);
      if (payment?.status === 'paid') await announce.paid(payment);
    }
  }

  private async serialised(key: string, work: () => Promise<void>): Promise<void> {
    const previous = this.inFlight.get(key) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(work);
    this.inFlight.set(key, mine);
    try {
      await mine;
    } finally {
      if (this.inFlight.get(key) === mine) this.inFlight.delete(key);
    }
  }
}

/** The tenant's look, as far as Checkout's branding settings go (name and button colour). */
function checkoutBranding(tenant: Tenant): { displayName?: string; buttonColor?: string } | undefined {
  const displayName = tenant.branding.displayName ?? undefined;
  const color = tenant.branding.primaryColor;
  const buttonColor = color && HEX_COLOR.test(color) ? color : undefined;
  if (!displayName && !buttonColor) return undefined;
  return { ...(displayName && { displayName }), ...(buttonColor && { buttonColor }) };
}
