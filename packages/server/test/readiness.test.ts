import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/migrations/index.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { requireService, TEST_POSTGRES_URL, TEST_REDIS_URL } from './support/services.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { startTestApp } from './support/test-app.js';

interface Readiness {
  status: string;
  checks: Record<string, { status: string; latency_ms: number; error: string | null }>;
}

describe('/health and /ready on the embedded defaults', () => {
  it('is alive and ready with SQLite and no Redis', async () => {
    const app = await startTestApp();
    try {
      const health = await app.request('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const ready = await app.request('GET', '/ready');
      expect(ready.status).toBe(200);
      const body = ready.json<Readiness>();
      expect(body.status).toBe('ready');
      expect(Object.keys(body.checks)).toEqual(['database', 'schema', 'storage']);
      expect(body.checks.schema).toMatchObject({ status: 'up', error: null });
      expect(body.checks.database).toMatchObject({ status: 'up', error: null });
    } finally {
      await app.close();
    }
  });

  it('is not ready while migrations are pending, and ready once they ran', async () => {
    const app = await startTestApp({ env: { MIGRATE_ON_START: 'false' } });
    try {
      const before = await app.request('GET', '/ready');
      expect(before.status).toBe(503);
      expect(before.json<Readiness>().checks.schema?.error).toMatch(/migration\(s\) pending .*npm run migrate/);
      await migrateToLatest(app.container.db);
      expect((await app.request('GET', '/ready')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('reports not ready once shutdown has begun, while /health stays up', async () => {
    const app = await startTestApp();
    try {
      app.container.readiness.markShuttingDown();
      const ready = await app.request('GET', '/ready');
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      expect(ready.json<Readiness>().checks.shutdown?.status).toBe('down');
      expect((await app.request('GET', '/health')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('/ready with PostgreSQL', async () => {
  const available = await requireService('postgres', '/ready with PostgreSQL');

  it.runIf(available)('turns 503 within the probe timeout when PostgreSQL becomes unreachable, and back', async () => {
    const target = new URL(TEST_POSTGRES_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const schema = await createPostgresSchema();
    const viaProxy = new URL(schema.url);
    viaProxy.port = String(proxy.port);
    const app = await startTestApp({ env: { DATABASE_URL: viaProxy.toString() } });
    try {
      const up = await app.request('GET', '/ready');
      expect(up.status).toBe(200);
      expect(up.json<Readiness>().checks.database?.status).toBe('up');

      await proxy.cut();
      const started = Date.now();
      const down = await app.request('GET', '/ready');
      expect(Date.now() - started).toBeLessThan(4000);
      expect(down.status).toBe(503);
      const body = down.json<Readiness>();
      expect(body.status).toBe('not_ready');
      expect(body.checks.database?.status).toBe('down');
      expect(body.checks.database?.error).toBeTruthy();
      expect(down.headers.get('content-type')).toContain('application/json');
      // Liveness must not follow the database: restarting the pod would not fix PostgreSQL.
      expect((await app.request('GET', '/health')).status).toBe(200);
    } finally {
      await app.close();
      await schema.drop();
    }
  });

  it.runIf(available)('runs the whole app on PostgreSQL', async () => {
    const app = await startTestApp({ database: 'postgres' });
    try {
      const ready = await app.request('GET', '/ready');
      expect(ready.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('/ready with Redis', async () => {
  const available = await requireService('redis', '/ready with Redis');

  it.runIf(available)('checks Redis when REDIS_URL is set', async () => {
    const app = await startTestApp({ env: { REDIS_URL: TEST_REDIS_URL } });
    try {
      const ready = await app.request('GET', '/ready');
      expect(ready.status).toBe(200);
      expect(ready.json<Readiness>().checks.redis).toMatchObject({ status: 'up', error: null });
    } finally {
      await app.close();
    }
  });

  it.runIf(available)('turns 503 when Redis becomes unreachable', async () => {
    const target = new URL(TEST_REDIS_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const app = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    try {
      expect((await app.request('GET', '/ready')).status).toBe(200);
      await proxy.cut();
      const down = await app.request('GET', '/ready');
      expect(down.status).toBe(503);
      expect(down.json<Readiness>().checks.redis?.status).toBe('down');
      expect(down.json<Readiness>().checks.database?.status).toBe('up');
    } finally {
      await app.close();
    }
  });
});
