import type { Knex } from 'knex';
import type { Middleware } from 'koa';
import type { BlobStore } from './adapters/blob-store.js';
import { createCloudFrontInvalidator } from './adapters/cloudfront-invalidator.js';
import { createSqlCvStore } from './adapters/sql-cv-store.js';
import { createSqlPortfolioStore } from './adapters/sql-portfolio-store.js';
import type { Config } from './config.js';
import type { Branding } from './domain/tenant.js';
import type { AppState } from './http/app-state.js';
import type { OperationHandlers } from './http/openapi-dispatcher.js';
import type { Logger } from './logger.js';
import { portfolioRoutes } from './routes/portfolio-routes.js';
import { siteFolderRedirects, siteRoutes } from './routes/site-routes.js';
import { CleanupService } from './services/cleanup-service.js';
import { type JobQueue } from './adapters/job-queue.js';
import { PermanentJobError } from './domain/errors.js';
import type { OperationalMetrics } from './adapters/operational-metrics.js';
import { PortfolioService, PublishFailure, PUBLISH_JOB, UNPUBLISH_JOB } from './services/portfolio-service.js';
import type { SiteRenderer } from './services/site-renderer.js';
import { SitePublisher } from './services/site-publisher.js';
import { SiteFiles } from './services/site-files.js';
import { type CdnInvalidator } from './adapters/cdn-invalidator.js';
import { createTemplatesRenderer } from './services/templates-renderer.js';

export const CLEANUP_JOB = 'cleanup';
/** Replaced assets outlive their page by this much: a page cached just before still finds them. */
const STALE_ASSET_GRACE_MS = 24 * 3600_000;
/** A publish takes seconds; a folder untouched this long with no live portfolio is an orphan. */
const ORPHAN_GRACE_MS = 15 * 60_000;

export interface PortfolioModule {
  service: PortfolioService;
  /** Where sites are stored (the same store as uploads, under `sites/`). */
  blobs: BlobStore;
  handlers: OperationHandlers;
  /** `/sites/{slug}` → `/sites/{slug}/`; goes before the dispatcher, which only knows the slashed form. */
  redirects: Middleware<AppState>;
  /** Queues the cleanup sweep (idempotent: one waiting sweep at a time). */
  scheduleCleanup(): Promise<void>;
  close(): void;
}

export interface PortfolioModuleDeps {
  db: Knex;
  config: Config;
  logger: Logger;
  metrics: OperationalMetrics;
  blobs: BlobStore;
  queue: JobQueue;
  brandingFor(tenantId: string | null): Promise<Branding | null>;
  /** The tenant's own Stripe price, if it has one. */
  tenantPriceFor(tenantId: string | null): Promise<string | null>;
  previewFrameAncestors(tenantId: string | null): Promise<string[]>;
  cleanupAccounts(): Promise<{ sessions: number; guests: number }>;
  /** Tests swap these. */
  renderer?: SiteRenderer;
  cdn?: CdnInvalidator;
  clock?: () => Date;
}

/** Portfolios, previews, publishing, the sites served in the embedded mode, and the cleanup sweep. */
export function createPortfolioModule(deps: PortfolioModuleDeps): PortfolioModule {
  const { config, logger, queue } = deps;
  const cloudFront =
    !deps.cdn && config.storage.s3?.cloudFrontDistributionId
      ? createCloudFrontInvalidator({
          distributionId: config.storage.s3.cloudFrontDistributionId,
          region: config.storage.s3.region,
          ...(config.storage.s3.cloudFrontEndpoint && { endpoint: config.storage.s3.cloudFrontEndpoint }),
        })
      : undefined;
  const store = createSqlPortfolioStore(deps.db);
  const sitesBase = new URL(config.sitesBaseUrl);
  const publisher = new SitePublisher({
    blobs: deps.blobs,
    cdn: deps.cdn ?? cloudFront,
    sitesBasePath: sitesBase.pathname,
    logger,
  });
  const service = new PortfolioService({
    store,
    cvs: createSqlCvStore(deps.db),
    renderer: deps.renderer ?? createTemplatesRenderer(),
    publisher,
    queue,
    paymentRequired: async (portfolio) =>
      config.stripe !== undefined &&
      (config.stripe.priceId !== undefined || (await deps.tenantPriceFor(portfolio.tenantId)) !== null),
    previewTtlMs: config.portfolioCleanupHours * 3600_000,
    sitesBaseUrl: config.sitesBaseUrl,
    brandingFor: deps.brandingFor,
    metrics: deps.metrics,
    logger,
    ...(deps.clock && { clock: deps.clock }),
  });
  const cleanup = new CleanupService({
    portfolios: store,
    blobs: deps.blobs,
    removeSite: (slug) => publisher.unpublish(slug),
    cleanupAccounts: deps.cleanupAccounts,
    staleAssetGraceMs: STALE_ASSET_GRACE_MS,
    orphanGraceMs: ORPHAN_GRACE_MS,
    logger,
    ...(deps.clock && { clock: deps.clock }),
  });

  queue.process(
    'publish',
    async (job) => {
      const portfolioId = String(job.payload.portfolio_id);
      const which =
        job.name === UNPUBLISH_JOB
          ? ({ unpublish: true } as const)
          : { run: typeof job.payload.run === 'string' ? job.payload.run : undefined };
      try {
        if (job.name === PUBLISH_JOB) await service.runPublish(portfolioId, 'run' in which ? which.run : undefined);
        else if (job.name === UNPUBLISH_JOB) await service.runUnpublish(portfolioId);
        else throw new PermanentJobError(`unknown publish job ${job.name}`);
      } catch (err) {
        if (err instanceof PublishFailure) {
          await service.markFailed(portfolioId, err.message, which);
          throw new PermanentJobError(err.message, { cause: err });
        }
        // Storage trouble: retried with backoff; the last try tells the owner.
        if (job.attempt >= job.maxAttempts) {
          await service.markFailed(portfolioId, 'the site could not be stored; try again in a few minutes', which);
        }
        throw err;
      }
    },
    { concurrency: 4 },
  );
  queue.process(
    'cleanup',
    async () => {
      await cleanup.run();
    },
    { concurrency: 1 },
  );

  // Sites are served here when their base address is this server's (the embedded default).
  const servesSites = sitesBase.href === `${config.backendUrl}/sites/`;

  return {
    service,
    blobs: deps.blobs,
    handlers: {
      ...portfolioRoutes({ portfolios: service, urls: config, ...(deps.clock && { clock: deps.clock }) }),
      ...siteRoutes({
        portfolios: service,
        sites: new SiteFiles({ blobs: deps.blobs, isLive: (slug) => service.isLive(slug) }),
        servesSites,
        previewFrameAncestors: deps.previewFrameAncestors,
      }),
    },
    redirects: siteFolderRedirects(),
    async scheduleCleanup() {
      await queue.enqueue({ queue: 'cleanup', name: CLEANUP_JOB, payload: {}, dedupeKey: CLEANUP_JOB, maxAttempts: 1 });
    },
    close() {
      cloudFront?.close();
    },
  };
}
