import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationHandler } from '../src/http/openapi-dispatcher.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';

describe('problem responses and request validation', () => {
  let app: TestApp;
  const reached: string[] = [];
  const recordingHandler =
    (name: string): OperationHandler =>
    (ctx, input) => {
      reached.push(name);
      ctx.body = { echo: input.body };
    };

  beforeAll(async () => {
    app = await startTestApp({
      env: { MAX_JSON_BODY_BYTES: '2048' },
      extraHandlers: {
        // Stand-ins on real operations, to see what reaches a handler and what a crash looks like.
        registerUser: recordingHandler('registerUser'),
        listCvs: recordingHandler('listCvs'),
        getCv: () => {
          throw new Error('connection string postgres://admin:hunter2@db leaked');
        },
      },
    });
  });
  afterAll(() => app.close());

  // listCvs and getCv need a session; the dispatcher checks it before anything else.
  let session: Record<string, string>;
  beforeAll(async () => {
    const guest = await app.request('POST', '/api/v1/auth/guest');
    session = { authorization: `Bearer ${guest.json<{ session_id: string }>().session_id}` };
  });

  it('answers an unknown route with a 404 problem naming the route', async () => {
    const res = await app.request('GET', '/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({
      type: `${PROBLEM}route-not-found`,
      title: 'No such endpoint',
      status: 404,
      instance: '/api/v1/nope',
      request_id: res.headers.get('x-request-id'),
    });
    expect(body.detail).toContain('GET /api/v1/nope');
  });

  it('answers a known route with the wrong method with 405', async () => {
    const res = await app.request('DELETE', '/health', { unchecked: true });
    expect(res.status).toBe(405);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}method-not-allowed`, status: 405 });
  });

  it('keeps a sane caller request id and replaces a hostile one', async () => {
    const kept = await app.request('GET', '/health', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-abc.123');
    const replaced = await app.request('GET', '/nope', { headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.json().request_id).toBe(replaced.headers.get('x-request-id'));
  });

  it('refuses a body that fails the schema with 422, every failing field listed, before the handler', async () => {
    const before = reached.length;
    const res = await app.request('POST', '/api/v1/auth/register', {
      json: { email: 'not-an-email', password: 'short', extra: true },
    });
    expect(res.status).toBe(422);
    const body = res.json<{ type: string; errors: { location: string; pointer: string; message: string }[] }>();
    expect(body.type).toBe(`${PROBLEM}validation-error`);
    const pointers = body.errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/email', '/password', '/full_name']));
    expect(body.errors.every((e) => e.location === 'body')).toBe(true);
    expect(reached.length).toBe(before);
  });

  it('lets a valid body through to the handler', async () => {
    const before = reached.length;
    const res = await app.request('POST', '/api/v1/auth/register', {
      json: { email: 'ada@example.com', password: 'correct horse battery', full_name: 'Ada Lovelace' },
      unchecked: true, // the stand-in's echo is not a Session
    });
    expect(res.status).toBe(200);
    expect(reached.slice(before)).toEqual(['registerUser']);
    expect(res.json()).toEqual({
      echo: { email: 'ada@example.com', password: 'correct horse battery', full_name: 'Ada Lovelace' },
    });
  });

  it('refuses invalid query and path parameters with 400 naming them', async () => {
    const query = await app.request('GET', '/api/v1/cvs?limit=1000', { headers: session });
    expect(query.status).toBe(400);
    expect(query.json()).toMatchObject({
      type: `${PROBLEM}invalid-parameters`,
      errors: [expect.objectContaining({ location: 'query', pointer: '/limit' })],
    });
    const pathParam = await app.request('GET', '/api/v1/cvs/not-an-id', { headers: session });
    expect(pathParam.status).toBe(400);
    expect(pathParam.json()).toMatchObject({
      errors: [expect.objectContaining({ location: 'path', pointer: '/cv_id' })],
    });
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await app.request('POST', '/api/v1/auth/login', {
      body: '{"email": "a@b.c", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}malformed-request` });
    expect(res.json().detail).toMatch(/not valid JSON/);
  });

  it('refuses a JSON body with invalid UTF-8 instead of storing U+FFFD in its place', async () => {
    const before = reached.length;
    const head = Buffer.from('{"email": "a@b.c", "password": "pass');
    const tail = Buffer.from('word12", "full_name": "Ana"}');
    for (const bad of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98]]) {
      const res = await app.request('POST', '/api/v1/auth/register', {
        body: Buffer.concat([head, Buffer.from(bad), tail]),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({
        type: `${PROBLEM}malformed-request`,
        detail: 'The request body is not valid UTF-8.',
      });
    }
    expect(reached.length).toBe(before);
    // Valid multi-byte text still goes through untouched.
    const ok = await app.request('POST', '/api/v1/auth/register', {
      body: Buffer.from('{"email": "zoe@example.com", "password": "contraseña-ñ😀", "full_name": "Zoë Ødegård"}'),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      unchecked: true,
    });
    expect(ok.json()).toEqual({
      echo: { email: 'zoe@example.com', password: 'contraseña-ñ😀', full_name: 'Zoë Ødegård' },
    });
  });

  it('refuses prototype-poisoning keys', async () => {
    const res = await app.request('POST', '/api/v1/auth/login', {
      body: '{"email": "a@b.c", "password": "12345678", "__proto__": {"isAdmin": true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json().detail).toContain('__proto__');
  });

  it('refuses an oversized body with 413 before reading it all', async () => {
    const res = await app.request('POST', '/api/v1/auth/login', {
      json: { email: 'a@b.c', password: 'x'.repeat(10_000) },
    });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}payload-too-large`, status: 413 });
  });

  it('refuses a JSON body in a charset other than UTF-8 with 415', async () => {
    const res = await app.request('POST', '/api/v1/auth/login', {
      body: '{}',
      headers: { 'content-type': 'application/json; charset=utf-16' },
    });
    expect(res.status).toBe(415);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}unsupported-media-type` });
  });

  it('answers a crash with a 500 problem that reveals nothing internal', async () => {
    const res = await app.request('GET', '/api/v1/cvs/cv_0123456789abcdefghijklmnop', { headers: session });
    expect(res.status).toBe(500);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}internal-error`, status: 500 });
    expect(res.text).not.toContain('hunter2');
    expect(res.text).not.toContain('postgres://');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sends security headers on API responses', async () => {
    const res = await app.request('GET', '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
