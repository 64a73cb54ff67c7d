import http from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet, { type HelmetOptions } from 'helmet';
import Koa from 'koa';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../src/http/app-state.js';
import { helmetHeaders, securityHeaders } from '../src/http/security-headers.js';
import { listen } from '../src/server-lifecycle.js';

/** The headers a response carries, without the ones Node adds to every response. */
async function headersOf(server: {
  url: string;
  drain(timeoutMs: number): Promise<unknown>;
}): Promise<Record<string, string>> {
  try {
    const res = await fetch(server.url);
    await res.arrayBuffer();
    const own = Object.fromEntries(res.headers);
    for (const name of ['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'transfer-encoding'])
      delete own[name];
    return own;
  } finally {
    await server.drain(1_000);
  }
}

/** What helmet's own middleware sets on a real Node response. */
async function setByHelmet(options: HelmetOptions): Promise<Record<string, string>> {
  const middleware = helmet(options);
  const server = http.createServer((req, res) => {
    res.setHeader('X-Powered-By', 'something');
    middleware(req, res, () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return headersOf({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    drain: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

async function sentBySecurityHeaders(hsts: boolean): Promise<Record<string, string>> {
  const app = new Koa<AppState>();
  app.use((ctx, next) => {
    // As a framework or proxy layer in front might: helmet takes it off.
    ctx.set('X-Powered-By', 'something');
    return next();
  });
  app.use(securityHeaders({ hsts }));
  app.use((ctx) => {
    ctx.body = 'ok';
  });
  return headersOf(await listen(app, { host: '127.0.0.1', port: 0 }));
}

describe('security headers', () => {
  it.each<[string, HelmetOptions]>([
    ['defaults', {}],
    [
      'a deny-all policy with HSTS',
      {
        contentSecurityPolicy: {
          useDefaults: false,
          directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
        },
        strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
        referrerPolicy: { policy: ['no-referrer', 'strict-origin-when-cross-origin'] },
      },
    ],
  ])('read once, are exactly what helmet itself sets on a response (%s)', async (_name, options) => {
    const read = helmetHeaders(options);
    expect(Object.fromEntries(read.set.map(([name, value]) => [name.toLowerCase(), value]))).toEqual(
      await setByHelmet(options),
    );
    expect(read.removed).toEqual(['x-powered-by']);
  });

  it('refuses, when the server starts, options helmet refuses and headers that would depend on the request', () => {
    expect(() => helmetHeaders({ contentSecurityPolicy: { directives: { 'default src': ["'none'"] } } })).toThrow(
      /invalid directive name/,
    );
    expect(() =>
      helmetHeaders({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-abc'"] } } }),
    ).toThrow(/scriptSrc depends on the request/);
  });

  it('sends the API policy on every response, and HSTS only when the server is reached over https', async () => {
    const plain = await sentBySecurityHeaders(false);
    expect(plain).toEqual({
      'content-security-policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-site',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    expect(plain['strict-transport-security']).toBeUndefined();
    const secure = await sentBySecurityHeaders(true);
    expect(secure['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
