import type { Browser } from 'playwright-core';
import { chromiumAvailable, launch } from './page-helpers.js';
import { createTenant, startApi, startCareerSite, type Api, type CareerSite, type Tenant } from './widget-harness.js';

/** What every browser test of the widget stands on: the real API, a page of another origin, its tenant. */
export interface WidgetWorld {
  api: Api;
  site: CareerSite;
  tenant: Tenant;
  /** Undefined only where Chromium is missing outside CI (the suites skip then). */
  browser: Browser;
  close(): Promise<void>;
}

export interface WidgetWorldOptions {
  /** Server environment on top of the embedded defaults (e.g. Stripe settings). */
  env?: Record<string, string>;
  /** The page that embeds the widget; the career page by default. */
  startSite?: (apiUrl: string) => Promise<CareerSite>;
}

export async function startWidgetWorld(options: WidgetWorldOptions = {}): Promise<WidgetWorld> {
  const api = await startApi(options.env);
  const site = await (options.startSite ?? startCareerSite)(api.url);
  const tenant = await createTenant(api, [site.origin]);
  const browser = chromiumAvailable() ? await launch() : (undefined as unknown as Browser);
  return {
    api,
    site,
    tenant,
    browser,
    async close() {
      await browser?.close();
      await site.close();
      await api.close();
    },
  };
}
