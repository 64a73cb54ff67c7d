export type CheckoutSessionStatus = 'open' | 'complete' | 'expired';
export type CheckoutPaymentStatus = 'paid' | 'unpaid' | 'no_payment_required';

/** What we read from a Checkout Session. The client secret is deliberately not part of it. */
export interface CheckoutSessionSnapshot {
  id: string;
  status: CheckoutSessionStatus;
  paymentStatus: CheckoutPaymentStatus;
  /** Minor units; null only for sessions without line items (never ours). */
  amountTotal: number | null;
  currency: string | null;
  paymentIntentId: string | null;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  /** The session as Stripe sent it, for storing as an event payload. */
  raw: unknown;
}

export interface CreatedCheckoutSession {
  session: CheckoutSessionSnapshot;
  /** For the browser only: never log it, never store it. */
  clientSecret: string;
}

export interface CheckoutSessionRequest {
  priceId: string;
  /** Becomes `client_reference_id`. */
  portfolioId: string;
  metadata: Record<string, string>;
  /** Must contain the literal `{CHECKOUT_SESSION_ID}`. */
  returnUrl: string;
  /** `if_required` keeps card payments inside the embedding page (tenant widgets). */
  redirectOnCompletion: 'always' | 'if_required';
  branding: { displayName?: string; buttonColor?: string } | undefined;
  idempotencyKey: string;
}

export type PaymentEvent =
  | {
      kind: 'checkout';
      id: string;
      type:
        | 'checkout.session.completed'
        | 'checkout.session.async_payment_succeeded'
        | 'checkout.session.async_payment_failed'
        | 'checkout.session.expired';
      session: CheckoutSessionSnapshot;
    }
  | { kind: 'refund'; id: string; type: 'charge.refunded'; paymentIntentId: string | null; fullyRefunded: boolean }
  | { kind: 'other'; id: string; type: string };

export interface VerifiedWebhook {
  event: PaymentEvent;
  /** The event as Stripe sent it, stored with the record of its receipt. */
  payload: unknown;
}

export interface PaymentGateway {
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CreatedCheckoutSession>;
  retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionSnapshot>;
  /** A price's fixed amount (minor units) and currency; null for prices without one (pay what you want). */
  retrievePrice(priceId: string): Promise<{ amount: number; currency: string } | null>;
  /** Checks `Stripe-Signature` over the raw bytes (300 s tolerance); throws WebhookSignatureError. */
  verifyWebhook(rawBody: Buffer, signature: string): VerifiedWebhook;
  /** Reads an event stored earlier (already verified when it arrived). */
  interpretStoredEvent(payload: unknown): PaymentEvent;
  /** A Stripe-shaped event for a session state the reconciler observed, so it takes the webhook's path. */
  syntheticSessionEvent(
    id: string,
    type: 'checkout.session.completed' | 'checkout.session.expired',
    session: CheckoutSessionSnapshot,
  ): VerifiedWebhook;
}
