import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startAnthropicMock,
  toolUseReply,
  errorReply,
  type AnthropicMock,
} from '../../cv-extraction/test/support/anthropic-mock-server.js';
import { pdfDocument, textPdf } from '../../cv-extraction/test/support/intake-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The whole pipeline with the Claude extractor: upload → job → the real Anthropic SDK against a
// local Messages API → sanitised, versioned document. The mock answers; it judges nothing.
const fixture = JSON.parse(await readFile(new URL('./fixtures/cv/full-en.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
// What the model can produce: the tool's schema leaves `meta` to the language; the server fills the rest.
const fullCv: Record<string, unknown> = { ...fixture, meta: { language: 'en' } };

function multipart(bytes: Buffer, filename: string) {
  const boundary = `----r2w${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('extraction with Claude (SDK against a local Messages API)', () => {
  let mock: AnthropicMock;
  let app: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    mock = await startAnthropicMock();
    app = await startTestApp({
      env: { CLAUDE_API_KEY: 'test-key', CLAUDE_BASE_URL: mock.url, EXTRACTION_TIMEOUT_MS: '10000' },
    });
    const guest = await app.request('POST', '/api/v1/auth/guest');
    auth = { authorization: `Bearer ${guest.json<{ session_id: string }>().session_id}` };
  });
  afterAll(async () => {
    await app.close();
    await mock.close();
  });

  async function uploadAndSettle(bytes: Buffer) {
    const form = multipart(bytes, 'cv.pdf');
    const res = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...auth, 'content-type': form.contentType },
    });
    expect(res.status, res.text).toBe(202);
    const cv = res.json<{ id: string; extraction: { id: string } }>();
    for (let i = 0; i < 200; i++) {
      const e = await app.request('GET', `/api/v1/extractions/${cv.extraction.id}`, { headers: auth });
      const body = e.json<{ status: string }>();
      if (body.status === 'succeeded' || body.status === 'failed')
        return { cv, extraction: e.json<Record<string, unknown>>() };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('extraction never finished');
  }

  it('sends the PDF natively, stores the sanitised document, records model, usage and cost', async () => {
    mock.enqueue(
      toolUseReply(
        'record_cv',
        { ...fullCv, hero: { ...(fullCv.hero as object), profilePhotoUrl: 'javascript:alert(1)' } },
        { usage: { input_tokens: 12_000, output_tokens: 3_000 } },
      ),
    );
    const pdf = textPdf();
    const { cv, extraction } = await uploadAndSettle(pdf);
    expect(extraction, JSON.stringify(extraction.error)).toMatchObject({
      status: 'succeeded',
      extractor: 'claude',
      cached: false,
      error: null,
    });
    expect(extraction.model).toMatch(/^claude-opus-4/);
    expect(extraction.usage).toMatchObject({ input_tokens: 12_000, output_tokens: 3_000 });
    expect((extraction.usage as { cost_usd: number }).cost_usd).toBeGreaterThan(0);

    const sent = mock.messageRequests().at(-1)!.body;
    const document = sent.messages[0].content.find((b: { type: string }) => b.type === 'document');
    expect(document.source).toMatchObject({
      type: 'base64',
      media_type: 'application/pdf',
      data: pdf.toString('base64'),
    });

    const doc = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
    const data = doc.json<{ source: string; data: { hero: { fullName: string; profilePhotoUrl?: string } } }>();
    expect(data.source).toBe('extraction');
    expect(data.data.hero.fullName).toBe((fullCv.hero as { fullName: string }).fullName);
    expect(data.data.hero.profilePhotoUrl).toBeUndefined(); // the javascript: URL was dropped
    const flagged = (extraction.signals as { flagged_values: { pointer: string; reason: string }[] }).flagged_values;
    expect(flagged.some((f) => f.pointer.includes('profilePhotoUrl'))).toBe(true);
  });

  it('answers a re-upload of the same PDF from the cache without calling the model', async () => {
    const before = mock.messageRequests().length;
    const { extraction } = await uploadAndSettle(textPdf());
    expect(extraction).toMatchObject({ status: 'succeeded', cached: true });
    expect(mock.messageRequests().length).toBe(before);
  });

  it('records a spend-limit failure with its code, after exactly one request', async () => {
    const before = mock.messageRequests().length;
    mock.enqueue(
      errorReply(429, 'rate_limit_error', 'Your organization has reached its spend limit.', {
        errorCode: 'enforced_spend_limit_reached',
      }),
    );
    const bytes = Buffer.concat([textPdf(), Buffer.from('\n% a different file\n')]);
    const { extraction } = await uploadAndSettle(bytes);
    expect(extraction).toMatchObject({ status: 'failed', error: { code: 'spend-limit' } });
    expect(mock.messageRequests().length - before).toBe(1);
  });
  it('falls back to the offline extractor while Claude is down, and skips Claude once the breaker opens', async () => {
    // A CV the offline extractor reads: a name, contact details and sections.
    const cvPdf = (n: number) =>
      pdfDocument({
        pages: [
          {
            lines: [
              'Grace Hopper',
              'grace.hopper@example.com  +1 555 0100',
              'Experience',
              `Rear Admiral, US Navy (1967 - 1986) #${n}`,
              'Education',
              'Yale University, PhD Mathematics (1934)',
            ],
          },
        ],
      });
    const down = () =>
      errorReply(503, 'api_error', 'Internal server error', { headers: { 'x-should-retry': 'false' } });
    const before = mock.messageRequests().length;
    for (let n = 0; n < 5; n++) {
      mock.enqueue(down());
      const { extraction } = await uploadAndSettle(cvPdf(n));
      expect(extraction, JSON.stringify(extraction.error)).toMatchObject({
        status: 'succeeded',
        extractor: 'heuristic',
        model: null,
      });
    }
    expect(mock.messageRequests().length - before).toBe(5);
    // Five failures in a row opened the circuit: the next CV goes straight to the offline extractor.
    const { cv, extraction } = await uploadAndSettle(cvPdf(99));
    expect(extraction).toMatchObject({ status: 'succeeded', extractor: 'heuristic' });
    expect(mock.messageRequests().length - before).toBe(5);
    const doc = await app.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
    expect(doc.json<{ data: { hero: { fullName: string } } }>().data.hero.fullName).toBe('Grace Hopper');
  });
});
