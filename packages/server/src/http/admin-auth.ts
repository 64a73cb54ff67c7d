import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiContext, OperationHandler } from './openapi-dispatcher.js';
import { ProblemError } from '../domain/problem.js';

export const ADMIN_TOKEN_HEADER = 'x-admin-token';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The Admin API's credential check: `X-Admin-Token` against `ADMIN_TOKEN`, compared in constant
 * time (both sides are hashed first, so the comparison never depends on where they differ, nor on
 * their lengths). Without `ADMIN_TOKEN` the Admin API does not exist on this server: every admin
 * operation answers 404, with a detail that tells the operator why.
 */
export function adminTokenCheck(adminToken: string | undefined): (ctx: ApiContext) => void {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return (ctx) => {
    if (!expected) {
      throw new ProblemError(
        'not-found',
        'The Admin API is disabled on this server: set ADMIN_TOKEN (at least 32 characters) to enable it.',
      );
    }
    const presented = ctx.get(ADMIN_TOKEN_HEADER);
    if (!presented || !timingSafeEqual(digest(presented), expected)) {
      throw new ProblemError('unauthorized', 'Send the operator token configured as ADMIN_TOKEN in X-Admin-Token.');
    }
  };
}

/** Wraps admin handlers so that none of them runs without the admin token. */
export function adminOnly<T extends Record<string, OperationHandler>>(adminToken: string | undefined, handlers: T): T {
  const check = adminTokenCheck(adminToken);
  const wrapped: Record<string, OperationHandler> = {};
  for (const [operationId, handler] of Object.entries(handlers)) {
    wrapped[operationId] = (ctx, input) => {
      check(ctx);
      return handler(ctx, input);
    };
  }
  return wrapped as T;
}
