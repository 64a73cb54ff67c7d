import { type Payment, type PaymentStatus } from '../domain/payment.js';
/** What payments need to know about a portfolio: whose it is, the owner's tenant, whether it is paid. */
export interface PayablePortfolio {
  id: string;
  userId: string;
  /** The tenant of the portfolio's owner (decides the price and the checkout's branding). */
  ownerTenantId: string | null;
  paid: boolean;
}

/** `new`: recorded by this call; `unprocessed`: recorded earlier, its follow-up still owed. */
export type EventRecording = 'new' | 'unprocessed' | 'processed';

export interface StoredEvent {
  id: string;
  type: string;
  payload: unknown;
}

/** The reads and writes that make up handling one event, all in one transaction. */
export interface PaymentTransaction {
  recordEvent(event: StoredEvent, now: Date): Promise<EventRecording>;
  markEventProcessed(eventId: string, now: Date): Promise<void>;
  findPortfolio(portfolioId: string): Promise<PayablePortfolio | undefined>;
  findBySession(sessionId: string): Promise<Payment | undefined>;
  findByPaymentIntent(paymentIntentId: string): Promise<Payment | undefined>;
  /**
   * The `charge.refunded` events received for a PaymentIntent, processed or not, oldest first: a
   * refund may arrive before the event that records its payment.
   */
  refundEventsFor(paymentIntentId: string): Promise<StoredEvent[]>;
  /**
   * Holds the portfolio's row until the transaction ends (PostgreSQL `FOR UPDATE`; SQLite runs one
   * writer at a time anyway), so two events deciding whether the portfolio is still paid for run
   * one after the other instead of each reading the other's payment as still paid.
   */
  lockPortfolio(portfolioId: string): Promise<void>;
  /**
   * Serialises the transactions that handle one PaymentIntent (PostgreSQL advisory lock until the
   * transaction ends; nothing on SQLite): its refund and the event recording its payment. Take it
   * before `lockPortfolio`.
   */
  lockPaymentIntent(paymentIntentId: string): Promise<void>;
  /** Records the payment unless its checkout session is recorded already. */
  insertPayment(payment: Payment): Promise<void>;
  /**
   * Moves the session's payment to `status` when `ADVANCES_FROM` allows it from where it is: a
   * compare-and-set, so racing events cannot both move it. Whether it moved.
   */
  advance(
    sessionId: string,
    status: PaymentStatus,
    details: { paymentIntentId?: string | null; amount?: number | null; currency?: string | null },
    now: Date,
  ): Promise<boolean>;
  setPortfolioPaid(portfolioId: string, paid: boolean, now: Date): Promise<void>;
  hasPaidPayment(portfolioId: string): Promise<boolean>;
}

export interface PaymentStore {
  findPortfolio(portfolioId: string): Promise<PayablePortfolio | undefined>;
  /** The next checkout attempt's number (1, 2, …), counted on the portfolio. */
  claimCheckoutAttempt(portfolioId: string): Promise<number>;
  insertPayment(payment: Payment): Promise<void>;
  findBySession(sessionId: string): Promise<Payment | undefined>;
  /** Newest first. */
  listForPortfolio(portfolioId: string): Promise<Payment[]>;
  /** Pending payments created since `since`, oldest first: the reconciler's work list. */
  pendingSince(since: Date, limit: number): Promise<Payment[]>;
  /** Events whose follow-up is still owed, received before `before`, oldest first. */
  unprocessedEvents(before: Date, limit: number): Promise<StoredEvent[]>;
  /**
   * Runs an event's owed follow-up and then marks the event processed, unless another process got
   * there first. On PostgreSQL the event's row stays locked meanwhile, so deliveries racing in
   * other processes wait and then find it processed; if `run` fails, nothing is marked and the
   * next delivery runs it again.
   */
  completeFollowUp(eventId: string, run: () => Promise<void>, clock: () => Date): Promise<void>;
  transaction<T>(work: (tx: PaymentTransaction) => Promise<T>): Promise<T>;
}
