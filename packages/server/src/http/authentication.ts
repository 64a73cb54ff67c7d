import { parse } from 'cookie';
import type { Middleware } from 'koa';
import type { CallerService } from '../services/caller-service.js';
import type { AppState } from './app-state.js';
import { ProblemError } from '../domain/problem.js';
import { SESSION_COOKIE } from './session-cookie.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller's session from `Authorization: Bearer` (SDK, widget) or the session cookie
 * (hosted site) into `ctx.state.auth`. An unknown or expired credential simply leaves the request
 * anonymous: operations that need a session refuse it in the dispatcher; public ones proceed.
 *
 * A cookie is sent by the browser on its own, so an unsafe request that is authenticated by the
 * cookie must prove it comes from our own pages (CSRF, see checkCsrf). Bearer tokens are never sent
 * implicitly and skip the check.
 */
export function authentication(deps: {
  callers: CallerService;
  trustedOrigins: string[];
  /**
   * Whether the request's operation reads a session at all. Those that never do (`/health`, the
   * site's pages, the widget script) skip the session look-up: a browser sends its cookie with
   * every request, and resolving it costs each of them two database reads.
   */
  usesSession?: (method: string, path: string) => boolean;
}): Middleware<AppState> {
  const trusted = new Set(deps.trustedOrigins);
  const identified = async (
    ctx: Parameters<Middleware<AppState>>[0],
    next: () => Promise<unknown>,
    { token, via }: { token: string; via: 'bearer' | 'cookie' },
  ) => {
    const caller = await deps.callers.identify(token, via);
    if (caller) {
      // Only a cookie that carries authority needs proof of origin; an unknown one is just absent.
      if (via === 'cookie' && UNSAFE_METHODS.has(ctx.method))
        checkCsrf(ctx.get('sec-fetch-site'), ctx.get('origin'), trusted);
      ctx.state.auth = caller;
    }
    return next();
  };
  // Requests that present no session, or whose operation reads none, pass straight on without an
  // async layer of their own.
  return (ctx, next) => {
    if (deps.usesSession && !deps.usesSession(ctx.method, ctx.path)) return next();
    const presented = presentedSessionToken(ctx);
    return presented ? identified(ctx, next, presented) : next();
  };
}

/**
 * The session token a request presents, valid or not: `Authorization: Bearer` (except tenant
 * secret keys, `sk_…`, which the tenant API authenticates itself), else the session cookie.
 */
export function presentedSessionToken(ctx: {
  get(field: string): string;
}): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const header = ctx.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match && !match[1]!.startsWith('sk_') ? { token: match[1]!, via: 'bearer' } : undefined;
  }
  const cookieHeader = ctx.get('cookie');
  const fromCookie = cookieHeader ? parse(cookieHeader)[SESSION_COOKIE] : undefined;
  return fromCookie ? { token: fromCookie, via: 'cookie' } : undefined;
}

/**
 * A cookie-authenticated unsafe request must prove it is ours: `Sec-Fetch-Site: same-origin`, or an
 * `Origin` we trust (the hosted site on a sibling origin). Everything else is refused, including a
 * request that carries neither header: browsers send at least one of them on every unsafe request,
 * so its absence means a client we cannot vouch for (or a proxy that strips them).
 */
function checkCsrf(fetchSite: string, origin: string, trusted: Set<string>): void {
  if (fetchSite === 'same-origin') return;
  if (origin && trusted.has(origin)) return;
  if (origin === 'null')
    throw new ProblemError('csrf-rejected', 'Requests from an opaque origin may not use the session cookie.');
  if (origin)
    throw new ProblemError(
      'csrf-rejected',
      `Requests from ${origin.slice(0, 200)} may not use the session cookie; send the session as a Bearer token instead.`,
    );
  if (fetchSite)
    throw new ProblemError(
      'csrf-rejected',
      `A ${fetchSite.slice(0, 40)} request may not use the session cookie; send the session as a Bearer token instead.`,
    );
  throw new ProblemError(
    'csrf-rejected',
    'A request that uses the session cookie to change something must carry Origin or Sec-Fetch-Site: same-origin.',
  );
}
