import type { StaticAsset } from '../services/static-assets.js';
import type { ApiContext } from './openapi-dispatcher.js';

/**
 * Answers a release file (a thumbnail, the widget script) that any site may load: readable from
 * every origin (`*`, never with credentials: see cors.ts), loadable cross-site (the API's
 * default Cross-Origin-Resource-Policy is `same-site`), validated by its ETag (`304` when the
 * client's copy is current).
 */
export function sendStaticAsset(
  ctx: ApiContext,
  asset: StaticAsset,
  options: { type: string; cacheControl: string },
): void {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  ctx.set('X-Content-Type-Options', 'nosniff');
  sendValidated(ctx, asset, options);
}

/** The asset with its caching and ETag, or `304` when the client's copy is current. */
export function sendValidated(
  ctx: ApiContext,
  asset: StaticAsset,
  options: { type: string; cacheControl: string },
): void {
  ctx.set('Cache-Control', options.cacheControl);
  ctx.set('ETag', asset.etag);
  ctx.status = 200; // `fresh` compares validators only for a successful response
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = options.type;
  ctx.body = Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength);
}
