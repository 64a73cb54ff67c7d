import Koa, { type Middleware } from 'koa';
import type { Config } from './config.js';
import { apiDocsAssets } from './http/api-docs-assets.js';
import type { AppState } from './http/app-state.js';
import { jsonBodyParser } from './http/body-parser.js';
import { requireHostHeader } from './http/client-errors.js';
import { errorHandler } from './http/error-handler.js';
import { withIdempotency } from './http/idempotency.js';
import type { HttpMetrics } from './http/metrics.js';
import { createOpenApiDispatcher, type OperationHandlers } from './http/openapi-dispatcher.js';
import { requestContext } from './http/request-context.js';
import { securityHeaders } from './http/security-headers.js';
import type { Logger } from './logger.js';
import { operationsRoutes } from './routes/operations-routes.js';
import type { IdempotencyService } from './services/idempotency-service.js';
import type { ReadinessService } from './services/readiness-service.js';
import type { ApiSpec } from './spec.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  spec: ApiSpec;
  metrics: HttpMetrics;
  readiness: ReadinessService;
  /** The domain's handlers by operationId (auth, tenants, …), built in the composition root. */
  handlers: OperationHandlers;
  /** Runs before the security headers: answers CORS preflights, which the contract does not list. */
  edgeMiddleware: Middleware<AppState>[];
  /** Runs after the body is parsed and before dispatch: who is calling (tenant, session). */
  callerMiddleware: Middleware<AppState>[];
  /** Extra handlers by operationId; the tests use this to exercise the chain with stand-in routes. */
  extraHandlers?: OperationHandlers;
  /** `Idempotency-Key` for the operations that declare it; without it the header is ignored. */
  idempotency?: IdempotencyService;
}

/** Builds the Koa application from ready-made dependencies. It never listens: see main.ts. */
export async function createApp(deps: AppDeps): Promise<Koa<AppState>> {
  const app = new Koa<AppState>({ proxy: deps.config.trustProxy });
  app.silent = true; // errors are logged by errorHandler with the request id, not by Koa's default printer

  const allHandlers: OperationHandlers = {
    ...operationsRoutes({ readiness: deps.readiness, metrics: deps.metrics.registry, specText: deps.spec.text }),
    ...deps.handlers,
    ...deps.extraHandlers,
  };
  const handlers = deps.idempotency
    ? withIdempotency(allHandlers, { contract: deps.spec.contract, idempotency: deps.idempotency })
    : allHandlers;
  const dispatcher = createOpenApiDispatcher({ contract: deps.spec.contract, handlers });

  app.use(requestContext(deps.logger));
  app.use(deps.metrics.middleware);
  app.use(errorHandler());
  app.use(requireHostHeader());
  for (const middleware of deps.edgeMiddleware) app.use(middleware);
  app.use(securityHeaders({ hsts: deps.config.backendUrl.startsWith('https://') }));
  app.use(apiDocsAssets({ specText: deps.spec.text, backendUrl: deps.config.backendUrl }));
  app.use(jsonBodyParser({ limitBytes: deps.config.limits.maxJsonBodyBytes }));
  for (const middleware of deps.callerMiddleware) app.use(middleware);
  app.use(dispatcher);
  return app;
}
