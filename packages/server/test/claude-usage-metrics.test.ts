import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costUsd, NOT_A_CV_TOOL, priceOf } from '@resume2website/cv-extraction';
import {
  errorReply,
  startAnthropicMock,
  toolUseReply,
  type AnthropicMock,
} from '../../cv-extraction/test/support/anthropic-mock-server.js';
import { textPdf } from '../../cv-extraction/test/support/intake-fixtures.js';
import { guestHeaders, multipart, settledExtraction } from './support/cv-uploads.js';
import { parseMetrics, sampleValue, type MetricSample } from './support/prometheus-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A model with a list price, so the cost counter has something to add up.
const MODEL = 'claude-haiku-4-5';
const KINDS = ['input', 'output', 'cache_read', 'cache_write'] as const;

const fixture = JSON.parse(await readFile(new URL('./fixtures/cv/full-en.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

async function scrape(app: TestApp): Promise<MetricSample[]> {
  const res = await app.request('GET', '/metrics');
  expect(res.status).toBe(200);
  return parseMetrics(res.text);
}

function tokens(samples: MetricSample[]): Record<(typeof KINDS)[number], number | undefined> {
  return Object.fromEntries(
    KINDS.map((kind) => [kind, sampleValue(samples, 'r2w_claude_tokens_total', { model: MODEL, kind })]),
  ) as Record<(typeof KINDS)[number], number | undefined>;
}

describe('Claude tokens and cost on /metrics', () => {
  let mock: AnthropicMock;
  let app: TestApp;
  let me: Record<string, string>;

  beforeAll(async () => {
    mock = await startAnthropicMock();
    app = await startTestApp({
      env: {
        CLAUDE_API_KEY: 'test-key',
        CLAUDE_BASE_URL: mock.url,
        CLAUDE_MODEL: MODEL,
        EXTRACTION_TIMEOUT_MS: '10000',
      },
    });
    me = await guestHeaders(app);
  });
  afterAll(async () => {
    await app.close();
    await mock.close();
  });

  async function extract(bytes: Buffer, filename: string, type: string): Promise<{ status: string }> {
    const form = multipart(bytes, filename, type);
    const upload = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...me, 'content-type': form.contentType },
    });
    expect(upload.status, upload.text).toBe(202);
    return settledExtraction(app, me, upload.json<{ extraction: { id: string } }>().extraction.id);
  }

  it('adds the usage of each answer, billed failures included, priced at the model list price', async () => {
    const before = await scrape(app);
    expect(tokens(before)).toEqual({
      input: undefined,
      output: undefined,
      cache_read: undefined,
      cache_write: undefined,
    });
    expect(sampleValue(before, 'r2w_claude_cost_usd_total', { model: MODEL })).toBeUndefined();

    const first = {
      input_tokens: 1834,
      output_tokens: 2210,
      cache_read_input_tokens: 4096,
      cache_creation_input_tokens: 0,
    };
    mock.enqueue(toolUseReply('record_cv', { ...fixture, meta: { language: 'en' } }, { usage: first }));
    expect(await extract(textPdf(), 'cv.pdf', 'application/pdf')).toMatchObject({ status: 'succeeded' });

    const afterFirst = await scrape(app);
    expect(tokens(afterFirst)).toEqual({ input: 1834, output: 2210, cache_read: 4096, cache_write: 0 });
    const price = priceOf(MODEL)!;
    const firstCost = costUsd(price, first);
    expect(firstCost).toBeGreaterThan(0);
    expect(sampleValue(afterFirst, 'r2w_claude_cost_usd_total', { model: MODEL })).toBeCloseTo(firstCost, 9);

    // Not a CV: the extraction fails, but Anthropic billed the answer, so it counts.
    const second = {
      input_tokens: 512,
      output_tokens: 40,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 3000,
    };
    mock.enqueue(toolUseReply(NOT_A_CV_TOOL, { reason: 'an invoice' }, { usage: second }));
    const invoice = Buffer.from('Invoice 2024-117\nTotal due: 1,200 EUR\nPay within 30 days.\n');
    expect(await extract(invoice, 'invoice.txt', 'text/plain')).toMatchObject({ status: 'failed' });

    const afterSecond = await scrape(app);
    expect(tokens(afterSecond)).toEqual({ input: 2346, output: 2250, cache_read: 4096, cache_write: 3000 });
    expect(sampleValue(afterSecond, 'r2w_claude_cost_usd_total', { model: MODEL })).toBeCloseTo(
      firstCost + costUsd(price, second),
      9,
    );
    expect(mock.messageRequests()).toHaveLength(2);
  });

  it('adds nothing for an answer from the cache, nor for a call that got no answer', async () => {
    const before = await scrape(app);
    const requests = mock.messageRequests().length;
    // The same file through the same model and prompt: answered from the cache, no call.
    expect(await extract(textPdf(), 'same-cv.pdf', 'application/pdf')).toMatchObject({ status: 'succeeded' });
    expect(mock.messageRequests()).toHaveLength(requests);
    // 400: not retried by the SDK; an error answer carries no usage and is not billed.
    mock.enqueue(errorReply(400, 'invalid_request_error', 'messages: the document could not be processed'));
    await extract(
      Buffer.from('Jane Roe\nSoftware engineer\nExperience\n2019-2024 Acme, Berlin\n'),
      'cv.txt',
      'text/plain',
    );
    expect(mock.messageRequests()).toHaveLength(requests + 1);

    const after = await scrape(app);
    expect(tokens(after)).toEqual(tokens(before));
    expect(sampleValue(after, 'r2w_claude_cost_usd_total', { model: MODEL })).toBe(
      sampleValue(before, 'r2w_claude_cost_usd_total', { model: MODEL }),
    );
    // Only this model's series, only these labels: the label space stays bounded.
    for (const s of after.filter((m) => m.name === 'r2w_claude_tokens_total')) {
      expect(Object.keys(s.labels).sort()).toEqual(['kind', 'model']);
      expect(s.labels.model).toBe(MODEL);
    }
  });
});
