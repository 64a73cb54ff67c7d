import { beforeAll, describe, expect, it } from 'vitest';
import { createSqlTenantStore } from '../src/adapters/sql-tenant-store.js';
import { type TenantStore } from '../src/adapters/tenant-store.js';
import { toDbJson, toDbTime } from '../src/adapters/sql-values.js';
import { ProblemError } from '../src/domain/problem.js';
import { tenantOriginsMigration } from '../src/migrations/0005-tenant-origins.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { normaliseOrigin, TenantService } from '../src/services/tenant-service.js';
import { forEachDatabase } from './support/databases.js';

describe('normaliseOrigin', () => {
  it.each([
    ['https://careers.acme.example', 'https://careers.acme.example'],
    ['HTTPS://Careers.ACME.example', 'https://careers.acme.example'],
    ['https://acme.example:443', 'https://acme.example'],
    ['http://acme.example:80', 'http://acme.example'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://acme.example/', 'https://acme.example'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('%s → %s', (raw, origin) => {
    expect(normaliseOrigin(raw)).toEqual({ origin });
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://acme.example',
    '//acme.example',
    'acme.example',
    'https://acme.example/careers',
    'https://acme.example//',
    'https://acme.example?x=1',
    'https://acme.example#x',
    'https://user@acme.example',
    'https://*.acme.example',
    'https://acme .example',
    'https://acme.example\\@evil.example',
    'https://acme.example\t',
    'https://acme.example:99999',
    'https://',
    `https://${'a'.repeat(300)}.example`,
  ])('refuses %j', (raw) => {
    expect(normaliseOrigin(raw)).toHaveProperty('error');
  });
});

function countingStore(store: TenantStore): { store: TenantStore; calls: { byKey: number; byOrigin: number } } {
  const calls = { byKey: 0, byOrigin: 0 };
  return {
    calls,
    store: {
      ...store,
      findByPublishableKey(key) {
        calls.byKey++;
        return store.findByPublishableKey(key);
      },
      anyTenantAllowsOrigin(origin) {
        calls.byOrigin++;
        return store.anyTenantAllowsOrigin(origin);
      },
    },
  };
}

async function expectProblem(promise: Promise<unknown>, slug: string): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ProblemError);
  expect((error as ProblemError).slug).toBe(slug);
}

forEachDatabase('tenant store and service', ({ getKnex }) => {
  let now = new Date('2025-05-01T09:00:00.000Z');
  const clock = () => now;
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  beforeAll(async () => {
    await migrateToLatest(getKnex());
  });

  it('stamps created_at and updated_at from the application clock', async () => {
    const service = new TenantService({ store: createSqlTenantStore(getKnex(), { clock }), hostedOrigins: [], clock });
    const { tenant } = await service.create({ name: 'Clocked', allowedOrigins: ['https://clocked.example'] });
    expect(tenant.createdAt.toISOString()).toBe('2025-05-01T09:00:00.000Z');
    advance(5000);
    const updated = await service.update(tenant.id, { name: 'Clocked 2' });
    expect(updated.createdAt.toISOString()).toBe('2025-05-01T09:00:00.000Z');
    expect(updated.updatedAt.toISOString()).toBe('2025-05-01T09:00:05.000Z');
    expect(await service.get(tenant.id)).toEqual(updated);
  });

  it('other replicas see changes within the cache TTL; secret keys are never cached', async () => {
    const ttl = 30_000;
    const replicaA = new TenantService({
      store: createSqlTenantStore(getKnex(), { clock }),
      hostedOrigins: [],
      clock,
      cacheTtlMs: ttl,
    });
    const replicaB = new TenantService({ store: createSqlTenantStore(getKnex(), { clock }), hostedOrigins: [], clock });
    const origin = 'https://replicas.example';

    expect(await replicaA.isAllowedOrigin(origin)).toBe(false); // remembered
    const { tenant, secretKey } = await replicaB.create({ name: 'Replica', allowedOrigins: [origin] });
    expect(await replicaA.isAllowedOrigin(origin)).toBe(false);
    advance(ttl);
    expect(await replicaA.isAllowedOrigin(origin)).toBe(true);

    expect((await replicaA.resolvePublishableKey(tenant.publishableKey, origin)).id).toBe(tenant.id);
    expect((await replicaA.authenticateSecretKey(secretKey)).id).toBe(tenant.id);
    await replicaB.rotateSecretKey(tenant.id);
    await expectProblem(replicaA.authenticateSecretKey(secretKey), 'unauthorized');

    await replicaB.delete(tenant.id);
    expect((await replicaA.resolvePublishableKey(tenant.publishableKey, origin)).id).toBe(tenant.id);
    advance(ttl);
    await expectProblem(replicaA.resolvePublishableKey(tenant.publishableKey, origin), 'unauthorized');
    expect(await replicaA.isAllowedOrigin(origin)).toBe(false);
  });

  it('remembers unknown keys too, within a bounded number of entries', async () => {
    const { store, calls } = countingStore(createSqlTenantStore(getKnex(), { clock }));
    const service = new TenantService({ store, hostedOrigins: [], clock, cacheMaxEntries: 2 });
    const key = (c: string) => `pk_${c.repeat(32)}`;
    for (const k of ['a', 'b', 'a', 'b'])
      await expectProblem(service.resolvePublishableKey(key(k), undefined), 'unauthorized');
    expect(calls.byKey).toBe(2);
    await expectProblem(service.resolvePublishableKey(key('c'), undefined), 'unauthorized'); // evicts a
    await expectProblem(service.resolvePublishableKey(key('a'), undefined), 'unauthorized');
    expect(calls.byKey).toBe(4);
    // A malformed key never reaches the store or the cache.
    await expectProblem(service.resolvePublishableKey('pk_short', undefined), 'unauthorized');
    await expectProblem(service.resolvePublishableKey(`pk_${'x'.repeat(5000)}`, undefined), 'unauthorized');
    expect(calls.byKey).toBe(4);
    // Malformed origins neither.
    expect(await service.isAllowedOrigin('null')).toBe(false);
    expect(await service.isAllowedOrigin('https://a.example/path')).toBe(false);
    expect(calls.byOrigin).toBe(0);
  });

  it('the hosted origins are always allowed and never looked up', async () => {
    const { store, calls } = countingStore(createSqlTenantStore(getKnex(), { clock }));
    const service = new TenantService({ store, hostedOrigins: ['https://app.example'], clock });
    expect(await service.isAllowedOrigin('https://app.example')).toBe(true);
    expect(service.isHostedOrigin('https://app.example')).toBe(true);
    expect(service.isHostedOrigin('https://other.example')).toBe(false);
    expect(calls.byOrigin).toBe(0);
  });

  it('reports every invalid member at once', async () => {
    const service = new TenantService({ store: createSqlTenantStore(getKnex(), { clock }), hostedOrigins: [], clock });
    const error = (await service
      .create({
        name: ' ',
        allowedOrigins: ['https://ok.example', 'https://OK.example', 'ftp://x.example'],
        branding: { primaryColor: 'red', logoUrl: 'ftp://logo' },
        stripePriceId: 'prod_1',
      })
      .catch((err: unknown) => err)) as ProblemError;
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.errors?.map((e) => e.pointer).sort()).toEqual([
      '/allowed_origins/1',
      '/allowed_origins/2',
      '/branding/logo_url',
      '/branding/primary_color',
      '/name',
      '/stripe_price_id',
    ]);
  });

  it('migration 0005 indexes the origins of tenants that existed before it', async () => {
    const knex = getKnex();
    await tenantOriginsMigration.down(knex);
    await knex('tenants').insert({
      id: 'ten_0000000000000000000000before',
      name: 'Before',
      publishable_key: 'pk_before0000000000000000000000',
      secret_key_hash: 'hash-before',
      allowed_origins: toDbJson(['https://before.example', 'https://before.example', 'http://localhost:3000']),
      branding: toDbJson({}),
      stripe_price_id: null,
      created_at: toDbTime(now),
      updated_at: toDbTime(now),
    });
    await tenantOriginsMigration.up(knex);
    const rows = await knex('tenant_origins')
      .where({ tenant_id: 'ten_0000000000000000000000before' })
      .orderBy('origin')
      .select('origin');
    expect(rows).toEqual([{ origin: 'http://localhost:3000' }, { origin: 'https://before.example' }]);
    const store = createSqlTenantStore(knex, { clock });
    expect(await store.anyTenantAllowsOrigin('https://before.example')).toBe(true);
    expect((await store.findById('ten_0000000000000000000000before'))?.branding).toEqual({
      displayName: null,
      logoUrl: null,
      primaryColor: null,
      accentColor: null,
    });
  });
});
