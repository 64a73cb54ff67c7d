import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlIdempotencyStore } from '../src/adapters/sql-idempotency-store.js';
import { cvWithDocument, guestHeaders, jsonResumeFile, multipart, settledExtraction } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import { losingAnswers } from './support/losing-answers.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { assertMatchesSpec } from './support/spec-response-validator.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const REPLAYED = 'idempotent-replayed';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const redisAvailable = await requireService('redis', 'idempotency keys in Redis');
const variants = [
  ...(await databaseKinds('idempotency keys')).map((database) => ({ name: database, database, redis: false })),
  ...(redisAvailable ? [{ name: 'sqlite + redis', database: 'sqlite' as const, redis: true }] : []),
];

const resume = (name: string) =>
  jsonResumeFile({ basics: { name, label: 'Engineer', email: 'someone@example.com' }, work: [] });

describe.each(variants)('Idempotency-Key [$name]', ({ database, redis }) => {
  let app: TestApp;
  let me: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({
      database,
      // With Redis the API consumes the jobs itself, so uploaded CVs get their documents.
      ...(redis && { env: { REDIS_URL: TEST_REDIS_URL }, runJobs: true }),
      rateLimitOverrides: {
        registrationPerIp: { points: 1000, durationSeconds: 60 },
        guestPerIp: { points: 1000, durationSeconds: 60 },
      },
    });
    me = await guestHeaders(app);
  });
  afterAll(() => app.close());

  const upload = (headers: Record<string, string>, name: string, key?: string) => {
    const file = resume(name);
    const form = multipart(file.bytes, file.filename, file.type);
    return app.request('POST', '/api/v1/cvs', {
      body: form.body,
      headers: { ...headers, 'content-type': form.contentType, ...(key && { 'idempotency-key': key }) },
    });
  };
  const cvCount = async (headers: Record<string, string>) =>
    (await app.request('GET', '/api/v1/cvs?limit=100', { headers })).json<{ items: unknown[] }>().items.length;
  const portfolioCount = async (headers: Record<string, string>) =>
    (await app.request('GET', '/api/v1/portfolios?limit=100', { headers })).json<{ items: unknown[] }>().items.length;

  it('replays createPortfolio: one portfolio, the same status, body and Location, marked as a replay', async () => {
    const headers = await guestHeaders(app);
    const cvId = await cvWithDocument(app, headers, resume('Replay Person'));
    const key = randomUUID();
    const send = () =>
      app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme: 'classic' },
        headers: { ...headers, 'idempotency-key': key },
      });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.headers.get(REPLAYED)).toBeNull();
    const second = await send();
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get(REPLAYED)).toBe('true');
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await portfolioCount(headers)).toBe(1);
  });

  it('replays uploadCv: the same CV, no second one', async () => {
    const headers = await guestHeaders(app);
    const key = randomUUID();
    const first = await upload(headers, 'Upload Once', key);
    expect(first.status).toBe(202);
    // A retry encodes the multipart body anew (another boundary): still the same upload.
    const second = await upload(headers, 'Upload Once', key);
    expect(second.status).toBe(202);
    expect(second.text).toBe(first.text);
    expect(second.headers.get(REPLAYED)).toBe('true');
    expect(await cvCount(headers)).toBe(1);
  });

  it('a create run again after its answer was lost finds what the first run stored: one CV, one portfolio', async () => {
    const headers = await guestHeaders(app);
    const uploadKey = randomUUID();
    const first = await losingAnswers(app, () => upload(headers, 'Stored Once', uploadKey));
    expect(first.status).toBe(202);
    const second = await upload(headers, 'Stored Once', uploadKey);
    expect(second.status).toBe(202);
    expect(second.headers.get(REPLAYED)).toBeNull(); // it ran again, and found the first run's CV
    const cvId = first.json<{ id: string }>().id;
    expect(second.json<{ id: string }>().id).toBe(cvId);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await cvCount(headers)).toBe(1);
    // Without a key, or with another, a new upload is a new CV.
    expect((await upload(headers, 'Stored Once', randomUUID())).json<{ id: string }>().id).not.toBe(cvId);

    await settledExtraction(app, headers, first.json<{ extraction: { id: string } }>().extraction.id);
    const portfolioKey = randomUUID();
    const create = () =>
      app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme: 'classic' },
        headers: { ...headers, 'idempotency-key': portfolioKey },
      });
    const made = await losingAnswers(app, create);
    expect(made.status).toBe(201);
    const again = await create();
    expect(again.status).toBe(201);
    expect(again.json<{ id: string; slug: string }>()).toMatchObject({
      id: made.json<{ id: string }>().id,
      slug: made.json<{ slug: string }>().slug,
    });
    expect(await portfolioCount(headers)).toBe(1);
  });

  it('replays createGuestSession: the same guest and session, cookie included', async () => {
    const key = randomUUID();
    const first = await app.request('POST', '/api/v1/auth/guest', { headers: { 'idempotency-key': key } });
    const second = await app.request('POST', '/api/v1/auth/guest', { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(second.headers.get('set-cookie')).toBe(first.headers.get('set-cookie'));
    expect(second.headers.get(REPLAYED)).toBe('true');
  });

  it('replays registerUser for a guest whose session the first call ended, without an email-taken', async () => {
    const guest = await guestHeaders(app);
    const key = randomUUID();
    const json = {
      email: `idem.${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'Ada',
    };
    const first = await app.request('POST', '/api/v1/auth/register', {
      json,
      headers: { ...guest, 'idempotency-key': key },
    });
    expect(first.status).toBe(200);
    // The guest session is gone now; the retry presents the same (dead) token and gets the answer.
    const second = await app.request('POST', '/api/v1/auth/register', {
      json,
      headers: { ...guest, 'idempotency-key': key },
    });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get(REPLAYED)).toBe('true');
  });

  it('a guest session run again after its answer was lost signs in to the same guest', async () => {
    const key = randomUUID();
    const send = () => app.request('POST', '/api/v1/auth/guest', { headers: { 'idempotency-key': key } });
    const first = await losingAnswers(app, send);
    expect(first.status).toBe(200);
    const second = await send();
    expect(second.status).toBe(200);
    expect(second.headers.get(REPLAYED)).toBeNull(); // it ran again, and found the first run's guest
    type Session = { session_id: string; user: { id: string; is_guest: boolean } };
    const guest = first.json<Session>().user;
    expect(second.json<Session>().user).toEqual(guest);
    expect(guest.is_guest).toBe(true);
    // Its new session is the guest's: what was uploaded with one is listed with the other.
    const bearer = (res: typeof first) => ({ authorization: `Bearer ${res.json<Session>().session_id}` });
    expect((await upload(bearer(first), 'Guest Once')).status).toBe(202);
    expect(await cvCount(bearer(second))).toBe(1);
  });

  it('a registration run again after its answer was lost signs in to the account it made, with the same password only', async () => {
    const key = randomUUID();
    const json = {
      email: `lost.${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'Ada',
    };
    const register = (body: typeof json, headers: Record<string, string> = {}) =>
      app.request('POST', '/api/v1/auth/register', { json: body, headers: { 'idempotency-key': key, ...headers } });
    const first = await losingAnswers(app, () => register(json));
    expect(first.status).toBe(200);
    type Session = { session_id: string; user: { id: string } };
    const accountId = first.json<Session>().user.id;
    // The key was given up with the lost answer: a rerun with another password is a new request.
    const wrongPassword = await losingAnswers(app, () => register({ ...json, password: 'another long password' }));
    expect(wrongPassword.status).toBe(409);
    expect(wrongPassword.json()).toMatchObject({ type: `${PROBLEM}email-taken` });
    // Another caller's same key is another request too.
    const stranger = await register(json, await guestHeaders(app));
    expect(stranger.status).toBe(409);
    expect(stranger.json()).toMatchObject({ type: `${PROBLEM}email-taken` });

    const second = await register(json);
    expect(second.status, second.text).toBe(200);
    expect(second.headers.get(REPLAYED)).toBeNull();
    expect(second.json<Session>().user.id).toBe(accountId);
    expect(second.json<Session>().session_id).not.toBe(first.json<Session>().session_id);
  });

  it("a guest's registration run again after its answer was lost (its guest session already ended) signs in to the account", async () => {
    const guest = await guestHeaders(app);
    expect((await upload(guest, 'Claimed Work')).status).toBe(202);
    const key = randomUUID();
    const json = {
      email: `claim.${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'Ada',
    };
    const register = () =>
      app.request('POST', '/api/v1/auth/register', { json, headers: { ...guest, 'idempotency-key': key } });
    const first = await losingAnswers(app, register);
    expect(first.status).toBe(200);
    expect((await app.request('GET', '/api/v1/auth/me', { headers: guest })).status).toBe(401);

    const second = await register();
    expect(second.status, second.text).toBe(200);
    expect(second.headers.get(REPLAYED)).toBeNull();
    type Session = { session_id: string; user: { id: string; is_guest: boolean } };
    expect(second.json<Session>().user).toMatchObject({ id: first.json<Session>().user.id, is_guest: false });
    expect(await cvCount({ authorization: `Bearer ${second.json<Session>().session_id}` })).toBe(1);
  });

  it('does not hand out a guest again once its sessions have ended: 422 idempotency-key-reused', async () => {
    const key = randomUUID();
    const send = () => app.request('POST', '/api/v1/auth/guest', { headers: { 'idempotency-key': key } });
    expect((await losingAnswers(app, send)).status).toBe(200);
    const again = await losingAnswers(app, send);
    expect(again.status).toBe(200);
    // The guest signs out everywhere: the lost session ends with the rest.
    const bearer = { authorization: `Bearer ${again.json<{ session_id: string }>().session_id}` };
    expect((await app.request('DELETE', '/api/v1/auth/sessions', { headers: bearer })).status).toBe(204);
    const after = await send();
    expect(after.status, after.text).toBe(422);
    expect(after.json()).toMatchObject({ type: `${PROBLEM}idempotency-key-reused` });
  });

  it('does not sign in through a registration rerun once the account has signed in with its password', async () => {
    const key = randomUUID();
    const json = {
      email: `signed.${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      full_name: 'Ada',
    };
    const register = () => app.request('POST', '/api/v1/auth/register', { json, headers: { 'idempotency-key': key } });
    expect((await losingAnswers(app, register)).status).toBe(200);
    const login = await app.request('POST', '/api/v1/auth/login', {
      json: { email: json.email, password: json.password },
    });
    expect(login.status).toBe(200);
    const rerun = await register();
    expect(rerun.status).toBe(409);
    expect(rerun.json()).toMatchObject({ type: `${PROBLEM}email-taken` });
  });

  it('keeps a final refusal (a 4xx a service threw) and replays it', async () => {
    const key = randomUUID();
    const send = () =>
      app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: `cv_${'0'.repeat(26)}`, theme: 'classic' },
        headers: { ...me, 'idempotency-key': key },
      });
    const first = await send();
    expect(first.status).toBe(422);
    expect(first.json()).toMatchObject({ type: `${PROBLEM}validation-error` });
    const second = await send();
    expect(second.status).toBe(422);
    expect(second.text).toBe(first.text);
    expect(second.headers.get(REPLAYED)).toBe('true');
  });

  it('answers 422 idempotency-key-reused for the same key with another body, path or operation', async () => {
    const headers = await guestHeaders(app);
    const cvId = await cvWithDocument(app, headers, resume('Reused Key'));
    const key = randomUUID();
    const create = (theme: string) =>
      app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme },
        headers: { ...headers, 'idempotency-key': key },
      });
    expect((await create('classic')).status).toBe(201);
    const other = await create('modern');
    expect(other.status).toBe(422);
    expect(other.json()).toMatchObject({ type: `${PROBLEM}idempotency-key-reused`, status: 422 });
    expect(other.headers.get(REPLAYED)).toBeNull();
    const elsewhere = await upload(headers, 'Reused Key', key);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.json()).toMatchObject({ type: `${PROBLEM}idempotency-key-reused` });
    expect(await portfolioCount(headers)).toBe(1);
    expect(await cvCount(headers)).toBe(1);
  });

  it('answers 409 idempotency-key-in-flight while the first request runs, then replays it', async () => {
    const headers = await guestHeaders(app);
    const key = randomUUID();
    const file = resume('Slow Upload');
    const form = multipart(file.bytes, file.filename, file.type);
    // The first upload's body arrives in two parts; between them its request is in flight.
    let finish!: () => void;
    const rest = new Promise<void>((resolve) => (finish = resolve));
    const half = Math.floor(form.body.length / 2);
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(form.body.subarray(0, half));
        await rest;
        controller.enqueue(form.body.subarray(half));
        controller.close();
      },
    });
    // The record the first request's claim writes: a hash of (caller, key), the caller being its session.
    const token = headers.authorization!.replace('Bearer ', '');
    const keyHash = sha256(`session:${sha256(token)}\n${key}`);
    const claimed = async () =>
      redis
        ? (await app.container.redis!.exists(`r2w:idempotency:${keyHash}`)) === 1
        : (await app.container.db('idempotency_keys').where({ key_hash: keyHash }).first()) !== undefined;
    const slow = fetch(`${app.url}/api/v1/cvs`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { ...headers, 'content-type': form.contentType, 'idempotency-key': key },
    } as RequestInit);
    // Once the first request holds the key (its body still arriving), a repeat finds it in flight.
    for (let i = 0; i < 500 && !(await claimed()); i++) await new Promise((r) => setTimeout(r, 10));
    const concurrent = await upload(headers, 'Slow Upload', key);
    expect(concurrent.status).toBe(409);
    expect(concurrent.json()).toMatchObject({ type: `${PROBLEM}idempotency-key-in-flight`, status: 409 });
    expect(concurrent.headers.get('retry-after')).toBe('1');
    finish();
    const res = await slow;
    const text = await res.text();
    assertMatchesSpec({
      method: 'POST',
      path: '/api/v1/cvs',
      status: res.status,
      headers: res.headers,
      bodyText: text,
    });
    expect(res.status).toBe(202);
    const again = await upload(headers, 'Slow Upload', key);
    expect(again.status).toBe(202);
    expect(again.text).toBe(text);
    expect(await cvCount(headers)).toBe(1);
  });

  it("keeps callers apart: another caller's same key runs its own request", async () => {
    const alice = await guestHeaders(app);
    const bob = await guestHeaders(app);
    const key = randomUUID();
    const a = await upload(alice, 'Alice', key);
    const b = await upload(bob, 'Bob', key);
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(b.headers.get(REPLAYED)).toBeNull();
    expect(b.json<{ id: string }>().id).not.toBe(a.json<{ id: string }>().id);
    expect(await cvCount(alice)).toBe(1);
    expect(await cvCount(bob)).toBe(1);
  });

  it('changes nothing without the header', async () => {
    const first = await app.request('POST', '/api/v1/auth/guest');
    const second = await app.request('POST', '/api/v1/auth/guest');
    expect(second.json<{ session_id: string }>().session_id).not.toBe(first.json<{ session_id: string }>().session_id);
    expect(second.headers.get(REPLAYED)).toBeNull();
  });

  it('does not keep a 5xx: a retry with the same key runs again', async () => {
    const headers = await guestHeaders(app);
    const cvId = await cvWithDocument(app, headers, resume('Broken Then Fixed'));
    const key = randomUUID();
    const send = () =>
      app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme: 'classic' },
        headers: { ...headers, 'idempotency-key': key },
      });
    await app.container.db.schema.renameTable('portfolios', 'portfolios_away');
    let broken;
    try {
      broken = await send();
    } finally {
      await app.container.db.schema.renameTable('portfolios_away', 'portfolios');
    }
    expect(broken.status).toBe(500);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get(REPLAYED)).toBeNull();
    expect(await portfolioCount(headers)).toBe(1);
  });

  it('refuses a malformed key with 400 invalid-parameters', async () => {
    for (const key of ['k'.repeat(256), 'tab\there']) {
      const res = await app.request('POST', '/api/v1/auth/guest', { headers: { 'idempotency-key': key } });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}invalid-parameters` });
    }
    // Unique per run: a stored answer to a fixed key would be replayed from Redis by the next run.
    const longest = await app.request('POST', '/api/v1/auth/guest', {
      headers: { 'idempotency-key': `${crypto.randomUUID()}${'k'.repeat(255 - 36)}` },
    });
    expect(longest.status).toBe(200);
  });
});

describe.each(await databaseKinds('idempotency keys in SQL'))('SQL idempotency store [%s]', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app.close());

  it('replaces an expired entry on the next claim and lets the cleanup sweep remove the rest', async () => {
    const store = createSqlIdempotencyStore(app.container.db);
    const t0 = new Date('2026-01-01T00:00:00Z');
    const later = new Date(t0.getTime() + 60_000);
    expect(await store.claim('a'.repeat(64), 'f1', t0, new Date(t0.getTime() + 1000))).toEqual({ kind: 'claimed' });
    expect(await store.claim('a'.repeat(64), 'f2', t0, new Date(t0.getTime() + 1000))).toEqual({
      kind: 'in-flight',
      fingerprint: 'f1',
    });
    // A lapsed claim (a process that died) is no one's any more.
    expect(await store.claim('a'.repeat(64), 'f2', later, new Date(later.getTime() + 1000))).toEqual({
      kind: 'claimed',
    });
    await store.complete('a'.repeat(64), 'f2', { status: 201, headers: {}, bodyBase64: '' }, later);
    await store.claim('b'.repeat(64), 'f3', t0, later);
    const report = await app.container.portfolios.cleanup.run();
    expect(report.idempotencyKeys).toBe(2);
    expect(await app.container.db('idempotency_keys').count({ n: '*' })).toEqual([{ n: expect.anything() }]);
    expect(Number((await app.container.db('idempotency_keys').count({ n: '*' }))[0]!.n)).toBe(0);
  });
});
