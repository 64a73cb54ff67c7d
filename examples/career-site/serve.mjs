// A tiny static server for the career-site example: serves index.html (with the API base and the
// publishable key filled in here, server-side, so the page needs no inline script), style.css and
// events.js under the strict Content Security Policy that docs/widget.md describes.
//
//   PUBLISHABLE_KEY=pk_… node examples/career-site/serve.mjs
//
// Environment: PUBLISHABLE_KEY (required), API_BASE (default http://localhost:2000),
// HOST (default 127.0.0.1), PORT (default 5500).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Escapes a value for an HTML attribute (the key and the base are placed in attributes only). */
function escapeAttribute(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page's CSP: the widget from the API's origin, Stripe's entries for payments, Trusted Types enforced. */
export function contentSecurityPolicy(apiBase) {
  const api = new URL(apiBase).origin;
  const stripeScripts = 'https://js.stripe.com https://*.js.stripe.com';
  return [
    "default-src 'none'",
    `script-src 'self' ${api} ${stripeScripts}`,
    "style-src 'self'",
    `connect-src ${api} https://api.stripe.com https://checkout.stripe.com https://*.stripe.com`,
    `frame-src ${api} ${stripeScripts} https://hooks.stripe.com https://checkout.stripe.com https://*.stripe.com`,
    `img-src 'self' ${api} data: https://*.stripe.com`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html r2w-widget-stripe',
  ].join('; ');
}

/** Starts the server; resolves with its URL and a `close()`. */
export async function serveCareerSite({
  publishableKey,
  apiBase = 'http://localhost:2000',
  host = '127.0.0.1',
  port = 5500,
}) {
  if (!publishableKey) throw new Error('PUBLISHABLE_KEY is required (a tenant publishable key, pk_…).');
  const base = apiBase.replace(/\/+$/, '');
  const template = await readFile(new URL('index.html', import.meta.url), 'utf8');
  const page = template
    .replaceAll('{{API_BASE}}', escapeAttribute(base))
    .replaceAll('{{PUBLISHABLE_KEY}}', escapeAttribute(publishableKey));
  const files = {
    '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
    '/events.js': { file: 'events.js', type: 'text/javascript; charset=utf-8' },
  };
  const headers = {
    'content-security-policy': contentSecurityPolicy(base),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204, headers).end(); // no icon: keeps the browser's console clean
      return;
    }
    const asset = files[pathname];
    if (!asset) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    readFile(`${HERE}${asset.file}`).then(
      (body) => {
        res.writeHead(200, { ...headers, 'content-type': asset.type, 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { url } = await serveCareerSite({
      publishableKey: process.env.PUBLISHABLE_KEY ?? '',
      apiBase: process.env.API_BASE || undefined,
      host: process.env.HOST || undefined,
      port: process.env.PORT ? Number(process.env.PORT) : undefined,
    });
    console.log(`Career site on ${url} (widget from ${process.env.API_BASE || 'http://localhost:2000'})`);
  } catch (error) {
    console.error(`career-site: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
