import type { PageQuery, StorePage } from '../domain/page.js';
import type { Cv, CvDataSource, CvDataVersion, Extraction } from '../domain/cv.js';
import type { ExtractionUsage } from '@resume2website/cv-extraction';
/** A CV as lists show it: with its latest extraction's state. */
export interface CvListing {
  cv: Cv;
  latest: Extraction | undefined;
}

export interface CachedExtraction {
  data: unknown;
  usage: ExtractionUsage | null;
}

export interface CvStore {
  /** The CV and its first extraction, in one transaction: both or neither. */
  createWithExtraction(cv: Cv, extraction: Extraction): Promise<void>;
  countForUser(userId: string): Promise<number>;
  listAllForUser(userId: string): Promise<Cv[]>;
  findForUser(userId: string, cvId: string): Promise<Cv | undefined>;
  findById(cvId: string): Promise<Cv | undefined>;
  listForUser(userId: string, page: PageQuery): Promise<StorePage<CvListing>>;
  /** A CV that `userId` owns with its latest extraction, as a list shows it. */
  findListingForUser(userId: string, cvId: string): Promise<CvListing | undefined>;
  /** Who owns the CV an extraction belongs to. */
  ownerOfExtraction(extractionId: string): Promise<string | undefined>;
  /**
   * Whose CV it was when it went (read by the delete itself: a guest's CV may move to an account
   * until then), or undefined when there was none.
   */
  delete(cvId: string): Promise<string | undefined>;
  /** Cache entries whose file no other CV has: they go with the CV. */
  deleteUnsharedCacheEntries(sha256: string, exceptCvId: string): Promise<void>;

  createExtraction(extraction: Extraction): Promise<void>;
  findExtraction(extractionId: string): Promise<Extraction | undefined>;
  findExtractionForUser(userId: string, extractionId: string): Promise<Extraction | undefined>;
  latestExtraction(cvId: string): Promise<Extraction | undefined>;
  unfinishedExtraction(cvId: string): Promise<Extraction | undefined>;
  /** Extractions still waiting to start that were queued before `before`, oldest first. */
  queuedExtractionsBefore(before: Date, limit: number): Promise<Extraction[]>;
  updateExtraction(extractionId: string, changes: Partial<Extraction>): Promise<void>;

  currentData(cvId: string): Promise<CvDataVersion | undefined>;
  /**
   * The current version of a CV that `userId` owns, in one query (the editor's and the SDK's most
   * frequent read); undefined when the CV is not theirs or has no document yet.
   */
  currentDataForUser(userId: string, cvId: string): Promise<CvDataVersion | undefined>;
  /**
   * The number of the current version of a CV that `userId` owns, without the document: versions
   * never change once stored, so a reader holding that version's document can answer from it.
   * Undefined when the CV is not theirs or has no document yet.
   */
  currentVersionForUser(userId: string, cvId: string): Promise<number | undefined>;
  /** Whether an extraction's document was stored, as any version (later edits may follow it). */
  hasDataFromExtraction(extractionId: string): Promise<boolean>;
  /** Appends a version; refuses (returns undefined) when `expectedVersion` is given and stale. */
  appendData(
    cvId: string,
    entry: { source: CvDataSource; extractionId: string | null; data: unknown },
    expectedVersion: number | null | undefined,
    now: Date,
  ): Promise<CvDataVersion | undefined>;

  readCache(cacheKey: string, now: Date): Promise<CachedExtraction | undefined>;
  writeCache(
    entry: {
      cacheKey: string;
      sha256: string;
      extractor: string;
      model: string | null;
      promptVersion: string;
      data: unknown;
      usage: ExtractionUsage | null;
    },
    now: Date,
  ): Promise<void>;
}
