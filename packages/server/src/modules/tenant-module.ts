import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import type { Knex } from 'knex';
import type { Middleware } from 'koa';
import { createSqlTenantStore } from '../adapters/sql-tenant-store.js';
import type { Config } from '../config.js';
import type { AppState } from '../http/app-state.js';
import { cors } from '../http/cors.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { tenantContext } from '../http/tenant-context.js';
import type { Logger } from '../logger.js';
import { tenantRoutes } from '../routes/tenant-routes.js';
import { TenantService } from '../services/tenant-service.js';

/** The amount a price id stands for (from Stripe, cached), for the client config. */
export type PriceLookup = (priceId: string | undefined) => Promise<{ amount: number; currency: string } | null>;

export interface TenantModuleDeps {
  db: Knex;
  config: Config;
  logger: Logger;
  /** The application clock (tests move it); defaults to the wall clock. */
  clock?: () => Date;
  /** How long key and origin look-ups are cached in this process; 30 s by default. */
  cacheTtlMs?: number;
  /** Where tenant changes are announced (and, in a server, heard). */
  invalidations?: Pick<InvalidationBus, 'publish'> & Partial<Pick<InvalidationBus, 'subscribe'>>;
}

export interface TenantModule {
  service: TenantService;
  /**
   * createTenant, listTenants, getTenant, updateTenant, deleteTenant, rotateTenantSecretKey
   * (Admin API, `X-Admin-Token`), listTenantPortfolios (`Authorization: Bearer sk_…`) and
   * getClientConfig (public, optional `X-Publishable-Key`).
   */
  routes(options?: { priceFor?: PriceLookup }): OperationHandlers;
  /**
   * CORS. Goes in `createApp`'s `edgeMiddleware`: after request-context, metrics and the error
   * handler (so a refused preflight is a problem with a request id) and BEFORE the security headers,
   * the body parser and the OpenAPI dispatcher, because it answers preflights itself (the contract
   * lists no OPTIONS operations, so the dispatcher would answer 405).
   */
  corsMiddleware: Middleware<AppState>;
  /**
   * Sets `ctx.state.tenant` from `X-Publishable-Key` (after its origin check). Goes in
   * `createApp`'s `callerMiddleware`: AFTER the body parser and BEFORE the OpenAPI dispatcher, so
   * every handler sees the tenant. Its order relative to `authentication` does not matter: neither
   * reads what the other sets.
   */
  tenantContextMiddleware: Middleware<AppState>;
}

/** The hosted reference site's own origins: FRONTEND_URL's and, when it differs, BACKEND_URL's. */
export function hostedOrigins(config: Pick<Config, 'frontendUrl' | 'backendUrl'>): string[] {
  return [...new Set([new URL(config.frontendUrl).origin, new URL(config.backendUrl).origin])];
}

/** Everything about tenants (career sites), built from the database and the configuration. */
export function createTenantModule(deps: TenantModuleDeps): TenantModule {
  const clock = deps.clock ?? (() => new Date());
  const service = new TenantService({
    store: createSqlTenantStore(deps.db, { clock }),
    hostedOrigins: hostedOrigins(deps.config),
    clock,
    ...(deps.cacheTtlMs !== undefined && { cacheTtlMs: deps.cacheTtlMs }),
    ...(deps.invalidations && { invalidations: deps.invalidations }),
  });
  if (deps.config.adminToken === undefined) {
    deps.logger.info('the Admin API is disabled (ADMIN_TOKEN is not set); manage tenants with `npm run tenant`');
  }
  return {
    service,
    routes: (options = {}) =>
      tenantRoutes({ service, config: deps.config, clock, ...(options.priceFor && { priceFor: options.priceFor }) }),
    corsMiddleware: cors(service),
    tenantContextMiddleware: tenantContext(service),
  };
}
