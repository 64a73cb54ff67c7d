import type Koa from 'koa';
import type { Knex } from 'knex';
import type { BlobStore } from './adapters/blob-store.js';
import type { PrometheusMetrics } from './adapters/prometheus-metrics.js';
import type { RedisConnection } from './adapters/redis-connection.js';
import { createApp } from './app.js';
import { buildServices, type ServiceOptions, type Services } from './service-root.js';
import type { Config } from './config.js';
import type { AppState } from './http/app-state.js';
import { authentication } from './http/authentication.js';
import { createHttpMetrics } from './http/metrics.js';
import type { OperationHandlers } from './http/openapi-dispatcher.js';
import type { Logger } from './logger.js';
import { createOAuthModule } from './modules/oauth-module.js';
import { type PortfolioModule } from './modules/portfolio-module.js';
import { createSiteModule } from './modules/site-module.js';
import { hostedOrigins } from './modules/tenant-module.js';
import { createWidgetModule } from './modules/widget-module.js';
import type { AuthService } from './services/auth-service.js';
import { IdempotencyService } from './services/idempotency-service.js';
import type { ReadinessService } from './services/readiness-service.js';
import { loadApiSpec, type ApiSpec } from './spec.js';

export interface Container {
  app: Koa<AppState>;
  services: Services;
  db: Knex;
  redis: RedisConnection | undefined;
  blobs: BlobStore;
  readiness: ReadinessService;
  auth: AuthService;
  portfolios: PortfolioModule;
  /** The registry `/metrics` serves; the worker process serves the same one. */
  metrics: PrometheusMetrics;
  /** Releases every connection; idempotent. */
  close(): Promise<void>;
}

export interface ContainerOptions extends ServiceOptions {
  spec?: ApiSpec;
  /** Test-only stand-in handlers by operationId. */
  extraHandlers?: OperationHandlers;
  /** Consume jobs in this process even when Redis is configured (tests that want one process). */
  runJobs?: boolean;
}

/** The API process: the services, and the Koa app over them. Without Redis it also runs the jobs. */
export async function buildContainer(
  config: Config,
  logger: Logger,
  options: ContainerOptions = {},
): Promise<Container> {
  const services = await buildServices(config, logger, options);
  const { infra, auth, tenants, cvs, portfolios, payments } = services;
  try {
    // Without Redis this process is also the worker; with Redis, `npm run worker` processes are.
    if (!config.redisUrl || options.runJobs) services.startJobs();
    services.startSchedules();
    const oauth = createOAuthModule({ db: infra.db, config, auth: auth.auth, logger });
    const widget = createWidgetModule(config);
    const site = createSiteModule(config);
    const spec = options.spec ?? loadApiSpec();
    const app = await createApp({
      config,
      logger,
      spec,
      metrics: createHttpMetrics(infra.metrics.registry),
      readiness: infra.readiness,
      handlers: {
        ...auth.routes(),
        // The client config shows the price a checkout will ask (read from Stripe, cached).
        ...tenants.routes({ priceFor: (priceId) => payments.service.displayPrice(priceId) }),
        ...oauth.routes(),
        ...cvs.routes(),
        ...portfolios.routes(),
        ...payments.routes(),
        ...widget.routes(),
        ...site.routes(),
      },
      edgeMiddleware: [tenants.corsMiddleware, portfolios.redirects],
      callerMiddleware: [
        authentication({
          callers: auth.callers,
          trustedOrigins: hostedOrigins(config),
          usesSession: (method, path) => spec.contract.usesSession(method, path),
        }),
        tenants.tenantContextMiddleware,
      ],
      ...(options.extraHandlers && { extraHandlers: options.extraHandlers }),
      // A claim outlives any request the server lets finish (REQUEST_TIMEOUT_MS), then lapses.
      idempotency: new IdempotencyService({
        store: infra.idempotencyKeys,
        leaseMs: config.requestTimeoutMs + 60_000,
      }),
    });
    return {
      app,
      services,
      db: infra.db,
      redis: infra.redis,
      blobs: infra.blobs,
      readiness: infra.readiness,
      auth: auth.auth,
      portfolios,
      metrics: infra.metrics,
      close: () => services.close(),
    };
  } catch (err) {
    await services.close();
    throw err;
  }
}
