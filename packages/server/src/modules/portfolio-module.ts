import type { Middleware } from 'koa';
import type { CdnInvalidator } from '../adapters/cdn-invalidator.js';
import { THEME_THUMBNAILS_DIR } from '@resume2website/templates';
import { createCloudFrontInvalidator } from '../adapters/cloudfront-invalidator.js';
import { createLocalAssetFiles } from '../adapters/local-asset-files.js';
import { createSqlCvStore } from '../adapters/sql-cv-store.js';
import { createSqlPortfolioStore } from '../adapters/sql-portfolio-store.js';
import type { AppState } from '../http/app-state.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { portfolioRoutes } from '../routes/portfolio-routes.js';
import { siteFolderRedirects, siteRoutes } from '../routes/site-routes.js';
import type { AuthService } from '../services/auth-service.js';
import { withCvReadCache } from '../services/cached-cv-store.js';
import { withPortfolioReadCache } from '../services/cached-portfolio-store.js';
import { CleanupService } from '../services/cleanup-service.js';
import type { CvService } from '../services/cv-service.js';
import { PortfolioService } from '../services/portfolio-service.js';
import { SiteFiles } from '../services/site-files.js';
import { SitePublisher } from '../services/site-publisher.js';
import type { SiteRenderer } from '../services/site-renderer.js';
import { StaticAssets } from '../services/static-assets.js';
import { createTemplatesRenderer } from '../services/templates-renderer.js';
import { ThemeThumbnails } from '../services/theme-thumbnails.js';
import type { TenantService } from '../services/tenant-service.js';
import type { Infrastructure } from './infrastructure.js';
import type { MailModule } from './mail-module.js';
import { hostedOrigins } from './tenant-module.js';

export const CLEANUP_JOB = 'cleanup';
/** Replaced assets outlive their page by this much: a page cached just before still finds them. */
const STALE_ASSET_GRACE_MS = 24 * 3600_000;
/** A publish takes seconds; a folder untouched this long with no live portfolio is an orphan. */
const ORPHAN_GRACE_MS = 15 * 60_000;

export interface PortfolioModule {
  service: PortfolioService;
  /** What the cleanup job runs. */
  cleanup: CleanupService;
  /** Queues the cleanup sweep (idempotent: one waiting sweep at a time). */
  scheduleCleanup(): Promise<void>;
  /** Portfolios, previews and (when SITES_BASE_URL is this server) the published sites. */
  routes(): OperationHandlers;
  /** `/sites/{slug}` → `/sites/{slug}/`; goes before the dispatcher, which only knows the slashed form. */
  redirects: Middleware<AppState>;
  close(): void;
}

export interface PortfolioModuleOptions {
  /** Tests swap these. */
  renderer?: SiteRenderer;
  cdn?: CdnInvalidator;
  clock?: () => Date;
}

/** Portfolios, previews, publishing, the sites served in the embedded mode, and the cleanup sweep. */
export function createPortfolioModule(
  infra: Infrastructure,
  areas: { tenants: TenantService; auth: AuthService; email: MailModule; cvs: CvService },
  options: PortfolioModuleOptions = {},
): PortfolioModule {
  const { config, logger, queue, blobs } = infra;
  const { tenants } = areas;
  const cloudFront =
    !options.cdn && config.storage.s3?.cloudFrontDistributionId
      ? createCloudFrontInvalidator({
          distributionId: config.storage.s3.cloudFrontDistributionId,
          region: config.storage.s3.region,
          ...(config.storage.s3.cloudFrontEndpoint && { endpoint: config.storage.s3.cloudFrontEndpoint }),
        })
      : undefined;
  const store = withPortfolioReadCache(createSqlPortfolioStore(infra.db), infra.ownedReads);
  const sitesBase = new URL(config.sitesBaseUrl);
  const publisher = new SitePublisher({
    blobs,
    cdn: options.cdn ?? cloudFront,
    sitesBasePath: sitesBase.pathname,
    logger,
  });
  const tenantOf = async (tenantId: string | null) => (tenantId ? await tenants.find(tenantId) : undefined);
  const service = new PortfolioService({
    store,
    cvs: withCvReadCache(createSqlCvStore(infra.db), infra.ownedReads),
    renderer: options.renderer ?? createTemplatesRenderer(),
    publisher,
    queue,
    paymentRequired: async (portfolio) =>
      config.stripe !== undefined &&
      (config.stripe.priceId !== undefined || ((await tenantOf(portfolio.tenantId))?.stripePriceId ?? null) !== null),
    previewTtlMs: config.portfolioCleanupHours * 3600_000,
    sitesBaseUrl: config.sitesBaseUrl,
    brandingFor: async (tenantId) => (await tenantOf(tenantId))?.branding ?? null,
    beforePublish: areas.email.requireVerified,
    onLive: (portfolio, url) =>
      areas.email.mail.notify(portfolio.userId, { kind: 'portfolio-live', url, slug: portfolio.slug }),
    metrics: infra.metrics,
    logger,
    ...(options.clock && { clock: options.clock }),
  });
  const cleanup = new CleanupService({
    portfolios: store,
    blobs,
    removeSite: (slug) => publisher.unpublish(slug),
    cleanupAccounts: () => areas.auth.cleanupExpired(),
    deleteExpiredIdempotencyKeys: (now) => infra.idempotencyKeys.deleteExpired(now),
    requeueExtractionsWaitingSince: (before) => areas.cvs.requeueWaitingSince(before),
    staleAssetGraceMs: STALE_ASSET_GRACE_MS,
    orphanGraceMs: ORPHAN_GRACE_MS,
    logger,
    ...(options.clock && { clock: options.clock }),
  });
  // A CV's portfolios and their live sites go before the CV does.
  infra.hooks.on('cv-deleting', ({ cvId }) => service.deleteAllForCv(cvId));

  const thumbnails = new ThemeThumbnails({
    themes: () => service.themes,
    // Thumbnails ship with the release: read once, kept for the life of the process.
    files: new StaticAssets(createLocalAssetFiles(THEME_THUMBNAILS_DIR), { ttlMs: 24 * 3600_000 }),
  });

  // Sites are served here when their base address is this server's (the embedded default).
  const servesSites = sitesBase.href === `${config.backendUrl}/sites/`;

  return {
    service,
    cleanup,
    async scheduleCleanup() {
      await queue.enqueue({ queue: 'cleanup', name: CLEANUP_JOB, payload: {}, dedupeKey: CLEANUP_JOB, maxAttempts: 1 });
    },
    routes: () => ({
      ...portfolioRoutes({
        portfolios: service,
        thumbnails,
        urls: config,
        ...(options.clock && { clock: options.clock }),
      }),
      ...siteRoutes({
        portfolios: service,
        sites: new SiteFiles({ blobs, isLive: (slug) => service.isLive(slug) }),
        servesSites,
        // Who may frame a preview: the hosted site, and the portfolio's tenant (the widget shows it inline).
        previewFrameAncestors: async (tenantId) => [
          ...hostedOrigins(config),
          ...((await tenantOf(tenantId))?.allowedOrigins ?? []),
        ],
        homeUrl: config.frontendUrl,
      }),
    }),
    redirects: siteFolderRedirects(),
    close() {
      cloudFront?.close();
    },
  };
}
