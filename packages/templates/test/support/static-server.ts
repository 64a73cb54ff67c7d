import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RenderedFile } from '../../src/index.js';

export interface StaticSite {
  /** Origin + a per-site prefix, ending in "/". */
  url: string;
  close(): Promise<void>;
}

// The published CSP, so the browser tests see exactly what production enforces.
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Serves rendered files on 127.0.0.1 so the stylesheet loads exactly as it would when published. */
export async function serveSites(
  sites: Record<string, readonly RenderedFile[]>,
  { csp = true }: { csp?: boolean } = {},
): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const [, site = '', ...rest] = path.split('/');
    const name = rest.join('/') || 'index.html';
    const file = sites[site]?.find((f) => f.path === name);
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'cache-control': 'no-store',
      ...(csp && { 'content-security-policy': CSP }),
    });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
