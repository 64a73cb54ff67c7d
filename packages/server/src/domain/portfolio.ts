export type PortfolioStatus = 'draft' | 'publishing' | 'published' | 'unpublishing' | 'failed';

export interface Portfolio {
  id: string;
  cvId: string;
  userId: string;
  tenantId: string | null;
  theme: string;
  /** Where the next publish goes. */
  slug: string;
  status: PortfolioStatus;
  previewToken: string | null;
  previewExpiresAt: Date | null;
  /** Where the site is live now (may differ from `slug` until the next publish); null when offline. */
  publishedSlug: string | null;
  /** SHA-256 over the files of the live version. */
  publishedHash: string | null;
  publishedAt: Date | null;
  publishError: string | null;
  /** The publish request in progress (set when it moves to `publishing`). */
  publishRun: string | null;
  paid: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The fields of a portfolio the API shows (the owner's and the tenant's views); URLs are derived. */
export type PortfolioView = Pick<
  Portfolio,
  | 'id'
  | 'cvId'
  | 'theme'
  | 'slug'
  | 'status'
  | 'previewToken'
  | 'previewExpiresAt'
  | 'publishedSlug'
  | 'publishedAt'
  | 'paid'
  | 'createdAt'
  | 'updatedAt'
>;

/** The moves publishing makes, and the states each may start from. */
export const PUBLISH_FROM: readonly PortfolioStatus[] = ['draft', 'published', 'failed'];
export const UNPUBLISH_FROM: readonly PortfolioStatus[] = ['published', 'failed'];
