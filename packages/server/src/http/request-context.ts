import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../logger.js';
import type { AppState } from './app-state.js';
import { processRequestScope, type RequestScope } from './request-scope.js';

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * `ctx.state` with the request's logger made when first used: most requests log nothing of their
 * own, and below `info` (the access log kept at the ingress instead) not even their access line.
 */
class RequestState implements AppState {
  readonly #root: Logger;
  #log: Logger | undefined;

  constructor(
    root: Logger,
    readonly requestId: string,
  ) {
    this.#root = root;
  }

  get log(): Logger {
    return (this.#log ??= this.#root.child({ request_id: this.requestId }));
  }

  set log(value: Logger) {
    this.#log = value;
  }
}

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane, a new one otherwise), a
 * child logger that stamps it on every line, and one access-log line when the response is done.
 */
export function requestContext(logger: Logger, scope: RequestScope = processRequestScope): Middleware<AppState> {
  return (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    ctx.state = new RequestState(logger, requestId);
    ctx.set('X-Request-Id', requestId);
    return scope.run(requestId, async () => {
      try {
        await next();
      } finally {
        const status = ctx.status;
        const level = status >= 500 ? 'error' : 'info';
        if (logger.isLevelEnabled(level)) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const line = {
            req: {
              method: ctx.method,
              url: ctx.originalUrl,
              ip: ctx.ip,
              user_agent: ctx.get('user-agent') || undefined,
            },
            res: { status },
            operation_id: ctx.state.operationId,
            duration_ms: Math.round(durationMs * 100) / 100,
          };
          ctx.state.log[level](line, level === 'error' ? 'request failed' : 'request completed');
        }
      }
    });
  };
}
