import type { StaticAsset } from '../services/static-assets.js';
import { encodedBytes, isCompressible, type ContentCoding } from './encoded-body.js';
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
): Promise<void> {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  ctx.set('X-Content-Type-Options', 'nosniff');
  return sendValidated(ctx, asset, options);
}

/**
 * The asset with its caching and ETag, or `304` when the client's copy is current. Text is sent
 * compressed (brotli, else gzip) when the client accepts it; each coding has its own ETag, since
 * its bytes differ.
 */
export async function sendValidated(
  ctx: ApiContext,
  asset: StaticAsset,
  options: { type: string; cacheControl: string },
): Promise<void> {
  let coding: ContentCoding | undefined;
  if (isCompressible(options.type, asset)) {
    ctx.vary('Accept-Encoding');
    // Our preference among what the client accepts: browsers list gzip first, all at q=1.
    coding = (['br', 'gzip'] as const).find((c) => ctx.acceptsEncodings(c, 'identity') === c);
  }
  ctx.set('Cache-Control', options.cacheControl);
  ctx.set('ETag', coding ? `${asset.etag.slice(0, -1)}-${coding}"` : asset.etag);
  ctx.status = 200; // `fresh` compares validators only for a successful response
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  const bytes = coding ? await encodedBytes(asset, coding) : asset.bytes;
  ctx.type = options.type;
  if (coding) ctx.set('Content-Encoding', coding);
  ctx.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
