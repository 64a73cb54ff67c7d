import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawResponse } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';

function expectProblem(res: RawResponse, status: number, slug: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  expect(res.headers.connection).toBe('close');
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(body).toMatchObject({ type: PROBLEM + slug, status });
  expect(body.request_id).toBe(res.headers['x-request-id']);
}

describe('requests Node refuses before the app sees them', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { REQUEST_TIMEOUT_MS: '1000' } });
  });
  afterAll(() => app.close());

  it('answers a request line that is not HTTP with a 400 problem document', async () => {
    expectProblem(await rawRequest(app.url, 'HELLO THERE\r\n\r\n'), 400, 'malformed-request');
  });

  it('answers broken chunked framing with a 400 problem document', async () => {
    const res = await rawRequest(
      app.url,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    );
    expectProblem(res, 400, 'malformed-request');
  });

  it('answers conflicting Content-Length headers (request smuggling) with a 400 problem', async () => {
    const res = await rawRequest(
      app.url,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n{}{}{}',
    );
    expectProblem(res, 400, 'malformed-request');
  });

  it('answers headers past the size limit with a 431 problem document', async () => {
    const res = await rawRequest(app.url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblem(res, 431, 'request-header-fields-too-large');
  });

  it('answers an HTTP/1.1 request without Host with a 400 problem, and one over HTTP/1.0 normally', async () => {
    const res = await rawRequest(app.url, 'GET /health HTTP/1.1\r\nConnection: close\r\n\r\n');
    expectProblem(res, 400, 'malformed-request');
    expect(JSON.parse(res.body)).toMatchObject({ detail: 'An HTTP/1.1 request must carry a Host header.' });
    const old = await rawRequest(app.url, 'GET /health HTTP/1.0\r\n\r\n');
    expect(old.status).toBe(200);
  });

  it('answers an Expect it cannot meet with a 417 problem, and still honours 100-continue', async () => {
    const res = await rawRequest(
      app.url,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{"a":',
    );
    expect(res.status).toBe(417);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ type: `${PROBLEM}expectation-failed`, status: 417 });
    const cont = await rawRequest(
      app.url,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
    );
    // Node sent 100 Continue, read the body and the app validated it (an empty login is a 422).
    expect(cont.status).toBe(422);
  });

  it('answers CONNECT with a 405 problem instead of dropping the connection', async () => {
    expectProblem(
      await rawRequest(app.url, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'),
      405,
      'method-not-allowed',
    );
  });

  it('cuts off a body that stalls past REQUEST_TIMEOUT_MS with a 408 problem, and keeps serving', async () => {
    const started = Date.now();
    const res = await rawRequest(
      app.url,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
      { timeoutMs: 5000 },
    );
    expectProblem(res, 408, 'request-timeout');
    expect(Date.now() - started).toBeLessThan(2500);
    expect((await app.request('GET', '/health')).status).toBe(200);
  });
});
