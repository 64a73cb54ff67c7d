import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../src/domain/ids.js';
import { multipart } from './support/cv-uploads.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { within } from './support/within.js';

// Each API process remembers who is behind a session (SESSION_CACHE_TTL). These are the ways a
// session or its user changes on one process; the other must stop answering from memory at once,
// told over Redis pub/sub, and must not trust its memory while it cannot hear.

const PASSWORD = 'correct horse battery staple';
const ADMIN_TOKEN = 'an-admin-token-of-at-least-32-characters';
const SAMPLE_RESUME = { basics: { name: 'Ada Lovelace', label: 'Analyst' } };
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
let counter = 0;
const uniqueEmail = () => `cache.${Date.now()}.${++counter}@example.com`;

interface Me {
  user: { id: string; email: string | null; is_guest: boolean; email_verified: boolean };
}

const postgres = await requireService('postgres', 'session cache across API processes');
const redis = await requireService('redis', 'session cache across API processes');

describe.runIf(postgres && redis)('two API processes sharing PostgreSQL and Redis', () => {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let a: TestApp;
  let b: TestApp;
  const status = async (app: TestApp, token: string) =>
    (await app.request('GET', '/api/v1/auth/me', { headers: bearer(token) })).status;
  /** Used on both processes twice, so both remember it. */
  const remembered = async (token: string) => {
    for (const app of [a, b, a, b]) expect(await status(app, token)).toBe(200);
  };
  const register = async (email = uniqueEmail(), headers: Record<string, string> = {}) => {
    const res = await a.request('POST', '/api/v1/auth/register', {
      json: { email, password: PASSWORD, full_name: 'Cache Person' },
      headers,
    });
    expect(res.status).toBe(200);
    return { email, token: res.json<{ session_id: string }>().session_id };
  };
  const login = async (email: string) =>
    (await b.request('POST', '/api/v1/auth/login', { json: { email, password: PASSWORD } })).json<{
      session_id: string;
    }>().session_id;

  beforeAll(async () => {
    schema = await createPostgresSchema();
    const env = {
      DATABASE_URL: schema.url,
      REDIS_URL: TEST_REDIS_URL,
      SESSION_CACHE_TTL: '60',
      ADMIN_TOKEN: ADMIN_TOKEN,
    };
    a = await startTestApp({ env });
    b = await startTestApp({ env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await schema?.drop();
  });

  it('answers who is calling from memory: a session removed behind its back still works until told', async () => {
    const { token } = await register();
    await remembered(token);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      // Not a way sessions end (nothing is announced): only memory can still know this session.
      expect(await redis.del(`r2w:session:${hashSecret(token)}`)).toBe(1);
    } finally {
      redis.disconnect();
    }
    expect(await status(b, token)).toBe(200);
    expect(await status(a, token)).toBe(200);
    // Told, both forget it, and the store no longer has it.
    expect((await a.request('POST', '/api/v1/auth/logout', { headers: bearer(token) })).status).toBe(204);
    await within(1000, async () => (await status(b, token)) === 401);
  });

  it('a logout on one process is refused on the other within moments', async () => {
    const { token } = await register();
    await remembered(token);
    expect((await a.request('POST', '/api/v1/auth/logout', { headers: bearer(token) })).status).toBe(204);
    expect(await status(a, token)).toBe(401);
    const ms = await within(1000, async () => (await status(b, token)) === 401);
    expect(ms).toBeLessThan(1000);
  });

  it('a password change ends the other sessions on every process', async () => {
    const { email, token } = await register();
    const other = await login(email);
    await remembered(token);
    await remembered(other);
    const changed = await a.request('POST', '/api/v1/auth/password', {
      headers: bearer(token),
      json: { current_password: PASSWORD, new_password: 'another horse battery staple' },
    });
    expect(changed.status).toBe(200);
    await within(1000, async () => (await status(b, other)) === 401);
    expect(await status(a, other)).toBe(401);
    // The session that made the change carries on, on both.
    const current = changed.json<{ session_id: string }>().session_id;
    expect(await status(b, current)).toBe(200);
  });

  it('"sign out everywhere" and account deletion reach the other process', async () => {
    const first = await register();
    await remembered(first.token);
    expect((await a.request('DELETE', '/api/v1/auth/sessions', { headers: bearer(first.token) })).status).toBe(204);
    await within(1000, async () => (await status(b, first.token)) === 401);

    const second = await register();
    await remembered(second.token);
    expect((await b.request('DELETE', '/api/v1/auth/me', { headers: bearer(second.token) })).status).toBe(204);
    await within(1000, async () => (await status(a, second.token)) === 401);
  });

  it('a guest who registers is no longer a guest on the other process', async () => {
    const guest = (await a.request('POST', '/api/v1/auth/guest')).json<{ session_id: string }>().session_id;
    await remembered(guest);
    const before = (await b.request('GET', '/api/v1/auth/me', { headers: bearer(guest) })).json<Me>().user;
    expect(before.is_guest).toBe(true);
    const { email, token } = await register(uniqueEmail(), bearer(guest));
    const after = await b.request('GET', '/api/v1/auth/me', { headers: bearer(token) });
    expect(after.json<Me>().user).toMatchObject({ id: before.id, is_guest: false, email });
  });

  it("a career site's deletion reaches the other process: its users' uploads still work there", async () => {
    const origin = `https://careers-${Date.now().toString(36)}.example`;
    const created = await a.request('POST', '/api/v1/admin/tenants', {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: { name: 'Gone Careers', allowed_origins: [origin] },
    });
    expect(created.status).toBe(201);
    const tenant = created.json<{ id: string; publishable_key: string }>();
    const { token } = await register(uniqueEmail(), { 'x-publishable-key': tenant.publishable_key, origin });
    await remembered(token);
    const deleted = await a.request('DELETE', `/api/v1/admin/tenants/${tenant.id}`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
    });
    expect(deleted.status).toBe(204);
    // b remembered the user with the tenant's id; a CV stored with it would break the foreign key.
    await within(1000, async () => {
      const form = multipart(Buffer.from(JSON.stringify(SAMPLE_RESUME)), 'resume.json', 'application/json');
      const upload = await b.request('POST', '/api/v1/cvs', {
        body: form.body,
        headers: { ...bearer(token), 'content-type': form.contentType },
      });
      return upload.status === 202;
    });
  });

  it("a career site's new or changed origins work on the other process at once, and a removed one stops", async () => {
    const origin = `https://careers-${Date.now().toString(36)}.example`;
    const later = `https://jobs-${Date.now().toString(36)}.example`;
    const preflight = (app: TestApp, from: string) =>
      app.request('OPTIONS', '/api/v1/config', {
        headers: { origin: from, 'access-control-request-method': 'GET' },
        unchecked: true, // preflights are outside the contract
      });
    // b refuses the origin before any tenant has it, and remembers that.
    expect((await preflight(b, origin)).status).toBe(403);
    const created = await a.request('POST', '/api/v1/admin/tenants', {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: { name: 'Moving Careers', allowed_origins: [origin] },
    });
    expect(created.status).toBe(201);
    const tenant = created.json<{ id: string; publishable_key: string }>();
    await within(1000, async () => (await preflight(b, origin)).status === 204);

    const withKey = (from: string) =>
      b.request('GET', '/api/v1/config', { headers: { 'x-publishable-key': tenant.publishable_key, origin: from } });
    expect((await withKey(origin)).status).toBe(200);
    expect((await withKey(later)).status).toBe(403);
    const moved = await a.request('PATCH', `/api/v1/admin/tenants/${tenant.id}`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      json: { allowed_origins: [later] },
    });
    expect(moved.status).toBe(200);
    await within(1000, async () => (await withKey(later)).status === 200);
    expect((await withKey(origin)).status).toBe(403);
  });

  it('a process that lost Redis pub/sub forgets what it remembered: a logout made meanwhile holds', async () => {
    // A third process whose Redis connections pass through a proxy we can cut.
    const redisUrl = new URL(TEST_REDIS_URL);
    let proxy = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const port = proxy.port;
    const c = await startTestApp({
      env: { DATABASE_URL: schema.url, REDIS_URL: `redis://127.0.0.1:${port}`, SESSION_CACHE_TTL: '60' },
    });
    try {
      const { token } = await register();
      for (let i = 0; i < 2; i++) expect(await status(c, token)).toBe(200);
      await proxy.cut();
      // Logged out while c cannot hear about it.
      expect((await a.request('POST', '/api/v1/auth/logout', { headers: bearer(token) })).status).toBe(204);
      proxy = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) }, port);
      // Once c is back, the session is refused there too, never answered from what c remembered.
      const answers: number[] = [];
      await within(10_000, async () => {
        const res = await c.request('GET', '/api/v1/auth/me', { headers: bearer(token), unchecked: true });
        answers.push(res.status);
        return res.status === 401;
      });
      expect(answers).not.toContain(200);
    } finally {
      await c.close();
      await proxy.cut();
    }
  });
});
