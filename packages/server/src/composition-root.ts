import type Koa from 'koa';
import type { Knex } from 'knex';
import { createApp } from './app.js';
import type { Config } from './config.js';
import {
  closeRedisConnection,
  createRedisConnection,
  pingRedis,
  waitForRedis,
  type RedisConnection,
} from './adapters/redis-connection.js';
import { createPrometheusMetrics, type PrometheusMetrics } from './adapters/prometheus-metrics.js';
import { closeSqlDatabase, createSqlDatabase, pingDatabase } from './adapters/sql-database.js';
import { migrateToLatest, migrationStatus } from './migrations/index.js';
import { createArgon2PasswordHasher } from './adapters/argon2-password-hasher.js';
import { type PasswordHasher } from './adapters/password-hasher.js';
import { createRateLimiters, type RateLimitOverrides } from './adapters/rate-limiters.js';
import { createRedisSessionStore } from './adapters/redis-session-store.js';
import { createSqlIdentityStore } from './adapters/sql-identity-store.js';
import { createSqlSessionStore } from './adapters/sql-session-store.js';
import { createSqlUserStore } from './adapters/sql-user-store.js';
import type { AppState } from './http/app-state.js';
import { authentication } from './http/authentication.js';
import { sessionCookieOptions } from './http/session-cookie.js';
import { authRoutes } from './routes/auth-routes.js';
import { AuthService } from './services/auth-service.js';
import { createTenantModule, hostedOrigins } from './tenant-module.js';
import { createOAuthModule } from './oauth-module.js';
import { createCvModule } from './cv-module.js';
import { createPortfolioModule, type PortfolioModule } from './portfolio-module.js';
import { createPaymentModule } from './payment-module.js';
import type { PortfolioPublishing } from './services/portfolio-publishing.js';
import type { SiteRenderer } from './services/site-renderer.js';
import type { CdnInvalidator } from './adapters/cdn-invalidator.js';
import { SessionService } from './services/session-service.js';
import { CallerService } from './services/caller-service.js';
import { createHttpMetrics } from './http/metrics.js';
import type { OperationHandlers } from './http/openapi-dispatcher.js';
import type { Logger } from './logger.js';
import { ReadinessService, type DependencyProbe } from './services/readiness-service.js';
import { loadApiSpec, type ApiSpec } from './spec.js';

export interface Container {
  app: Koa<AppState>;
  db: Knex;
  redis: RedisConnection | undefined;
  readiness: ReadinessService;
  auth: AuthService;
  portfolios: PortfolioModule;
  /** The registry `/metrics` serves; the worker process serves the same one. */
  metrics: PrometheusMetrics;
  /** Releases every connection; idempotent. */
  close(): Promise<void>;
}

const READINESS_TIMEOUT_MS = 2000;
const HOUSEKEEPING_INTERVAL_MS = 15 * 60_000;

/** The one place where configuration becomes objects: adapters first, then services, then the app. */
export async function buildContainer(
  config: Config,
  logger: Logger,
  options: {
    spec?: ApiSpec;
    migrate?: boolean;
    extraHandlers?: OperationHandlers;
    /** Tests lower limits to reach them quickly. */
    rateLimitOverrides?: RateLimitOverrides;
    /** Consume jobs in this process even when Redis is configured (the worker entry point). */
    runJobs?: boolean;
    /** The benchmark compares argon2id with a cheap baseline hasher. */
    passwordHasher?: PasswordHasher;
    /** Tests observe CDN invalidations and swap the renderer. */
    cdn?: CdnInvalidator;
    renderer?: SiteRenderer;
    /** Tests observe (and break) what payments ask of the portfolio side. */
    publishing?: PortfolioPublishing;
  } = {},
): Promise<Container> {
  const db = createSqlDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, logger });
  const redis = config.redisUrl ? createRedisConnection(config.redisUrl) : undefined;
  redis?.on('error', (err: Error) => logger.warn({ err }, 'redis connection error'));
  let closed = false;
  let housekeeping: NodeJS.Timeout | undefined;
  let closeCvModule: () => Promise<void> = async () => undefined;
  let closePortfolioModule: () => void = () => undefined;
  let closePaymentModule: () => Promise<void> = async () => undefined;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(housekeeping);
    closePortfolioModule();
    await closePaymentModule();
    await closeCvModule().catch((err: unknown) => logger.warn({ err }, 'closing the job queue or storage failed'));
    await Promise.allSettled([closeSqlDatabase(db), redis ? closeRedisConnection(redis) : Promise.resolve()]);
  };

  try {
    if (options.migrate ?? config.migrateOnStart) await migrateToLatest(db);
    if (redis && !(await waitForRedis(redis, 5000))) logger.warn('redis is not reachable yet; /ready will report it');
    const probes: DependencyProbe[] = [
      { name: 'database', check: () => pingDatabase(db, READINESS_TIMEOUT_MS).then(() => undefined) },
      schemaProbe(db),
    ];
    if (redis) probes.push({ name: 'redis', check: () => pingRedis(redis) });
    const readiness = new ReadinessService(probes, READINESS_TIMEOUT_MS);

    const users = createSqlUserStore(db);
    const sessions = new SessionService(
      redis ? createRedisSessionStore(redis) : createSqlSessionStore(db),
      config.sessionTtlSeconds,
    );
    const limits = createRateLimiters(redis ? { redis } : { db }, options.rateLimitOverrides);
    const metrics = createPrometheusMetrics({ logger });
    // The CV module is built first (it owns the queue and storage), but deleting a CV must take
    // down its portfolios' sites: bound once the portfolio module exists.
    let beforeCvDeleted: (cvId: string) => Promise<void> = async () => undefined;
    const cvModule = createCvModule({
      db,
      config,
      logger,
      limits,
      metrics,
      beforeCvDeleted: (cvId) => beforeCvDeleted(cvId),
    });
    closeCvModule = () => cvModule.close(config.shutdownTimeoutMs);
    probes.push({ name: 'storage', check: () => cvModule.blobs.ping() });
    // The client config shows the price, which the payment module reads from Stripe; it is built
    // later (it needs the portfolio side), so the tenant module gets a late-bound look-up.
    let priceFor: (priceId: string | undefined) => Promise<{ amount: number; currency: string } | null> = async () =>
      null;
    const tenants = createTenantModule({ db, config, logger, priceFor: (priceId) => priceFor(priceId) });
    // The cleanup sweep needs the account service, which is built after the worker is wired.
    const accounts: { auth?: AuthService } = {};
    const portfolios = createPortfolioModule({
      db,
      config,
      logger,
      metrics,
      blobs: cvModule.blobs,
      queue: cvModule.queue,
      tenantPriceFor: async (tenantId) =>
        tenantId ? ((await tenants.service.find(tenantId))?.stripePriceId ?? null) : null,
      brandingFor: async (tenantId) => (tenantId ? ((await tenants.service.find(tenantId))?.branding ?? null) : null),
      previewFrameAncestors: async (tenantId) => {
        const own = hostedOrigins(config);
        const tenant = tenantId ? await tenants.service.find(tenantId) : undefined;
        return [...own, ...(tenant?.allowedOrigins ?? [])];
      },
      cleanupAccounts: () => accounts.auth?.cleanupExpired() ?? Promise.resolve({ sessions: 0, guests: 0 }),
      ...(options.cdn && { cdn: options.cdn }),
      ...(options.renderer && { renderer: options.renderer }),
    });
    closePortfolioModule = () => portfolios.close();
    beforeCvDeleted = (cvId) => portfolios.service.deleteAllForCv(cvId);
    // Without Redis this process is also the worker; with Redis, `npm run worker` processes are.
    if (!config.redisUrl || options.runJobs) cvModule.startWorker();
    const auth = new AuthService({
      users,
      identities: createSqlIdentityStore(db),
      sessions,
      hasher: options.passwordHasher ?? createArgon2PasswordHasher(),
      limits,
      logger,
      beforeUserDeleted: (userId) => cvModule.deleteAllForUser(userId),
    });
    accounts.auth = auth;
    // The sweep is a job, so one worker runs it however many API pods schedule it.
    housekeeping = setInterval(() => {
      portfolios.scheduleCleanup().catch((err: unknown) => logger.error({ err }, 'could not schedule the cleanup'));
    }, HOUSEKEEPING_INTERVAL_MS);
    housekeeping.unref();
    const oauth = createOAuthModule({ db, config, auth, logger });
    const payments = createPaymentModule({ db, config, logger, publishing: options.publishing ?? portfolios.service });
    closePaymentModule = () => payments.close();
    priceFor = (priceId) => payments.service.displayPrice(priceId);
    payments.start();
    const app = await createApp({
      config,
      logger,
      spec: options.spec ?? loadApiSpec(),
      metrics: createHttpMetrics(metrics.registry),
      readiness,
      handlers: {
        ...authRoutes({ auth, cookie: sessionCookieOptions(config), paymentsEnabled: config.stripe !== undefined }),
        ...tenants.handlers,
        ...oauth.handlers,
        ...cvModule.handlers,
        ...portfolios.handlers,
        ...payments.handlers,
      },
      edgeMiddleware: [tenants.corsMiddleware, portfolios.redirects],
      callerMiddleware: [
        authentication({ callers: new CallerService({ sessions, users }), trustedOrigins: hostedOrigins(config) }),
        tenants.tenantContextMiddleware,
      ],
      ...(options.extraHandlers && { extraHandlers: options.extraHandlers }),
    });
    return { app, db, redis, readiness, auth, portfolios, metrics, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Not ready while this release's migrations are not all applied (a pod started before the
 * migration job finished). Once up to date it stays so, and the probe stops asking.
 */
function schemaProbe(db: Knex): DependencyProbe {
  let upToDate = false;
  return {
    name: 'schema',
    async check() {
      if (upToDate) return;
      const { pending } = await migrationStatus(db);
      if (pending.length > 0) {
        throw new Error(`${pending.length} migration(s) pending (${pending.join(', ')}): run \`npm run migrate\``);
      }
      upToDate = true;
    },
  };
}
