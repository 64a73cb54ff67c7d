import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CareerSite } from './widget-harness.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/react-app.tsx', import.meta.url));

/**
 * Bundles test/fixtures/react-app.tsx as an integrator's build would: React and the package's
 * `./react` entry as published (dist/, built by the global setup), production builds of both.
 */
export async function bundleReactApp(): Promise<string> {
  const result = await build({
    entryPoints: [FIXTURE],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * A React career page on 127.0.0.1 (another origin than the API on localhost), under the same strict
 * CSP as the plain career site: the app is a file, so no inline script is needed, and Lit's
 * `lit-html` Trusted Types policy is the only one the widget asks for.
 * `/?key=pk_…` picks the publishable key.
 */
export async function startReactSite(apiUrl: string): Promise<CareerSite> {
  const app = await bundleReactApp();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      const key = (url.searchParams.get('key') ?? '').replace(/[^\w-]/g, '');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': [
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          `connect-src ${apiUrl}`,
          `frame-src ${apiUrl}`,
          `img-src 'self' ${apiUrl} data:`,
          "require-trusted-types-for 'script'",
        ].join('; '),
      });
      res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme Careers (React)</title>
<script type="module" src="/app.js"></script>
</head>
<body data-api-base="${apiUrl}" data-publishable-key="${key}">
<main><h1>Acme Careers</h1><div id="root"></div></main>
</body></html>`);
      return;
    }
    if (url.pathname === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(app);
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
