import type { components } from '@resume2website/sdk';
import { requireAuth, type OperationHandlers } from '../http/openapi-dispatcher.js';
import { sendStaticAsset } from '../http/static-asset-response.js';
import type { PortfolioService } from '../services/portfolio-service.js';
import { ThemeThumbnails } from '../services/theme-thumbnails.js';
import { DEFAULT_PAGE_SIZE } from './paging.js';
import { portfolioRepresentation, type PortfolioUrls } from './portfolio-representation.js';

type Schemas = components['schemas'];

export function portfolioRoutes(deps: {
  portfolios: PortfolioService;
  thumbnails: ThemeThumbnails;
  urls: PortfolioUrls;
  clock?: () => Date;
}): OperationHandlers {
  const { portfolios, thumbnails, urls } = deps;
  const clock = deps.clock ?? (() => new Date());
  const represent = portfolioRepresentation(urls);
  const show = (p: Parameters<typeof represent>[0]) => represent(p, clock());

  return {
    listThemes(ctx) {
      const body: Schemas['ThemeList'] = {
        items: portfolios.themes.map(({ id, name, description }) => ({
          id,
          name,
          description,
          thumbnail_url: `${urls.backendUrl}${ThemeThumbnails.pathOf(id)}`,
        })),
      };
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = body;
    },
    async getThemeThumbnail(ctx, { params }) {
      // Thumbnails change only with a release: a day in caches, revalidated by their ETag.
      await sendStaticAsset(ctx, await thumbnails.get(params.theme_id), {
        type: 'image/png',
        cacheControl: 'public, max-age=86400',
      });
    },
    async createPortfolio(ctx, { body }) {
      const created = await portfolios.create(
        requireAuth(ctx),
        { cvId: body.cv_id, theme: body.theme, ...(body.slug !== undefined && { slug: body.slug }) },
        ctx.state.requestKey,
      );
      ctx.status = 201;
      ctx.set('Location', `/api/v1/portfolios/${created.id}`);
      ctx.body = show(created);
    },
    async listPortfolios(ctx, { query }) {
      const page = await portfolios.list(requireAuth(ctx), query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
      const body: Schemas['PortfolioList'] = { items: page.items.map(show), next_cursor: page.nextCursor };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
    async getPortfolio(ctx, { params }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = show(await portfolios.get(requireAuth(ctx), params.portfolio_id));
    },
    async updatePortfolio(ctx, { params, body }) {
      ctx.body = show(
        await portfolios.update(requireAuth(ctx), params.portfolio_id, {
          ...(body.theme !== undefined && { theme: body.theme }),
          ...(body.slug !== undefined && { slug: body.slug }),
        }),
      );
    },
    async deletePortfolio(ctx, { params }) {
      await portfolios.delete(requireAuth(ctx), params.portfolio_id);
      ctx.status = 204;
    },
    async publishPortfolio(ctx, { params }) {
      const portfolio = await portfolios.publish(requireAuth(ctx), params.portfolio_id);
      ctx.status = 202;
      ctx.body = show(portfolio);
    },
    async unpublishPortfolio(ctx, { params }) {
      const portfolio = await portfolios.unpublish(requireAuth(ctx), params.portfolio_id);
      ctx.status = 202;
      ctx.body = show(portfolio);
    },
  };
}
