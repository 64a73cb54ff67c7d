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
}

export interface AuthContext {
  /** The token as presented; needed to hand an existing guest session back unchanged. */
  token: string;
  userId: string;
  isGuest: boolean;
  tenantId: string | null;
  sessionTokenHash: string;
  sessionExpiresAt: Date;
  /** How the session arrived: cookies are subject to the CSRF check, bearer tokens are not. */
  via: 'bearer' | 'cookie';
}

export interface TenantContext {
  id: string;
  name: string;
}

declare module 'koa' {
  interface Request {
    /** Set by the JSON body parser; `unknown` until the spec's validation has passed. */
    body?: unknown;
  }
}
