import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/database-kinds.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { insertCvRow } from './support/cv-rows.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface SessionBody {
  session_id: string;
  expires_at: string;
  user: { id: string; email: string | null; full_name: string | null; is_guest: boolean; tenant_id: string | null };
}

let counter = 0;
const uniqueEmail = (name = 'ada') => `${name}.${Date.now()}.${++counter}@Example.COM`;
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function register(app: TestApp, email = uniqueEmail(), headers: Record<string, string> = {}) {
  const res = await app.request('POST', '/api/v1/auth/register', {
    json: { email, password: 'correct horse battery staple', full_name: 'Ada Lovelace' },
    headers,
  });
  expect(res.status).toBe(200);
  return { res, body: res.json<SessionBody>(), email };
}

const redisAvailable = await requireService('redis', 'accounts with Redis sessions');
const loginDatabases = await databaseKinds('sign-in limits');
const variants = [
  ...(await databaseKinds('accounts')).map((database) => ({ name: database, database, redis: false })),
  ...(redisAvailable ? [{ name: 'sqlite + redis sessions', database: 'sqlite' as const, redis: true }] : []),
];

describe.each(variants)('accounts and sessions [$name]', ({ database, redis }) => {
  let app: TestApp;
  beforeAll(async () => {
    // Many sign-ups from one test client: the per-IP limits have their own tests below.
    app = await startTestApp({
      database,
      env: redis ? { REDIS_URL: TEST_REDIS_URL } : {},
      rateLimitOverrides: {
        registrationPerIp: { points: 1000, durationSeconds: 60 },
        guestPerIp: { points: 1000, durationSeconds: 60 },
        loginPerIp: { points: 1000, durationSeconds: 60 },
        loginFailuresPerIp: { points: 1000, durationSeconds: 60 },
      },
    });
  });
  afterAll(() => app.close());

  it('registers: 200 with session_id, user and expires_at, and a hardened cookie', async () => {
    const email = uniqueEmail();
    const { res, body } = await register(app, email);
    expect(body.user).toMatchObject({
      email: email.toLowerCase(),
      full_name: 'Ada Lovelace',
      is_guest: false,
      tenant_id: null,
    });
    expect(body.session_id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(body.expires_at) - Date.now();
    expect(expiresIn).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`r2w_session=${body.session_id}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=604\d\d\d/);
    expect(cookie).not.toMatch(/Secure/); // plain-HTTP development only
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('stores only a hash of the session token and an argon2id hash of the password', async () => {
    const { body } = await register(app);
    const user = await app.container.db('users').where({ id: body.user.id }).first();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    if (redis) {
      const key = `r2w:session:${sha256(body.session_id)}`;
      const raw = await app.container.redis!.get(key);
      expect(raw).toBeTruthy();
      expect(raw).not.toContain(body.session_id);
      const ttl = await app.container.redis!.pttl(key);
      expect(ttl).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
    } else {
      const rows = await app.container.db('sessions').where({ user_id: body.user.id });
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(sha256(body.session_id));
      expect(JSON.stringify(rows)).not.toContain(body.session_id);
    }
  });

  it('refuses a second registration of the same email in any case with 409 email-taken', async () => {
    const { email } = await register(app);
    const res = await app.request('POST', '/api/v1/auth/register', {
      json: { email: `  ${email.toUpperCase()} `.trim(), password: 'another long password', full_name: 'Someone' },
    });
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}email-taken` });
  });

  it('never takes owner, guest or tenant fields from the body', async () => {
    for (const extra of [
      { is_guest: true },
      { tenant_id: 'ten_0123456789abcdefghijklmnop' },
      { id: 'usr_0123456789abcdefghijklmnop' },
      { email_verified: true },
    ]) {
      const res = await app.request('POST', '/api/v1/auth/register', {
        json: { email: uniqueEmail(), password: 'correct horse battery staple', full_name: 'X', ...extra },
      });
      expect(res.status).toBe(422);
      expect(res.json()).toMatchObject({ errors: [expect.objectContaining({ pointer: `/${Object.keys(extra)[0]}` })] });
    }
  });

  it('refuses the most common passwords and accepts any Unicode password of 8–256 characters', async () => {
    const common = await app.request('POST', '/api/v1/auth/register', {
      json: { email: uniqueEmail(), password: 'Password123', full_name: 'X' },
    });
    expect(common.status).toBe(422);
    expect(common.json()).toMatchObject({ errors: [expect.objectContaining({ pointer: '/password' })] });
    const unicode = await app.request('POST', '/api/v1/auth/register', {
      json: { email: uniqueEmail(), password: 'пароль🔑密码ñ', full_name: 'Ünïcödé' },
    });
    expect(unicode.status).toBe(200);
    const tooLong = await app.request('POST', '/api/v1/auth/register', {
      json: { email: uniqueEmail(), password: 'x'.repeat(257), full_name: 'X' },
    });
    expect(tooLong.status).toBe(422);
  });

  it('logs in with a new token each time; me works with bearer and cookie; logout ends it', async () => {
    const { body: registered, email } = await register(app);
    const login = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
    });
    expect(login.status).toBe(200);
    const session = login.json<SessionBody>();
    expect(session.session_id).not.toBe(registered.session_id);
    expect(session.user.id).toBe(registered.user.id);

    const viaBearer = await app.request('GET', '/api/v1/auth/me', { headers: bearer(session.session_id) });
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.json()).toMatchObject({ user: { id: registered.user.id }, payments_enabled: false });
    const viaCookie = await app.request('GET', '/api/v1/auth/me', {
      headers: { cookie: `r2w_session=${session.session_id}` },
    });
    expect(viaCookie.status).toBe(200);

    const logout = await app.request('POST', '/api/v1/auth/logout', { headers: bearer(session.session_id) });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/r2w_session=;.*Max-Age=0/);
    const after = await app.request('GET', '/api/v1/auth/me', { headers: bearer(session.session_id) });
    expect(after.status).toBe(401);
    // The other session (from registration) is untouched.
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(registered.session_id) })).status).toBe(200);
  });

  it('answers no session, a malformed token and a forged token alike: 401 unauthorized', async () => {
    for (const headers of [{}, bearer('garbage'), bearer('A'.repeat(43)), { cookie: 'r2w_session=nope' }] as Record<
      string,
      string
    >[]) {
      const res = await app.request('GET', '/api/v1/auth/me', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(res.json()).toMatchObject({ type: `${PROBLEM}unauthorized` });
    }
  });

  it('changes the password after checking the current one, ending every other session', async () => {
    const { body: registered, email } = await register(app);
    const login = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
    });
    const other = login.json<SessionBody>().session_id;
    const change = (json: unknown, token = registered.session_id) =>
      app.request('POST', '/api/v1/auth/password', { headers: bearer(token), json });

    const wrong = await change({ current_password: 'not my password', new_password: 'a brand new passphrase' });
    expect(wrong.status, wrong.text).toBe(422);
    expect(wrong.json()).toMatchObject({
      type: `${PROBLEM}validation-error`,
      errors: [{ location: 'body', pointer: '/current_password', message: 'is not your current password' }],
    });
    const common = await change({ current_password: 'correct horse battery staple', new_password: 'password123' });
    expect(common.status).toBe(422);
    expect(common.json()).toMatchObject({ errors: [{ pointer: '/new_password' }] });
    const short = await change({ current_password: 'correct horse battery staple', new_password: 'short' });
    expect(short.status).toBe(422);
    expect(short.json()).toMatchObject({ errors: [{ pointer: '/new_password' }] });
    const extra = await change({ current_password: 'x', new_password: 'a brand new passphrase', role: 'admin' });
    expect(extra.status).toBe(422);
    // Nothing changed yet: both sessions and the old password still work
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(other) })).status).toBe(200);

    const changed = await change({
      current_password: 'correct horse battery staple',
      new_password: 'a brand new passphrase',
    });
    expect(changed.status, changed.text).toBe(200);
    const fresh = changed.json<SessionBody>();
    expect(fresh.user.id).toBe(registered.user.id);
    expect(changed.headers.get('set-cookie')).toContain(`r2w_session=${fresh.session_id}`);
    for (const token of [registered.session_id, other]) {
      expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(token) })).status).toBe(401);
    }
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(fresh.session_id) })).status).toBe(200);
    const oldPassword = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
    });
    expect(oldPassword.status).toBe(401);
    const newPassword = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'a brand new passphrase' },
    });
    expect(newPassword.status).toBe(200);
  });

  it('has no password to change for a guest, and refuses without a session', async () => {
    const guest = (await app.request('POST', '/api/v1/auth/guest')).json<SessionBody>();
    const res = await app.request('POST', '/api/v1/auth/password', {
      headers: bearer(guest.session_id),
      json: { current_password: 'anything at all', new_password: 'a brand new passphrase' },
    });
    expect(res.status, res.text).toBe(403);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}no-password` });
    const anonymous = await app.request('POST', '/api/v1/auth/password', {
      json: { current_password: 'anything at all', new_password: 'a brand new passphrase' },
    });
    expect(anonymous.status).toBe(401);
  });

  it('signs out everywhere: every session of the user ends, others’ do not', async () => {
    const { body: registered, email } = await register(app);
    const second = (
      await app.request('POST', '/api/v1/auth/login', { json: { email, password: 'correct horse battery staple' } })
    ).json<SessionBody>().session_id;
    const { body: stranger } = await register(app);
    const res = await app.request('DELETE', '/api/v1/auth/sessions', { headers: bearer(second) });
    expect(res.status, res.text).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/r2w_session=;.*Max-Age=0/);
    for (const token of [registered.session_id, second]) {
      expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(token) })).status).toBe(401);
    }
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(stranger.session_id) })).status).toBe(200);
    expect((await app.request('DELETE', '/api/v1/auth/sessions')).status).toBe(401);
  });

  it('says who is signed in without an error answer: nobody, an expired session, a user', async () => {
    for (const headers of [{}, bearer('garbage'), { cookie: 'r2w_session=nope' }] as Record<string, string>[]) {
      const res = await app.request('GET', '/api/v1/auth/session', { headers });
      expect(res.status, res.text).toBe(200);
      expect(res.json()).toEqual({ signed_in: false, current: null });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const { body: registered } = await register(app);
    const viaCookie = await app.request('GET', '/api/v1/auth/session', {
      headers: { cookie: `r2w_session=${registered.session_id}` },
    });
    expect(viaCookie.status).toBe(200);
    const me = await app.request('GET', '/api/v1/auth/me', { headers: bearer(registered.session_id) });
    expect(viaCookie.json()).toEqual({ signed_in: true, current: me.json() });
    await app.request('POST', '/api/v1/auth/logout', { headers: bearer(registered.session_id) });
    const after = await app.request('GET', '/api/v1/auth/session', { headers: bearer(registered.session_id) });
    expect(after.json()).toEqual({ signed_in: false, current: null });
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const { email } = await register(app);
    const attempt = async (body: object) => {
      const started = performance.now();
      const res = await app.request('POST', '/api/v1/auth/login', { json: body });
      return { res, ms: performance.now() - started };
    };
    const unknown = [];
    const wrong = [];
    // Three: the fourth failure in a row from one address would have to wait out a backoff.
    for (let i = 0; i < 3; i++) {
      unknown.push(await attempt({ email: uniqueEmail('nobody'), password: 'whatever it is' }));
      wrong.push(await attempt({ email, password: 'not the password' }));
    }
    for (const { res } of [...unknown, ...wrong]) expect(res.status).toBe(401);
    const strip = (r: { res: { json: () => Record<string, unknown> } }) => {
      const { request_id: _id, ...rest } = r.res.json();
      return rest;
    };
    expect(strip(unknown[0]!)).toEqual(strip(wrong[0]!));
    // Both paths run one argon2 verification: medians within a factor of two of each other.
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('ends every session when the account is deleted', async () => {
    const { body, email } = await register(app);
    const second = (
      await app.request('POST', '/api/v1/auth/login', { json: { email, password: 'correct horse battery staple' } })
    ).json<SessionBody>();
    const res = await app.request('DELETE', '/api/v1/auth/me', { headers: bearer(body.session_id) });
    expect(res.status).toBe(204);
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(second.session_id) })).status).toBe(401);
    expect(await app.container.db('users').where({ id: body.user.id }).first()).toBeUndefined();
    const again = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
    });
    expect(again.status).toBe(401);
  });

  it('lets a guest try first, and claims the guest’s work on sign-up (same user, new token)', async () => {
    const guest = await app.request('POST', '/api/v1/auth/guest');
    expect(guest.status).toBe(200);
    const g = guest.json<SessionBody>();
    expect(g.user).toMatchObject({ is_guest: true, email: null });
    // Asking again with the guest session hands back the same session, not a new guest.
    const same = await app.request('POST', '/api/v1/auth/guest', { headers: bearer(g.session_id) });
    expect(same.json<SessionBody>().session_id).toBe(g.session_id);

    const { body: account } = await register(app, uniqueEmail(), bearer(g.session_id));
    expect(account.user.id).toBe(g.user.id);
    expect(account.user.is_guest).toBe(false);
    expect(account.session_id).not.toBe(g.session_id);
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(g.session_id) })).status).toBe(401);
  });

  it('moves a guest’s CVs to the account when the guest logs in to an existing account', async () => {
    const { body: account, email } = await register(app);
    const g = (await app.request('POST', '/api/v1/auth/guest')).json<SessionBody>();
    const cvId = await insertCvRow(app.container.db, g.user.id);
    const login = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
      headers: bearer(g.session_id),
    });
    expect(login.status).toBe(200);
    expect((await app.container.db('cvs').where({ id: cvId }).first()).user_id).toBe(account.user.id);
    expect(await app.container.db('users').where({ id: g.user.id }).first()).toBeUndefined();
  });
});

describe('cookie security', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: { BACKEND_URL: 'https://api.example.com', FRONTEND_URL: 'https://app.example.com' },
    });
    token = (await register(app)).body.session_id;
  });
  afterAll(() => app.close());

  it('marks the cookie Secure when served over HTTPS', async () => {
    const { res, body } = await register(app);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    // As openapi.yaml's SetSessionCookie header states it.
    expect(res.headers.get('set-cookie')).toMatch(
      new RegExp(`^r2w_session=${body.session_id}; Max-Age=604\\d{3}; Path=/; HttpOnly; Secure; SameSite=Lax$`),
    );
  });

  it('slides the session on use but does not renew the cookie (the contract says so)', async () => {
    const me = await app.request('GET', '/api/v1/auth/me', { headers: { cookie: `r2w_session=${token}` } });
    expect(me.status).toBe(200);
    expect(me.headers.get('set-cookie')).toBeNull();
    expect(Date.parse(me.json<{ expires_at: string }>().expires_at)).toBeGreaterThan(Date.now());
  });

  it('refuses a cookie-authenticated unsafe request that Fetch Metadata or Origin marks cross-site', async () => {
    const cookie = { cookie: `r2w_session=${token}` };
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://evil.example.com' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      // Neither header proves anything: a non-browser client, or a proxy that strips them.
      {},
      { referer: 'https://app.example.com/dashboard' },
      { 'sec-fetch-site': 'none' },
    ];
    for (const extra of attempts) {
      const res = await app.request('POST', '/api/v1/auth/logout', { headers: { ...cookie, ...extra } });
      expect(res.status).toBe(403);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}csrf-rejected` });
    }
    // Reads are not state-changing and pass.
    expect(
      (await app.request('GET', '/api/v1/auth/me', { headers: { ...cookie, 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(200);
  });

  it('accepts the same request from the hosted site, and any request with a bearer token', async () => {
    const other = (await register(app)).body.session_id;
    const bearerCrossSite = await app.request('POST', '/api/v1/auth/logout', {
      headers: { ...bearer(other), 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect(bearerCrossSite.status).toBe(204);
    const fromHostedSite = await app.request('POST', '/api/v1/auth/logout', {
      headers: { cookie: `r2w_session=${token}`, 'sec-fetch-site': 'same-site', origin: 'https://app.example.com' },
    });
    expect(fromHostedSite.status).toBe(204);
    const sameOrigin = (await register(app)).body.session_id;
    const fromSameOrigin = await app.request('POST', '/api/v1/auth/logout', {
      headers: { cookie: `r2w_session=${sameOrigin}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(fromSameOrigin.status).toBe(204);
    const olderBrowser = (await register(app)).body.session_id;
    const originOnly = await app.request('POST', '/api/v1/auth/logout', {
      headers: { cookie: `r2w_session=${olderBrowser}`, origin: 'https://api.example.com' },
    });
    expect(originOnly.status).toBe(204);
  });
});

describe('brute-force limits', () => {
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const login = (app: TestApp, email: string, password: string, ip: string) =>
    app.request('POST', '/api/v1/auth/login', { json: { email, password }, headers: from(ip) });
  const RIGHT = 'correct horse battery staple';
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it.each(loginDatabases)(
    'blocks the attacking address, not the owner, and remembers it across a restart [%s]',
    async (database) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-restart-'));
      const schema = database === 'postgres' ? await createPostgresSchema() : undefined;
      const env = { DATA_DIR: dataDir, TRUST_PROXY: 'true', ...(schema && { DATABASE_URL: schema.url }) };
      // Blocked at the 4th failure instead of the 10th, so the test sits out one backoff, not seven.
      const rateLimitOverrides = { loginFailuresPerAccountAndIp: { points: 4, durationSeconds: 15 * 60 } };
      const first = await startTestApp({ env, rateLimitOverrides });
      let second: TestApp | undefined;
      try {
        const { email } = await register(first);
        for (let i = 0; i < 3; i++) expect((await login(first, email, `wrong ${i}`, '203.0.113.7')).status).toBe(401);
        await sleep(1100); // the backoff after the third failure
        expect((await login(first, email, 'wrong 4', '203.0.113.7')).status).toBe(401);
        const blocked = await login(first, email, RIGHT, '203.0.113.7');
        expect(blocked.status).toBe(429);
        expect(blocked.json()).toMatchObject({
          type: `${PROBLEM}rate-limited`,
          detail: expect.stringMatching(/^Too many failed sign-ins to this account from this network/),
        });
        await first.close();

        second = await startTestApp({ env, rateLimitOverrides });
        const stillBlocked = await login(second, email, RIGHT, '203.0.113.7');
        expect(stillBlocked.status).toBe(429);
        expect(Number(stillBlocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
        // The owner, from anywhere else, signs in with the right password.
        expect((await login(second, email, RIGHT, '198.51.100.9')).status).toBe(200);
      } finally {
        await second?.close();
        await schema?.drop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('slows a failing (account, address) pair down before it blocks it', async () => {
    const app = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const { email } = await register(app);
      for (let i = 0; i < 3; i++) expect((await login(app, email, `wrong ${i}`, '203.0.113.8')).status).toBe(401);
      const tooSoon = await login(app, email, RIGHT, '203.0.113.8');
      expect(tooSoon.status).toBe(429);
      expect(tooSoon.headers.get('retry-after')).toBe('1');
      // Other addresses are not slowed by this one.
      expect((await login(app, email, 'wrong elsewhere', '203.0.113.99')).status).toBe(401);
      await sleep(1100);
      expect((await login(app, email, 'wrong 4', '203.0.113.8')).status).toBe(401);
      const longer = await login(app, email, RIGHT, '203.0.113.8');
      expect(longer.status).toBe(429);
      expect(longer.headers.get('retry-after')).toBe('2');
      await sleep(2100);
      // Waiting it out, the owner's right password works from the same address and clears the pair.
      expect((await login(app, email, RIGHT, '203.0.113.8')).status).toBe(200);
      expect((await login(app, email, 'one typo', '203.0.113.8')).status).toBe(401);
      expect((await login(app, email, RIGHT, '203.0.113.8')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('only throttles an account attacked from many addresses; known addresses skip the throttle', async () => {
    const app = await startTestApp({
      env: { TRUST_PROXY: 'true' },
      rateLimitOverrides: {
        loginFailuresPerAccount: { points: 6, durationSeconds: 15 * 60 },
        loginThrottledAccount: { points: 1, durationSeconds: 2 },
      },
    });
    try {
      const { email } = await register(app);
      expect((await login(app, email, RIGHT, '192.0.2.1')).status).toBe(200); // the owner's usual address
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
        for (let i = 0; i < 2; i++) expect((await login(app, email, `guess ${i}`, ip)).status).toBe(401);
      // Throttled: one attempt per 2 s from addresses that never signed in.
      expect((await login(app, email, 'guess 7', '203.0.113.4')).status).toBe(401);
      const throttled = await login(app, email, RIGHT, '198.51.100.20');
      expect(throttled.status).toBe(429);
      expect(throttled.json()).toMatchObject({
        detail: expect.stringMatching(/^Too many failed sign-ins to this account\./),
      });
      expect(Number(throttled.headers.get('retry-after'))).toBeLessThanOrEqual(2);
      expect((await login(app, email, RIGHT, '192.0.2.1')).status).toBe(200);
      await sleep(2100);
      // Never locked: a new address with the right password gets through once the slot is free.
      expect((await login(app, email, RIGHT, '198.51.100.20')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('counts wrong current passwords like failed sign-ins', async () => {
    const app = await startTestApp({
      env: { TRUST_PROXY: 'true' },
      rateLimitOverrides: { loginFailuresPerAccountAndIp: { points: 3, durationSeconds: 60 } },
    });
    try {
      const { body } = await register(app);
      const change = (current: string) =>
        app.request('POST', '/api/v1/auth/password', {
          headers: { ...bearer(body.session_id), 'x-forwarded-for': '203.0.113.60' },
          json: { current_password: current, new_password: 'a brand new passphrase' },
        });
      for (let i = 0; i < 3; i++) expect((await change(`guess ${i}`)).status).toBe(422);
      const blocked = await change(RIGHT);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('blocks an address that fails against many accounts', async () => {
    const app = await startTestApp({
      env: { TRUST_PROXY: 'true' },
      rateLimitOverrides: { loginFailuresPerIp: { points: 3, durationSeconds: 60 } },
    });
    try {
      const { email } = await register(app);
      for (let i = 0; i < 3; i++)
        expect((await login(app, uniqueEmail(), 'stuffed password', '203.0.113.50')).status).toBe(401);
      const blocked = await login(app, email, RIGHT, '203.0.113.50');
      expect(blocked.status).toBe(429);
      expect(blocked.json()).toMatchObject({ detail: expect.stringMatching(/failed sign-ins from this network/) });
      expect((await login(app, email, RIGHT, '203.0.113.51')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('limits login attempts and sign-ups per IP', async () => {
    const app = await startTestApp({
      rateLimitOverrides: {
        loginPerIp: { points: 3, durationSeconds: 60 },
        registrationPerIp: { points: 2, durationSeconds: 60 },
      },
    });
    try {
      await register(app);
      await register(app);
      const third = await app.request('POST', '/api/v1/auth/register', {
        json: { email: uniqueEmail(), password: 'correct horse battery staple', full_name: 'X' },
      });
      expect(third.status).toBe(429);
      for (let i = 0; i < 3; i++)
        await app.request('POST', '/api/v1/auth/login', { json: { email: uniqueEmail(), password: 'whatever it is' } });
      const over = await app.request('POST', '/api/v1/auth/login', {
        json: { email: uniqueEmail(), password: 'whatever it is' },
      });
      expect(over.status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it.runIf(redisAvailable)('shares limits through Redis across app instances', async () => {
    const overrides = { loginPerIp: { points: 2, durationSeconds: 5 } };
    const env = { REDIS_URL: TEST_REDIS_URL, TRUST_PROXY: 'true' };
    const a = await startTestApp({ env, rateLimitOverrides: overrides });
    const b = await startTestApp({ env, rateLimitOverrides: overrides });
    // An address of its own, so parallel runs against the same Redis never share the counter.
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    try {
      const emails = [uniqueEmail(), uniqueEmail(), uniqueEmail()].map((e) => e.toLowerCase());
      await login(a, emails[0]!, 'whatever it is', ip);
      await login(b, emails[1]!, 'whatever it is', ip);
      const third = await login(a, emails[2]!, 'whatever it is', ip);
      expect(third.status).toBe(429);
      // Keys are hashed: Redis holds neither the address nor the email.
      const keys = await a.container.redis!.keys('r2w:rl:*');
      expect(keys.filter((k) => k.includes(ip) || emails.some((e) => k.includes(e)))).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
