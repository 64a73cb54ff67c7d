import { createHash } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OperationHandlers } from '../src/http/openapi-dispatcher.js';
import { createOAuthModule } from '../src/modules/oauth-module.js';
import { databaseKinds } from './support/database-kinds.js';
import { OAuthProviderMock, type MockIdentity } from './support/oauth-provider-mock.js';
import { insertCvRow } from './support/cv-rows.js';
import { startTestApp, type TestApp, type TestResponse } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const FRONTEND_URL = 'http://localhost:5173';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Provider = 'google' | 'linkedin';

interface CurrentUserBody {
  user: { id: string; email: string | null; full_name: string | null; is_guest: boolean; email_verified: boolean };
}

let counter = 0;
const unique = (name: string) => `${name}.${Date.now()}.${++counter}`;
const uniqueEmail = (name = 'ada') => `${unique(name)}@example.com`;

/** Moves the OAuth module's clock (not the app's), to expire attempts without waiting. */
let clockOffsetMs = 0;

/**
 * The app with an OAuth module of the test's own in front of its handlers (its clock can be moved),
 * over the container's database and accounts service.
 */
async function startOAuthApp(options: {
  database: 'sqlite' | 'postgres';
  env: Record<string, string>;
}): Promise<TestApp> {
  // Filled in once the container exists; the app only calls these after that.
  const oauth: { handlers?: OperationHandlers } = {};
  const app = await startTestApp({
    database: options.database,
    env: { FRONTEND_URL, ...options.env },
    rateLimitOverrides: {
      registrationPerIp: { points: 1000, durationSeconds: 60 },
      guestPerIp: { points: 1000, durationSeconds: 60 },
    },
    extraHandlers: {
      startOAuth: (ctx, input) => oauth.handlers!.startOAuth!(ctx, input),
      completeOAuth: (ctx, input) => oauth.handlers!.completeOAuth!(ctx, input),
    },
  });
  const logger = pino({ level: 'silent' });
  const db = app.container.db;
  // The app's own accounts service: its changes reach the caches that answer `auth/me`.
  const auth = app.container.auth;
  oauth.handlers = createOAuthModule({
    db,
    config: app.config,
    auth,
    logger,
    clock: () => new Date(Date.now() + clockOffsetMs),
  }).routes();
  return app;
}

function setCookies(res: TestResponse): string[] {
  return res.headers.getSetCookie();
}

function cookieValue(res: TestResponse, name: string): string | undefined {
  const line = setCookies(res).find((c) => c.startsWith(`${name}=`));
  return line && decodeURIComponent(line.slice(name.length + 1).split(';')[0]!);
}

interface Started {
  res: TestResponse;
  authorizationUrl: URL;
  state: string;
  /** The `Cookie` header this browser sends back to the callback. */
  cookie: string;
}

async function start(
  app: TestApp,
  provider: Provider,
  options: { returnTo?: string; headers?: Record<string, string> } = {},
): Promise<Started> {
  const query = options.returnTo === undefined ? '' : `?return_to=${encodeURIComponent(options.returnTo)}`;
  const res = await app.request('GET', `/api/v1/auth/oauth/${provider}/start${query}`, {
    ...(options.headers && { headers: options.headers }),
  });
  expect(res.status).toBe(302);
  const authorizationUrl = new URL(res.headers.get('location')!);
  const state = authorizationUrl.searchParams.get('state')!;
  const oauthCookie = cookieValue(res, 'r2w_oauth');
  expect(oauthCookie).toBe(state);
  return { res, authorizationUrl, state, cookie: `r2w_oauth=${oauthCookie}` };
}

function callbackPath(provider: Provider, redirectedTo: URL): string {
  return `/api/v1/auth/oauth/${provider}/callback${redirectedTo.search}`;
}

async function sessionUser(app: TestApp, callback: TestResponse): Promise<CurrentUserBody['user']> {
  const session = cookieValue(callback, 'r2w_session');
  expect(session).toBeTruthy();
  const me = await app.request('GET', '/api/v1/auth/me', { headers: { cookie: `r2w_session=${session}` } });
  expect(me.status).toBe(200);
  return me.json<CurrentUserBody>().user;
}

async function register(app: TestApp, email: string): Promise<string> {
  const res = await app.request('POST', '/api/v1/auth/register', {
    json: { email, password: 'correct horse battery staple', full_name: 'Password Person' },
  });
  expect(res.status).toBe(200);
  return res.json<{ user: { id: string } }>().user.id;
}

const kinds = await databaseKinds('oauth sign-in');

describe.each(kinds)('sign-in with Google and LinkedIn [%s]', (database) => {
  let app: TestApp;
  let google: OAuthProviderMock;
  let linkedin: OAuthProviderMock;
  const mocks = () => ({ google, linkedin });

  /** The whole browser dance: start → provider → callback with this browser's cookie. */
  async function signIn(
    provider: Provider,
    identity: MockIdentity,
    options: { returnTo?: string; headers?: Record<string, string>; idTokenOmitsEmail?: boolean } = {},
  ) {
    const mock = mocks()[provider];
    mock.signInAs(identity, { idTokenOmitsEmail: options.idTokenOmitsEmail ?? false });
    const started = await start(app, provider, options);
    const redirectedTo = await mock.authorize(started.authorizationUrl.href);
    const callback = await app.request('GET', callbackPath(provider, redirectedTo), {
      headers: { cookie: started.cookie },
    });
    return { started, redirectedTo, callback };
  }

  beforeAll(async () => {
    [google, linkedin] = await Promise.all([OAuthProviderMock.start(), OAuthProviderMock.start()]);
    app = await startOAuthApp({
      database,
      env: {
        GOOGLE_CLIENT_ID: 'google-client-id',
        GOOGLE_CLIENT_SECRET: 'google-client-secret',
        GOOGLE_ISSUER_URL: google.issuerUrl,
        LINKEDIN_CLIENT_ID: 'linkedin-client-id',
        LINKEDIN_CLIENT_SECRET: 'linkedin-client-secret',
        LINKEDIN_ISSUER_URL: linkedin.issuerUrl,
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([google?.stop(), linkedin?.stop()]);
  });
  afterEach(() => {
    clockOffsetMs = 0;
  });

  it('starts with a 302 to the provider carrying state, nonce, PKCE S256, scope and our redirect_uri', async () => {
    const { res, authorizationUrl, state } = await start(app, 'google', { returnTo: '/app/cvs' });
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe(`${google.issuerUrl}/authorize`);
    const q = authorizationUrl.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe('google-client-id');
    expect(q.get('redirect_uri')).toBe(`${app.config.backendUrl}/api/v1/auth/oauth/google/callback`);
    expect(q.get('scope')).toBe('openid email profile');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(state).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toBe('');

    const cookie = setCookies(res).find((c) => c.startsWith('r2w_oauth='))!;
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth\/oauth\/google\/callback(;|$)/);
    expect(cookie).toMatch(/; Max-Age=600(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).not.toMatch(/Secure/); // plain-HTTP BACKEND_URL only

    // Only a hash of the state is stored, with the attempt's secrets and a 10-minute expiry.
    const row = await app.container
      .db('oauth_states')
      .where({ state_hash: sha256(state) })
      .first();
    expect(row).toMatchObject({ provider: 'google', return_to: '/app/cvs', guest_user_id: null });
    expect(row.nonce).toBe(q.get('nonce'));
    expect(JSON.stringify(await app.container.db('oauth_states'))).not.toContain(state);

    // A fresh attempt each time.
    const again = await start(app, 'google');
    expect(again.state).not.toBe(state);
    expect(again.authorizationUrl.searchParams.get('nonce')).not.toBe(q.get('nonce'));
    expect(again.authorizationUrl.searchParams.get('code_challenge')).not.toBe(q.get('code_challenge'));
  });

  it('creates an account on first Google sign-in with a verified email and redirects to return_to', async () => {
    const email = uniqueEmail('grace');
    const sub = unique('google-sub');
    const { callback, redirectedTo } = await signIn(
      'google',
      { sub, email, email_verified: true, name: 'Grace Hopper' },
      { returnTo: '/app/cvs?tab=mine' },
    );
    expect(redirectedTo.origin + redirectedTo.pathname).toBe(
      `${app.config.backendUrl}/api/v1/auth/oauth/google/callback`,
    );
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/app/cvs?tab=mine`);
    expect(callback.headers.get('cache-control')).toBe('no-store');
    const sessionCookie = setCookies(callback).find((c) => c.startsWith('r2w_session='))!;
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(setCookies(callback).find((c) => c.startsWith('r2w_oauth='))).toMatch(/^r2w_oauth=; .*Max-Age=0/);

    const user = await sessionUser(app, callback);
    expect(user).toMatchObject({ email, full_name: 'Grace Hopper', email_verified: true, is_guest: false });
    const identity = await app.container.db('user_identities').where({ provider: 'google', subject: sub }).first();
    expect(identity.user_id).toBe(user.id);
  });

  it('defaults return_to to / and refuses absolute or protocol-relative ones', async () => {
    const { callback } = await signIn('google', { sub: unique('g'), email: uniqueEmail(), email_verified: true });
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/`);
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'app']) {
      const res = await app.request('GET', `/api/v1/auth/oauth/google/start?return_to=${encodeURIComponent(returnTo)}`);
      expect(res.status, returnTo).toBe(400);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}invalid-parameters` });
    }
  });

  it('links a verified email to the existing password account (same user id)', async () => {
    const email = uniqueEmail('linked');
    const userId = await register(app, email);
    const { callback } = await signIn('google', { sub: unique('g'), email: email.toUpperCase(), email_verified: true });
    expect(callback.status).toBe(302);
    const user = await sessionUser(app, callback);
    expect(user.id).toBe(userId);
    expect(user.email_verified).toBe(true);
    expect(await app.container.db('users').where({ email })).toHaveLength(1);
    // Nobody had proved owning that email before: whoever set the password may have squatted it,
    // so the password stops working once the verified owner arrives.
    const login = await app.request('POST', '/api/v1/auth/login', {
      json: { email, password: 'correct horse battery staple' },
    });
    expect(login.status).toBe(401);
  });

  it('does not link or create an account for an unverified email: no hijack, no session', async () => {
    const email = uniqueEmail('victim');
    const victimId = await register(app, email);
    const sub = unique('attacker');
    const { callback } = await signIn('google', { sub, email, email_verified: false, name: 'Mallory' });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/?auth_error=email_not_verified`);
    expect(cookieValue(callback, 'r2w_session')).toBeUndefined();
    expect(await app.container.db('user_identities').where({ subject: sub })).toHaveLength(0);
    const victim = await app.container.db('users').where({ id: victimId }).first();
    expect(victim.full_name).toBe('Password Person');

    const stranger = uniqueEmail('stranger');
    const second = await signIn('google', { sub: unique('s'), email: stranger, email_verified: false });
    expect(second.callback.headers.get('location')).toBe(`${FRONTEND_URL}/?auth_error=email_not_verified`);
    expect(await app.container.db('users').where({ email: stranger })).toHaveLength(0);
  });

  it('finds the linked identity on the next sign-in even when the email changed', async () => {
    const sub = unique('g');
    const first = await signIn('google', { sub, email: uniqueEmail('old'), email_verified: true });
    const firstUser = await sessionUser(app, first.callback);
    const second = await signIn('google', { sub, email: uniqueEmail('new'), email_verified: false });
    expect(second.callback.status).toBe(302);
    expect((await sessionUser(app, second.callback)).id).toBe(firstUser.id);
  });

  it('signs in with LinkedIn: state only (no PKCE, no nonce), email_verified as the string "true"', async () => {
    const email = uniqueEmail('li');
    const sub = unique('li-sub');
    const { started, callback } = await signIn('linkedin', { sub, email, email_verified: 'true', name: 'Ada L' });
    const q = started.authorizationUrl.searchParams;
    expect(q.get('state')).toBeTruthy();
    expect(q.get('code_challenge')).toBeNull();
    expect(q.get('nonce')).toBeNull();
    expect(q.get('redirect_uri')).toBe(`${app.config.backendUrl}/api/v1/auth/oauth/linkedin/callback`);
    expect(setCookies(started.res).find((c) => c.startsWith('r2w_oauth='))).toMatch(
      /Path=\/api\/v1\/auth\/oauth\/linkedin\/callback/,
    );
    expect(callback.status).toBe(302);
    const user = await sessionUser(app, callback);
    expect(user).toMatchObject({ email, full_name: 'Ada L', email_verified: true });
    expect(
      (await app.container.db('user_identities').where({ provider: 'linkedin', subject: sub }).first()).user_id,
    ).toBe(user.id);
  });

  it('reads the email from userinfo when the ID token leaves it out', async () => {
    const email = uniqueEmail('ui');
    const { callback } = await signIn(
      'google',
      { sub: unique('g'), email, email_verified: true },
      { idTokenOmitsEmail: true },
    );
    expect(callback.status).toBe(302);
    expect((await sessionUser(app, callback)).email).toBe(email);
  });

  it('answers 400 invalid-parameters when the callback has no state', async () => {
    const res = await app.request('GET', '/api/v1/auth/oauth/google/callback?code=abc');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}invalid-parameters` });
  });

  it('uses a state once: the replayed callback answers 400 oauth-state-invalid', async () => {
    const { started, redirectedTo, callback } = await signIn('google', {
      sub: unique('g'),
      email: uniqueEmail(),
      email_verified: true,
    });
    expect(callback.status).toBe(302);
    expect(await app.container.db('oauth_states').where({ state_hash: sha256(started.state) })).toHaveLength(0);
    const replay = await app.request('GET', callbackPath('google', redirectedTo), {
      headers: { cookie: started.cookie },
    });
    expect(replay.status).toBe(400);
    expect(replay.json()).toMatchObject({ type: `${PROBLEM}oauth-state-invalid` });
    expect(cookieValue(replay, 'r2w_session')).toBeUndefined();
  });

  it('refuses a Google state at the LinkedIn callback', async () => {
    google.signInAs({ sub: unique('g'), email: uniqueEmail(), email_verified: true });
    const started = await start(app, 'google');
    const redirectedTo = await google.authorize(started.authorizationUrl.href);
    const res = await app.request('GET', callbackPath('linkedin', redirectedTo), {
      headers: { cookie: started.cookie },
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}oauth-state-invalid` });
    expect(cookieValue(res, 'r2w_session')).toBeUndefined();
  });

  it('refuses a state presented by another browser (no cookie, or another attempt’s cookie)', async () => {
    google.signInAs({ sub: unique('g'), email: uniqueEmail(), email_verified: true });
    const victim = await start(app, 'google');
    const redirectedTo = await google.authorize(victim.authorizationUrl.href);
    const attacker = await start(app, 'google');
    for (const cookie of [undefined, attacker.cookie, `r2w_oauth=${victim.state}x`]) {
      const res = await app.request('GET', callbackPath('google', redirectedTo), {
        ...(cookie && { headers: { cookie } }),
      });
      expect(res.status, String(cookie)).toBe(400);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}oauth-state-invalid` });
    }
    // The refused attempts did not use it up: the browser that started it still completes.
    const own = await app.request('GET', callbackPath('google', redirectedTo), { headers: { cookie: victim.cookie } });
    expect(own.status).toBe(302);
    expect(cookieValue(own, 'r2w_session')).toBeTruthy();
  });

  it('refuses an attempt older than 10 minutes', async () => {
    google.signInAs({ sub: unique('g'), email: uniqueEmail(), email_verified: true });
    const started = await start(app, 'google');
    const redirectedTo = await google.authorize(started.authorizationUrl.href);
    clockOffsetMs = 10 * 60 * 1000 + 1000;
    const res = await app.request('GET', callbackPath('google', redirectedTo), { headers: { cookie: started.cookie } });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}oauth-state-invalid` });
  });

  it('sweeps expired attempts when a new one starts', async () => {
    const old = await start(app, 'google');
    clockOffsetMs = 11 * 60 * 1000;
    await start(app, 'linkedin');
    expect(await app.container.db('oauth_states').where({ state_hash: sha256(old.state) })).toHaveLength(0);
  });

  it('sends the browser back with auth_error when the person cancels at the provider', async () => {
    google.refuseNextAuthorization('access_denied');
    const { callback, started, redirectedTo } = await signIn(
      'google',
      { sub: unique('g'), email: uniqueEmail(), email_verified: true },
      { returnTo: '/app?x=1' },
    );
    expect(redirectedTo.searchParams.get('error')).toBe('access_denied');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/app?x=1&auth_error=access_denied`);
    expect(cookieValue(callback, 'r2w_session')).toBeUndefined();
    expect(await app.container.db('oauth_states').where({ state_hash: sha256(started.state) })).toHaveLength(0);
  });

  it('sends the browser back with auth_error when the token exchange is refused', async () => {
    google.failNextTokenRequest('invalid_grant');
    const { callback } = await signIn('google', { sub: unique('g'), email: uniqueEmail(), email_verified: true });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/?auth_error=invalid_grant`);
    expect(cookieValue(callback, 'r2w_session')).toBeUndefined();
  });

  it.each([
    ['a wrong issuer', (p: Record<string, unknown>) => (p.iss = 'https://accounts.evil.example')],
    ['a wrong audience', (p: Record<string, unknown>) => (p.aud = 'someone-else')],
    ['a wrong nonce', (p: Record<string, unknown>) => (p.nonce = 'replayed-nonce')],
    ['an expired ID token', (p: Record<string, unknown>) => (p.exp = Math.floor(Date.now() / 1000) - 3600)],
  ])('refuses an ID token with %s: auth_error, no session, no account', async (_what, tamper) => {
    const email = uniqueEmail('tampered');
    google.tamperWithNextIdToken(tamper);
    const { callback } = await signIn('google', { sub: unique('g'), email, email_verified: true });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${FRONTEND_URL}/?auth_error=provider_error`);
    expect(cookieValue(callback, 'r2w_session')).toBeUndefined();
    expect(await app.container.db('users').where({ email })).toHaveLength(0);
  });

  it('claims the guest session held at start: its CVs move to the account, the guest is gone', async () => {
    const guest = await app.request('POST', '/api/v1/auth/guest');
    const g = guest.json<{ session_id: string; user: { id: string } }>();
    const cvId = await insertCvRow(app.container.db, g.user.id);
    // The guest cookie is sent at start only; the attempt remembers the guest.
    const { started, callback } = await signIn(
      'google',
      { sub: unique('g'), email: uniqueEmail('claimer'), email_verified: true },
      { headers: { cookie: `r2w_session=${g.session_id}` } },
    );
    expect((await app.container.db('oauth_states').where({ state_hash: sha256(started.state) })).length).toBe(0);
    expect(callback.status).toBe(302);
    const user = await sessionUser(app, callback);
    expect(user.id).not.toBe(g.user.id);
    expect((await app.container.db('cvs').where({ id: cvId }).first()).user_id).toBe(user.id);
    expect(await app.container.db('users').where({ id: g.user.id }).first()).toBeUndefined();
    const guestMe = await app.request('GET', '/api/v1/auth/me', { headers: { cookie: `r2w_session=${g.session_id}` } });
    expect(guestMe.status).toBe(401);
  });

  it('records the guest at start only when the session is a guest’s', async () => {
    const { callback } = await signIn('google', { sub: unique('g'), email: uniqueEmail(), email_verified: true });
    const session = cookieValue(callback, 'r2w_session')!;
    const started = await start(app, 'linkedin', { headers: { cookie: `r2w_session=${session}` } });
    const row = await app.container
      .db('oauth_states')
      .where({ state_hash: sha256(started.state) })
      .first();
    expect(row.guest_user_id).toBeNull();
  });
});

describe('sign-in providers that are missing or unreachable', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startOAuthApp({
      database: 'sqlite',
      env: {
        // Google configured, but nothing answers at its issuer; LinkedIn not configured at all.
        GOOGLE_CLIENT_ID: 'google-client-id',
        GOOGLE_CLIENT_SECRET: 'google-client-secret',
        GOOGLE_ISSUER_URL: 'http://127.0.0.1:1',
      },
    });
  });
  afterAll(() => app?.close());

  it('answers 404 provider-not-configured for a provider without credentials', async () => {
    for (const path of ['/start', '/callback?state=abc&code=def']) {
      const res = await app.request('GET', `/api/v1/auth/oauth/linkedin${path}`);
      expect(res.status, path).toBe(404);
      expect(res.json()).toMatchObject({ type: `${PROBLEM}provider-not-configured` });
    }
  });

  it('answers 503 not-ready with Retry-After when the provider cannot be reached', async () => {
    const res = await app.request('GET', '/api/v1/auth/oauth/google/start');
    expect(res.status).toBe(503);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}not-ready` });
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 invalid-parameters for a provider the contract does not know', async () => {
    const res = await app.request('GET', '/api/v1/auth/oauth/github/start');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ type: `${PROBLEM}invalid-parameters` });
  });
});
