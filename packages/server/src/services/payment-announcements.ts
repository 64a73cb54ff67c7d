import type { AccountMail } from './account-mail.js';
import type { PaymentAnnouncements } from './payment-service.js';
import type { PortfolioService } from './portfolio-service.js';

/** What the buyer is told about a payment: a receipt, and why the website went offline after a refund. */
export function paymentAnnouncements(mail: AccountMail, portfolios: PortfolioService): PaymentAnnouncements {
  return {
    async paid(payment) {
      const portfolio = await portfolios.find(payment.portfolioId);
      if (!portfolio) return;
      await mail.notify(payment.userId, {
        kind: 'payment-receipt',
        amountMinor: payment.amount,
        currency: payment.currency,
        paidAt: payment.updatedAt,
        slug: portfolio.slug,
        siteUrl: portfolios.siteUrl(portfolio.slug),
        receiptUrl: null,
      });
    },
    async refunded(portfolioId, userId) {
      const portfolio = await portfolios.find(portfolioId);
      // Only a site that is up goes down; a second pass over the same refund finds it down already.
      if (!portfolio?.publishedSlug) return;
      await mail.notify(userId, { kind: 'site-taken-down', slug: portfolio.slug, reason: 'refund' });
    },
  };
}
