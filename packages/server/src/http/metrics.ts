import type { Middleware } from 'koa';
import { Histogram, type Registry } from 'prom-client';
import type { AppState } from './app-state.js';

export interface HttpMetrics {
  registry: Registry;
  middleware: Middleware<AppState>;
}

// Node's parser accepts a few dozen methods; anything unusual is folded so it cannot add series.
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Times every request into the container's registry. Requests are labelled by the contract's
 * operationId, or `unmatched` (unknown paths, wrong methods, CORS preflights, the docs' assets),
 * never by the raw URL, so ids in paths cannot explode the label space.
 */
export function createHttpMetrics(registry: Registry): HttpMetrics {
  const duration = new Histogram({
    name: 'r2w_http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by operationId (or unmatched), method and status',
    labelNames: ['operation_id', 'method', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // Timed here rather than with `startTimer`, whose closure and label merge run on every request.
  const middleware: Middleware<AppState> = async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      duration.observe(
        {
          operation_id: ctx.state.operationId ?? 'unmatched',
          method: KNOWN_METHODS.has(ctx.method) ? ctx.method : 'other',
          status: String(ctx.status),
        },
        (performance.now() - started) / 1000,
      );
    }
  };
  return { registry, middleware };
}
