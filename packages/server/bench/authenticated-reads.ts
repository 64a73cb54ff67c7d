// `npm run bench` (part): what a session costs. The same server process answers /health without
// credentials, /health with a Bearer session (an operation that reads none), and authenticated reads;
// each is reported as a ratio of that /health's throughput, measured in the same run.
import autocannon from 'autocannon';
import { fileURLToPath } from 'node:url';
import { startChildServer } from '../test/support/child-server.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);

export interface AuthenticatedRead {
  name: string;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  non_2xx: number;
  /** Throughput over unauthenticated /health's on the same server in the same run. */
  ratio: number;
}

const SCENARIOS: { name: string; path: string; session: boolean }[] = [
  { name: 'GET /health, no credentials', path: '/health', session: false },
  { name: 'GET /health with a Bearer session', path: '/health', session: true },
  { name: 'GET /api/v1/auth/me', path: '/api/v1/auth/me', session: true },
  { name: 'GET /api/v1/cvs', path: '/api/v1/cvs', session: true },
  { name: 'GET /api/v1/portfolios', path: '/api/v1/portfolios', session: true },
];

export async function measureAuthenticatedReads(): Promise<AuthenticatedRead[]> {
  const server = await startChildServer(fileURLToPath(new URL('./targets/full-app.ts', import.meta.url)), {
    NODE_ENV: 'production',
  });
  try {
    const token = server.logs.find((entry) => typeof entry.token === 'string')?.token as string;
    const results: AuthenticatedRead[] = [];
    for (const s of SCENARIOS) {
      const run = (duration: number) =>
        autocannon({
          url: server.url + s.path,
          connections: CONNECTIONS,
          duration,
          headers: s.session ? { authorization: `Bearer ${token}` } : {},
        });
      await run(2);
      const r = await run(DURATION_S);
      results.push({
        name: s.name,
        requests_per_s: Math.round(r.requests.average),
        p50_ms: r.latency.p50,
        p99_ms: r.latency.p99,
        non_2xx: r.requests.total - r['2xx'],
        ratio: 0,
      });
    }
    const health = results[0]!.requests_per_s;
    for (const r of results) r.ratio = Math.round((r.requests_per_s / health) * 100) / 100;
    return results;
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

export function describeAuthenticatedReads(results: AuthenticatedRead[]): string[] {
  return [
    `authenticated reads on one server (embedded SQLite), ${CONNECTIONS} connections, ${DURATION_S} s each`,
    ...results.map(
      (r) =>
        `  ${r.name}: ${r.requests_per_s} req/s (×${r.ratio} of /health), p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms (non-2xx: ${r.non_2xx})`,
    ),
  ];
}
