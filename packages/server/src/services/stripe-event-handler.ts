import type { PayablePortfolio, PaymentTransaction } from '../adapters/sql-payment-store.js';
import type { CheckoutSessionSnapshot, PaymentEvent } from '../adapters/stripe-gateway.js';
import { newId } from '../domain/ids.js';
import type { Logger } from '../logger.js';

/**
 * What one Stripe event changes in our database, and what must happen after the transaction that
 * recorded it. Both run inside that transaction, so an event and its effect are stored together or
 * not at all.
 */

/** Work outside the database that a committed event still owes (idempotent, enqueue only). */
export interface FollowUp {
  action: 'publish' | 'unpublish';
  portfolioId: string;
}

const PORTFOLIO_ID = /^pf_[0-9a-z]{26}$/;
// ISO 4217's "no currency": only if Stripe ever leaves a session's currency empty.
const NO_CURRENCY = 'xxx';

function fulfils(event: Extract<PaymentEvent, { kind: 'checkout' }>): boolean {
  return (
    event.type === 'checkout.session.async_payment_succeeded' ||
    (event.type === 'checkout.session.completed' && event.session.paymentStatus === 'paid')
  );
}

/** The portfolio a session pays for: from our record of it, else from what we sent Stripe. */
async function portfolioOf(
  tx: PaymentTransaction,
  session: CheckoutSessionSnapshot,
): Promise<PayablePortfolio | undefined> {
  const recorded = await tx.findBySession(session.id);
  const candidate = recorded?.portfolioId ?? session.clientReferenceId ?? session.metadata.portfolio_id;
  if (!candidate || !PORTFOLIO_ID.test(candidate)) return undefined;
  return tx.findPortfolio(candidate);
}

async function applyCheckoutEvent(
  tx: PaymentTransaction,
  event: Extract<PaymentEvent, { kind: 'checkout' }>,
  now: Date,
  log: Logger,
): Promise<FollowUp | undefined> {
  const { session } = event;
  const portfolio = await portfolioOf(tx, session);
  if (!portfolio) {
    // Another product on the same Stripe account, or a portfolio deleted since.
    log.info({ event_id: event.id, checkout_session_id: session.id }, 'stripe event for no known portfolio; ignored');
    return undefined;
  }
  // The checkout endpoint records the session as pending; this covers a session whose record was
  // lost (Stripe created it, then our insert failed).
  await tx.insertPayment({
    id: newId('pay'),
    portfolioId: portfolio.id,
    userId: portfolio.userId,
    tenantId: portfolio.ownerTenantId,
    stripeCheckoutSessionId: session.id,
    stripePaymentIntentId: session.paymentIntentId,
    amount: session.amountTotal ?? 0,
    currency: session.currency ?? NO_CURRENCY,
    status: 'pending',
    createdAt: now,
    updatedAt: now,
  });
  const details = { paymentIntentId: session.paymentIntentId, amount: session.amountTotal, currency: session.currency };
  if (fulfils(event)) {
    // Only the event that moves the payment to paid asks for publishing: a second event type for
    // the same session (or the reconciler) finds it paid already.
    if (!(await tx.advance(session.id, 'paid', details, now))) return undefined;
    await tx.setPortfolioPaid(portfolio.id, true, now);
    log.info({ event_id: event.id, portfolio_id: portfolio.id, checkout_session_id: session.id }, 'payment recorded');
    return { action: 'publish', portfolioId: portfolio.id };
  }
  if (event.type === 'checkout.session.async_payment_failed') await tx.advance(session.id, 'failed', details, now);
  if (event.type === 'checkout.session.expired') await tx.advance(session.id, 'expired', {}, now);
  // `completed` with `unpaid`: a delayed method (bank debit) is under way; the session stays pending.
  return undefined;
}

async function applyRefund(
  tx: PaymentTransaction,
  event: Extract<PaymentEvent, { kind: 'refund' }>,
  now: Date,
  log: Logger,
): Promise<FollowUp | undefined> {
  if (!event.paymentIntentId) return undefined;
  if (!event.fullyRefunded) {
    // A partial refund is a goodwill gesture, not a cancelled purchase: the site stays up.
    log.info({ event_id: event.id, payment_intent_id: event.paymentIntentId }, 'partial refund; portfolio stays paid');
    return undefined;
  }
  const payment = await tx.findByPaymentIntent(event.paymentIntentId);
  if (!payment) {
    log.info({ event_id: event.id, payment_intent_id: event.paymentIntentId }, 'refund for no known payment; ignored');
    return undefined;
  }
  if (!(await tx.advance(payment.stripeCheckoutSessionId, 'refunded', {}, now))) return undefined;
  // Paid twice (two tabs) and one refunded: the other payment still covers the portfolio.
  if (await tx.hasPaidPayment(payment.portfolioId)) return undefined;
  await tx.setPortfolioPaid(payment.portfolioId, false, now);
  log.info({ event_id: event.id, portfolio_id: payment.portfolioId }, 'payment refunded; portfolio unpaid');
  return { action: 'unpublish', portfolioId: payment.portfolioId };
}

/** Applies a newly recorded event; the follow-up it owes, if any. */
export function applyEvent(
  tx: PaymentTransaction,
  event: PaymentEvent,
  now: Date,
  log: Logger,
): Promise<FollowUp | undefined> {
  if (event.kind === 'checkout') return applyCheckoutEvent(tx, event, now, log);
  if (event.kind === 'refund') return applyRefund(tx, event, now, log);
  return Promise.resolve(undefined);
}

/**
 * For an event recorded earlier whose follow-up never completed (a crash, an enqueue that failed):
 * its effect is committed, so the follow-up is read from the current state. A later event may have
 * superseded it (refunded since), and then nothing is owed any more.
 */
export async function owedFollowUp(tx: PaymentTransaction, event: PaymentEvent): Promise<FollowUp | undefined> {
  if (event.kind === 'checkout' && fulfils(event)) {
    const payment = await tx.findBySession(event.session.id);
    const portfolio = payment && (await tx.findPortfolio(payment.portfolioId));
    return payment?.status === 'paid' && portfolio?.paid ? { action: 'publish', portfolioId: portfolio.id } : undefined;
  }
  if (event.kind === 'refund' && event.fullyRefunded && event.paymentIntentId) {
    const payment = await tx.findByPaymentIntent(event.paymentIntentId);
    const portfolio = payment && (await tx.findPortfolio(payment.portfolioId));
    return payment?.status === 'refunded' && portfolio && !portfolio.paid
      ? { action: 'unpublish', portfolioId: portfolio.id }
      : undefined;
  }
  return undefined;
}
