import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestHeaders, multipart } from './support/cv-uploads.js';
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from './support/s3-test-server.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A stored file streams from S3 straight into the response. When the connection to S3 breaks
 * mid-body, the download is cut off (its length was promised, so the client sees a short body),
 * and the server goes on serving: the error belongs to that one response.
 */

let s3: S3TestServer;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let app: TestApp;
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  s3 = await startS3TestServer('cv-files');
  const endpoint = new URL(s3.endpoint);
  proxy = await startTcpProxy({ host: endpoint.hostname, port: Number(endpoint.port) });
  // The SDK's default credential chain reads these; the server has no other way to take them.
  process.env.AWS_ACCESS_KEY_ID = S3_TEST_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = S3_TEST_CREDENTIALS.secretAccessKey;
  app = await startTestApp({
    env: {
      S3_BUCKET_NAME: s3.bucket,
      S3_ENDPOINT: `http://127.0.0.1:${proxy.port}`,
      S3_FORCE_PATH_STYLE: 'true',
      AWS_REGION: s3.region,
    },
  });
}, 30_000);

afterAll(async () => {
  await app?.close();
  await proxy?.cut();
  await s3?.close();
  process.env.AWS_ACCESS_KEY_ID = saved.id;
  process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
  if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
});

/** Starts a download and reads only its first chunk, so the rest stays in flight from S3. */
function startDownload(
  url: string,
  headers: Record<string, string>,
): Promise<{ received: number; length: number; ended: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let received = 0;
      const ended = new Promise<number>((done) => {
        res.on('error', () => done(received));
        res.on('close', () => done(received));
      });
      res.once('data', (chunk: Buffer) => {
        received += chunk.length;
        res.pause();
        resolve({ received, length: Number(res.headers['content-length']), ended });
        setTimeout(() => {
          res.on('data', (more: Buffer) => (received += more.length));
          res.resume();
        }, 300);
      });
    });
    req.on('error', reject);
  });
}

describe('downloading a CV file when S3 breaks mid-body', () => {
  it('cuts that download short and keeps serving', async () => {
    const headers = await guestHeaders(app);
    const bytes = Buffer.alloc(8 * 1024 * 1024, 'Ada Lovelace, analyst and programmer.\n');
    const form = multipart(bytes, 'cv.txt', 'text/plain');
    const upload = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...headers, 'content-type': form.contentType },
    });
    expect(upload.status).toBe(202);
    const cvId = upload.json<{ id: string }>().id;

    const download = await startDownload(`${app.url}/api/v1/cvs/${cvId}/file`, headers);
    expect(download.length).toBe(bytes.length);
    await proxy.cut();
    expect(await download.ended).toBeLessThan(bytes.length);

    expect((await app.request('GET', '/health')).status).toBe(200);
    // S3 is gone: the same download now fails cleanly, as a problem document.
    const again = await app.request('GET', `/api/v1/cvs/${cvId}/file`, { headers, unchecked: true });
    expect(again.status).toBeGreaterThanOrEqual(500);
  }, 60_000);
});
