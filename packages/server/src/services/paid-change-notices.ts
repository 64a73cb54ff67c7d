import type { PaymentStore } from '../adapters/payment-store.js';
import type { OwnedReadCache } from './owned-read-cache.js';

/**
 * The payment store, telling the owned-read cache when an event's transaction changed whether a
 * portfolio is paid (the one portfolio column payments write): once the transaction is stored,
 * never for a write that was rolled back.
 */
export function withPaidChangeNotices(store: PaymentStore, reads: OwnedReadCache): PaymentStore {
  return {
    ...store,
    async transaction(work) {
      const touched = new Set<string>();
      const result = await store.transaction((tx) =>
        work({
          ...tx,
          async setPortfolioPaid(portfolioId, paid, now) {
            await tx.setPortfolioPaid(portfolioId, paid, now);
            touched.add(portfolioId);
          },
        }),
      );
      for (const portfolioId of touched) {
        await reads.changedOwnerOf(async () => (await store.findPortfolio(portfolioId))?.userId);
      }
      return result;
    },
  };
}
