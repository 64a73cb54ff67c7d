import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDbBool, toDbTime } from '../src/adapters/sql-values.js';
import { newId } from '../src/domain/ids.js';
import { databaseKinds } from './support/database-kinds.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { TestResponse } from './support/test-app.js';

const PROBLEM = 'https://resume2website.com/problems/';
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';
const HOSTED = 'https://app.r2w.example';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const admin = { 'x-admin-token': ADMIN_TOKEN };

interface TenantBody {
  id: string;
  name: string;
  publishable_key: string;
  allowed_origins: string[];
  branding: Record<string, string | null>;
  stripe_price_id: string | null;
  created_at: string;
  updated_at: string;
  secret_key?: string;
}

interface ProblemBody {
  type: string;
  status: number;
  detail: string;
  errors?: { location: string; pointer: string; message: string }[];
}

let counter = 0;
const uniqueHost = () => `https://careers-${Date.now().toString(36)}-${++counter}.example`;

async function createTenant(app: TestApp, body: Record<string, unknown> = {}): Promise<TenantBody> {
  const res = await app.request('POST', '/api/v1/admin/tenants', {
    headers: admin,
    json: { name: 'Acme Careers', allowed_origins: [uniqueHost()], ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.json<TenantBody>();
}

function expectProblem(res: TestResponse, status: number, slug: string): ProblemBody {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = res.json<ProblemBody>();
  expect(body.type).toBe(PROBLEM + slug);
  return body;
}

function expectNoWildcard(res: TestResponse): void {
  expect(res.headers.get('access-control-allow-origin')).not.toBe('*');
}

const kinds = await databaseKinds('tenants');

describe.each(kinds)('tenants [%s]', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database, env: { ADMIN_TOKEN, FRONTEND_URL: HOSTED } });
  });
  afterAll(() => app.close());

  describe('Admin API credentials', () => {
    it('refuses a missing or wrong X-Admin-Token with 401 on every admin operation', async () => {
      const id = newId('ten');
      const calls: [string, string, unknown?][] = [
        ['POST', '/api/v1/admin/tenants', { name: 'x', allowed_origins: ['https://x.example'] }],
        ['GET', '/api/v1/admin/tenants'],
        ['GET', `/api/v1/admin/tenants/${id}`],
        ['PATCH', `/api/v1/admin/tenants/${id}`, { name: 'y' }],
        ['DELETE', `/api/v1/admin/tenants/${id}`],
        ['POST', `/api/v1/admin/tenants/${id}/secret-key`],
      ];
      for (const [method, path, json] of calls) {
        const attempts: Record<string, string>[] = [
          {},
          { 'x-admin-token': 'wrong' },
          { 'x-admin-token': `${ADMIN_TOKEN}x` },
        ];
        for (const headers of attempts) {
          const res = await app.request(method, path, { headers, ...(json !== undefined && { json }) });
          const problem = expectProblem(res, 401, 'unauthorized');
          expect(problem.detail).toContain('X-Admin-Token');
        }
      }
      const names = await app.container.db('tenants').where({ name: 'x' }).select('id');
      expect(names).toEqual([]);
    });
  });

  describe('create, read, list', () => {
    it('creates a tenant: 201, Location, keys in the spec formats, secret shown once and stored hashed', async () => {
      const res = await app.request('POST', '/api/v1/admin/tenants', {
        headers: admin,
        json: {
          name: 'Acme Careers',
          allowed_origins: ['https://Careers.ACME-jobs.example', 'http://localhost:5173', 'https://acme.example:443'],
          branding: { display_name: 'Acme Jobs', primary_color: '#1a4d8f' },
        },
      });
      expect(res.status).toBe(201);
      const tenant = res.json<TenantBody>();
      expect(res.headers.get('location')).toBe(`/api/v1/admin/tenants/${tenant.id}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(tenant.id).toMatch(/^ten_[0-9a-z]{26}$/);
      expect(tenant.publishable_key).toMatch(/^pk_[0-9a-zA-Z]{32}$/);
      expect(tenant.secret_key).toMatch(/^sk_[0-9a-zA-Z]{32}$/);
      expect(tenant.allowed_origins).toEqual([
        'https://careers.acme-jobs.example',
        'http://localhost:5173',
        'https://acme.example',
      ]);
      expect(tenant.branding).toEqual({
        display_name: 'Acme Jobs',
        logo_url: null,
        primary_color: '#1a4d8f',
        accent_color: null,
      });
      expect(tenant.stripe_price_id).toBeNull();

      // Stored as a hash only: no column holds the secret.
      const row = (await app.container.db('tenants').where({ id: tenant.id }).first()) as Record<string, unknown>;
      expect(JSON.stringify(row)).not.toContain(tenant.secret_key!);
      expect(JSON.stringify(row)).not.toContain(tenant.secret_key!.slice(3));
      expect(row.secret_key_hash).toBe(sha256(tenant.secret_key!));

      // Never shown again.
      const got = await app.request('GET', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin });
      expect(got.status).toBe(200);
      const { secret_key: _secret, ...withoutSecret } = tenant;
      expect(got.json()).toEqual(withoutSecret);
      expect(got.text).not.toContain('secret');
      const list = await app.request('GET', '/api/v1/admin/tenants?limit=100', { headers: admin });
      expect(list.text).not.toContain(tenant.secret_key!);
      expect(list.text).not.toContain('secret_key');
    });

    it('keeps the stripe price id and answers 404 for an unknown tenant', async () => {
      const tenant = await createTenant(app, { stripe_price_id: 'price_1PqRsTuV' });
      expect(tenant.stripe_price_id).toBe('price_1PqRsTuV');
      const missing = await app.request('GET', `/api/v1/admin/tenants/${newId('ten')}`, { headers: admin });
      expectProblem(missing, 404, 'not-found');
      const malformed = await app.request('GET', '/api/v1/admin/tenants/usr_123', { headers: admin });
      expectProblem(malformed, 400, 'invalid-parameters');
    });

    it('lists newest first in pages with an opaque cursor, every tenant exactly once', async () => {
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await createTenant(app, { name: `Paged ${i}` })).id);
      const seen: TenantBody[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: TestResponse = await app.request(
          'GET',
          `/api/v1/admin/tenants?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { headers: admin },
        );
        expect(res.status).toBe(200);
        const page = res.json<{ items: TenantBody[]; next_cursor: string | null }>();
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.next_cursor;
        pages++;
      } while (cursor && pages < 100);
      expect(cursor).toBeNull();
      const ids = seen.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of created) expect(ids).toContain(id);
      const total = await app.container.db('tenants').count({ n: '*' }).first();
      expect(ids.length).toBe(Number((total as { n: unknown }).n));
      for (let i = 1; i < seen.length; i++) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        const order = Date.parse(a.created_at) - Date.parse(b.created_at) || (a.id > b.id ? 1 : -1);
        expect(order).toBeGreaterThan(0);
      }
      // The last ones created come first.
      expect(ids.indexOf(created[4]!)).toBeLessThan(ids.indexOf(created[0]!));

      const bad = await app.request('GET', '/api/v1/admin/tenants?cursor=not-a-cursor', { headers: admin });
      expect(expectProblem(bad, 400, 'invalid-parameters').errors).toEqual([
        { location: 'query', pointer: '/cursor', message: 'is not a cursor of this list' },
      ]);
      const tooBig = await app.request('GET', '/api/v1/admin/tenants?limit=101', { headers: admin });
      expectProblem(tooBig, 400, 'invalid-parameters');
    });
  });

  describe('origin validation', () => {
    const cases: [string, unknown[], string, string][] = [
      ['a javascript: URL', ['javascript:alert(1)'], '/allowed_origins/0', 'must match pattern'],
      ['a path', ['https://acme.example/careers'], '/allowed_origins/0', 'must match pattern'],
      ['a trailing slash', ['https://acme.example/'], '/allowed_origins/0', 'must match pattern'],
      ['an exact duplicate', ['https://acme.example', 'https://acme.example'], '/allowed_origins', 'duplicate'],
      [
        'a duplicate after normalisation',
        ['https://acme.example', 'https://ACME.example:443'],
        '/allowed_origins/1',
        'duplicates https://acme.example',
      ],
      ['credentials', ['https://user:pw@acme.example'], '/allowed_origins/0', 'user name or password'],
      ['a query', ['https://acme.example?x=1'], '/allowed_origins/0', 'query'],
      ['a fragment', ['https://acme.example#top'], '/allowed_origins/0', 'fragment'],
      ['a wildcard', ['https://*.acme.example'], '/allowed_origins/0', 'wildcards'],
      ['a bad port', ['https://acme.example:99999'], '/allowed_origins/0', 'not a valid origin'],
      ['no origins', [], '/allowed_origins', 'fewer than 1'],
    ];
    it.each(cases)(
      'refuses %s with 422 and the failing pointer, creating nothing',
      async (_label, origins, pointer, message) => {
        const name = `Invalid ${Math.random()}`;
        const res = await app.request('POST', '/api/v1/admin/tenants', {
          headers: admin,
          json: { name, allowed_origins: origins },
        });
        const problem = expectProblem(res, 422, 'validation-error');
        const match = problem.errors!.find((e) => e.pointer === pointer && e.message.includes(message));
        expect(match, JSON.stringify(problem.errors)).toBeDefined();
        expect(await app.container.db('tenants').where({ name }).select('id')).toEqual([]);
      },
    );

    it('refuses more than 50 origins, a blank name and bad branding', async () => {
      const many = Array.from({ length: 51 }, (_, i) => `https://site${i}.example`);
      expectProblem(
        await app.request('POST', '/api/v1/admin/tenants', {
          headers: admin,
          json: { name: 'x', allowed_origins: many },
        }),
        422,
        'validation-error',
      );
      const blank = await app.request('POST', '/api/v1/admin/tenants', {
        headers: admin,
        json: { name: '   ', allowed_origins: [uniqueHost()] },
      });
      expect(expectProblem(blank, 422, 'validation-error').errors).toContainEqual({
        location: 'body',
        pointer: '/name',
        message: 'must not be empty',
      });
      const branding = await app.request('POST', '/api/v1/admin/tenants', {
        headers: admin,
        json: { name: 'x', allowed_origins: [uniqueHost()], branding: { logo_url: 'javascript:alert(1)' } },
      });
      expectProblem(branding, 422, 'validation-error');
      const unknown = await app.request('POST', '/api/v1/admin/tenants', {
        headers: admin,
        json: { name: 'x', allowed_origins: [uniqueHost()], secret_key: 'sk_mine' },
      });
      expectProblem(unknown, 422, 'validation-error');
    });
  });

  describe('update, rotate, delete', () => {
    it('updates the given members; origins and branding are replaced as a whole and apply at once', async () => {
      const oldOrigin = uniqueHost();
      const tenant = await createTenant(app, {
        allowed_origins: [oldOrigin],
        branding: { display_name: 'Old', primary_color: '#000000', accent_color: '#ffffff' },
        stripe_price_id: 'price_abc',
      });
      const config = (origin: string) =>
        app.request('GET', '/api/v1/config', { headers: { 'x-publishable-key': tenant.publishable_key, origin } });
      expect((await config(oldOrigin)).status).toBe(200); // and now cached

      const newOrigin = uniqueHost();
      const res = await app.request('PATCH', `/api/v1/admin/tenants/${tenant.id}`, {
        headers: admin,
        json: {
          name: 'Renamed',
          allowed_origins: [newOrigin.toUpperCase().replace('HTTPS', 'https')],
          branding: { primary_color: '#112233' },
          stripe_price_id: null,
        },
      });
      expect(res.status).toBe(200);
      const updated = res.json<TenantBody>();
      expect(updated).toMatchObject({
        id: tenant.id,
        name: 'Renamed',
        publishable_key: tenant.publishable_key,
        allowed_origins: [newOrigin],
        branding: { display_name: null, logo_url: null, primary_color: '#112233', accent_color: null },
        stripe_price_id: null,
        created_at: tenant.created_at,
      });
      expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(Date.parse(tenant.updated_at));

      expectProblem(await config(oldOrigin), 403, 'origin-not-allowed');
      expect((await config(newOrigin)).json()).toMatchObject({ tenant: { id: tenant.id, name: 'Renamed' } });

      const onlyName = await app.request('PATCH', `/api/v1/admin/tenants/${tenant.id}`, {
        headers: admin,
        json: { name: 'Renamed again' },
      });
      expect(onlyName.json()).toMatchObject({ name: 'Renamed again', allowed_origins: [newOrigin] });

      expectProblem(
        await app.request('PATCH', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin, json: {} }),
        422,
        'validation-error',
      );
      expectProblem(
        await app.request('PATCH', `/api/v1/admin/tenants/${tenant.id}`, {
          headers: admin,
          json: { allowed_origins: ['https://a.example', 'https://A.example'] },
        }),
        422,
        'validation-error',
      );
      const unchanged = await app.request('GET', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin });
      expect(unchanged.json()).toMatchObject({ allowed_origins: [newOrigin] });
      expectProblem(
        await app.request('PATCH', `/api/v1/admin/tenants/${newId('ten')}`, { headers: admin, json: { name: 'z' } }),
        404,
        'not-found',
      );
    });

    it('rotates the secret key: the old one is refused at once, the new one works, pk unchanged', async () => {
      const tenant = await createTenant(app);
      const listWith = (sk: string) =>
        app.request('GET', '/api/v1/tenant/portfolios', { headers: { authorization: `Bearer ${sk}` } });
      expect((await listWith(tenant.secret_key!)).status).toBe(200);

      const res = await app.request('POST', `/api/v1/admin/tenants/${tenant.id}/secret-key`, { headers: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const rotated = res.json<TenantBody>();
      expect(rotated.secret_key).toMatch(/^sk_[0-9a-zA-Z]{32}$/);
      expect(rotated.secret_key).not.toBe(tenant.secret_key);
      expect(rotated.publishable_key).toBe(tenant.publishable_key);

      expectProblem(await listWith(tenant.secret_key!), 401, 'unauthorized');
      expect((await listWith(rotated.secret_key!)).status).toBe(200);
      const row = (await app.container.db('tenants').where({ id: tenant.id }).first()) as Record<string, unknown>;
      expect(row.secret_key_hash).toBe(sha256(rotated.secret_key!));
      expectProblem(
        await app.request('POST', `/api/v1/admin/tenants/${newId('ten')}/secret-key`, { headers: admin }),
        404,
        'not-found',
      );
    });

    it('deletes a tenant: 204, then its keys and origins stop working, and a second delete is 404', async () => {
      const origin = uniqueHost();
      const tenant = await createTenant(app, { allowed_origins: [origin] });
      // Warm the caches.
      const preflight = () =>
        app.request('OPTIONS', '/api/v1/config', {
          headers: { origin, 'access-control-request-method': 'GET' },
          unchecked: true, // preflights are outside the contract
        });
      expect((await preflight()).status).toBe(204);
      const withKey = () =>
        app.request('GET', '/api/v1/config', { headers: { 'x-publishable-key': tenant.publishable_key, origin } });
      expect((await withKey()).status).toBe(200);

      const res = await app.request('DELETE', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');

      expectProblem(
        await app.request('GET', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin }),
        404,
        'not-found',
      );
      expectProblem(await withKey(), 401, 'unauthorized');
      expectProblem(
        await app.request('GET', '/api/v1/tenant/portfolios', {
          headers: { authorization: `Bearer ${tenant.secret_key}` },
        }),
        401,
        'unauthorized',
      );
      expectProblem(await preflight(), 403, 'origin-not-allowed');
      expect(await app.container.db('tenant_origins').where({ tenant_id: tenant.id })).toEqual([]);
      expectProblem(
        await app.request('DELETE', `/api/v1/admin/tenants/${tenant.id}`, { headers: admin }),
        404,
        'not-found',
      );
    });
  });

  describe('CORS', () => {
    let tenant: TenantBody;
    let origin: string;
    beforeAll(async () => {
      origin = uniqueHost();
      tenant = await createTenant(app, { allowed_origins: [origin, 'http://localhost:5173'] });
    });

    const preflight = (from: string, path = '/api/v1/auth/guest') =>
      app.request('OPTIONS', path, {
        headers: {
          origin: from,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, x-publishable-key',
        },
        unchecked: true, // preflights are outside the contract; asserted by hand below
      });

    it("answers a tenant origin's preflight with 204, the exact origin, no credentials, never *", async () => {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE');
      expect(res.headers.get('access-control-allow-headers')).toBe(
        'Authorization, Content-Type, X-Publishable-Key, X-Request-Id, Idempotency-Key',
      );
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.get('x-request-id')).toBeTruthy();
      // Any path, including one the contract has for other methods only.
      expect((await preflight('http://localhost:5173', '/api/v1/admin/tenants')).status).toBe(204);
    });

    it("answers the hosted site's preflight with credentials allowed", async () => {
      const res = await preflight(HOSTED);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(HOSTED);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    });

    it('refuses any other origin with 403 origin-not-allowed and no CORS headers', async () => {
      for (const from of ['https://evil.example', 'null', `${origin}.evil.example`, origin.replace('https', 'http')]) {
        const res = await preflight(from);
        const problem = expectProblem(res, 403, 'origin-not-allowed');
        expect(problem.detail).toContain('not allowed');
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
      }
    });

    it('a preflight of an OPTIONS without Access-Control-Request-Method is not a preflight', async () => {
      const res = await app.request('OPTIONS', '/api/v1/config', { headers: { origin } });
      expectProblem(res, 405, 'method-not-allowed');
    });

    it("adds Access-Control-Allow-Origin to actual requests only for allowed origins, with the key's rule", async () => {
      const withKey = await app.request('GET', '/api/v1/config', {
        headers: { origin, 'x-publishable-key': tenant.publishable_key },
      });
      expect(withKey.status).toBe(200);
      expect(withKey.headers.get('access-control-allow-origin')).toBe(origin);
      expect(withKey.headers.get('access-control-expose-headers')).toBe(
        'X-Request-Id, Retry-After, Location, Idempotent-Replayed',
      );
      expect(withKey.headers.get('access-control-allow-credentials')).toBeNull();
      expect(withKey.headers.get('vary')).toMatch(/\bOrigin\b/);

      const noKey = await app.request('GET', '/api/v1/config', { headers: { origin } });
      expect(noKey.headers.get('access-control-allow-origin')).toBe(origin);

      const hosted = await app.request('GET', '/api/v1/config', { headers: { origin: HOSTED } });
      expect(hosted.headers.get('access-control-allow-origin')).toBe(HOSTED);
      expect(hosted.headers.get('access-control-allow-credentials')).toBe('true');

      const foreign = await app.request('GET', '/api/v1/config', { headers: { origin: 'https://evil.example' } });
      expect(foreign.status).toBe(200); // public; the browser just does not hand it to the page
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

      // Another tenant's origin with this tenant's key: refused, and without CORS headers.
      const other = await createTenant(app);
      const crossTenant = await app.request('GET', '/api/v1/config', {
        headers: { origin: other.allowed_origins[0]!, 'x-publishable-key': tenant.publishable_key },
      });
      expectProblem(crossTenant, 403, 'origin-not-allowed');
      expect(crossTenant.headers.get('access-control-allow-origin')).toBeNull();
      for (const res of [withKey, noKey, hosted, foreign, crossTenant]) expectNoWildcard(res);
    });

    it('keeps problems readable by an allowed page (CORS headers on errors too)', async () => {
      const res = await app.request('GET', '/api/v1/tenant/portfolios', { headers: { origin } });
      expectProblem(res, 401, 'unauthorized');
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    });

    it('never pairs a wildcard with credentials (the public contract file answers *)', async () => {
      const res = await app.request('GET', '/openapi.yaml', { headers: { origin: HOSTED } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('X-Publishable-Key', () => {
    let tenant: TenantBody;
    beforeAll(async () => {
      tenant = await createTenant(app, {
        name: 'Acme Jobs',
        branding: { display_name: 'Acme Jobs', logo_url: 'https://cdn.acme.example/logo.svg', accent_color: '#f5a623' },
      });
    });
    const config = (headers: Record<string, string>) => app.request('GET', '/api/v1/config', { headers });

    it('from an allowed origin sets the tenant (getClientConfig shows it with its branding)', async () => {
      const res = await config({ 'x-publishable-key': tenant.publishable_key, origin: tenant.allowed_origins[0]! });
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({
        tenant: {
          id: tenant.id,
          name: 'Acme Jobs',
          branding: {
            display_name: 'Acme Jobs',
            logo_url: 'https://cdn.acme.example/logo.svg',
            primary_color: null,
            accent_color: '#f5a623',
          },
        },
      });
      expect(res.headers.get('vary')).toMatch(/X-Publishable-Key/i);
    });

    it('without an Origin (server to server) is accepted; from the hosted site too', async () => {
      expect((await config({ 'x-publishable-key': tenant.publishable_key })).json()).toMatchObject({
        tenant: { id: tenant.id },
      });
      expect((await config({ 'x-publishable-key': tenant.publishable_key, origin: HOSTED })).json()).toMatchObject({
        tenant: { id: tenant.id },
      });
    });

    it('from a disallowed origin is 403 origin-not-allowed', async () => {
      for (const origin of ['https://evil.example', 'null', tenant.allowed_origins[0]!.replace('https:', 'http:')]) {
        const problem = expectProblem(
          await config({ 'x-publishable-key': tenant.publishable_key, origin }),
          403,
          'origin-not-allowed',
        );
        expect(problem.detail).toContain('is not an allowed origin for this publishable key');
      }
    });

    it('unknown and malformed keys are 401 with one and the same detail', async () => {
      const unknown = expectProblem(await config({ 'x-publishable-key': `pk_${'A'.repeat(32)}` }), 401, 'unauthorized');
      const malformed = expectProblem(await config({ 'x-publishable-key': 'pk_short' }), 401, 'unauthorized');
      const secret = expectProblem(await config({ 'x-publishable-key': tenant.secret_key! }), 401, 'unauthorized');
      expect(unknown.detail).toBe(malformed.detail);
      expect(secret.detail).toBe(malformed.detail);
      expect(unknown.detail).not.toMatch(/tenant_|ten_|exist/);
    });
  });

  describe('Tenant API: listTenantPortfolios', () => {
    let a: TenantBody;
    let b: TenantBody;
    const portfolioIds: Record<string, string[]> = {};

    async function seedPortfolios(tenant: TenantBody, count: number): Promise<void> {
      const db = app.container.db;
      const now = Date.now();
      const userId = newId('usr');
      await db('users').insert({
        id: userId,
        tenant_id: tenant.id,
        email: `${userId}@example.com`,
        full_name: 'Ada',
        password_hash: null,
        is_guest: toDbBool(false),
        email_verified: toDbBool(false),
        created_at: toDbTime(new Date(now)),
        updated_at: toDbTime(new Date(now)),
        last_login_at: null,
      });
      const cvId = newId('cv');
      await db('cvs').insert({
        id: cvId,
        user_id: userId,
        tenant_id: tenant.id,
        original_filename: 'cv.pdf',
        content_type: 'application/pdf',
        size_bytes: 1234,
        sha256: sha256(cvId),
        storage_key: `cvs/${cvId}`,
        current_version: null,
        created_at: toDbTime(new Date(now)),
        updated_at: toDbTime(new Date(now)),
      });
      portfolioIds[tenant.id] = [];
      for (let i = 0; i < count; i++) {
        const id = newId('pf');
        const published = i === 0;
        await db('portfolios').insert({
          id,
          cv_id: cvId,
          user_id: userId,
          tenant_id: tenant.id,
          theme: 'classic',
          slug: `${id.slice(3, 15)}-${i}`,
          status: published ? 'published' : 'draft',
          preview_token: published ? null : `preview${id.slice(3)}token0`,
          preview_expires_at: published ? null : toDbTime(new Date(now + 3_600_000)),
          published_hash: null,
          // The live address: it is what `published_url` shows (the slug may have moved on since).
          published_slug: published ? `${id.slice(3, 15)}-${i}` : null,
          published_at: published ? toDbTime(new Date(now)) : null,
          paid: toDbBool(published),
          checkout_attempts: 0,
          created_at: toDbTime(new Date(now + i)),
          updated_at: toDbTime(new Date(now + i)),
        });
        portfolioIds[tenant.id]!.push(id);
      }
    }

    beforeAll(async () => {
      a = await createTenant(app, { name: 'Tenant A' });
      b = await createTenant(app, { name: 'Tenant B' });
      await seedPortfolios(a, 3);
      await seedPortfolios(b, 2);
    });

    const list = (secret: string, query = '') =>
      app.request('GET', `/api/v1/tenant/portfolios${query}`, { headers: { authorization: `Bearer ${secret}` } });

    it("lists only the secret key's own tenant's portfolios, newest first, in the contract's shape", async () => {
      const res = await list(a.secret_key!);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const page = res.json<{ items: Record<string, unknown>[]; next_cursor: string | null }>();
      expect(page.next_cursor).toBeNull();
      expect(page.items.map((p) => p.id)).toEqual([...portfolioIds[a.id]!].reverse());
      const published = page.items.find((p) => p.status === 'published')!;
      expect(published.published_url).toBe(`${app.config.sitesBaseUrl}${String(published.slug)}/`);
      expect(published.preview_url).toBeNull();
      expect(published.paid).toBe(true);
      const draft = page.items.find((p) => p.status === 'draft')!;
      expect(draft.preview_url).toMatch(new RegExp(`^${app.config.backendUrl}/previews/preview[0-9a-z]+token0/$`));
      expect(draft.published_url).toBeNull();
      expect(draft.user_id).toMatch(/^usr_/);

      const other = (await list(b.secret_key!)).json<{ items: { id: string }[] }>();
      expect(other.items.map((p) => p.id).sort()).toEqual([...portfolioIds[b.id]!].sort());
    });

    it('pages with a cursor that belongs to this list only', async () => {
      const first = (await list(a.secret_key!, '?limit=2')).json<{ items: { id: string }[]; next_cursor: string }>();
      expect(first.items).toHaveLength(2);
      expect(first.next_cursor).toEqual(expect.any(String));
      const second = (await list(a.secret_key!, `?limit=2&cursor=${encodeURIComponent(first.next_cursor)}`)).json<{
        items: { id: string }[];
        next_cursor: string | null;
      }>();
      expect(second.items.map((p) => p.id)).toEqual([portfolioIds[a.id]![0]]);
      expect(second.next_cursor).toBeNull();

      const tenantsPage = (await app.request('GET', '/api/v1/admin/tenants?limit=1', { headers: admin })).json<{
        next_cursor: string;
      }>();
      expectProblem(
        await list(a.secret_key!, `?cursor=${encodeURIComponent(tenantsPage.next_cursor)}`),
        400,
        'invalid-parameters',
      );
    });

    it('refuses a session-looking bearer, a publishable key, a malformed or missing credential with 401', async () => {
      for (const authorization of [
        'Bearer Qm9vdHN0cmFwLXNlc3Npb24tdG9rZW4tZXhhbXBsZTAx',
        `Bearer ${a.publishable_key}`,
        `Bearer sk_${'Z'.repeat(32)}`,
        'Bearer sk_!!',
        `Basic ${a.secret_key}`,
        a.secret_key!,
      ]) {
        const res = await app.request('GET', '/api/v1/tenant/portfolios', { headers: { authorization } });
        expectProblem(res, 401, 'unauthorized');
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
      expectProblem(await app.request('GET', '/api/v1/tenant/portfolios'), 401, 'unauthorized');
    });
  });

  describe('getClientConfig', () => {
    it('without a key: no tenant, payments off, limits and accepted types', async () => {
      const res = await app.request('GET', '/api/v1/config');
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({
        tenant: null,
        payments_enabled: false,
        stripe_publishable_key: null,
        price: null,
        oauth_providers: [],
        max_upload_bytes: 10 * 1024 * 1024,
        accepted_file_types: expect.arrayContaining([
          'application/pdf',
          '.pdf',
          '.docx',
          '.doc',
          '.txt',
          '.md',
          'image/png',
          '.jpg',
          '.jpeg',
          '.webp',
          '.json',
        ]),
      });
    });
  });
});

describe('tenants with the Admin API disabled, payments and OAuth configured [sqlite]', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        STRIPE_SECRET_KEY: 'sk_test_123',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_51Nv0example',
        STRIPE_WEBHOOK_SECRET: 'whsec_123',
        GOOGLE_CLIENT_ID: 'google-client',
        GOOGLE_CLIENT_SECRET: 'google-secret',
        MAX_UPLOAD_BYTES: '2048',
      },
    });
  });
  afterAll(() => app.close());

  it('answers 404 on every admin operation, saying the Admin API is disabled and how to enable it', async () => {
    const id = newId('ten');
    const calls: [string, string, unknown?, boolean?][] = [
      // The contract documents no 404 for these two yet (see the report); checked by hand.
      ['POST', '/api/v1/admin/tenants', { name: 'x', allowed_origins: ['https://x.example'] }, true],
      ['GET', '/api/v1/admin/tenants', undefined, true],
      ['GET', `/api/v1/admin/tenants/${id}`],
      ['PATCH', `/api/v1/admin/tenants/${id}`, { name: 'y' }],
      ['DELETE', `/api/v1/admin/tenants/${id}`],
      ['POST', `/api/v1/admin/tenants/${id}/secret-key`],
    ];
    for (const [method, path, json, unchecked] of calls) {
      const attempts: Record<string, string>[] = [{}, { 'x-admin-token': ADMIN_TOKEN }];
      for (const headers of attempts) {
        const res = await app.request(method, path, {
          headers,
          ...(json !== undefined && { json }),
          ...(unchecked && { unchecked }),
        });
        const problem = expectProblem(res, 404, 'not-found');
        expect(problem.detail).toMatch(/Admin API is disabled.*ADMIN_TOKEN/);
      }
    }
    expect(await app.container.db('tenants').select('id')).toEqual([]);
  });

  it('getClientConfig reports payments, Stripe key and configured providers', async () => {
    const res = await app.request('GET', '/api/v1/config');
    expect(res.json()).toMatchObject({
      tenant: null,
      payments_enabled: true,
      stripe_publishable_key: 'pk_test_51Nv0example',
      price: null,
      oauth_providers: ['google'],
      max_upload_bytes: 2048,
    });
  });
});
