import path from 'node:path';
import { createLocalAssetFiles } from '../adapters/local-asset-files.js';
import type { Config } from '../config.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { widgetRoutes } from '../routes/widget-routes.js';
import { StaticAssets } from '../services/static-assets.js';
import { WidgetBundle } from '../services/widget-bundle.js';

/** A rebuilt bundle (development) is served after this long; a deployed one never changes. */
const BUNDLE_TTL_MS = 5_000;

/**
 * Serves the built `<r2w-widget>` bundle from `WIDGET_DIST_DIR` (packages/widget/dist by default).
 * The server reads the files only; it never imports the widget's code. API only: the worker has
 * no use for it.
 */
export function createWidgetModule(config: Config): { routes(): OperationHandlers } {
  const dir = config.widgetDistDir;
  const widget = new WidgetBundle({
    dist: new StaticAssets(createLocalAssetFiles(dir), { ttlMs: BUNDLE_TTL_MS }),
    chunks: new StaticAssets(createLocalAssetFiles(path.join(dir, 'chunks')), { ttlMs: BUNDLE_TTL_MS }),
  });
  return { routes: () => widgetRoutes({ widget }) };
}
