import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SPEC_PATH } from '../src/spec.js';
import { parseMetrics, sampleValue } from './support/prometheus-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('metrics, the contract and the API reference', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('exposes request durations by operationId and status, plus process metrics', async () => {
    await app.request('GET', '/health');
    await app.request('GET', '/api/v1/cvs/cv_0123456789abcdefghijklmnop');
    const res = await app.request('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const samples = parseMetrics(res.text);
    const health = { operation_id: 'getHealth', method: 'GET', status: '200' };
    expect(sampleValue(samples, 'r2w_http_request_duration_seconds_bucket', { ...health, le: '0.05' })).toBe(1);
    // Ids never become labels: the operationId is used (see metrics.test.ts for the rest).
    const getCv = { operation_id: 'getCv', method: 'GET', status: '401' };
    expect(sampleValue(samples, 'r2w_http_request_duration_seconds_count', getCv)).toBe(1);
    expect(res.text).not.toContain('cv_0123456789abcdefghijklmnop');
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('serves the contract exactly as written', async () => {
    const res = await app.request('GET', '/openapi.yaml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(res.text).toBe(await readFile(DEFAULT_SPEC_PATH, 'utf8'));
  });

  it('serves the API reference and its assets locally, under a CSP that allows only this origin', async () => {
    const page = await app.request('GET', '/docs');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    for (const src of page.text.match(/(?:src|href)="([^"]+)"/g) ?? []) {
      expect(src).not.toMatch(/https?:\/\//);
    }
    const bundle = await app.request('GET', '/docs/assets/swagger-ui-bundle.js', { unchecked: true });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect(bundle.text.length).toBeGreaterThan(100_000);
    const css = await app.request('GET', '/docs/assets/swagger-ui.css', { unchecked: true });
    expect(css.status).toBe(200);
    const init = await app.request('GET', '/docs/assets/init.js', { unchecked: true });
    expect(init.text).toContain("url: '/docs/assets/openapi.yaml'");
    const missing = await app.request('GET', '/docs/assets/..%2f..%2fpackage.json', { unchecked: true });
    expect(missing.status).toBe(404);
  });
});

describe('the API reference on any address', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { BACKEND_URL: 'https://api.staging.example.org' } });
  });
  afterAll(() => app.close());

  it('lists BACKEND_URL as the only server in the contract /docs loads, and keeps /openapi.yaml as written', async () => {
    const init = await app.request('GET', '/docs/assets/init.js', { unchecked: true });
    const loaded = /url: '([^']+)'/.exec(init.text)?.[1];
    expect(loaded).toBe('/docs/assets/openapi.yaml');
    const res = await app.request('GET', loaded!, { unchecked: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    const shown = parse(res.text) as { servers: { url: string }[]; paths: Record<string, unknown> };
    expect(shown.servers).toHaveLength(1);
    expect(shown.servers[0]!.url).toBe('https://api.staging.example.org');
    const written = parse(await readFile(DEFAULT_SPEC_PATH, 'utf8')) as Record<string, unknown>;
    expect({ ...shown, servers: written.servers }).toEqual(written);

    const original = await app.request('GET', '/openapi.yaml');
    expect(original.text).toBe(await readFile(DEFAULT_SPEC_PATH, 'utf8'));
  });
});
