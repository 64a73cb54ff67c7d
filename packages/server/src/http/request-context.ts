import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../logger.js';
import type { AppState } from './app-state.js';
import { processRequestScope, type RequestScope } from './request-scope.js';

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane, a new one otherwise), a
 * child logger that stamps it on every line, and one access-log line when the response is done.
 */
export function requestContext(logger: Logger, scope: RequestScope = processRequestScope): Middleware<AppState> {
  return (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    ctx.state.requestId = requestId;
    ctx.state.log = logger.child({ request_id: requestId });
    ctx.set('X-Request-Id', requestId);
    return scope.run(requestId, async () => {
      try {
        await next();
      } finally {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const status = ctx.status;
        const line = {
          req: { method: ctx.method, url: ctx.originalUrl, ip: ctx.ip, user_agent: ctx.get('user-agent') || undefined },
          res: { status },
          operation_id: ctx.state.operationId,
          duration_ms: Math.round(durationMs * 100) / 100,
        };
        if (status >= 500) ctx.state.log.error(line, 'request failed');
        else ctx.state.log.info(line, 'request completed');
      }
    });
  };
}
