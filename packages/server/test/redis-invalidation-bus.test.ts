import net from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { closeRedisConnection, createRedisConnection } from '../src/adapters/redis-connection.js';
import { createRedisInvalidationBus } from '../src/adapters/redis-invalidation-bus.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';

// The bus must know when it cannot hear: a link that stalls without closing (a half-open socket
// behind a NAT or proxy) looks connected, yet invalidations published meanwhile never arrive.

/** A proxy in front of Redis whose link can stall (bytes held, sockets open) or be cut. */
async function stallableProxy() {
  const target = new URL(TEST_REDIS_URL);
  let stalled = false;
  const held: (() => void)[] = [];
  const sockets = new Set<net.Socket>();
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => (stalled ? held.push(() => to.write(chunk)) : to.write(chunk)));
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 6379) });
    sockets.add(client).add(upstream);
    forward(client, upstream);
    forward(upstream, client);
    const drop = () => (client.destroy(), upstream.destroy());
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    stall: () => void (stalled = true),
    resume() {
      stalled = false;
      for (const send of held.splice(0)) send();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`not ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const available = await requireService('redis', 'the Redis invalidation bus');

describe.runIf(available)('the Redis invalidation bus', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function busThrough(url: string) {
    const redis = createRedisConnection(url);
    redis.on('error', () => undefined); // a cut link is the point of some cases
    const bus = createRedisInvalidationBus(redis, pino({ level: 'silent' }), { heartbeatMs: 100 });
    const heard: string[] = [];
    bus.subscribe((message) => heard.push(message));
    cleanups.push(async () => {
      await bus.close();
      await closeRedisConnection(redis);
    });
    return { bus, heard };
  }

  it('is live once its own heartbeat comes back, and hears what other processes publish', async () => {
    const { bus, heard } = await busThrough(TEST_REDIS_URL);
    const other = await busThrough(TEST_REDIS_URL);
    await until('live', () => bus.live && other.bus.live);
    const message = `session:${Math.random().toString(16).slice(2)}`;
    await other.bus.publish(message);
    await until('delivered', () => heard.includes(message));
    expect(heard.filter((m) => m.startsWith('heartbeat:'))).toEqual([]);
  });

  it('stops being live while its link stalls, and forgets everything once it hears again', async () => {
    const proxy = await stallableProxy();
    cleanups.push(() => proxy.close());
    const { bus, heard } = await busThrough(proxy.url);
    await until('live', () => bus.live);
    proxy.stall();
    await until('deaf', () => !bus.live, 2000);
    heard.length = 0;
    proxy.resume();
    await until('live again', () => bus.live, 2000);
    expect(heard).toContain('*');
  });

  it('answers a publish it could not send without failing the change that was already stored', async () => {
    const proxy = await stallableProxy();
    const { bus, heard } = await busThrough(proxy.url);
    await until('live', () => bus.live);
    await proxy.close();
    await expect(bus.publish('user:usr_gone')).resolves.toBeUndefined();
    // This process heard it at once, Redis or not.
    expect(heard).toContain('user:usr_gone');
    expect(bus.live).toBe(false);
  }, 10_000);
});
