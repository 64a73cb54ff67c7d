import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGLISH_SINGLE } from '../../../cv-extraction/test/offline/fixtures/known-cvs.js';
import { renderPdf } from '../../../cv-extraction/test/offline/fixtures/render-cv.js';

/** Through the HTTP API with no CLAUDE_API_KEY: the offline extractor is the one that runs. */
describe('offline extraction through the API', () => {
  let app: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ database: 'sqlite' });
    const guest = await app.request('POST', '/api/v1/auth/guest');
    auth = { authorization: `Bearer ${guest.json<{ session_id: string }>().session_id}` };
  });
  afterAll(() => app.close());

  it('extracts an uploaded PDF with the heuristic extractor', async () => {
    const bytes = await renderPdf(ENGLISH_SINGLE);
    const boundary = `----r2wheuristic${Math.random().toString(16).slice(2)}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="okafor.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await app.request('POST', '/api/v1/cvs', {
      body,
      headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(uploaded.status, uploaded.text).toBe(202);
    const cv = uploaded.json<{ id: string; extraction: { id: string } }>();

    let extraction: { status: string; extractor: string | null; signals?: { layout: string | null } } | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await app.request('GET', `/api/v1/extractions/${cv.extraction.id}`, { headers: auth });
      extraction = res.json();
      if (extraction!.status === 'succeeded' || extraction!.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(extraction).toMatchObject({ status: 'succeeded', extractor: 'heuristic' });

    const doc = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
    expect(doc.status).toBe(200);
    const data = doc.json<{
      data: { hero: { fullName: string }; contact: { email: string }; meta: { extractor: string } };
    }>().data;
    expect(data.hero.fullName).toBe('Daniel Okafor');
    expect(data.contact.email).toBe('daniel@danielokafor.dev');
    expect(data.meta.extractor).toBe('heuristic');
  });
});
