import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRequest } from '../src/adapters/job-queue.js';
import { toDbTime } from '../src/adapters/sql-values.js';
import { guestHeaders, multipart, settledExtraction } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// An upload is stored, then its extraction job is queued. A process that dies between the two (or a
// queue that refuses the job) leaves the CV "queued" for a job that never comes: the scheduled
// cleanup queues such extractions again, once they have waited longer than any queue would make
// them wait, and never runs one twice.

describe.each(await databaseKinds('waiting extractions'))('extractions left waiting [%s]', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  const upload = async (headers: Record<string, string>, name: string) => {
    const form = multipart(Buffer.from(JSON.stringify({ basics: { name } })), `${name}.json`, 'application/json');
    return app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...headers, 'content-type': form.contentType },
      unchecked: true, // the refused queue's 500 is the point
    });
  };
  const backdate = (extractionId: string, minutes: number) =>
    app.container
      .db('extractions')
      .where({ id: extractionId })
      .update({ created_at: toDbTime(new Date(Date.now() - minutes * 60_000)) });

  const withExtractQueue = async <T>(enqueue: (request: JobRequest) => Promise<string>, work: () => Promise<T>) => {
    const queue = app.container.services.infra.queue;
    const real = queue.enqueue.bind(queue);
    queue.enqueue = (request: JobRequest) => (request.queue === 'extract' ? enqueue(request) : real(request));
    try {
      return await work();
    } finally {
      queue.enqueue = real;
    }
  };
  const listed = async (headers: Record<string, string>) =>
    (await app.request('GET', '/api/v1/cvs', { headers })).json<{
      items: { id: string; extraction: { id: string; status: string } }[];
    }>().items;

  it('an upload whose job the queue refuses is undone: an error, and no CV waiting for nothing', async () => {
    const headers = await guestHeaders(app);
    const res = await withExtractQueue(
      () => Promise.reject(new Error('the queue is down')),
      () => upload(headers, 'Refused Job'),
    );
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await listed(headers)).toEqual([]);
    const me = (await app.request('GET', '/api/v1/auth/me', { headers })).json<{ user: { id: string } }>().user;
    const files: string[] = [];
    for await (const entry of app.container.blobs.list(`cvs/${me.id}/`)) files.push(entry.key);
    expect(files).toEqual([]);
    // The same upload goes through once the queue takes jobs again.
    expect((await upload(headers, 'Refused Job')).status).toBe(202);
  });

  it('queues again an extraction whose job was lost, once it has waited 5 minutes, and runs it once', async () => {
    const headers = await guestHeaders(app);
    // Accepted and then lost (a queue that failed over without its data; a process killed between
    // storing the upload and queueing its job leaves the same).
    const res = await withExtractQueue(
      () => Promise.resolve('lost'),
      () => upload(headers, 'Lost Job'),
    );
    expect(res.status).toBe(202);
    const [cv] = await listed(headers);
    expect(cv!.extraction.status).toBe('queued');
    const extractionId = cv!.extraction.id;

    await backdate(extractionId, 4);
    expect((await app.container.portfolios.cleanup.run()).requeuedExtractions).toBe(0);
    await backdate(extractionId, 6);
    expect((await app.container.portfolios.cleanup.run()).requeuedExtractions).toBe(1);
    expect((await settledExtraction(app, headers, extractionId)).status).toBe('succeeded');
    const data = await app.request('GET', `/api/v1/cvs/${cv!.id}/data`, { headers });
    expect(data.json<{ data: { hero: { fullName: string } } }>().data.hero.fullName).toBe('Lost Job');
    // Done: not queued again, and the document was stored once.
    expect((await app.container.portfolios.cleanup.run()).requeuedExtractions).toBe(0);
    expect(data.headers.get('etag')).toBe('"v1"');
  });

  it('leaves alone extractions that are running or done', async () => {
    const headers = await guestHeaders(app);
    const res = await upload(headers, 'Fine Job');
    expect(res.status).toBe(202);
    const extractionId = res.json<{ extraction: { id: string } }>().extraction.id;
    expect((await settledExtraction(app, headers, extractionId)).status).toBe('succeeded');
    await backdate(extractionId, 60);
    expect((await app.container.portfolios.cleanup.run()).requeuedExtractions).toBe(0);
  });
});
