import type { PayablePortfolio, PaymentTransaction } from '../adapters/payment-store.js';
import type { CheckoutSessionSnapshot, PaymentEvent } from '../adapters/payment-gateway.js';
import { newId } from '../domain/ids.js';
import type { Logger } from '../logger.js';
import type { Payment } from '../domain/payment.js';

/**
 * What one Stripe event changes in our database, and what must happen after the transaction that
 * recorded it. Both run inside that transaction, so an event and its effect are stored together or
 * not at all.
 */

/** Work outside the database that a committed event still owes (idempotent, enqueue only). */
export interface FollowUp {
  action: 'publish' | 'unpublish';
  portfolioId: string;
  /** The checkout whose payment this publish follows (a receipt is owed for it). */
  paidCheckoutSessionId?: string;
}

/**
 * The event is recorded but stays unprocessed, with no follow-up yet: a full refund of a
 * PaymentIntent no payment of ours names (yet). The reconciler's pass over unprocessed events
 * looks again (see `owedFollowUp`).
 */
export const NOT_YET = 'not-yet';

/** What handling an event leaves: a follow-up, nothing (done), or `NOT_YET`. */
export type Handled = FollowUp | typeof NOT_YET | undefined;

export interface HandlingContext {
  now: Date;
  log: Logger;
  /** Reads a stored event's payload (the gateway's `interpretStoredEvent`). */
  interpret: (payload: unknown) => PaymentEvent;
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

/** The id of a full refund of `paymentIntentId` received already, if there is one. */
async function refundReceived(
  tx: PaymentTransaction,
  paymentIntentId: string,
  ctx: HandlingContext,
): Promise<string | undefined> {
  for (const stored of await tx.refundEventsFor(paymentIntentId)) {
    const refund = ctx.interpret(stored.payload);
    if (refund.kind === 'refund' && refund.fullyRefunded && refund.paymentIntentId === paymentIntentId) {
      return stored.id;
    }
  }
  return undefined;
}

/**
 * Moves a payment to refunded, and the portfolio to unpaid unless another payment still covers it.
 * The caller holds the portfolio's lock, so of two refunds racing for the portfolio's last two
 * payments the second sees the first's and takes the site down.
 */
async function refundPayment(
  tx: PaymentTransaction,
  payment: Payment,
  eventId: string,
  ctx: HandlingContext,
): Promise<FollowUp | undefined> {
  if (!(await tx.advance(payment.stripeCheckoutSessionId, 'refunded', {}, ctx.now))) return undefined;
  // Paid twice (two tabs) and one refunded: the other payment still covers the portfolio.
  if (await tx.hasPaidPayment(payment.portfolioId)) return undefined;
  await tx.setPortfolioPaid(payment.portfolioId, false, ctx.now);
  ctx.log.info({ event_id: eventId, portfolio_id: payment.portfolioId }, 'payment refunded; portfolio unpaid');
  return { action: 'unpublish', portfolioId: payment.portfolioId };
}

async function applyCheckoutEvent(
  tx: PaymentTransaction,
  event: Extract<PaymentEvent, { kind: 'checkout' }>,
  ctx: HandlingContext,
): Promise<FollowUp | undefined> {
  const { now, log } = ctx;
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
    // In the order a refund takes them (see applyRefund), so the two never deadlock.
    if (session.paymentIntentId) await tx.lockPaymentIntent(session.paymentIntentId);
    await tx.lockPortfolio(portfolio.id);
    // Only the event that moves the payment to paid asks for publishing: a second event type for
    // the same session (or the reconciler) finds it paid already.
    if (!(await tx.advance(session.id, 'paid', details, now))) return undefined;
    const refundId = session.paymentIntentId && (await refundReceived(tx, session.paymentIntentId, ctx));
    if (refundId) {
      // Refunded before this event arrived (Stripe does not keep its events in order): the same
      // outcome as in order, without putting the site up first. The refund's own event stays
      // unprocessed, for the reconciler to close (see owedFollowUp).
      log.info(
        { event_id: event.id, refund_event_id: refundId, portfolio_id: portfolio.id, checkout_session_id: session.id },
        'payment refunded before it was recorded; not publishing',
      );
      const payment = await tx.findBySession(session.id);
      return payment && refundPayment(tx, payment, refundId, ctx);
    }
    await tx.setPortfolioPaid(portfolio.id, true, now);
    log.info({ event_id: event.id, portfolio_id: portfolio.id, checkout_session_id: session.id }, 'payment recorded');
    return { action: 'publish', portfolioId: portfolio.id, paidCheckoutSessionId: session.id };
  }
  if (event.type === 'checkout.session.async_payment_failed') await tx.advance(session.id, 'failed', details, now);
  if (event.type === 'checkout.session.expired') await tx.advance(session.id, 'expired', {}, now);
  // `completed` with `unpaid`: a delayed method (bank debit) is under way; the session stays pending.
  return undefined;
}

async function applyRefund(
  tx: PaymentTransaction,
  event: Extract<PaymentEvent, { kind: 'refund' }>,
  ctx: HandlingContext,
): Promise<Handled> {
  const { log } = ctx;
  if (!event.paymentIntentId) return undefined;
  if (!event.fullyRefunded) {
    // A partial refund is a goodwill gesture, not a cancelled purchase: the site stays up.
    log.info({ event_id: event.id, payment_intent_id: event.paymentIntentId }, 'partial refund; portfolio stays paid');
    return undefined;
  }
  // Waits for an event recording this PaymentIntent's payment in another transaction, so that
  // either this sees its payment or it sees this refund (see applyCheckoutEvent).
  await tx.lockPaymentIntent(event.paymentIntentId);
  const payment = await tx.findByPaymentIntent(event.paymentIntentId);
  if (!payment) {
    // Either it overtook the event that records its payment (the pending payment learns its
    // PaymentIntent only then), which will find it stored and apply it, or it is another
    // product's on the same Stripe account.
    log.info(
      { event_id: event.id, payment_intent_id: event.paymentIntentId },
      'refund for no payment recorded yet; kept for its checkout',
    );
    return NOT_YET;
  }
  await tx.lockPortfolio(payment.portfolioId);
  return refundPayment(tx, payment, event.id, ctx);
}

/** Applies a newly recorded event; the follow-up it owes, if any. */
export function applyEvent(tx: PaymentTransaction, event: PaymentEvent, ctx: HandlingContext): Promise<Handled> {
  if (event.kind === 'checkout') return applyCheckoutEvent(tx, event, ctx);
  if (event.kind === 'refund') return applyRefund(tx, event, ctx);
  return Promise.resolve(undefined);
}

/**
 * For an event recorded earlier whose follow-up never completed (a crash, an enqueue that failed):
 * its effect is committed, so the follow-up is read from the current state. A later event may have
 * superseded it (refunded since), and then nothing is owed any more.
 *
 * A refund left unprocessed because it matched no payment is looked at again: applied if its
 * payment has been recorded since without seeing it, else closed. It stays stored, so an event
 * recording its payment later still finds and applies it.
 */
export async function owedFollowUp(
  tx: PaymentTransaction,
  event: PaymentEvent,
  ctx: HandlingContext,
): Promise<FollowUp | undefined> {
  if (event.kind === 'checkout' && fulfils(event)) {
    const payment = await tx.findBySession(event.session.id);
    const portfolio = payment && (await tx.findPortfolio(payment.portfolioId));
    return payment?.status === 'paid' && portfolio?.paid ? { action: 'publish', portfolioId: portfolio.id } : undefined;
  }
  if (event.kind === 'refund' && event.fullyRefunded && event.paymentIntentId) {
    const payment = await tx.findByPaymentIntent(event.paymentIntentId);
    if (!payment) {
      ctx.log.info(
        { event_id: event.id, payment_intent_id: event.paymentIntentId },
        'refund still matches no payment; closed (a later checkout event still applies it)',
      );
      return undefined;
    }
    if (payment.status !== 'refunded') {
      const handled = await applyRefund(tx, event, ctx);
      return handled === NOT_YET ? undefined : handled;
    }
    const portfolio = await tx.findPortfolio(payment.portfolioId);
    return portfolio && !portfolio.paid ? { action: 'unpublish', portfolioId: portfolio.id } : undefined;
  }
  return undefined;
}
