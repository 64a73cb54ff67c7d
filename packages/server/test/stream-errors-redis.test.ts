import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createRedisConnection, waitForRedis } from '../src/adapters/redis-connection.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { startTestApp } from './support/test-app.js';

/**
 * Redis is reached through ioredis, which reports every failed (re)connection as an 'error'
 * event. Waiting for the first connection must not treat such an event as fatal: the server
 * starts while Redis is still down, /ready reports it, and the server serves once Redis is back.
 */

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Readiness {
  checks: Record<string, { status: string }>;
}

describe('waiting for Redis while it refuses connections', () => {
  it('answers false after the wait instead of failing with the first connection error', async () => {
    const redis = createRedisConnection(`redis://127.0.0.1:${await closedPort()}`);
    const errors: unknown[] = [];
    redis.on('error', (err) => errors.push(err));
    try {
      const started = Date.now();
      await expect(waitForRedis(redis, 600)).resolves.toBe(false);
      expect(Date.now() - started).toBeGreaterThanOrEqual(550);
      expect(errors.length).toBeGreaterThan(0); // ioredis did report the refusals
    } finally {
      redis.disconnect();
    }
  });

  it('answers true once Redis accepts, after refusing first', async () => {
    const available = await requireService('redis', 'waitForRedis after a refusal');
    if (!available) return;
    const port = await closedPort();
    const redis = createRedisConnection(`redis://127.0.0.1:${port}`);
    redis.on('error', () => undefined);
    // Redis "comes up" on that port a moment later.
    const target = new URL(TEST_REDIS_URL);
    let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
    const comingUp = new Promise((resolve) => setTimeout(resolve, 300)).then(async () => {
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) }, port);
    });
    try {
      await expect(waitForRedis(redis, 5000)).resolves.toBe(true);
    } finally {
      await comingUp;
      redis.disconnect();
      await proxy?.cut();
    }
  });

  it('lets the server start while Redis is down; /ready reports it', async () => {
    const app = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${await closedPort()}` } });
    try {
      expect((await app.request('GET', '/health')).status).toBe(200);
      const ready = await app.request('GET', '/ready');
      expect(ready.status).toBe(503);
      expect(ready.json<Readiness>().checks.redis?.status).toBe('down');
    } finally {
      await app.close();
    }
  }, 20_000);
});
