import type { Middleware } from 'koa';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppState } from './app-state.js';

export interface HttpMetrics {
  registry: Registry;
  middleware: Middleware<AppState>;
}

/**
 * One registry per app (not prom-client's global one) so several apps in one process, as in the
 * tests, never collide. Routes are labelled by their path template, never the raw URL, so ids in
 * paths cannot explode the label space.
 */
export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const middleware: Middleware<AppState> = async (ctx, next) => {
    const end = duration.startTimer();
    try {
      await next();
    } finally {
      end({ method: ctx.method, route: ctx.state.routeTemplate ?? 'unmatched', status_code: String(ctx.status) });
    }
  };
  return { registry, middleware };
}
