import { parse, serialize } from 'cookie';
import { clientOf } from './client-info.js';
import type { OAuthProviderName } from '../domain/oauth.js';
import type { ApiContext, OperationHandlers } from '../http/openapi-dispatcher.js';
import { setSessionCookie } from '../http/session-cookie.js';
import { oauthCallbackPath, type OAuthService } from '../services/oauth-service.js';

/** Binds a started sign-in to the browser; sent back only to that provider's callback. */
export const OAUTH_COOKIE = 'r2w_oauth';

export interface OAuthRoutesDeps {
  oauth: OAuthService;
  cookie: { secure: boolean };
}

function stateCookie(provider: OAuthProviderName, value: string, maxAge: number, cookie: { secure: boolean }): string {
  return serialize(OAUTH_COOKIE, value, {
    path: oauthCallbackPath(provider),
    maxAge,
    httpOnly: true,
    // Lax still travels on the top-level GET navigation back from the provider.
    sameSite: 'lax',
    secure: cookie.secure,
  });
}

/** A bodiless 302 (the contract documents none), never cached. */
function redirect(ctx: ApiContext, location: string): void {
  ctx.body = null;
  ctx.status = 302;
  ctx.set('Location', location);
  ctx.set('Cache-Control', 'no-store');
}

export function oauthRoutes(deps: OAuthRoutesDeps): OperationHandlers {
  return {
    async startOAuth(ctx, { params, query }) {
      const { provider } = params;
      const started = await deps.oauth.start(provider, {
        returnTo: query.return_to ?? '/',
        current: ctx.state.auth,
        tenantId: ctx.state.tenant?.id ?? null,
        log: ctx.state.log,
      });
      ctx.append('Set-Cookie', stateCookie(provider, started.state, started.maxAgeSeconds, deps.cookie));
      redirect(ctx, started.authorizationUrl);
    },

    async completeOAuth(ctx, { params, query }) {
      const { provider } = params;
      const cookieHeader = ctx.get('cookie');
      const result = await deps.oauth.complete(
        provider,
        {
          state: query.state,
          code: query.code,
          error: query.error,
          errorDescription: query.error_description,
          rawQuery: ctx.querystring,
          browserState: cookieHeader ? parse(cookieHeader)[OAUTH_COOKIE] : undefined,
        },
        { client: clientOf(ctx), log: ctx.state.log },
      );
      // The attempt is spent either way; the browser can forget it.
      ctx.append('Set-Cookie', stateCookie(provider, '', 0, deps.cookie));
      if (result.outcome === 'signed-in') {
        setSessionCookie(ctx, result.signedIn.token, result.signedIn.expiresAt, deps.cookie);
      }
      redirect(ctx, result.redirectTo);
    },
  };
}
