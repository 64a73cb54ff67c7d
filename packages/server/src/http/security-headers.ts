import helmet, { type HelmetOptions } from 'helmet';
import type { Middleware } from 'koa';
import type { AppState } from './app-state.js';

/** What helmet does to a response for some options: headers it sets, and headers it removes. */
export interface HelmetHeaders {
  set: [name: string, value: string][];
  removed: string[];
}

/**
 * What helmet does for `options`, read once. Helmet decides it (its defaults stay ours as it updates
 * them); none of ours depend on the request, so running its Express middleware, a promise and a
 * chain of a dozen callbacks on every request only costs CPU. Options whose headers would depend on
 * the request (a CSP directive given as a function, e.g. a nonce) are refused.
 */
export function helmetHeaders(options: HelmetOptions): HelmetHeaders {
  const directives = typeof options.contentSecurityPolicy === 'object' ? options.contentSecurityPolicy.directives : {};
  for (const [name, value] of Object.entries(directives ?? {})) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'function'))
      throw new Error(`securityHeaders: the CSP directive ${name} depends on the request; read once, it cannot`);
  }
  const set = new Map<string, [string, string]>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      removed.delete(name.toLowerCase());
      set.set(name.toLowerCase(), [name, Array.isArray(value) ? value.join(', ') : String(value)]);
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    },
  };
  let done = false;
  let failure: unknown;
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    done = true;
    failure = err;
  });
  // Helmet 8 runs its chain synchronously; a release that did not would leave the list incomplete.
  if (!done) throw new Error('securityHeaders: helmet did not finish synchronously');
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return { set: [...set.values()], removed: [...removed] };
}

/**
 * API responses are data, never documents to render: deny everything by default. Pages that are
 * meant to render (the API reference, previews, sites) set their own, narrower policy.
 */
export function securityHeaders(options: { hsts: boolean }): Middleware<AppState> {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  return (ctx, next) => {
    const res = ctx.res;
    for (const name of headers.removed) res.removeHeader(name);
    for (const [name, value] of headers.set) res.setHeader(name, value);
    return next();
  };
}
