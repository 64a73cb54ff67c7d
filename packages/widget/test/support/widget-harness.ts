import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { buildContainer, type Container } from '../../../server/src/composition-root.js';
import { loadConfig } from '../../../server/src/config.js';
import { listen, type RunningServer } from '../../../server/src/server-lifecycle.js';
import { WIDGET_EVENTS } from '../../src/widget-events.js';

export const WIDGET_DIR = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.join(WIDGET_DIR, 'dist');
export const ADMIN_TOKEN = 'widget-test-admin-token-0123456789abcdef';

/** Builds the package (tsc, then the rollup bundle) once, as `npm run build` does. */
export function buildWidget(): void {
  execFileSync('npm', ['run', 'build'], { cwd: WIDGET_DIR, stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Api {
  /** The API as the browser addresses it: `http://localhost:PORT` (another origin than the pages). */
  url: string;
  container: Container;
  close(): Promise<void>;
}

/**
 * The real server with its embedded defaults (SQLite, local files, in-process worker, payments off),
 * on a port chosen up front so its preview and site URLs (`BACKEND_URL`) are the ones it listens on.
 */
export async function startApi(env: Record<string, string> = {}): Promise<Api> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-widget-test-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const config = loadConfig(
    {
      ENVIRONMENT: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      BACKEND_PORT: String(port),
      BACKEND_URL: url,
      ADMIN_TOKEN,
      ...env,
    },
    dataDir,
  );
  const container = await buildContainer(config, pino({ level: 'silent' }), {
    rateLimitNamespace: `widget-test-${randomUUID()}`,
    rateLimitOverrides: { guestPerIp: { points: 1000, durationSeconds: 3600 } },
  });
  const running: RunningServer = await listen(container.app, { host: '127.0.0.1', port });
  return {
    url,
    container,
    async close() {
      await running.drain(1000);
      await container.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Tenant {
  id: string;
  publishable_key: string;
}

/** A tenant through the Admin API, as an operator would create one. */
export async function createTenant(api: Api, allowedOrigins: string[]): Promise<Tenant> {
  const res = await fetch(`${api.url}/api/v1/admin/tenants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-admin-token': ADMIN_TOKEN },
    body: JSON.stringify({
      name: 'Acme Careers',
      allowed_origins: allowedOrigins,
      branding: { display_name: 'Acme Careers', primary_color: '#1a4d8f' },
    }),
  });
  if (res.status !== 201) throw new Error(`tenant: ${res.status} ${await res.text()}`);
  return (await res.json()) as Tenant;
}

export interface CareerSite {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

const COLLECTOR = `window.__r2wEvents = [];
for (const name of ${JSON.stringify(WIDGET_EVENTS)}) {
  document.addEventListener(name, (event) => {
    window.__r2wEvents.push({ type: event.type, detail: event.detail, bubbles: event.bubbles, composed: event.composed });
  });
}`;

/**
 * A plain career page on 127.0.0.1 (another origin than the API on localhost) that embeds the
 * widget under a strict CSP: no inline script or style, no eval, Trusted Types enforced.
 * `/?key=pk_…&scheme=dark&locale=en` picks the publishable key, colour scheme and locale;
 * `scheme=auto` leaves the `color-scheme` attribute out, `theme=…` preselects a theme, and
 * `nonce=…` allows styles by that nonce only (no 'self'), handing it to Lit as `window.litNonce`;
 * with `legacy=1` too, the page hides constructable stylesheets so Lit falls back to `<style>`
 * elements, as in a browser without them, where only the nonce lets the widget's styles in.
 */
export async function startCareerSite(apiUrl: string, options: { stripe?: boolean } = {}): Promise<CareerSite> {
  // A page that takes payments must let Stripe.js and its frames in; nothing else changes.
  const stripe = options.stripe ? ' https://js.stripe.com' : '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/') {
        const key = url.searchParams.get('key') ?? '';
        const scheme = url.searchParams.get('scheme') ?? 'light';
        const locale = url.searchParams.get('locale') ?? 'en';
        const theme = url.searchParams.get('theme');
        const nonce = url.searchParams.get('nonce');
        const legacy = url.searchParams.get('legacy') === '1';
        const attrs = [
          `api-base="${apiUrl}"`,
          `publishable-key="${key}"`,
          `locale="${locale}"`,
          ...(scheme === 'auto' ? [] : [`color-scheme="${scheme}"`]),
          ...(theme ? [`theme="${theme}"`] : []),
        ].join(' ');
        const nonceAttr = nonce ? ` nonce="${nonce}"` : '';
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': [
            "default-src 'none'",
            `script-src 'self'${stripe}`,
            nonce ? `style-src 'nonce-${nonce}'` : "style-src 'self'",
            `connect-src ${apiUrl}`,
            `frame-src ${apiUrl}${stripe}`,
            `img-src 'self' ${apiUrl} data:`,
            "require-trusted-types-for 'script'",
          ].join('; '),
        });
        res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Careers</title>
<link rel="stylesheet" href="/page.css"${nonceAttr}>
${nonce ? `<script src="/lit-nonce.js?nonce=${nonce}${legacy ? '&amp;legacy=1' : ''}"></script>` : ''}
<script src="/collect.js"></script>
<script type="module" src="/r2w-widget.js"></script>
</head>
<body class="${scheme}">
<main><h1>Acme Careers</h1>
<r2w-widget ${attrs}></r2w-widget>
</main>
</body></html>`);
        return;
      }
      if (url.pathname === '/collect.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(COLLECTOR);
        return;
      }
      if (url.pathname === '/lit-nonce.js') {
        const legacy = url.searchParams.get('legacy') === '1' ? 'delete Document.prototype.adoptedStyleSheets;\n' : '';
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(`${legacy}window.litNonce = ${JSON.stringify(url.searchParams.get('nonce'))};`);
        return;
      }
      if (url.pathname === '/page.css') {
        res.writeHead(200, { 'content-type': 'text/css' });
        res.end(
          'body{margin:0;padding:16px;font-family:sans-serif}body.dark{background:#0b0c0f;color:#eef1f5}h1{font-size:20px;margin:0 0 12px}',
        );
        return;
      }
      if (url.pathname === '/r2w-widget.js' || /^\/chunks\/[\w.-]+\.js$/.test(url.pathname)) {
        const body = await readFile(path.join(DIST, url.pathname));
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(body);
        return;
      }
      res.writeHead(404).end();
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
