import { sendStaticAsset } from '../http/static-asset-response.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { widgetVersionOf, type WidgetBundle } from '../services/widget-bundle.js';

const SCRIPT_TYPE = 'text/javascript; charset=utf-8';
/** The stable address follows releases: a page picks up a new widget within five minutes. */
const STABLE = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What a page's script may read of a cross-origin answer (the `*` answer is set per response). */
const EXPOSED = 'Content-Location, X-Widget-Integrity, ETag';

/** `/widget/v1/…`: the `<r2w-widget>` script for career sites, and the chunks it loads on demand. */
export function widgetRoutes(deps: { widget: WidgetBundle }): OperationHandlers {
  const { widget } = deps;
  return {
    async getWidgetScript(ctx) {
      const script = await widget.script();
      ctx.set('Content-Location', `/widget/v1/r2w-widget.${widgetVersionOf(script)}.js`);
      ctx.set('X-Widget-Integrity', script.integrity);
      ctx.set('Access-Control-Expose-Headers', EXPOSED);
      await sendStaticAsset(ctx, script, { type: SCRIPT_TYPE, cacheControl: STABLE });
    },
    async getVersionedWidgetScript(ctx, { params }) {
      const script = await widget.versionedScript(params.version);
      ctx.set('X-Widget-Integrity', script.integrity);
      ctx.set('Access-Control-Expose-Headers', EXPOSED);
      await sendStaticAsset(ctx, script, { type: SCRIPT_TYPE, cacheControl: IMMUTABLE });
    },
    async getWidgetChunk(ctx, { params }) {
      await sendStaticAsset(ctx, await widget.chunk(params.chunk), { type: SCRIPT_TYPE, cacheControl: IMMUTABLE });
    },
  };
}
