import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEMS = 'https://resume2website.com/problems/';
const SCRIPT = 'customElements.define("r2w-widget", class extends HTMLElement {});\n';
const CHUNK = 'export const pay = () => "stripe";\n';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const version = sha256(SCRIPT).slice(0, 16);

describe('the widget script', () => {
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'r2w-widget-dist-'));
    await mkdir(path.join(dist, 'chunks'));
    await writeFile(path.join(dist, 'r2w-widget.js'), SCRIPT);
    await writeFile(path.join(dist, 'chunks', 'stripe-step-a1b2c3d4.js'), CHUNK);
    await writeFile(path.join(dist, 'index.js'), 'export * from "lit";\n'); // the package's own modules
    app = await startTestApp({ env: { WIDGET_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the bundle at its stable address: JavaScript, any origin, five minutes, with its SRI hash', async () => {
    const res = await app.request('GET', '/widget/v1/r2w-widget.js', {
      headers: { origin: 'https://careers.example.org' },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.text).toBe(SCRIPT);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toBe(`"${sha256(SCRIPT).slice(0, 32)}"`);
    expect(res.headers.get('x-widget-integrity')).toBe(sri(SCRIPT));
    expect(res.headers.get('content-location')).toBe(`/widget/v1/r2w-widget.${version}.js`);
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Widget-Integrity');
  });

  it('serves the same bytes at the content-hashed address, immutable; another hash is 404', async () => {
    const res = await app.request('GET', `/widget/v1/r2w-widget.${version}.js`);
    expect(res.status, res.text).toBe(200);
    expect(res.text).toBe(SCRIPT);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-widget-integrity')).toBe(sri(SCRIPT));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const old = await app.request('GET', '/widget/v1/r2w-widget.0123456789abcdef.js');
    expect(old.status).toBe(404);
    expect(old.json()).toMatchObject({ type: `${PROBLEMS}not-found` });
    const malformed = await app.request('GET', '/widget/v1/r2w-widget.XYZ.js');
    expect(malformed.status).toBe(400);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    const etag = (await app.request('GET', '/widget/v1/r2w-widget.js')).headers.get('etag')!;
    const again = await app.request('GET', '/widget/v1/r2w-widget.js', {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const head = await app.request('HEAD', '/widget/v1/r2w-widget.js');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('x-widget-integrity')).toBe(sri(SCRIPT));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(SCRIPT)));
  });

  it('serves chunks from chunks/ only, immutable, and nothing else of the folder', async () => {
    const chunk = await app.request('GET', '/widget/v1/chunks/stripe-step-a1b2c3d4.js');
    expect(chunk.status, chunk.text).toBe(200);
    expect(chunk.text).toBe(CHUNK);
    expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    for (const [url, status] of [
      ['/widget/v1/chunks/missing-0000.js', 404],
      ['/widget/v1/chunks/..%2Fr2w-widget.js', 400],
      ['/widget/v1/chunks/%2E%2E%2Findex.js', 400],
      ['/widget/v1/chunks/.hidden.js', 400],
      ['/widget/v1/index.js', 404],
      ['/widget/v1/chunks/../index.js', 404],
    ] as const) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-type'), url).toBe('application/problem+json');
    }
  });
});

describe('the widget script without a build', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { WIDGET_DIST_DIR: path.join(os.tmpdir(), 'r2w-no-widget-here') } });
  });
  afterAll(() => app.close());

  it('answers 503 widget-not-built with Retry-After at both script addresses', async () => {
    for (const url of ['/widget/v1/r2w-widget.js', `/widget/v1/r2w-widget.${version}.js`]) {
      const res = await app.request('GET', url);
      expect(res.status, url).toBe(503);
      expect(res.json()).toMatchObject({ type: `${PROBLEMS}widget-not-built`, status: 503 });
      expect(res.headers.get('retry-after')).toBe('60');
    }
  });
});

describe('WIDGET_DIST_DIR', () => {
  it('defaults to the widget package build output and resolves a relative folder', () => {
    expect(loadConfig({}, '/srv/app').widgetDistDir).toBe(path.resolve(import.meta.dirname, '../../widget/dist'));
    expect(loadConfig({ WIDGET_DIST_DIR: 'build/widget' }, '/srv/app').widgetDistDir).toBe('/srv/app/build/widget');
  });
});
