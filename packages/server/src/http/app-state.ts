import type { Logger } from '../logger.js';

/** What the middleware chain puts on `ctx.state` for the layers below it. */
export interface AppState {
  requestId: string;
  log: Logger;
  /** The spec's operationId once the request matched one; absent for unmatched requests. */
  operationId?: string;
  /** The matched path template (e.g. `/api/v1/cvs/{cv_id}`), used as the metrics route label. */
  routeTemplate?: string;
  rawBody?: Buffer;
}

declare module 'koa' {
  interface Request {
    /** Set by the JSON body parser; `unknown` until the spec's validation has passed. */
    body?: unknown;
  }
}
