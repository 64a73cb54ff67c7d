/** One checkout attempt for a portfolio and what became of it. */
export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';

export interface Payment {
  id: string;
  portfolioId: string;
  userId: string;
  tenantId: string | null;
  stripeCheckoutSessionId: string;
  stripePaymentIntentId: string | null;
  /** Minor units. */
  amount: number;
  currency: string;
  status: PaymentStatus;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The states a payment may move to each state from. Events arrive late, twice and out of order,
 * so a payment only ever moves forward: a late "expired" or "failed" never undoes "paid", and
 * nothing undoes "refunded" (a refund can even overtake the payment's own success event).
 */
export const ADVANCES_FROM: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  pending: [],
  failed: ['pending'],
  expired: ['pending'],
  paid: ['pending', 'failed', 'expired'],
  refunded: ['pending', 'paid', 'failed', 'expired'],
};
