import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The hosted site's build as the widget package's rollup build writes it (packages/widget/dist/site).
const PROBLEMS = 'https://resume2website.com/problems/';
const ENTRY = 'r2w-site-1a2b3c4d.js';
const CSS = 'r2w-site-5e6f7a8b.css';
const CHUNK = 'checkout-9c0d1e2f.js';
const ENTRY_JS =
  'import "./chunks/checkout-9c0d1e2f.js";\ncustomElements.define("r2w-site", class extends HTMLElement {});\n';
const STYLES = 'r2w-site { display: block; }\n';
const CHUNK_JS = 'export const pay = () => "stripe";\n';
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n';
/** A chunk the size of a real one: big enough to be sent compressed. */
const BIG_CHUNK = 'editor-3a4b5c6d.js';
const BIG_CHUNK_JS = Array.from({ length: 400 }, (_, i) => `export const field${i} = "label ${i}";\n`).join('');
const MANIFEST = { entry: ENTRY, css: CSS, files: [ENTRY, CSS, `chunks/${CHUNK}`, `chunks/${BIG_CHUNK}`] };

const CV_ID = 'cv_6aiwbezhvwcyt8ch6xmt5r88ga';
const PORTFOLIO_ID = 'pf_r4agxc33434fo9941y3eyqh4xl';
const PAGES = [
  '/',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password?token=3q2-7wEAAB1eVJ7bN0mGkX3cPq9sT4uV6wY8zA1bC2d',
  '/verify-email?token=3q2-7wEAAB1eVJ7bN0mGkX3cPq9sT4uV6wY8zA1bC2d',
  '/dashboard',
  '/create',
  '/account',
  `/cvs/${CV_ID}/edit`,
  `/portfolios/${PORTFOLIO_ID}/checkout/return?session_id=cs_test_a1b2c3`,
];
/** The pages that show the embedded checkout. */
const PAYING = new Set([
  '/dashboard',
  '/create',
  `/portfolios/${PORTFOLIO_ID}/checkout/return?session_id=cs_test_a1b2c3`,
]);
const STRIPE_SOURCES = [
  'https://js.stripe.com',
  'https://*.js.stripe.com',
  'https://api.stripe.com',
  'https://checkout.stripe.com',
  'https://hooks.stripe.com',
  'https://*.stripe.com',
];

const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;

/** The policy's directives by name; fails when more than one policy reached the browser. */
function policyOf(header: string | null): Map<string, string[]> {
  expect(header).toBeTruthy();
  expect(header!.match(/default-src/g)).toHaveLength(1);
  return new Map(
    header!.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

async function writeBuild(dir: string, options: { favicon?: boolean } = {}): Promise<void> {
  await mkdir(path.join(dir, 'chunks'), { recursive: true });
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  await writeFile(path.join(dir, ENTRY), ENTRY_JS);
  await writeFile(path.join(dir, CSS), STYLES);
  await writeFile(path.join(dir, 'chunks', CHUNK), CHUNK_JS);
  await writeFile(path.join(dir, 'chunks', BIG_CHUNK), BIG_CHUNK_JS);
  // On disk but not in the manifest: never served.
  await writeFile(path.join(dir, 'unlisted-0a0b0c0d.js'), 'export const secret = 1;\n');
  await writeFile(path.join(dir, 'chunks', 'unlisted-0a0b0c0d.js'), 'export const secret = 2;\n');
  if (options.favicon) await writeFile(path.join(dir, 'favicon.svg'), FAVICON);
}

describe('the hosted site', () => {
  let root: string;
  let app: TestApp;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'r2w-site-dist-'));
    await writeFile(path.join(root, 'secret.js'), 'export const outside = true;\n'); // beside the build, never served
    await writeBuild(path.join(root, 'site'), { favicon: true });
    app = await startTestApp({ env: { SITE_DIST_DIR: path.join(root, 'site') } });
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers every page address with the shell naming the hashed script and stylesheet, under a strict policy', async () => {
    for (const page of PAGES) {
      const res = await app.request('GET', page);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
      expect(res.headers.get('etag'), page).toBe(etagOf(res.text));
      expect(res.text).toMatch(/^<!doctype html><html lang="en">/);
      expect(res.text).toContain(`<script type="module" src="/app/${ENTRY}"></script>`);
      expect(res.text).toContain(`<link rel="stylesheet" href="/app/${CSS}">`);
      expect(res.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(res.text).toContain('<r2w-site></r2w-site>');
      expect(res.text).toMatch(/<noscript>.*JavaScript.*<a href="\/docs">/);
      // Nothing inline: every script has a src, no style element or attribute.
      expect(res.text.match(/<script/g)).toHaveLength(1);
      expect(res.text).not.toMatch(/<style|style=/);

      const csp = res.headers.get('content-security-policy');
      expect(csp, page).not.toMatch(/unsafe-inline|unsafe-eval/);
      const policy = policyOf(csp);
      expect(policy.get('script-src'), page).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'"]);
      expect(policy.get('frame-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
      expect(policy.get('trusted-types')).toEqual(['lit-html', 'r2w-widget-stripe']);
      // Payments are off here: no page admits Stripe.
      expect(csp, page).not.toContain('stripe.com');
    }
  });

  it('answers HEAD with the headers and no body, and 304 to a matching If-None-Match', async () => {
    const head = await app.request('HEAD', '/create');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(head.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
    const etag = (await app.request('GET', '/')).headers.get('etag')!;
    // fetch adds `Cache-Control: no-cache` to a conditional request unless told otherwise (a browser revalidating does not).
    const again = await app.request('GET', '/', { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('no longer sends / to the API reference, which still answers at /docs', async () => {
    const home = await app.request('GET', '/');
    expect(home.status).toBe(200);
    expect(home.headers.get('location')).toBeNull();
    const docs = await app.request('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('/docs/assets/swagger-ui-bundle.js');
  });

  it('refuses a malformed id in a page address with the 400 problem', async () => {
    for (const page of ['/cvs/cv_NOT-AN-ID/edit', '/portfolios/pf_123/checkout/return', `/cvs/${PORTFOLIO_ID}/edit`]) {
      const res = await app.request('GET', page);
      expect(res.status, page).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.json()).toMatchObject({ type: `${PROBLEMS}invalid-parameters` });
    }
    // The return page works without Stripe's query too.
    expect((await app.request('GET', `/portfolios/${PORTFOLIO_ID}/checkout/return`)).status).toBe(200);
  });

  it('serves the files the manifest lists, immutable, with their types, and 304 to a matching ETag', async () => {
    for (const [url, body, type] of [
      [`/app/${ENTRY}`, ENTRY_JS, 'text/javascript; charset=utf-8'],
      [`/app/${CSS}`, STYLES, 'text/css; charset=utf-8'],
      [`/app/chunks/${CHUNK}`, CHUNK_JS, 'text/javascript; charset=utf-8'],
    ] as const) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(200);
      expect(res.text).toBe(body);
      expect(res.headers.get('content-type'), url).toBe(type);
      expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('etag')).toBe(etagOf(body));
      const again = await app.request('GET', url, {
        headers: { 'if-none-match': res.headers.get('etag')!, 'cache-control': 'max-age=0' },
      });
      expect(again.status, url).toBe(304);
      expect(again.text).toBe('');
      const head = await app.request('HEAD', url);
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    }
    const icon = await app.request('GET', '/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.text).toBe(FAVICON);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('sends scripts compressed as the browser accepts (brotli, else gzip), each coding with its own ETag', async () => {
    const url = `${app.url}/app/chunks/${BIG_CHUNK}`;
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(url, { headers }, (res) => {
            const parts: Buffer[] = [];
            res.on('data', (part: Buffer) => parts.push(part));
            res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
          })
          .on('error', reject);
      });
    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_CHUNK_JS);
    expect(plain.headers.etag).toBe(etagOf(BIG_CHUNK_JS));
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);

    const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(BIG_CHUNK_JS);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(BIG_CHUNK_JS) / 4);
    expect(br.headers.etag).toBe(`${etagOf(BIG_CHUNK_JS).slice(0, -1)}-br"`);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gzip = await get({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(BIG_CHUNK_JS);
    expect(gzip.headers.etag).not.toBe(br.headers.etag);

    // A copy is current only in its own coding
    const again = await get({ 'accept-encoding': 'br', 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    const other = await get({ 'accept-encoding': 'gzip', 'if-none-match': br.headers.etag! });
    expect(other.status).toBe(200);
    // Small files and images go as they are
    const small = await get({ 'accept-encoding': 'br' });
    expect(small.status).toBe(200);
    const icon = await app.request('GET', '/favicon.svg', { headers: { 'accept-encoding': 'br' } });
    expect(icon.headers.get('content-encoding')).toBeNull();
  });

  it('serves nothing the manifest does not list, and nothing outside the folder', async () => {
    for (const [url, status] of [
      ['/app/missing-00000000.js', 404],
      ['/app/manifest.json', 404],
      ['/app/unlisted-0a0b0c0d.js', 404],
      ['/app/chunks/unlisted-0a0b0c0d.js', 404],
      [`/app/chunks/${ENTRY}`, 404],
      [`/app/${CHUNK}`, 404],
      ['/app/chunks/../manifest.json', 404], // the client resolves the dots: /app/manifest.json
      ['/app/..%2Fsecret.js', 400],
      ['/app/%2E%2E%2Fsecret.js', 400],
      ['/app/chunks/..%2F..%2Fsecret.js', 400],
      ['/app/.hidden.js', 400],
    ] as const) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-type'), url).toBe('application/problem+json');
      if (status === 404) expect(res.json(), url).toMatchObject({ type: `${PROBLEMS}not-found` });
    }
  });
});

describe('the hosted site with payments on and published sites on a CDN', () => {
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'r2w-site-dist-'));
    await writeBuild(dist);
    app = await startTestApp({
      env: {
        SITE_DIST_DIR: dist,
        SITES_BASE_URL: 'https://sites.example.net/',
        STRIPE_SECRET_KEY: 'sk_test_site_0123456789',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_site_0123456789',
        STRIPE_WEBHOOK_SECRET: 'whsec_site_0123456789',
        STRIPE_PRICE_ID: 'price_default',
        STRIPE_API_BASE_URL: 'http://127.0.0.1:9',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it("admits Stripe on the paying pages only, and frames the sites' origin everywhere", async () => {
    for (const page of PAGES) {
      const res = await app.request('GET', page);
      expect(res.status, page).toBe(200);
      const csp = res.headers.get('content-security-policy');
      expect(csp, page).not.toMatch(/unsafe-inline|unsafe-eval/);
      const policy = policyOf(csp);
      expect(policy.get('frame-src'), page).toEqual(expect.arrayContaining(["'self'", 'https://sites.example.net']));
      expect(policy.get('img-src'), page).toEqual(
        expect.arrayContaining(["'self'", 'data:', 'https://sites.example.net']),
      );
      expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
      if (PAYING.has(page)) {
        for (const source of STRIPE_SOURCES) expect(csp, `${page} ${source}`).toContain(` ${source}`);
        expect(policy.get('script-src')).toEqual(["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com']);
        expect(policy.get('connect-src')).toEqual(
          expect.arrayContaining(['https://api.stripe.com', 'https://checkout.stripe.com']),
        );
        expect(policy.get('frame-src')).toEqual(
          expect.arrayContaining(['https://js.stripe.com', 'https://hooks.stripe.com', 'https://checkout.stripe.com']),
        );
        expect(policy.get('img-src')).toContain('https://*.stripe.com');
      } else {
        expect(csp, page).not.toContain('stripe.com');
      }
    }
  });

  it('has no icon when the build has none', async () => {
    const res = await app.request('GET', '/favicon.svg');
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ type: `${PROBLEMS}not-found` });
  });
});

describe('the hosted site without a build', () => {
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'r2w-no-site-'));
    app = await startTestApp({ env: { SITE_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('answers 503 site-not-built with Retry-After at every page and file address', async () => {
    for (const url of ['/', '/sign-in', `/cvs/${CV_ID}/edit`, `/app/${ENTRY}`, `/app/chunks/${CHUNK}`]) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.json()).toMatchObject({ type: `${PROBLEMS}site-not-built`, status: 503 });
      expect(res.headers.get('retry-after')).toBe('60');
    }
  });
});

describe('the hosted site with a broken manifest', () => {
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'r2w-broken-site-'));
    // A name that is not flat makes the whole manifest invalid: nothing of it is served.
    await writeFile(
      path.join(dist, 'manifest.json'),
      JSON.stringify({ entry: '../secret.js', files: ['../secret.js'] }),
    );
    app = await startTestApp({ env: { SITE_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('treats it as no build', async () => {
    for (const url of ['/', '/app/secret.js']) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(503);
      expect(res.json()).toMatchObject({ type: `${PROBLEMS}site-not-built` });
    }
  });
});

describe('SITE_DIST_DIR', () => {
  it('defaults to the widget package build output for the site and resolves a relative folder', () => {
    expect(loadConfig({}, '/srv/app').siteDistDir).toBe(path.resolve(import.meta.dirname, '../../widget/dist/site'));
    expect(loadConfig({ SITE_DIST_DIR: 'build/site' }, '/srv/app').siteDistDir).toBe('/srv/app/build/site');
  });
});
