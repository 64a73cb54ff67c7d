import type { PortfolioStore } from '../adapters/portfolio-store.js';
import { firstPageRead, type OwnedReadCache } from './owned-read-cache.js';

/**
 * The portfolio store with its owner-scoped reads remembered (a portfolio and the list, which the
 * widget and the SDK poll while a site publishes). Every write here tells the cache whose data
 * changed once it is stored, so the publish jobs, wherever they run, invalidate what the API
 * processes remember. `expirePreviews` needs no word: an expired preview already reads as none.
 */
export function withPortfolioReadCache(store: PortfolioStore, reads: OwnedReadCache): PortfolioStore {
  return {
    ...store,
    findForUser: (userId, id) => reads.get(userId, `portfolio:${id}`, () => store.findForUser(userId, id)),
    listForUser: (userId, page) =>
      firstPageRead(reads, userId, 'portfolios', page, () => store.listForUser(userId, page)),

    async create(portfolio) {
      await store.create(portfolio);
      await reads.changed(portfolio.userId);
    },
    async update(id, changes, now, from, publishRun) {
      const updated = await store.update(id, changes, now, from, publishRun);
      if (updated) await reads.changed(updated.userId);
      return updated;
    },
    async delete(id) {
      const owner = await store.delete(id);
      if (owner !== undefined) await reads.changed(owner);
      return owner;
    },
  };
}
