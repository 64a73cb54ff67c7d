import type { Middleware } from 'koa';
import helmet from 'koa-helmet';
import type { AppState } from './app-state.js';

/**
 * API responses are data, never documents to render: deny everything by default. Pages that are
 * meant to render (the API reference, previews, sites) set their own, narrower policy.
 */
export function securityHeaders(options: { hsts: boolean }): Middleware<AppState> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  }) as unknown as Middleware<AppState>;
}
