import { createReadStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Resume2Website, Resume2WebsiteError, type ExtractionEvent } from '../src/index.js';
import { Resume2Website as NodeResume2Website } from '../src/index.node.js';
import { parseRetryAfter } from '../src/transport.js';
import { extraction, json, localServer, problem } from './local-server.js';

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(handler: Parameters<typeof localServer>[0]) {
  const s = await localServer(handler);
  servers.push(s);
  return s;
}

const session = { session_id: 's'.repeat(43), user: { id: 'usr_1' }, expires_at: '2030-01-01T00:00:00Z' };

async function rejection(p: Promise<unknown>): Promise<Resume2WebsiteError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Resume2WebsiteError);
  return error as Resume2WebsiteError;
}

describe('retries', () => {
  it('honours Retry-After (seconds) on 429 and reuses one Idempotency-Key across the attempts', async () => {
    const s = await serve((req, res, n) => {
      if (n === 1) return problem(res, 429, 'rate-limited', { headers: { 'retry-after': '1' } });
      if (n === 2) return problem(res, 503, 'not-ready', { headers: { 'retry-after': '0' } });
      json(res, 200, session);
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const started = Date.now();
    await r2w.auth.register({ email: 'ada@example.com', password: 'correct horse', full_name: 'Ada' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(s.requests).toHaveLength(3);
    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(JSON.parse(s.requests[2]!.body.toString())).toEqual({
      email: 'ada@example.com',
      password: 'correct horse',
      full_name: 'Ada',
    });
    // The session is kept and sent from now on.
    await r2w.auth.me().catch(() => undefined);
    expect(s.requests[3]!.headers.authorization).toBe(`Bearer ${session.session_id}`);
  });

  it('takes a caller-supplied Idempotency-Key and a new one per logical call', async () => {
    const s = await serve((req, res) => json(res, 200, session));
    const r2w = new Resume2Website({ baseUrl: s.url });
    await r2w.auth.guest({ idempotencyKey: 'my-key-1' });
    await r2w.auth.guest();
    await r2w.auth.guest();
    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe('my-key-1');
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('reads Retry-After as an HTTP date too', () => {
    const now = Date.parse('2025-05-04T10:00:00Z');
    expect(parseRetryAfter('Sun, 04 May 2025 10:00:02 GMT', now)).toBe(2000);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('retries 502/504 with backoff, then gives up after maxRetries with the last problem', async () => {
    const s = await serve((req, res, n) => problem(res, n % 2 ? 502 : 504, 'internal-error'));
    const r2w = new Resume2Website({ baseUrl: s.url, maxRetries: 1 });
    const error = await rejection(r2w.themes.list());
    expect(s.requests).toHaveLength(2);
    expect(error.status).toBe(504);
  });

  it.each([
    [400, 'malformed-request'],
    [409, 'conflict'],
    [422, 'validation-error'],
  ])('never retries a %i', async (status, slug) => {
    const s = await serve((req, res) => problem(res, status, slug));
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.portfolios.create({ cv_id: 'cv_1', theme: 'classic' }));
    expect(s.requests).toHaveLength(1);
    expect(error).toMatchObject({ status, code: slug });
  });

  it('retries a 409 idempotency-key-in-flight with the same key', async () => {
    const s = await serve((req, res, n) =>
      n === 1 ? problem(res, 409, 'idempotency-key-in-flight') : json(res, 201, { id: 'pf_1' }),
    );
    const r2w = new Resume2Website({ baseUrl: s.url });
    await r2w.portfolios.create({ cv_id: 'cv_1', theme: 'classic' });
    expect(s.requests).toHaveLength(2);
    expect(s.requests[0]!.headers['idempotency-key']).toBe(s.requests[1]!.headers['idempotency-key']);
  });

  it('times out each attempt with code `timeout` and status 0', async () => {
    const s = await serve((req, res) => {
      setTimeout(() => json(res, 200, { items: [] }), 400);
    });
    const r2w = new Resume2Website({ baseUrl: s.url, timeoutMs: 100, maxRetries: 1 });
    const error = await rejection(r2w.themes.list());
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
    expect(s.requests).toHaveLength(2);
  });

  it('reports an unreachable server as `network-error` with status 0, after retrying', async () => {
    const s = await serve(() => undefined);
    const url = s.url;
    await s.close();
    servers = [];
    const r2w = new Resume2Website({ baseUrl: url, maxRetries: 1 });
    const error = await rejection(r2w.auth.me());
    expect(error).toMatchObject({ status: 0, code: 'network-error' });
  });

  it("rethrows the caller's abort as it is", async () => {
    const s = await serve((req, res) => setTimeout(() => json(res, 200, { items: [] }), 500));
    const r2w = new Resume2Website({ baseUrl: s.url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    await expect(r2w.themes.list({ signal: controller.signal })).rejects.toThrow('user gave up');
  });
});

describe('errors', () => {
  it('carries the problem: status, type, code, title, detail, errors and request id', async () => {
    const s = await serve((req, res) =>
      problem(res, 422, 'validation-error', {
        detail: 'The request body does not satisfy the schema.',
        errors: [{ location: 'body', pointer: '/password', message: 'too short' }],
      }),
    );
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.auth.register({ email: 'a@b.c', password: 'x', full_name: 'A' }));
    expect(error).toMatchObject({
      name: 'Resume2WebsiteError',
      status: 422,
      type: 'https://resume2website.com/problems/validation-error',
      code: 'validation-error',
      title: 'validation-error',
      detail: 'The request body does not satisfy the schema.',
      requestId: 'req_abc',
      errors: [{ location: 'body', pointer: '/password', message: 'too short' }],
    });
    expect(error.message).toBe('The request body does not satisfy the schema.');
  });

  it('takes the request id from X-Request-Id when the body is not a problem', async () => {
    const s = await serve((req, res) => {
      res.writeHead(500, { 'content-type': 'text/html', 'x-request-id': 'req_proxy' });
      res.end('<h1>oops</h1>');
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.auth.me());
    expect(error).toMatchObject({ status: 500, code: 'http-error', requestId: 'req_proxy' });
  });

  it('sends the publishable key and clears the session at logout', async () => {
    const s = await serve((req, res) => (req.method === 'POST' ? (res.writeHead(204), res.end()) : json(res, 200, {})));
    const r2w = new Resume2Website({ baseUrl: s.url, token: 'tok', publishableKey: 'pk_test_1' });
    await r2w.auth.logout();
    await r2w.auth.me();
    expect(s.requests[0]!.headers).toMatchObject({ authorization: 'Bearer tok', 'x-publishable-key': 'pk_test_1' });
    expect(s.requests[1]!.headers.authorization).toBeUndefined();
    expect(r2w.token).toBeUndefined();
  });

  it('asks who is signed in with GET /auth/session: the user, or null without an error', async () => {
    const me = { user: { id: 'usr_1' }, expires_at: '2030-01-01T00:00:00Z', payments_enabled: false };
    let signedIn = false;
    const s = await serve((req, res) => json(res, 200, { signed_in: signedIn, current: signedIn ? me : null }));
    const r2w = new Resume2Website({ baseUrl: s.url });
    expect(await r2w.auth.current()).toBeNull();
    signedIn = true;
    expect(await r2w.auth.current()).toEqual(me);
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/auth/session',
      'GET /api/v1/auth/session',
    ]);
  });

  it('changes the password (keeping the new session) and signs out everywhere (forgetting it)', async () => {
    const s = await serve((req, res) =>
      req.method === 'POST' ? json(res, 200, session) : (res.writeHead(204), res.end()),
    );
    const r2w = new Resume2Website({ baseUrl: s.url, token: 'old-token' });
    await r2w.auth.changePassword({ current_password: 'old one', new_password: 'a brand new passphrase' });
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/auth/password' });
    expect(JSON.parse(s.requests[0]!.body.toString())).toEqual({
      current_password: 'old one',
      new_password: 'a brand new passphrase',
    });
    expect(r2w.token).toBe(session.session_id);
    await r2w.auth.signOutEverywhere();
    expect(s.requests[1]).toMatchObject({ method: 'DELETE', url: '/api/v1/auth/sessions' });
    expect(s.requests[1]!.headers.authorization).toBe(`Bearer ${session.session_id}`);
    expect(r2w.token).toBeUndefined();
  });

  it('runs the email flows: reset request and confirm (keeping the session), verification, settings', async () => {
    const user = { id: 'usr_1', email_verified: true };
    const s = await serve((req, res) => {
      if (req.url === '/api/v1/auth/password-reset' || req.url === '/api/v1/auth/verify-email/resend') {
        res.writeHead(202);
        return res.end();
      }
      if (req.url === '/api/v1/auth/password-reset/confirm') return json(res, 200, session);
      if (req.url === '/api/v1/auth/verify-email') return json(res, 200, user);
      json(res, 200, { user, expires_at: '2030-01-01T00:00:00Z', payments_enabled: false });
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    await r2w.auth.requestPasswordReset('ada@example.com');
    expect(JSON.parse(s.requests[0]!.body.toString())).toEqual({ email: 'ada@example.com' });
    await r2w.auth.confirmPasswordReset({ token: 't'.repeat(43), password: 'a brand new passphrase' });
    expect(r2w.token).toBe(session.session_id);
    expect(await r2w.auth.verifyEmail('v'.repeat(43))).toEqual(user);
    await r2w.auth.resendVerificationEmail();
    await r2w.auth.updateMe({ email_notifications: false });
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/auth/verify-email',
      'POST /api/v1/auth/verify-email/resend',
      'PATCH /api/v1/auth/me',
    ]);
    expect(JSON.parse(s.requests[4]!.body.toString())).toEqual({ email_notifications: false });
  });

  it('deletes the account with DELETE /auth/me and forgets the session; a refusal keeps it', async () => {
    let refuse = true;
    const s = await serve((req, res) => (refuse ? problem(res, 403, 'forbidden') : (res.writeHead(204), res.end())));
    const r2w = new Resume2Website({ baseUrl: s.url, token: 'tok', maxRetries: 0 });
    expect((await rejection(r2w.auth.deleteAccount())).status).toBe(403);
    expect(r2w.token).toBe('tok');
    refuse = false;
    await r2w.auth.deleteAccount();
    expect(s.requests.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/v1/auth/me' });
    expect(s.requests.at(-1)!.headers.authorization).toBe('Bearer tok');
    expect(r2w.token).toBeUndefined();
  });
});

describe('pagination', () => {
  it('follows next_cursor through every page', async () => {
    const s = await serve((req, res) => {
      const cursor = new URL(req.url, 'http://x').searchParams.get('cursor');
      const pages: Record<string, { items: { id: string }[]; next_cursor: string | null }> = {
        '': { items: [{ id: 'cv_1' }, { id: 'cv_2' }], next_cursor: 'c2' },
        c2: { items: [{ id: 'cv_3' }], next_cursor: 'c3' },
        c3: { items: [], next_cursor: null },
      };
      json(res, 200, pages[cursor ?? '']);
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const ids: string[] = [];
    for await (const cv of r2w.cvs.list({ limit: 2 })) ids.push(cv.id);
    expect(ids).toEqual(['cv_1', 'cv_2', 'cv_3']);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/api/v1/cvs?limit=2',
      '/api/v1/cvs?limit=2&cursor=c2',
      '/api/v1/cvs?limit=2&cursor=c3',
    ]);
    const pages = [];
    for await (const page of r2w.portfolios.list().pages()) pages.push(page.items.length);
    expect(pages).toEqual([2, 1, 0]);
    expect(await r2w.cvs.list().toArray()).toHaveLength(3);
  });
});

describe('extraction events', () => {
  const sse = (event: string, data: unknown, id?: string) =>
    `event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

  it('parses the stream and ends on the terminal event', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.write(': heartbeat\n\n');
      res.write(sse('status', extraction('queued'), '1'));
      // Split a message across writes, with CRLF line ends.
      res.write(`event: status\r\nid: 2\r\ndata: ${JSON.stringify(extraction('running', 'extracting'))}`);
      setTimeout(() => {
        res.write('\r\n\r\n');
        res.write(sse('status', extraction('succeeded'), '3'));
        res.end(sse('succeeded', extraction('succeeded')));
      }, 20);
    });
    const r2w = new Resume2Website({ baseUrl: s.url, token: 'tok' });
    const events: ExtractionEvent[] = [];
    for await (const e of r2w.extractions.events('ext_1')) events.push(e);
    expect(events.map((e) => [e.type, e.extraction.status, e.extraction.stage])).toEqual([
      ['status', 'queued', null],
      ['status', 'running', 'extracting'],
      ['status', 'succeeded', null],
      ['succeeded', 'succeeded', null],
    ]);
    expect(s.requests[0]!.headers.accept).toBe('text/event-stream');
    expect(s.requests[0]!.headers.authorization).toBe('Bearer tok');
  });

  it('reconnects after a dropped stream with Last-Event-ID, after `retry:`, skipping the repeated state', async () => {
    const s = await serve((req, res, n) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (n === 1) {
        res.write('retry: 50\n\n');
        res.write(sse('status', extraction('running', 'reading'), '41'));
        setTimeout(() => res.destroy(), 20); // the connection drops mid-stream
        return;
      }
      if (n === 2) {
        res.end(sse('status', extraction('running', 'reading'), '42')); // ends cleanly, not terminal
        return;
      }
      res.write(sse('status', extraction('running', 'reading'), '43'));
      res.write(sse('status', extraction('failed'), '44'));
      res.end(sse('failed', extraction('failed')));
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const types: string[] = [];
    for await (const e of r2w.extractions.events('ext_1')) types.push(`${e.type}:${e.extraction.status}`);
    expect(types).toEqual(['status:running', 'status:failed', 'failed:failed']);
    expect(s.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '41', '42']);
  });

  it('falls back to polling the extraction when the answer is not a stream', async () => {
    const states = ['queued', 'running', 'running', 'succeeded'];
    let polls = 0;
    const s = await serve((req, res) => {
      if (req.url.endsWith('/events')) return json(res, 200, { not: 'a stream' }); // e.g. a buffering proxy
      json(res, 200, extraction(states[Math.min(polls++, states.length - 1)]!));
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const types: string[] = [];
    for await (const e of r2w.extractions.events('ext_1', { pollIntervalMs: 10 })) {
      types.push(`${e.type}:${e.extraction.status}`);
    }
    expect(types).toEqual(['status:queued', 'status:running', 'status:succeeded', 'succeeded:succeeded']);
  });

  it('polls when fetch gives no readable body (no streams in this runtime)', async () => {
    let polls = 0;
    const s = await serve((req, res) => {
      if (req.url.endsWith('/events')) return res.writeHead(200, { 'content-type': 'text/event-stream' }).end();
      json(res, 200, extraction(polls++ < 1 ? 'running' : 'succeeded'));
    });
    // A fetch without streaming response bodies (some polyfills and older runtimes).
    const noStreams = async (input: Request) => {
      const r = await fetch(input);
      return input.url.endsWith('/events') ? new Response(null, { status: r.status, headers: r.headers }) : r;
    };
    const r2w = new Resume2Website({ baseUrl: s.url, fetch: noStreams });
    const done = await r2w.extractions.wait('ext_1', { pollIntervalMs: 10 });
    expect(done.status).toBe('succeeded');
  });

  it('wait() throws the failure with its code', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sse('status', extraction('failed'), '1') + sse('failed', extraction('failed')));
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.extractions.wait('ext_1'));
    expect(error).toMatchObject({ code: 'not-a-cv', detail: 'This is a shopping list.', status: 0 });
  });

  it('wait() gives up with `timeout` after timeoutMs', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse('status', extraction('running'), '1'));
    });
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.extractions.wait('ext_1', { timeoutMs: 100 }));
    expect(error.code).toBe('timeout');
  });
});

describe('upload inputs', () => {
  const cv = { id: 'cv_1', extraction: { id: 'ext_1', status: 'queued' } };
  async function uploads(send: (r2w: NodeResume2Website) => Promise<unknown>) {
    const s = await serve((req, res) => json(res, 202, cv));
    const r2w = new NodeResume2Website({ baseUrl: s.url });
    const answer = await send(r2w);
    const req = s.requests[0]!;
    const text = req.body.toString('latin1');
    return {
      answer,
      key: req.headers['idempotency-key'],
      type: req.headers['content-type'],
      filename: /filename="([^"]*)"/.exec(text)?.[1],
      partType: /Content-Type: (.*)\r\n/i.exec(text)?.[1],
      hasBytes: text.includes('%PDF-1.4 hello'),
    };
  }
  const bytes = new TextEncoder().encode('%PDF-1.4 hello');

  it.each([
    ['Blob', () => new Blob([bytes], { type: 'application/pdf' }), 'cv', 'application/pdf'],
    ['File', () => new File([bytes], 'ada.pdf', { type: 'application/pdf' }), 'ada.pdf', 'application/pdf'],
    ['Uint8Array', () => bytes, 'cv', 'application/octet-stream'],
    ['ArrayBuffer', () => bytes.slice().buffer, 'cv', 'application/octet-stream'],
    [
      'Node Readable',
      () => Readable.from([Buffer.from('%PDF-1.4 '), Buffer.from('hello')]),
      'cv',
      'application/octet-stream',
    ],
  ])('takes a %s', async (_, input, filename, partType) => {
    const sent = await uploads((r2w) => r2w.cvs.upload(input()));
    expect(sent).toMatchObject({ answer: cv, filename, partType, hasBytes: true });
    expect(sent.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.key).toBeTruthy();
  });

  it('takes a file path and a file stream in Node, with filename and contentType options', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'r2w-sdk-'));
    const file = path.join(dir, 'lucia.pdf');
    await writeFile(file, bytes);
    expect(await uploads((r2w) => r2w.cvs.upload(file))).toMatchObject({ filename: 'lucia.pdf', hasBytes: true });
    expect(await uploads((r2w) => r2w.cvs.upload(createReadStream(file)))).toMatchObject({ filename: 'lucia.pdf' });
    expect(
      await uploads((r2w) => r2w.cvs.upload(bytes, { filename: 'x.pdf', contentType: 'application/pdf' })),
    ).toMatchObject({ filename: 'x.pdf', partType: 'application/pdf' });
  });

  it('refuses a file path from the browser entry point', async () => {
    const r2w = new Resume2Website({ baseUrl: 'http://127.0.0.1:9' });
    const error = await rejection(r2w.cvs.upload('/etc/hosts'));
    expect(error.code).toBe('unsupported-input');
  });
});

describe('CV document and portfolios', () => {
  it('PUTs and PATCHes the document with base_version, as a merge patch', async () => {
    const s = await serve((req, res) => json(res, 200, { cv_id: 'cv_1', version: 3 }));
    const r2w = new Resume2Website({ baseUrl: s.url });
    await r2w.cvs.getData('cv_1', { format: 'jsonresume' });
    await r2w.cvs.updateData('cv_1', { hero: { fullName: 'Ada' } } as never, { baseVersion: 1 });
    await r2w.cvs.patchData('cv_1', { contact: { phone: null } }, { baseVersion: 2 });
    const [get, put, patch] = s.requests;
    expect(get!.url).toBe('/api/v1/cvs/cv_1/data?format=jsonresume');
    expect(put).toMatchObject({ method: 'PUT' });
    expect(JSON.parse(put!.body.toString())).toEqual({ data: { hero: { fullName: 'Ada' } }, base_version: 1 });
    expect(patch!.method).toBe('PATCH');
    expect(patch!.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(patch!.body.toString())).toEqual({ data: { contact: { phone: null } }, base_version: 2 });
  });

  it('publish({ wait }) polls until published; unpublish({ wait }) until draft; failed throws', async () => {
    const statuses = ['publishing', 'publishing', 'published', 'unpublishing', 'draft', 'publishing', 'failed'];
    let i = 0;
    const s = await serve((req, res) =>
      json(res, req.method === 'POST' ? 202 : 200, { id: 'pf_1', status: statuses[i++] }),
    );
    const r2w = new Resume2Website({ baseUrl: s.url });
    expect((await r2w.portfolios.publish('pf_1', { wait: true, pollIntervalMs: 5 })).status).toBe('published');
    expect((await r2w.portfolios.unpublish('pf_1', { wait: true, pollIntervalMs: 5 })).status).toBe('draft');
    const error = await rejection(r2w.portfolios.publish('pf_1', { wait: true, pollIntervalMs: 5 }));
    expect(error.code).toBe('publish-failed');
    expect(s.requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/v1/portfolios/pf_1/publish',
      '/api/v1/portfolios/pf_1/unpublish',
      '/api/v1/portfolios/pf_1/publish',
    ]);
  });

  it('starts a checkout with an Idempotency-Key and answers the session to mount', async () => {
    const created = {
      checkout_session_id: 'cs_test_1',
      client_secret: 'cs_test_1_secret',
      publishable_key: 'pk_test_1',
    };
    const s = await serve((req, res) => json(res, 200, created));
    const r2w = new Resume2Website({ baseUrl: s.url, token: 'tok' });
    expect(await r2w.portfolios.checkout('pf_1')).toEqual(created);
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/portfolios/pf_1/checkout' });
    expect(s.requests[0]!.headers['idempotency-key']).toBeTruthy();
  });

  it('publish({ wait, timeoutMs }) gives up with `timeout`', async () => {
    const s = await serve((req, res) => json(res, 200, { id: 'pf_1', status: 'publishing' }));
    const r2w = new Resume2Website({ baseUrl: s.url });
    const error = await rejection(r2w.portfolios.publish('pf_1', { wait: true, timeoutMs: 80, pollIntervalMs: 10 }));
    expect(error.code).toBe('timeout');
  });
});
