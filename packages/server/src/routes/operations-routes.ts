import type { components } from '@resume2website/sdk';
import type { Registry } from 'prom-client';
import { API_DOCS_CSP, API_DOCS_HTML } from '../http/api-docs-assets.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import type { ReadinessService } from '../services/readiness-service.js';

type Schemas = components['schemas'];

export function operationsRoutes(deps: {
  readiness: ReadinessService;
  metrics: Registry;
  specText: string;
}): OperationHandlers {
  return {
    getHealth(ctx) {
      ctx.set('Cache-Control', 'no-store');
      const body: Schemas['Health'] = { status: 'ok' };
      ctx.body = body;
    },
    async getReadiness(ctx) {
      const report = await deps.readiness.report();
      ctx.set('Cache-Control', 'no-store');
      if (report.status !== 'ready') ctx.set('Retry-After', '5');
      ctx.status = report.status === 'ready' ? 200 : 503;
      const body: Schemas['Readiness'] = report;
      ctx.body = body;
    },
    async getMetrics(ctx) {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = deps.metrics.contentType;
      ctx.body = await deps.metrics.metrics();
    },
    getOpenApiSpec(ctx) {
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/yaml; charset=utf-8';
      ctx.body = deps.specText;
    },
    getApiDocs(ctx) {
      ctx.set('Content-Security-Policy', API_DOCS_CSP);
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = API_DOCS_HTML;
    },
  };
}
