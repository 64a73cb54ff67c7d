import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processRequestScope } from '../src/http/request-scope.js';
import { guestHeaders } from './support/cv-uploads.js';
import { rawRequest } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

function uploadHead(token: string, contentLength: number, boundary = 'X'): string {
  return [
    'POST /api/v1/cvs HTTP/1.1',
    'Host: localhost',
    'Connection: close',
    `Authorization: Bearer ${token}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    `Content-Length: ${contentLength}`,
    '',
    '',
  ].join('\r\n');
}

const CUT_BODY =
  '--X\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 hello';

describe('uploads whose streams fail', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = (await guestHeaders(app)).authorization!.slice('Bearer '.length);
  });
  afterAll(() => app.close());

  const storedFiles = () => filesUnder(path.join(app.config.dataDir, 'files'));
  const cvRows = async () => Number((await app.container.db('cvs').count({ n: '*' }).first())?.n);

  it('answers a body cut before its closing boundary with 400 and keeps serving (the reported crash)', async () => {
    const res = await rawRequest(app.url, uploadHead(token, Buffer.byteLength(CUT_BODY)) + CUT_BODY);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({
      type: 'https://resume2website.com/problems/malformed-request',
      status: 400,
      detail: 'The multipart body is malformed or incomplete.',
    });
    expect((await app.request('GET', '/health')).status).toBe(200);
    expect(await cvRows()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('lets go of an upload whose client disconnects mid-body: no row, no file, no request left hanging', async () => {
    const partial = CUT_BODY + 'x'.repeat(4000);
    const res = await rawRequest(app.url, uploadHead(token, 200_000) + partial, { destroyAfterMs: 50 });
    expect(res.status).toBeUndefined(); // the client left; nothing to answer
    expect(await until(() => processRequestScope.inFlight().length === 0, 2000)).toBe(true);
    expect((await app.request('GET', '/health')).status).toBe(200);
    expect(await cvRows()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses a declared body past the limit at once, and closes the connection instead of reading it', async () => {
    const declared = app.config.limits.maxUploadBytes + 1024 * 1024;
    const res = await rawRequest(app.url, uploadHead(token, declared) + CUT_BODY);
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ type: 'https://resume2website.com/problems/payload-too-large' });
  });

  it('answers a file that passes the limit while streaming with 413, and stores nothing', async () => {
    const big = 'y'.repeat(app.config.limits.maxUploadBytes + 10);
    const body = `${CUT_BODY}${big}\r\n--X--\r\n`;
    // Declared within the envelope allowance, so the size check happens while reading.
    const res = await rawRequest(app.url, uploadHead(token, Buffer.byteLength(body)) + body, { timeoutMs: 15_000 });
    expect(res.status).toBe(413);
    expect(await cvRows()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });
});
