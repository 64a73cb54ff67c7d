import type { Knex } from 'knex';
import { createOpenIdConnectProvider } from '../adapters/openid-connect-provider.js';
import { type OpenIdConnectProvider } from '../adapters/oauth-provider.js';
import { type OAuthProviderName } from '../domain/oauth.js';
import { createSqlOAuthStateStore } from '../adapters/sql-oauth-state-store.js';
import { createSqlUserStore } from '../adapters/sql-user-store.js';
import type { Config } from '../config.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { sessionCookieOptions } from '../http/session-cookie.js';
import type { Logger } from '../logger.js';
import { oauthRoutes } from '../routes/oauth-routes.js';
import type { AuthService } from '../services/auth-service.js';
import { OAuthService } from '../services/oauth-service.js';

/**
 * Sign-in with Google and LinkedIn, wired from the configuration: the providers that have
 * credentials, the attempt store, the service and the `startOAuth` / `completeOAuth` handlers.
 */
export function createOAuthModule(deps: {
  db: Knex;
  config: Config;
  auth: AuthService;
  logger: Logger;
  clock?: () => Date;
}): { routes(): OperationHandlers } {
  const { config } = deps;
  const providers: Partial<Record<OAuthProviderName, OpenIdConnectProvider>> = {};
  for (const name of ['google', 'linkedin'] as const) {
    const settings = config.oauth[name];
    if (!settings) continue;
    providers[name] = createOpenIdConnectProvider({
      name,
      ...settings,
      // A plain-HTTP issuer on this machine is a test or development stand-in, never production's.
      allowInsecureLoopback: config.environment !== 'production',
    });
  }
  deps.logger.debug({ providers: Object.keys(providers) }, 'oauth providers configured');
  const oauth = new OAuthService({
    providers,
    states: createSqlOAuthStateStore(deps.db),
    users: createSqlUserStore(deps.db),
    auth: deps.auth,
    backendUrl: config.backendUrl,
    frontendUrl: config.frontendUrl,
    ...(deps.clock && { clock: deps.clock }),
  });
  return { routes: () => oauthRoutes({ oauth, cookie: sessionCookieOptions(config) }) };
}
