import { ProblemError } from '../domain/problem.js';
import type { ApiContext, OperationHandlers } from '../http/openapi-dispatcher.js';
import { sendStaticAsset, sendValidated } from '../http/static-asset-response.js';
import type { SiteBundle, SiteManifest } from '../services/site-bundle.js';
import { staticAssetOf, type StaticAsset } from '../services/static-assets.js';
import { sitePolicy } from './site-app-policy.js';
import { siteShellHtml } from './site-app-shell.js';

/** Hashed names never change content: a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The icon keeps its name across builds. */
const ICON = 'public, max-age=86400';
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

export interface SiteAppRoutesDeps {
  site: SiteBundle;
  /** Payments are on: the paying pages' policy admits Stripe. */
  paymentsEnabled: boolean;
  /** The published sites' origin when it is not this server's. */
  sitesOrigin: string | undefined;
}

/** The hosted site: its page addresses (one shell for all), and the files of its build under `/app/`. */
export function siteAppRoutes(deps: SiteAppRoutesDeps): OperationHandlers {
  const { site } = deps;
  let rendered: { version: string; page: StaticAsset } | undefined;

  /** The shell, rendered once per build. */
  function shellOf(manifest: SiteManifest): StaticAsset {
    if (rendered?.version !== manifest.version) {
      rendered = { version: manifest.version, page: staticAssetOf(Buffer.from(siteShellHtml(manifest))) };
    }
    return rendered.page;
  }

  /**
   * `no-cache`: the shell names the current build's hashed files, so a browser must revalidate it
   * (a `304` while the build is unchanged) to pick up a new build at once.
   */
  async function shell(ctx: ApiContext, pays: boolean): Promise<void> {
    const page = shellOf(await site.manifest());
    // Replaces the deny-all policy securityHeaders set for API responses: one policy reaches the browser.
    ctx.set(
      'Content-Security-Policy',
      sitePolicy({ sitesOrigin: deps.sitesOrigin, stripe: pays && deps.paymentsEnabled }),
    );
    // Same-origin API calls keep their Origin (the CSRF check); other sites get the origin at most.
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    await sendValidated(ctx, page, { type: 'text/html; charset=utf-8', cacheControl: 'no-cache' });
  }

  async function sendFile(ctx: ApiContext, name: string, file: StaticAsset, cacheControl: string): Promise<void> {
    const type = TYPES[name.slice(name.lastIndexOf('.') + 1)];
    // The contract serves scripts, stylesheets and images; anything else the build lists is not for browsers.
    if (!type) throw new ProblemError('not-found', `The hosted site does not serve ${JSON.stringify(name)}.`);
    await sendStaticAsset(ctx, file, { type, cacheControl });
  }

  return {
    getSiteHome: (ctx) => shell(ctx, false),
    getSiteSignIn: (ctx) => shell(ctx, false),
    getSiteForgotPassword: (ctx) => shell(ctx, false),
    getSiteResetPassword: (ctx) => shell(ctx, false),
    getSiteVerifyEmail: (ctx) => shell(ctx, false),
    getSiteSignUp: (ctx) => shell(ctx, false),
    getSiteDashboard: (ctx) => shell(ctx, true),
    getSiteCreate: (ctx) => shell(ctx, true),
    getSiteAccount: (ctx) => shell(ctx, false),
    getSiteCvEditor: (ctx) => shell(ctx, false),
    getSiteCheckoutReturn: (ctx) => shell(ctx, true),
    async getSiteAppAsset(ctx, { params }) {
      await sendFile(ctx, params.asset, await site.file(params.asset), IMMUTABLE);
    },
    async getSiteAppChunk(ctx, { params }) {
      await sendFile(ctx, params.chunk, await site.chunk(params.chunk), IMMUTABLE);
    },
    async getSiteFavicon(ctx) {
      await sendFile(ctx, 'favicon.svg', await site.favicon(), ICON);
    },
  };
}
