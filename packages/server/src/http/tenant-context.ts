import type { Middleware } from 'koa';
import type { TenantService } from '../services/tenant-service.js';
import type { AppState } from './app-state.js';

export const PUBLISHABLE_KEY_HEADER = 'x-publishable-key';

/**
 * Identifies the career site a request comes from: with `X-Publishable-Key`, the key must be a
 * tenant's and the request's `Origin` (when it has one) one of that tenant's allowed origins;
 * then `ctx.state.tenant` is set. An unknown key is `401 unauthorized`, a foreign origin `403
 * origin-not-allowed`, both as problems via the error handler. Without the header nothing happens.
 *
 * Place after the body parser and before the OpenAPI dispatcher (see tenant-module.ts).
 */
export function tenantContext(service: TenantService): Middleware<AppState> {
  const identified: Middleware<AppState> = async (ctx, next) => {
    const tenant = await service.resolvePublishableKey(ctx.get(PUBLISHABLE_KEY_HEADER), ctx.get('origin') || undefined);
    ctx.state.tenant = { id: tenant.id, name: tenant.name };
    return next();
  };
  // Most requests carry no key: they pass straight on, without an async layer of their own.
  return (ctx, next) => (ctx.get(PUBLISHABLE_KEY_HEADER) ? identified(ctx, next) : next());
}
