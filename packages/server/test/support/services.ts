import net from 'node:net';

/**
 * Which real services the service-backed suites may use. On a laptop without PostgreSQL or Redis
 * the suites that need them are skipped with a printed reason; with CI=true a missing service is a
 * failure, never a silent skip.
 */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type ServiceName = 'postgres' | 'redis';

const isCi = process.env.CI === 'true' || process.env.CI === '1';

function portOpen(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const cache = new Map<ServiceName, Promise<boolean>>();

export function serviceAvailable(name: ServiceName): Promise<boolean> {
  let probe = cache.get(name);
  if (!probe) {
    probe = name === 'postgres' ? portOpen(TEST_POSTGRES_URL, 5432) : portOpen(TEST_REDIS_URL, 6379);
    cache.set(name, probe);
  }
  return probe;
}

/**
 * Resolves true when the service is reachable. When it is not: throws under CI, otherwise prints
 * one line naming the suite and the reason and resolves false so the caller skips.
 */
export async function requireService(name: ServiceName, suite: string): Promise<boolean> {
  if (await serviceAvailable(name)) return true;
  const url = name === 'postgres' ? TEST_POSTGRES_URL : TEST_REDIS_URL;
  if (isCi) throw new Error(`CI=true but ${name} is not reachable at ${url} (needed by "${suite}")`);
  process.stderr.write(`SKIPPED "${suite}": ${name} is not reachable at ${url}\n`);
  return false;
}
