import type { CvStore } from '../adapters/cv-store.js';
import { firstPageRead, type OwnedReadCache } from './owned-read-cache.js';

/**
 * The CV store with its owner-scoped reads remembered (lists, a CV with its latest extraction, the
 * current version number, an extraction's progress: what the editor, the widget and the event
 * stream repeat). Every write here tells the cache whose data changed once it is stored, so the
 * extraction jobs, wherever they run, invalidate what the API processes remember.
 */
export function withCvReadCache(store: CvStore, reads: OwnedReadCache): CvStore {
  const ownerOfCv = (cvId: string) => async () => (await store.findById(cvId))?.userId;
  return {
    ...store,
    listForUser: (userId, page) => firstPageRead(reads, userId, 'cvs', page, () => store.listForUser(userId, page)),
    findListingForUser: (userId, cvId) =>
      reads.get(userId, `cv-listing:${cvId}`, () => store.findListingForUser(userId, cvId)),
    findForUser: (userId, cvId) => reads.get(userId, `cv:${cvId}`, () => store.findForUser(userId, cvId)),
    currentVersionForUser: (userId, cvId) =>
      reads.get(userId, `cv-version:${cvId}`, () => store.currentVersionForUser(userId, cvId)),
    findExtractionForUser: (userId, extractionId) =>
      reads.get(userId, `extraction:${extractionId}`, () => store.findExtractionForUser(userId, extractionId)),

    async createWithExtraction(cv, extraction) {
      await store.createWithExtraction(cv, extraction);
      await reads.changed(cv.userId);
    },
    async delete(cvId) {
      const owner = await store.delete(cvId);
      if (owner !== undefined) await reads.changed(owner);
      return owner;
    },
    async createExtraction(extraction) {
      await store.createExtraction(extraction);
      await reads.changedOwnerOf(ownerOfCv(extraction.cvId));
    },
    async updateExtraction(extractionId, changes) {
      await store.updateExtraction(extractionId, changes);
      // Asked after the write: a guest's CV claimed meanwhile is invalidated under its new owner
      // (the claim itself invalidates both owners once it is stored).
      await reads.changedOwnerOf(() => store.ownerOfExtraction(extractionId));
    },
    async appendData(cvId, entry, expectedVersion, now) {
      const saved = await store.appendData(cvId, entry, expectedVersion, now);
      if (saved) await reads.changedOwnerOf(ownerOfCv(cvId));
      return saved;
    },
  };
}
