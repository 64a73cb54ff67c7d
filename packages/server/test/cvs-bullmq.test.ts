import { describe, expect, it } from 'vitest';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { startTestApp } from './support/test-app.js';

const available = await requireService('redis', 'CV extraction through BullMQ');

function multipart(bytes: Buffer, filename: string) {
  const boundary = `----r2w${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.runIf(available)('CV extraction with REDIS_URL (BullMQ)', () => {
  it('queues on the API and is processed by a worker, not by the API', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL };
    const api = await startTestApp({ env });
    try {
      const guest = await api.request('POST', '/api/v1/auth/guest');
      const auth = { authorization: `Bearer ${guest.json<{ session_id: string }>().session_id}` };
      const form = multipart(Buffer.from(JSON.stringify({ basics: { name: `BullMQ ${Date.now()}` } })), 'cv.json');
      const res = await api.request('POST', '/api/v1/cvs', {
        body: form.body,
        headers: { ...auth, 'content-type': form.contentType },
      });
      expect(res.status).toBe(202);
      const extractionId = res.json<{ extraction: { id: string } }>().extraction.id;
      const status = async () =>
        (await api.request('GET', `/api/v1/extractions/${extractionId}`, { headers: auth })).json<{ status: string }>()
          .status;

      // The API alone does not run jobs when Redis is configured.
      await new Promise((r) => setTimeout(r, 500));
      expect(await status()).toBe('queued');

      // A worker sharing the database, files and Redis picks it up.
      const worker = await startTestApp({
        env: { ...env, DATABASE_URL: api.config.databaseUrl ?? '', DATA_DIR: api.config.dataDir },
        runJobs: true,
      });
      try {
        for (let i = 0; i < 200 && (await status()) !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 25));
        expect(await status()).toBe('succeeded');
      } finally {
        await worker.close();
      }
    } finally {
      await api.close();
    }
  });
});
