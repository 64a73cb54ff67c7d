import type { AuthContext, TenantContext } from '../domain/caller.js';
import type { Logger } from '../logger.js';

/** What the middleware chain puts on `ctx.state` for the layers below it. */
export interface AppState {
  requestId: string;
  log: Logger;
  /** The spec's operationId once the request matched one (the metrics label); absent for unmatched requests. */
  operationId?: string;
  rawBody?: Buffer;
  /** The signed-in user and session, when the request carries a valid one (set by authentication). */
  auth?: AuthContext;
  /** The career site identified by `X-Publishable-Key`, after its origin check passed. */
  tenant?: TenantContext;
  /**
   * While a request runs under an `Idempotency-Key`: a digest of the key scoped to its caller. A
   * create derives its resource's id from it (`derivedId`), so running the request again after its
   * process died finds the first run's resource.
   */
  requestKey?: string;
}

declare module 'koa' {
  interface Request {
    /** Set by the JSON body parser; `unknown` until the spec's validation has passed. */
    body?: unknown;
  }
}
