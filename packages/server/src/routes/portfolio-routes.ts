import type { components } from '@resume2website/sdk';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import type { PortfolioService } from '../services/portfolio-service.js';
import { toApiPortfolio, type PortfolioUrls } from './portfolio-representation.js';

type Schemas = components['schemas'];

export function portfolioRoutes(deps: {
  portfolios: PortfolioService;
  urls: PortfolioUrls;
  clock?: () => Date;
}): OperationHandlers {
  const { portfolios, urls } = deps;
  const clock = deps.clock ?? (() => new Date());
  const show = (p: Parameters<typeof toApiPortfolio>[0]) => toApiPortfolio(p, urls, clock());

  return {
    listThemes(ctx) {
      const body: Schemas['ThemeList'] = {
        items: portfolios.themes.map(({ id, name, description }) => ({ id, name, description })),
      };
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = body;
    },
    async createPortfolio(ctx, { body }) {
      const input = body as Schemas['CreatePortfolioRequest'];
      const created = await portfolios.create(ctx.state.auth!, {
        cvId: input.cv_id,
        theme: input.theme,
        ...(input.slug !== undefined && { slug: input.slug }),
      });
      ctx.status = 201;
      ctx.set('Location', `/api/v1/portfolios/${created.id}`);
      ctx.body = show(created);
    },
    async listPortfolios(ctx, { query }) {
      const page = await portfolios.list(
        ctx.state.auth!,
        (query.limit as number | undefined) ?? 20,
        query.cursor as string | undefined,
      );
      const body: Schemas['PortfolioList'] = { items: page.items.map(show), next_cursor: page.nextCursor };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
    async getPortfolio(ctx, { params }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = show(await portfolios.get(ctx.state.auth!, params.portfolio_id!));
    },
    async updatePortfolio(ctx, { params, body }) {
      const input = body as Schemas['UpdatePortfolioRequest'];
      ctx.body = show(
        await portfolios.update(ctx.state.auth!, params.portfolio_id!, {
          ...(input.theme !== undefined && { theme: input.theme }),
          ...(input.slug !== undefined && { slug: input.slug }),
        }),
      );
    },
    async deletePortfolio(ctx, { params }) {
      await portfolios.delete(ctx.state.auth!, params.portfolio_id!);
      ctx.status = 204;
    },
    async publishPortfolio(ctx, { params }) {
      const portfolio = await portfolios.publish(ctx.state.auth!, params.portfolio_id!);
      ctx.status = 202;
      ctx.body = show(portfolio);
    },
    async unpublishPortfolio(ctx, { params }) {
      const portfolio = await portfolios.unpublish(ctx.state.auth!, params.portfolio_id!);
      ctx.status = 202;
      ctx.body = show(portfolio);
    },
  };
}
