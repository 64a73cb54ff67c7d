import { parse } from 'cookie';
import type { Middleware } from 'koa';
import type { UserStore } from '../adapters/sql-user-store.js';
import type { SessionService } from '../services/session-service.js';
import type { AppState } from './app-state.js';
import { ProblemError } from './problem.js';
import { SESSION_COOKIE } from './session-cookie.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller's session from `Authorization: Bearer` (SDK, widget) or the session cookie
 * (hosted site) into `ctx.state.auth`. An unknown or expired credential simply leaves the request
 * anonymous: operations that need a session refuse it in the dispatcher; public ones proceed.
 *
 * A cookie is sent by the browser on its own, so an unsafe request that is authenticated by the
 * cookie must come from our own pages: Fetch Metadata (`Sec-Fetch-Site`) or, from older browsers,
 * `Origin` must say so (CSRF). Bearer tokens are never sent implicitly and skip the check.
 */
export function authentication(deps: {
  sessions: SessionService;
  users: UserStore;
  trustedOrigins: string[];
}): Middleware<AppState> {
  const trusted = new Set(deps.trustedOrigins);
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    let token: string | undefined;
    let via: 'bearer' | 'cookie' = 'bearer';
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      // Tenant secret keys (sk_…) are for the tenant API, authenticated by its own handler.
      if (match && !match[1]!.startsWith('sk_')) token = match[1];
    } else {
      const cookieHeader = ctx.get('cookie');
      const fromCookie = cookieHeader ? parse(cookieHeader)[SESSION_COOKIE] : undefined;
      if (fromCookie) {
        token = fromCookie;
        via = 'cookie';
      }
    }
    if (token) {
      if (via === 'cookie' && UNSAFE_METHODS.has(ctx.method))
        checkCsrf(ctx.get('sec-fetch-site'), ctx.get('origin'), trusted);
      const session = await deps.sessions.authenticate(token);
      const user = session && (await deps.users.findById(session.userId));
      if (session && user) {
        ctx.state.auth = {
          token,
          userId: user.id,
          isGuest: user.isGuest,
          tenantId: user.tenantId,
          sessionTokenHash: session.tokenHash,
          sessionExpiresAt: session.expiresAt,
          via,
        };
      }
    }
    return next();
  };
}

function checkCsrf(fetchSite: string, origin: string, trusted: Set<string>): void {
  if (fetchSite) {
    if (fetchSite === 'same-origin' || fetchSite === 'none') return;
    if (origin && trusted.has(origin)) return; // the hosted site on a sibling origin we trust
    throw new ProblemError(
      'csrf-rejected',
      `A ${fetchSite} request may not use the session cookie; send the session as a Bearer token instead.`,
    );
  }
  if (origin && !trusted.has(origin) && origin !== 'null') {
    throw new ProblemError(
      'csrf-rejected',
      `Requests from ${origin} may not use the session cookie; send the session as a Bearer token instead.`,
    );
  }
  if (origin === 'null')
    throw new ProblemError('csrf-rejected', 'Requests from an opaque origin may not use the session cookie.');
}
