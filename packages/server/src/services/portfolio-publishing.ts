/**
 * What the payments side needs from portfolios, and nothing more: once a payment is recorded (or
 * refunded) it asks for the site to be published (or taken offline). Both calls are idempotent and
 * only enqueue work, so a webhook can call them again on every redelivery.
 */
export interface PortfolioPublishing {
  requestPublish(portfolioId: string): Promise<void>;
  requestUnpublish(portfolioId: string): Promise<void>;
}
