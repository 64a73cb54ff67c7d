import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const MISSING = {
  site: '/sites/nobody-published-this/',
  preview: `/previews/${'x'.repeat(43)}/`,
};

describe('a missing site or preview, negotiated', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { FRONTEND_URL: 'https://app.example.com' } });
  });
  afterAll(() => app.close());

  it.each(Object.entries(MISSING))('answers a browser a small HTML page for a missing %s', async (kind, path) => {
    const res = await app.request('GET', path, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/Accept/);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.text).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(res.text).toContain('<title>');
    expect(res.text).toContain('RESUME2WEBSITE');
    expect(res.text).toContain(kind === 'site' ? 'isn’t published' : 'preview is no longer available');
    expect(res.text).toContain('href="https://app.example.com/"');
    expect(res.text).not.toMatch(/<script|\sstyle=|\son\w+=/i);

    // The site pages' policy: no script, nothing from elsewhere, the one <style> allowed by its hash.
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);

    const head = await app.request('HEAD', path, { headers: { accept: BROWSER_ACCEPT } });
    expect(head.status).toBe(404);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(head.text).toBe('');
  });

  it.each(Object.entries(MISSING))('answers API clients problem JSON for a missing %s', async (_kind, path) => {
    for (const accept of ['application/json', 'application/problem+json', '*/*', undefined]) {
      const res = await app.request('GET', path, { headers: accept ? { accept } : {} });
      expect(res.status, String(accept)).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('vary')).toMatch(/Accept/);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}not-found`, status: 404 });
    }
  });

  it('lets the hosted site frame a missing preview (the widget shows previews inline), and nobody a site', async () => {
    const preview = await app.request('GET', MISSING.preview, { headers: { accept: BROWSER_ACCEPT } });
    expect(preview.headers.get('content-security-policy')).toContain('frame-ancestors https://app.example.com');
    expect(preview.headers.get('x-frame-options')).toBeNull();
    const site = await app.request('GET', MISSING.site, { headers: { accept: BROWSER_ACCEPT } });
    expect(site.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
