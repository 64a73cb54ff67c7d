import type { Middleware } from 'koa';
import type { TenantService } from '../services/tenant-service.js';
import type { AppState } from './app-state.js';
import { ProblemError } from '../domain/problem.js';
import { PUBLISHABLE_KEY_HEADER } from './tenant-context.js';

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Publishable-Key, X-Request-Id, Idempotency-Key';
const EXPOSED_HEADERS = 'X-Request-Id, Retry-After, Location, Idempotent-Replayed';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS for the hosted site and the tenants' pages. The answer is never `*`: only an allowed
 * origin is echoed, with `Vary: Origin` so caches keep answers for different origins apart.
 *
 * - Preflight (`OPTIONS` + `Access-Control-Request-Method`): 204 for the hosted site's origin and
 *   every tenant's allowed origin, `403 origin-not-allowed` for any other. It is answered here,
 *   before the dispatcher, because the contract lists no OPTIONS operations (it would say 405).
 * - Actual requests: `Access-Control-Allow-Origin` only for an allowed origin; with
 *   `X-Publishable-Key`, allowed means that tenant's origins (or the hosted site's). A refused
 *   origin gets no CORS headers, so the browser withholds the response from the page.
 * - Credentials (cookies) only for the hosted site's own origin; widgets on tenant pages send
 *   bearer tokens, so their responses never allow credentials.
 *
 * Place before the security headers and the dispatcher (see tenant-module.ts).
 */
export function cors(service: TenantService): Middleware<AppState> {
  return async (ctx, next) => {
    ctx.vary('Origin');
    const origin = ctx.get('origin');
    if (!origin) return next();
    const hosted = service.isHostedOrigin(origin);

    if (ctx.method === 'OPTIONS' && ctx.get('access-control-request-method')) {
      if (!hosted && !(await service.isAllowedOrigin(origin))) {
        const shown = origin.length > 100 ? `${origin.slice(0, 100)}…` : origin;
        throw new ProblemError(
          'origin-not-allowed',
          `${JSON.stringify(shown)} is not allowed to call this API from a browser; a tenant must list it in its allowed origins.`,
        );
      }
      ctx.set('Access-Control-Allow-Origin', origin);
      if (hosted) ctx.set('Access-Control-Allow-Credentials', 'true');
      ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
      ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      ctx.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
      ctx.vary('Access-Control-Request-Method');
      ctx.vary('Access-Control-Request-Headers');
      ctx.status = 204;
      return;
    }

    const publishableKey = ctx.get(PUBLISHABLE_KEY_HEADER);
    const allowed =
      hosted ||
      (publishableKey
        ? await service.originAllowedForKey(publishableKey, origin)
        : await service.isAllowedOrigin(origin));
    if (allowed) {
      // Set before `next` so error responses (problems) are readable by the page as well.
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      if (hosted) ctx.set('Access-Control-Allow-Credentials', 'true');
    }
    try {
      await next();
    } finally {
      // A public resource may widen the answer to `*` (the contract at /openapi.yaml); a wildcard
      // must never go out together with credentials.
      if (ctx.response.get('Access-Control-Allow-Origin') === '*') ctx.remove('Access-Control-Allow-Credentials');
    }
  };
}
