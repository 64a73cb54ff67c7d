import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { multipart } from './support/cv-uploads.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { within } from './support/within.js';

// Each API process remembers what a user owns as it last read it (READ_CACHE_TTL): their CVs, the
// latest extraction, the current document version, their portfolios. Every writer, in an API or in
// a worker, announces whose data changed over Redis; the other processes must then read afresh at
// once, not after READ_CACHE_TTL. Here `api` serves requests only and `worker` also runs the jobs,
// as `npm run worker` does, so extraction and publishing progress is written in the other process.

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

interface CvBody {
  id: string;
  original_filename: string;
  has_data: boolean;
  updated_at: string;
  extraction: { id: string; status: string } | null;
}
interface PortfolioBody {
  id: string;
  status: string;
  theme: string;
  published_url: string | null;
}

const postgres = await requireService('postgres', 'owned reads across processes');
const redis = await requireService('redis', 'owned reads across processes');

describe.runIf(postgres && redis)('what users own, remembered by two processes sharing PostgreSQL and Redis', () => {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let api: TestApp;
  let worker: TestApp;
  let sql: pg.Client;

  const guest = async () =>
    bearer((await api.request('POST', '/api/v1/auth/guest')).json<{ session_id: string }>().session_id);
  const upload = async (app: TestApp, auth: Record<string, string>, name: string) => {
    const form = multipart(
      Buffer.from(JSON.stringify({ basics: { name, label: 'Analyst' } })),
      `${name}.json`,
      'application/json',
    );
    const res = await app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...auth, 'content-type': form.contentType },
    });
    expect(res.status).toBe(202);
    return res.json<CvBody>();
  };
  const cvOn = async (app: TestApp, auth: Record<string, string>, id: string) =>
    (await app.request('GET', `/api/v1/cvs/${id}`, { headers: auth })).json<CvBody>();
  const succeeded = async (app: TestApp, auth: Record<string, string>, id: string) =>
    within(10_000, async () => (await cvOn(app, auth, id)).extraction?.status === 'succeeded');

  beforeAll(async () => {
    schema = await createPostgresSchema();
    // One READ_CACHE_TTL far longer than any wait below: only an announcement can explain a fresh read.
    const env = { DATABASE_URL: schema.url, REDIS_URL: TEST_REDIS_URL, READ_CACHE_TTL: '120' };
    api = await startTestApp({ env });
    worker = await startTestApp({ env: { ...env, DATA_DIR: api.config.dataDir }, runJobs: true });
    sql = new pg.Client({ connectionString: schema.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await worker?.close();
    await api?.close();
    await schema?.drop();
  });

  it('answers repeated reads from memory: a row changed behind its back is served as it was until a write is announced', async () => {
    const auth = await guest();
    const cv = await upload(api, auth, 'Memory Person');
    await succeeded(api, auth, cv.id);
    for (const app of [api, worker, api, worker]) await cvOn(app, auth, cv.id);
    // Not a way a CV changes (nothing is announced): only memory can still know the old name.
    await sql.query(`update ${schema.name}.cvs set original_filename = 'renamed.json' where id = $1`, [cv.id]);
    expect((await cvOn(api, auth, cv.id)).original_filename).toBe('Memory Person.json');
    expect((await cvOn(worker, auth, cv.id)).original_filename).toBe('Memory Person.json');
    // A real change on the other process: both read the owner's data afresh.
    const patched = await worker.request('PATCH', `/api/v1/cvs/${cv.id}/data`, {
      headers: { ...auth, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ data: { hero: { summaryTagline: 'Changed on the worker.' } } }),
    });
    expect(patched.status).toBe(200);
    await within(1000, async () => (await cvOn(api, auth, cv.id)).original_filename === 'renamed.json');
    const data = await api.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
    expect(data.headers.get('etag')).toBe('"v2"');
    expect(data.json<{ data: { hero: { summaryTagline: string } } }>().data.hero.summaryTagline).toBe(
      'Changed on the worker.',
    );
  });

  it('follows an extraction the worker runs, by polling and by its event stream, on the API that remembers it', async () => {
    const auth = await guest();
    const cv = await upload(api, auth, 'Progress Person');
    const extractionId = cv.extraction!.id;
    const progress = async () =>
      (await api.request('GET', `/api/v1/extractions/${extractionId}`, { headers: auth })).json<{ status: string }>()
        .status;
    expect(['queued', 'running', 'succeeded']).toContain(await progress());
    const stream = await fetch(`${api.url}/api/v1/extractions/${extractionId}/events`, { headers: auth });
    const events = await stream.text(); // ends after `succeeded` or `failed`
    expect(events).toContain('event: succeeded');
    expect(await progress()).toBe('succeeded');
    const listed = (await api.request('GET', '/api/v1/cvs', { headers: auth })).json<{ items: CvBody[] }>().items;
    expect(listed.map((item) => [item.id, item.extraction?.status, item.has_data])).toEqual([
      [cv.id, 'succeeded', true],
    ]);
    // The document the worker stored, under the version the API now reports.
    const data = await api.request('GET', `/api/v1/cvs/${cv.id}/data`, { headers: auth });
    expect(data.headers.get('etag')).toBe('"v1"');
    expect(data.json<{ data: { hero: { fullName: string } } }>().data.hero.fullName).toBe('Progress Person');
  });

  it('sees a site published by the worker, a change made on the other API and a deletion, at once', async () => {
    const auth = await guest();
    const cv = await upload(api, auth, 'Portfolio Person');
    await succeeded(api, auth, cv.id);
    const created = await api.request('POST', '/api/v1/portfolios', {
      headers: auth,
      json: { cv_id: cv.id, theme: 'classic' },
    });
    expect(created.status).toBe(201);
    const { id } = created.json<PortfolioBody>();
    const portfolioOn = async (app: TestApp) =>
      (await app.request('GET', `/api/v1/portfolios/${id}`, { headers: auth })).json<PortfolioBody>();
    const listOn = async (app: TestApp) =>
      (await app.request('GET', '/api/v1/portfolios', { headers: auth })).json<{ items: PortfolioBody[] }>().items;
    for (const app of [api, worker, api]) expect((await portfolioOn(app)).status).toBe('draft');

    expect((await api.request('POST', `/api/v1/portfolios/${id}/publish`, { headers: auth })).status).toBe(202);
    await within(10_000, async () => (await portfolioOn(api)).status === 'published');
    expect((await listOn(api))[0]).toMatchObject({ id, status: 'published' });
    expect((await portfolioOn(api)).published_url).toBeTruthy();

    const changed = await worker.request('PATCH', `/api/v1/portfolios/${id}`, {
      headers: auth,
      json: { theme: 'modern' },
    });
    expect(changed.status).toBe(200);
    await within(1000, async () => (await portfolioOn(api)).theme === 'modern');

    expect((await worker.request('DELETE', `/api/v1/cvs/${cv.id}`, { headers: auth })).status).toBe(204);
    await within(1000, async () => {
      const [gone, list] = await Promise.all([
        api.request('GET', `/api/v1/cvs/${cv.id}`, { headers: auth }),
        api.request('GET', '/api/v1/portfolios', { headers: auth }),
      ]);
      return gone.status === 404 && list.json<{ items: unknown[] }>().items.length === 0;
    });
    expect((await api.request('GET', `/api/v1/portfolios/${id}`, { headers: auth })).status).toBe(404);
  });

  it("a guest's work moves to the account they sign in to on the other process", async () => {
    const email = `owned.${Date.now()}@example.com`;
    const password = 'correct horse battery staple';
    const registered = await api.request('POST', '/api/v1/auth/register', {
      json: { email, password, full_name: 'Account Person' },
    });
    expect(registered.status).toBe(200);
    const account = bearer(registered.json<{ session_id: string }>().session_id);
    const mine = await upload(api, account, 'Account Person');
    const listedIds = async (auth: Record<string, string>) =>
      (await api.request('GET', '/api/v1/cvs', { headers: auth })).json<{ items: CvBody[] }>().items.map((i) => i.id);
    expect(await listedIds(account)).toEqual([mine.id]);

    const auth = await guest();
    const theirs = await upload(api, auth, 'Guest Person');
    expect(await listedIds(auth)).toEqual([theirs.id]);
    const signedIn = await worker.request('POST', '/api/v1/auth/login', { headers: auth, json: { email, password } });
    expect(signedIn.status).toBe(200);
    await within(1000, async () => (await listedIds(account)).length === 2);
    expect(new Set(await listedIds(account))).toEqual(new Set([mine.id, theirs.id]));
    expect((await api.request('GET', `/api/v1/cvs/${theirs.id}`, { headers: account })).status).toBe(200);
  });
});
