// `npm run bench` (part): what argon2id costs a login. The server runs pinned to one core
// (taskset, when available) with a one-thread libuv pool, so "logins per second" is per core;
// 50 clients log in concurrently while the server's peak resident memory (VmHWM) is read.
// Baseline: the same server and request path with a single SHA-256 instead of argon2id.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { hasTaskset, pinToCores } from './cpu-pinning.js';
import { startChildServer } from '../test/support/child-server.js';

export interface LoginCostResult {
  hasher: string;
  logins_per_s: number;
  p50_ms: number;
  p99_ms: number;
  rss_idle_mib: number;
  rss_peak_mib: number;
  non_2xx: number;
}

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);

function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

export async function measureLoginCost(
  hasher: 'argon2id' | 'sha256',
  options: { oneCore: boolean } = { oneCore: true },
): Promise<LoginCostResult> {
  const entry = fileURLToPath(new URL('./targets/login-app.ts', import.meta.url));
  // One core: one libuv thread, pinned. Otherwise Node's default pool of 4 threads, unpinned.
  const server = await startChildServer(entry, {
    BENCH_HASHER: hasher,
    UV_THREADPOOL_SIZE: options.oneCore ? '1' : '4',
  });
  const pid = server.child.pid!;
  try {
    if (options.oneCore && hasTaskset()) pinToCores(pid, '0');
    const body = JSON.stringify({ email: 'bench@example.com', password: 'correct horse battery staple' });
    const run = (duration: number) =>
      autocannon({
        url: `${server.url}/api/v1/auth/login`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration,
      });
    await run(2);
    const idle = memoryMiB(pid, 'VmRSS');
    const result = await run(DURATION_S);
    return {
      hasher: options.oneCore ? hasher : `${hasher} (4 threads, 2 cores)`,
      logins_per_s: Math.round(result.requests.average * 10) / 10,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      rss_idle_mib: idle,
      rss_peak_mib: memoryMiB(pid, 'VmHWM'),
      non_2xx: result.non2xx,
    };
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}
