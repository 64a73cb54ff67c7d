import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { THEME_THUMBNAILS_DIR } from '@resume2website/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEMS = 'https://resume2website.com/problems/';

// No SQL behind these routes: one database is enough.
describe('theme thumbnails', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { BACKEND_URL: 'https://api.example.test' } });
  });
  afterAll(() => app.close());

  const themes = async () =>
    (await app.request('GET', '/api/v1/themes')).json<{ items: { id: string; thumbnail_url: string }[] }>().items;

  it('lists an absolute thumbnail_url on BACKEND_URL for every theme', async () => {
    const items = await themes();
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const theme of items) {
      expect(theme.thumbnail_url).toBe(`https://api.example.test/api/v1/themes/${theme.id}/thumbnail.png`);
    }
  });

  it('serves each thumbnail as the committed PNG, public, cacheable for a day, cross-origin', async () => {
    for (const { id, thumbnail_url } of await themes()) {
      const res = await app.request('GET', new URL(thumbnail_url).pathname);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const committed = await readFile(path.join(THEME_THUMBNAILS_DIR, `${id}.png`));
      const bytes = Buffer.from(await (await fetch(`${app.url}/api/v1/themes/${id}/thumbnail.png`)).arrayBuffer());
      expect(bytes.equals(committed)).toBe(true);
      const sha256 = createHash('sha256').update(committed).digest('hex');
      expect(res.headers.get('etag')).toBe(`"${sha256.slice(0, 32)}"`);
    }
  });

  it('answers 304 to a matching If-None-Match, and HEAD with the headers and no body', async () => {
    const path = '/api/v1/themes/classic/thumbnail.png';
    const first = await app.request('GET', path);
    const etag = first.headers.get('etag')!;
    const again = await app.request('GET', path, {
      // fetch adds `Cache-Control: no-cache` (which forbids a 304) unless the request sets its own.
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const head = await app.request('HEAD', path);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe('image/png');
    expect(head.headers.get('etag')).toBe(etag);
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'));
  });

  it('keeps the wildcard origin for a tenant page, without credentials', async () => {
    const res = await app.request('GET', '/api/v1/themes/modern/thumbnail.png', {
      headers: { origin: 'https://careers.example.org' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers 404 not-found for an unknown theme and 400 for a malformed id', async () => {
    const unknown = await app.request('GET', '/api/v1/themes/brutalist/thumbnail.png');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ type: `${PROBLEMS}not-found` });
    expect(unknown.json<{ detail: string }>().detail).toContain('brutalist');
    const malformed = await app.request('GET', '/api/v1/themes/..%2Fclassic/thumbnail.png');
    expect(malformed.status).toBe(400);
    expect(malformed.json()).toMatchObject({ type: `${PROBLEMS}invalid-parameters` });
  });
});
