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

function previewLive(portfolio: PortfolioView, now: Date): boolean {
  return portfolio.previewExpiresAt === null || portfolio.previewExpiresAt.getTime() > now.getTime();
}

export function toApiPortfolio(portfolio: PortfolioView, urls: PortfolioUrls, now: Date): Schemas['Portfolio'] {
  // The preview's token while it is live, else null.
  const previewToken = previewLive(portfolio, now) ? portfolio.previewToken : null;
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

/**
 * `toApiPortfolio` for one server's URLs, remembering what it made for each remembered read: those
 * are frozen and replaced on every change, never changed (see OwnedReadCache), so their
 * representation only changes when their preview expires. Screens poll these reads.
 */
export function portfolioRepresentation(
  urls: PortfolioUrls,
): (portfolio: PortfolioView, now: Date) => Schemas['Portfolio'] {
  // `live`: whether the preview was shown, which holds on the same side of its expiry.
  const made = new WeakMap<PortfolioView, { shown: Schemas['Portfolio']; live: boolean }>();
  return (portfolio, now) => {
    const known = made.get(portfolio);
    if (known && known.live === previewLive(portfolio, now)) return known.shown;
    const shown = toApiPortfolio(portfolio, urls, now);
    if (Object.isFrozen(portfolio))
      made.set(portfolio, { shown: Object.freeze(shown), live: previewLive(portfolio, now) });
    return shown;
  };
}
