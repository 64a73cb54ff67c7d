import type { components } from '@resume2website/sdk';
import type { PortfolioView } from '../domain/portfolio.js';

type Schemas = components['schemas'];

export interface PortfolioUrls {
  backendUrl: string;
  /** With its trailing slash. */
  sitesBaseUrl: string;
}

export function previewUrl(backendUrl: string, token: string): string {
  return `${backendUrl}/previews/${token}/`;
}

export function toApiPortfolio(portfolio: PortfolioView, urls: PortfolioUrls, now: Date): Schemas['Portfolio'] {
  // The preview's token while it is live, else null.
  const previewToken =
    portfolio.previewExpiresAt === null || portfolio.previewExpiresAt.getTime() > now.getTime()
      ? portfolio.previewToken
      : null;
  // The live address: it may lag a changed slug until the next publish.
  const live = portfolio.publishedSlug !== null && portfolio.status !== 'draft';
  return {
    id: portfolio.id,
    cv_id: portfolio.cvId,
    theme: portfolio.theme,
    slug: portfolio.slug,
    status: portfolio.status,
    preview_url: previewToken !== null ? previewUrl(urls.backendUrl, previewToken) : null,
    preview_expires_at: previewToken !== null ? (portfolio.previewExpiresAt?.toISOString() ?? null) : null,
    published_url: live ? `${urls.sitesBaseUrl}${portfolio.publishedSlug}/` : null,
    published_at: live ? (portfolio.publishedAt?.toISOString() ?? null) : null,
    paid: portfolio.paid,
    created_at: portfolio.createdAt.toISOString(),
    updated_at: portfolio.updatedAt.toISOString(),
  };
}
