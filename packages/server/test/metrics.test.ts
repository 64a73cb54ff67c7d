import { readFile } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createClaudeExtractor,
  ExtractionError,
  NOT_A_CV_TOOL,
  type ExtractionInput,
} from '@resume2website/cv-extraction';
import {
  startAnthropicMock,
  toolUseReply,
  errorReply,
  type AnthropicMock,
} from '../../cv-extraction/test/support/anthropic-mock-server.js';
import { createPrometheusMetrics } from '../src/adapters/prometheus-metrics.js';
import { loadApiSpec } from '../src/spec.js';
import { cvWithDocument, guestHeaders, jsonResumeFile, multipart, settledExtraction } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import { textPdf } from '../../cv-extraction/test/support/intake-fixtures.js';
import { parseMetrics, sampleValue, type MetricSample } from './support/prometheus-text.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { within } from './support/within.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const fixture = JSON.parse(await readFile(new URL('./fixtures/cv/full-en.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const QUEUES = ['extract', 'render', 'publish', 'cleanup'];
const STATES = ['waiting', 'active', 'delayed', 'failed'];

async function scrape(app: TestApp): Promise<MetricSample[]> {
  const res = await app.request('GET', '/metrics');
  expect(res.status).toBe(200);
  return parseMetrics(res.text);
}

const kinds = await databaseKinds('metrics');

describe.each(kinds)('/metrics as the contract names it [%s]', (database) => {
  let mock: AnthropicMock;
  let app: TestApp;
  let me: Record<string, string>;

  beforeAll(async () => {
    mock = await startAnthropicMock();
    app = await startTestApp({
      database,
      env: { CLAUDE_API_KEY: 'test-key', CLAUDE_BASE_URL: mock.url, EXTRACTION_TIMEOUT_MS: '10000' },
    });
    me = await guestHeaders(app);
  });
  afterAll(async () => {
    await app.close();
    await mock.close();
  });

  it('times requests by operationId, method and status; anything outside the contract is `unmatched`', async () => {
    await app.request('GET', '/health');
    await app.request('GET', '/api/v1/cvs/cv_0123456789abcdefghijklmnop'); // 401: no session
    await app.request('GET', '/no/such/path/cv_0123456789abcdefghijklmnop');
    const res = await app.request('GET', '/metrics');
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = parseMetrics(res.text);
    const count = (labels: Record<string, string>) =>
      sampleValue(samples, 'r2w_http_request_duration_seconds_count', labels);

    expect(count({ operation_id: 'getHealth', method: 'GET', status: '200' })).toBe(1);
    expect(count({ operation_id: 'getCv', method: 'GET', status: '401' })).toBe(1);
    expect(count({ operation_id: 'unmatched', method: 'GET', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(count({ operation_id: 'createGuestSession', method: 'POST', status: '200' })).toBe(1);
    expect(
      sampleValue(samples, 'r2w_http_request_duration_seconds_bucket', {
        operation_id: 'getHealth',
        method: 'GET',
        status: '200',
        le: '0.05',
      }),
    ).toBe(1);
    const sum = sampleValue(samples, 'r2w_http_request_duration_seconds_sum', { operation_id: 'getHealth' });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(1);

    // The label space stays bounded: no raw paths or ids, and only these labels.
    expect(res.text).not.toContain('cv_0123456789abcdefghijklmnop');
    expect(res.text).not.toContain('/no/such/path');
    for (const s of samples.filter((m) => m.name.startsWith('r2w_http_request_duration_seconds'))) {
      expect(Object.keys(s.labels).filter((k) => k !== 'le')).toEqual(['operation_id', 'method', 'status']);
    }
    // The names before the contract was followed are gone; the process metrics stay.
    expect(res.text).not.toMatch(/^http_request_duration_seconds/m);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts extraction runs by extractor and outcome, and times them', async () => {
    await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Metric Person' } }));

    // Claude (against the local Messages API): one document, then one file that is not a CV.
    mock.enqueue(toolUseReply('record_cv', { ...fixture, meta: { language: 'en' } }));
    await cvWithDocument(app, me, { bytes: textPdf(), filename: 'cv.pdf', type: 'application/pdf' });
    mock.enqueue(toolUseReply(NOT_A_CV_TOOL, { reason: 'an invoice' }));
    const form = multipart(
      Buffer.from('Invoice 2024-117\nTotal due: 1,200 EUR\nPay within 30 days.\n'),
      'invoice.txt',
      'text/plain',
    );
    const upload = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...me, 'content-type': form.contentType },
    });
    expect(upload.status, upload.text).toBe(202);
    const failed = await settledExtraction(app, me, upload.json<{ extraction: { id: string } }>().extraction.id);
    expect(failed).toMatchObject({ status: 'failed', extractor: 'claude' });

    // Counted once the job has stored its outcome, which a client may read a moment before.
    let samples = await scrape(app);
    const total = (extractor: string, outcome: string) =>
      sampleValue(samples, 'r2w_extractions_total', { extractor, outcome });
    await within(2000, async () => {
      samples = await scrape(app);
      return total('claude', 'not-a-cv') !== undefined;
    });
    expect(total('jsonresume', 'succeeded')).toBe(1);
    expect(total('claude', 'succeeded')).toBe(1);
    expect(total('claude', 'not-a-cv')).toBe(1);
    for (const [extractor, outcome] of [
      ['jsonresume', 'succeeded'],
      ['claude', 'succeeded'],
      ['claude', 'not-a-cv'],
    ] as const) {
      const labels = { extractor, outcome };
      expect(sampleValue(samples, 'r2w_extraction_duration_seconds_count', labels)).toBe(1);
      const seconds = sampleValue(samples, 'r2w_extraction_duration_seconds_sum', labels)!;
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(10);
      expect(sampleValue(samples, 'r2w_extraction_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(1);
    }
  });

  it('times publish runs by outcome', async () => {
    const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Published Person' } }));
    const created = await app.request('POST', '/api/v1/portfolios', {
      json: { cv_id: cvId, theme: 'classic' },
      headers: me,
    });
    const id = created.json<{ id: string }>().id;
    expect((await app.request('POST', `/api/v1/portfolios/${id}/publish`, { headers: me })).status).toBe(202);
    for (let i = 0; i < 300; i++) {
      const p = (await app.request('GET', `/api/v1/portfolios/${id}`, { headers: me })).json<{ status: string }>();
      if (p.status === 'published') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const samples = await scrape(app);
    expect(sampleValue(samples, 'r2w_publish_duration_seconds_count', { outcome: 'succeeded' })).toBe(1);
    const seconds = sampleValue(samples, 'r2w_publish_duration_seconds_sum', { outcome: 'succeeded' })!;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(30);
  });

  it('reads queue depth by queue and state, and the oldest waiting job, from the database at scrape time', async () => {
    const before = await scrape(app);
    for (const queue of QUEUES) {
      for (const state of STATES) expect(sampleValue(before, 'r2w_queue_depth', { queue, state })).toBe(0);
      expect(sampleValue(before, 'r2w_queue_oldest_waiting_age_seconds', { queue })).toBe(0);
    }
    // Nothing consumes the `render` queue: jobs put there stay as they were written.
    const now = Date.now();
    const job = (id: string, runAt: number) => ({
      id,
      queue: 'render',
      name: 'render',
      payload: '{}',
      status: 'queued',
      attempts: 0,
      max_attempts: 3,
      run_at: new Date(runAt),
      created_at: new Date(now),
      updated_at: new Date(now),
    });
    await app.container
      .db('jobs')
      .insert([
        job('job_metrics_due_a', now - 90_000),
        job('job_metrics_due_b', now - 5_000),
        job('job_metrics_later', now + 3600_000),
      ]);
    const after = await scrape(app);
    expect(sampleValue(after, 'r2w_queue_depth', { queue: 'render', state: 'waiting' })).toBe(2);
    expect(sampleValue(after, 'r2w_queue_depth', { queue: 'render', state: 'delayed' })).toBe(1);
    const age = sampleValue(after, 'r2w_queue_oldest_waiting_age_seconds', { queue: 'render' })!;
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(120);
    await app.container.db('jobs').whereIn('id', ['job_metrics_due_a', 'job_metrics_due_b', 'job_metrics_later']).del();
    expect(sampleValue(await scrape(app), 'r2w_queue_depth', { queue: 'render', state: 'waiting' })).toBe(0);
  });

  it('reports the Claude circuit breaker as closed while Claude answers', async () => {
    expect(sampleValue(await scrape(app), 'r2w_circuit_breaker_state', { breaker: 'claude' })).toBe(0);
  });

  it('answers HEAD /metrics with the headers of GET and no body', async () => {
    const head = await app.request('HEAD', '/metrics');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(head.headers.get('cache-control')).toBe('no-store');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    const samples = await scrape(app);
    expect(
      sampleValue(samples, 'r2w_http_request_duration_seconds_count', { operation_id: 'getMetrics', method: 'HEAD' }),
    ).toBe(1);
  });
});

describe('HEAD on the contract', () => {
  let mock: AnthropicMock;
  let app: TestApp;
  beforeAll(async () => {
    mock = await startAnthropicMock();
    app = await startTestApp({
      env: { CLAUDE_API_KEY: 'test-key', CLAUDE_BASE_URL: mock.url, EXTRACTION_TIMEOUT_MS: '10000' },
    });
  });
  afterAll(async () => {
    await app.close();
    await mock.close();
  });

  it("is answered by every GET operation's handler, with its status and headers and no body", async () => {
    const health = await app.request('HEAD', '/health');
    expect(health.status).toBe(200);
    expect(health.text).toBe('');
    expect(health.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(health.headers.get('content-length')).toBe(String(JSON.stringify({ status: 'ok' }).length));

    const spec = await app.request('HEAD', '/openapi.yaml');
    expect(spec.status).toBe(200);
    expect(spec.text).toBe('');
    expect(spec.headers.get('content-type')).toBe('application/yaml; charset=utf-8');

    // The same rules as GET: a session is needed, parameters are validated.
    const cvs = await app.request('HEAD', '/api/v1/cvs');
    expect(cvs.status).toBe(401);
    expect(cvs.text).toBe('');
    expect(cvs.headers.get('content-type')).toBe('application/problem+json');
    const badId = await app.request('HEAD', '/api/v1/cvs/not-an-id', { headers: await guestHeaders(app) });
    expect(badId.status).toBe(400);
    expect(badId.text).toBe('');

    // A streamed GET (Server-Sent Events) of a running extraction ends at once instead of holding
    // the connection, and its poll and heartbeat timers stop with it.
    const me = await guestHeaders(app);
    mock.enqueue({ ...toolUseReply('record_cv', { ...fixture, meta: { language: 'en' } }), delayMs: 1500 });
    const form = multipart(textPdf(), 'cv.pdf', 'application/pdf');
    const upload = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...me, 'content-type': form.contentType },
    });
    const extractionId = upload.json<{ extraction: { id: string } }>().extraction.id;
    await vi.waitFor(() => expect(mock.messageRequests()).toHaveLength(1));
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const timersBefore = timers();
    const events = await app.request('HEAD', `/api/v1/extractions/${extractionId}/events`, { headers: me });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(events.text).toBe('');
    await new Promise((r) => setTimeout(r, 50));
    expect(timers()).toBeLessThanOrEqual(timersBefore);
    expect((await settledExtraction(app, me, extractionId)).status).toBe('succeeded');
  });

  it('is listed in Allow next to GET, and refused where there is no GET', async () => {
    const post = await app.request('DELETE', '/metrics');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const guestOnly = await app.request('HEAD', '/api/v1/auth/guest');
    expect(guestOnly.status).toBe(405);
    expect(guestOnly.headers.get('allow')).toBe('POST');
    expect(guestOnly.text).toBe('');
  });
});

describe('the circuit breaker gauge', () => {
  let mock: AnthropicMock;
  beforeAll(async () => {
    mock = await startAnthropicMock();
  });
  afterAll(() => mock.close());

  it('follows the Claude breaker: 0 closed, 2 open, 1 half-open once its time is up, 0 after a good trial', async () => {
    let now = new Date('2026-11-27T10:00:00Z');
    const logger = pino({ level: 'silent' });
    const claude = createClaudeExtractor({
      apiKey: 'sk-ant-test-key',
      contract: loadApiSpec().document,
      baseUrl: mock.url,
      timeoutMs: 10_000,
      logger,
      maxRetries: 0,
      clock: () => now,
      breaker: { failureThreshold: 2, openMs: 60_000 },
    });
    const metrics = createPrometheusMetrics({ logger });
    metrics.observeBreaker('claude', () => claude.breaker.state);
    const state = async () =>
      sampleValue(parseMetrics(await metrics.registry.metrics()), 'r2w_circuit_breaker_state', { breaker: 'claude' });
    const pdf = textPdf();
    const input: ExtractionInput = {
      file: { kind: 'pdf', mediaType: 'application/pdf', pageCount: 2 },
      bytes: pdf,
      sha256: 'x'.repeat(64),
      originalFilename: 'cv.pdf',
    };
    const extract = () => claude.extract(input, { signal: new AbortController().signal, onStage: () => undefined });

    expect(await state()).toBe(0);
    mock.enqueue(errorReply(500, 'api_error', 'down'), errorReply(500, 'api_error', 'down'));
    await expect(extract()).rejects.toBeInstanceOf(ExtractionError);
    expect(await state()).toBe(0); // one failure is not enough
    await expect(extract()).rejects.toBeInstanceOf(ExtractionError);
    expect(await state()).toBe(2);
    now = new Date('2026-11-27T10:01:00Z');
    expect(await state()).toBe(1);
    mock.enqueue(toolUseReply('record_cv', { hero: { fullName: 'Ana' } }));
    await extract();
    expect(await state()).toBe(0);
  });
});

const redisAvailable = await requireService('redis', 'metrics with REDIS_URL (BullMQ)');

describe.runIf(redisAvailable)('metrics with REDIS_URL (BullMQ)', () => {
  it('reads queue depth from Redis, and the worker serves the extraction metrics of the jobs it ran', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL };
    const api = await startTestApp({ env });
    let worker: TestApp | undefined;
    try {
      const me = await guestHeaders(api);
      const form = multipart(
        Buffer.from(JSON.stringify({ basics: { name: `Queued Person ${Date.now()}` } })),
        'cv.json',
        'application/json',
      );
      const res = await api.request('POST', '/api/v1/cvs', {
        body: form.body,
        headers: { ...me, 'content-type': form.contentType },
      });
      expect(res.status).toBe(202);
      // The API does not run jobs with Redis configured: the extraction waits in BullMQ.
      const queued = await scrape(api);
      for (const queue of QUEUES) {
        for (const state of STATES)
          expect(sampleValue(queued, 'r2w_queue_depth', { queue, state })).toBeGreaterThanOrEqual(0);
      }
      expect(sampleValue(queued, 'r2w_queue_depth', { queue: 'extract', state: 'waiting' })).toBeGreaterThanOrEqual(1);
      expect(sampleValue(queued, 'r2w_queue_oldest_waiting_age_seconds', { queue: 'extract' })).toBeGreaterThanOrEqual(
        0,
      );

      worker = await startTestApp({
        env: { ...env, DATABASE_URL: api.config.databaseUrl ?? '', DATA_DIR: api.config.dataDir },
        runJobs: true,
      });
      const extraction = await settledExtraction(api, me, res.json<{ extraction: { id: string } }>().extraction.id);
      expect(extraction.status).toBe('succeeded');
      // Recorded where the job ran: the worker's registry (what `npm run worker` serves), not the API's.
      const inWorker = parseMetrics(await worker.container.metrics.registry.metrics());
      expect(sampleValue(inWorker, 'r2w_extractions_total', { extractor: 'jsonresume', outcome: 'succeeded' })).toBe(1);
      expect(sampleValue(await scrape(api), 'r2w_extractions_total', { extractor: 'jsonresume' })).toBeUndefined();
    } finally {
      await worker?.close();
      await api.close();
    }
  });
});
