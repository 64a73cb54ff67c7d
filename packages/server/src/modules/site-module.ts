import path from 'node:path';
import { createLocalAssetFiles } from '../adapters/local-asset-files.js';
import type { Config } from '../config.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { siteAppRoutes } from '../routes/site-app-routes.js';
import { SiteBundle } from '../services/site-bundle.js';
import { StaticAssets } from '../services/static-assets.js';

/** A rebuilt site (development) is served after this long; a deployed one never changes. */
const BUNDLE_TTL_MS = 5_000;

/**
 * Serves the hosted site's build from `SITE_DIST_DIR` (packages/widget/dist/site by default): the
 * HTML shell at every page address and the files its manifest lists. The server reads the files
 * only; it never imports the site's code. API only: the worker has no use for it.
 */
export function createSiteModule(config: Config): { routes(): OperationHandlers } {
  const dir = config.siteDistDir;
  const site = new SiteBundle({
    dist: new StaticAssets(createLocalAssetFiles(dir), { ttlMs: BUNDLE_TTL_MS }),
    chunks: new StaticAssets(createLocalAssetFiles(path.join(dir, 'chunks')), { ttlMs: BUNDLE_TTL_MS }),
  });
  const sitesOrigin = new URL(config.sitesBaseUrl).origin;
  return {
    routes: () =>
      siteAppRoutes({
        site,
        paymentsEnabled: config.stripe !== undefined,
        // Published sites on this server are covered by 'self'; a CDN's origin must be named.
        sitesOrigin: sitesOrigin === new URL(config.backendUrl).origin ? undefined : sitesOrigin,
      }),
  };
}
