import type { PageQuery, StorePage } from '../domain/page.js';
import type { Portfolio, PortfolioStatus } from '../domain/portfolio.js';

export type PortfolioChanges = Partial<
  Pick<
    Portfolio,
    | 'theme'
    | 'slug'
    | 'status'
    | 'previewToken'
    | 'previewExpiresAt'
    | 'publishedSlug'
    | 'publishedHash'
    | 'publishedAt'
    | 'publishError'
    | 'publishRun'
    | 'paid'
  >
>;

export interface PortfolioStore {
  /** Fails with `SlugTakenError` when the slug is any portfolio's slug or live address. */
  create(portfolio: Portfolio): Promise<void>;
  findById(id: string): Promise<Portfolio | undefined>;
  findForUser(userId: string, id: string): Promise<Portfolio | undefined>;
  findByPreviewToken(token: string, now: Date): Promise<Portfolio | undefined>;
  findPublishedBySlug(slug: string): Promise<Portfolio | undefined>;
  listForUser(userId: string, page: PageQuery): Promise<StorePage<Portfolio>>;
  listForCv(cvId: string): Promise<Portfolio[]>;
  /** Whether `slug` is free for `exceptId` (as a planned slug and as a live address). */
  slugAvailable(slug: string, exceptId?: string): Promise<boolean>;
  /**
   * Applies `changes` only while the portfolio is in one of `from` (when given): the state machine's
   * compare-and-set, so two racing requests cannot both move it. The updated row, or undefined when
   * the state did not match. Fails with `SlugTakenError` on a slug clash.
   */
  update(
    id: string,
    changes: PortfolioChanges,
    now: Date,
    from?: readonly PortfolioStatus[],
    /** Only while this publish request is the current one. */
    publishRun?: string,
  ): Promise<Portfolio | undefined>;
  /** Whose portfolio it was when it went (read by the delete itself), or undefined when there was none. */
  delete(id: string): Promise<string | undefined>;
  /** Slugs whose folders must stay: live addresses, and the targets of publishes in progress. */
  liveSlugs(): Promise<Set<string>>;
  /** Forgets preview tokens that expired before `now`; returns how many. */
  expirePreviews(now: Date): Promise<number>;
}
