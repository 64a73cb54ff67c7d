import type { Middleware } from 'koa';
import type { AppState } from '../http/app-state.js';
import type { ApiContext, OperationHandlers } from '../http/openapi-dispatcher.js';
import { ProblemError } from '../domain/problem.js';
import type { PortfolioService } from '../services/portfolio-service.js';
import type { SiteFiles } from '../services/site-files.js';
import { SITE_PAGE } from '../services/site-publisher.js';
import { missingPageHtml, missingPagePolicy, type MissingPageKind } from './site-not-found-page.js';

/**
 * Rendered pages need styles and images from their own folder and nothing else: no scripts, no
 * forms, no third-party requests. CV text is escaped by the themes; this is the second wall.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "base-uri 'none'",
  "form-action 'none'",
];

function pagePolicy(frameAncestors: readonly string[]): string {
  return [...PAGE_POLICY, `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`].join('; ');
}

function notFound(what: string): ProblemError {
  return new ProblemError('not-found', what);
}

export interface SiteRoutesDeps {
  portfolios: PortfolioService;
  /** The files of live sites. */
  sites: SiteFiles;
  /** Published sites are served here only when SITES_BASE_URL points at this server. */
  servesSites: boolean;
  /** Who may frame a preview: the hosted site and the portfolio's tenant (the widget shows it inline). */
  previewFrameAncestors(tenantId: string | null): Promise<string[]>;
  /** Where the "not found" page links to: the hosted site (`FRONTEND_URL`). */
  homeUrl: string;
}

export function siteRoutes(deps: SiteRoutesDeps): OperationHandlers {
  const { portfolios } = deps;

  /**
   * A browser (it prefers `text/html`) gets the small "not found" page; API clients, and anyone
   * who does not say, get the problem.
   */
  async function missing(ctx: ApiContext, kind: MissingPageKind, problem: ProblemError): Promise<void> {
    ctx.vary('Accept');
    ctx.set('Cache-Control', 'no-store');
    if (ctx.accepts('application/problem+json', 'application/json', 'text/html') !== 'text/html') throw problem;
    ctx.status = 404;
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    // A missing preview may be showing inside the widget's frame; the hosted site may frame it.
    ctx.set(
      'Content-Security-Policy',
      missingPagePolicy(kind === 'preview' ? await deps.previewFrameAncestors(null) : []),
    );
    ctx.remove('X-Frame-Options');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = missingPageHtml(kind, deps.homeUrl);
  }

  async function previewFile(ctx: ApiContext, token: string, path: string): Promise<void> {
    const preview = await portfolios.preview(token);
    const file = preview?.files.find((f) => f.path === path);
    if (!preview || !file) {
      const problem = notFound('This preview does not exist or has expired. Open the portfolio again for a new one.');
      return missing(ctx, 'preview', problem);
    }
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Content-Security-Policy', pagePolicy(await deps.previewFrameAncestors(preview.portfolio.tenantId)));
    ctx.remove('X-Frame-Options'); // frame-ancestors says who may frame it
    ctx.type = file.contentType;
    ctx.body = typeof file.body === 'string' ? file.body : Buffer.from(file.body);
  }

  async function siteFile(ctx: ApiContext, slug: string, path: string): Promise<void> {
    const problem = () => notFound(`Nothing is published at /sites/${slug}/${path === SITE_PAGE ? '' : path}.`);
    if (!deps.servesSites) return missing(ctx, 'site', problem());
    const file = await deps.sites.liveFile(slug, path);
    if (!file) return missing(ctx, 'site', problem());
    ctx.set('Content-Security-Policy', pagePolicy([]));
    ctx.set('Cache-Control', file.cacheControl ?? 'public, max-age=0, must-revalidate');
    ctx.set('ETag', file.etag);
    ctx.lastModified = file.lastModified;
    ctx.type = file.contentType;
    ctx.status = 200; // `fresh` compares validators only for a successful response
    if (ctx.fresh) {
      file.body.destroy();
      ctx.status = 304;
      return;
    }
    ctx.length = file.size;
    ctx.body = file.body;
  }

  return {
    getPreviewPage: (ctx, { params }) => previewFile(ctx, params.preview_token, SITE_PAGE),
    getPreviewAsset: (ctx, { params }) => previewFile(ctx, params.preview_token, params.asset),
    getSitePage: (ctx, { params }) => siteFile(ctx, params.slug, SITE_PAGE),
    getSiteAsset: (ctx, { params }) => siteFile(ctx, params.slug, params.asset),
  };
}

/** `/sites/{slug}` and `/previews/{token}` → with the slash, so the page's relative links resolve. */
export function siteFolderRedirects(): Middleware<AppState> {
  const folder = /^\/(sites|previews)\/([A-Za-z0-9_-]{1,64})$/;
  // Not async: every request passes here, and an async layer costs each of them a promise.
  return (ctx, next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && folder.test(ctx.path)) {
      ctx.status = 301;
      ctx.redirect(`${ctx.path}/`);
      return;
    }
    return next();
  };
}
