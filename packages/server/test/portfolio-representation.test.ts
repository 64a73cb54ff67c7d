import { describe, expect, it } from 'vitest';
import type { PortfolioView } from '../src/domain/portfolio.js';
import { portfolioRepresentation, toApiPortfolio } from '../src/routes/portfolio-representation.js';

const urls = { backendUrl: 'https://api.example', sitesBaseUrl: 'https://sites.example/' };
const at = (iso: string) => new Date(iso);

function view(changes: Partial<PortfolioView> = {}): PortfolioView {
  return {
    id: 'pf_1',
    cvId: 'cv_1',
    theme: 'classic',
    slug: 'ada',
    status: 'draft',
    previewToken: 'tok',
    previewExpiresAt: at('2026-12-07T12:00:00Z'),
    publishedSlug: null,
    publishedAt: null,
    paid: false,
    createdAt: at('2026-12-01T00:00:00Z'),
    updatedAt: at('2026-12-01T00:00:00Z'),
    ...changes,
  };
}

describe('portfolio representation', () => {
  it('answers a remembered (frozen) read with what it made before, while the preview stays live', () => {
    const represent = portfolioRepresentation(urls);
    const remembered = Object.freeze(view());
    const first = represent(remembered, at('2026-12-07T10:00:00Z'));
    expect(first.preview_url).toBe('https://api.example/previews/tok/');
    expect(represent(remembered, at('2026-12-07T11:59:59Z'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('hides the preview once it expires, and shows it again for a time before the expiry', () => {
    const represent = portfolioRepresentation(urls);
    const remembered = Object.freeze(view());
    represent(remembered, at('2026-12-07T10:00:00Z'));
    const expired = represent(remembered, at('2026-12-07T12:00:00Z'));
    expect(expired).toMatchObject({ preview_url: null, preview_expires_at: null });
    expect(expired).toEqual(toApiPortfolio(remembered, urls, at('2026-12-07T12:00:00Z')));
    expect(represent(remembered, at('2026-12-07T11:00:00Z')).preview_url).toBe('https://api.example/previews/tok/');
  });

  it('makes a new one for a changed read, and remembers nothing of an object that may still change', () => {
    const represent = portfolioRepresentation(urls);
    const now = at('2026-12-07T10:00:00Z');
    const before = represent(Object.freeze(view()), now);
    const after = represent(Object.freeze(view({ status: 'published', publishedSlug: 'ada', publishedAt: now })), now);
    expect(before.published_url).toBeNull();
    expect(after.published_url).toBe('https://sites.example/ada/');

    const open = view();
    const shown = represent(open, now);
    open.theme = 'modern';
    expect(represent(open, now)).not.toBe(shown);
    expect(represent(open, now).theme).toBe('modern');
  });
});
