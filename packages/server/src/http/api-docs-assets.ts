import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Middleware } from 'koa';
import { parseDocument } from 'yaml';
import type { AppState } from './app-state.js';

export const API_DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** The contract the reference loads: /openapi.yaml with this server as its only `servers` entry. */
export const API_DOCS_SPEC_PATH = '/docs/assets/openapi.yaml';

// Kept out of the HTML so the page runs under a CSP with no 'unsafe-inline' scripts.
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.SwaggerUIBundle({ url: '${API_DOCS_SPEC_PATH}', dom_id: '#api-reference', deepLinking: true, tryItOutEnabled: false });
});
`;

/**
 * The contract as the reference shows it: `servers` names the address this server is reached at
 * (`BACKEND_URL`), so "Try it out" calls this server wherever it runs (the CSP allows only this
 * origin anyway). /openapi.yaml itself stays the file as written: the SDK and the tests read it.
 */
export function contractForDocs(specText: string, backendUrl: string): string {
  const document = parseDocument(specText);
  document.set('servers', [{ url: backendUrl, description: 'This server' }]);
  return document.toString({ lineWidth: 0 });
}

export const API_DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RESUME2WEBSITE API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<main id="api-reference"><noscript>The interactive reference needs JavaScript; the contract itself is at <a href="/openapi.yaml">/openapi.yaml</a>.</noscript></main>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>
`;

/**
 * Serves the API reference's static files from the installed swagger-ui-dist package, so /docs
 * works offline and sends no request to a CDN.
 */
export function apiDocsAssets(options: { specText: string; backendUrl: string }): Middleware<AppState> {
  // Located, not imported: the package's entry point would load the 1.5 MB browser bundle into the server.
  const root = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const contract = contractForDocs(options.specText, options.backendUrl);
  // Not async (nothing here waits): every request passes here, and an async layer costs each a promise.
  return (ctx, next) => {
    if (!ctx.path.startsWith('/docs/assets/') || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const name = ctx.path.slice('/docs/assets/'.length);
    ctx.set('Content-Security-Policy', API_DOCS_CSP);
    ctx.set('Cache-Control', 'public, max-age=3600');
    if (name === 'openapi.yaml') {
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = 'application/yaml; charset=utf-8';
      ctx.body = contract;
      return;
    }
    if (name === 'init.js') {
      ctx.type = 'text/javascript; charset=utf-8';
      ctx.body = INIT_SCRIPT;
      return;
    }
    const type = ASSETS[name];
    if (!type) return next();
    ctx.type = type;
    ctx.body = createReadStream(path.join(root, name));
  };
}
