// `npm run bench` (part): does asking for a password reset take longer for an address that has an
// account than for one that has none? (If it did, the timing would tell an attacker which addresses
// are registered, whatever the identical `202` says.) The real server on embedded defaults,
// requests one at a time, known and unknown addresses interleaved so drift hits both alike.
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../test/support/test-app.js';

export interface ResetTimingReport {
  requests_each: number;
  known: { p50_ms: number; p95_ms: number; mean_ms: number };
  unknown: { p50_ms: number; p95_ms: number; mean_ms: number };
  /** Known mean over unknown mean: 1.0 means indistinguishable. */
  mean_ratio: number;
}

const ROUNDS = Number(process.env.BENCH_RESET_ROUNDS ?? 300);

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000) / 1000;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { p50_ms: at(0.5), p95_ms: at(0.95), mean_ms: Math.round(mean * 1000) / 1000 };
}

export async function measureResetTiming(): Promise<ResetTimingReport> {
  const app = await startTestApp({
    rateLimitOverrides: {
      passwordResetPerIp: { points: 1_000_000, durationSeconds: 3600 },
      passwordResetPerAddress: { points: 1_000_000, durationSeconds: 3600 },
      registrationPerIp: { points: 1_000_000, durationSeconds: 3600 },
    },
  });
  try {
    const known: string[] = [];
    for (let i = 0; i < 20; i++) {
      const email = `known-${i}@bench.example`;
      await app.request('POST', '/api/v1/auth/register', {
        json: { email, password: 'correct horse battery staple', full_name: 'Known' },
      });
      known.push(email);
    }
    const times = { known: [] as number[], unknown: [] as number[] };
    const ask = async (email: string) => {
      const started = performance.now();
      const res = await app.request('POST', '/api/v1/auth/password-reset', { json: { email }, unchecked: true });
      if (res.status !== 202) throw new Error(`reset answered ${res.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await ask(`warm-${i}@bench.example`);
    for (let i = 0; i < ROUNDS; i++) {
      times.known.push(await ask(known[i % known.length]!));
      times.unknown.push(await ask(`nobody-${i}@bench.example`));
    }
    const k = summary(times.known);
    const u = summary(times.unknown);
    return {
      requests_each: ROUNDS,
      known: k,
      unknown: u,
      mean_ratio: Math.round((k.mean_ms / u.mean_ms) * 1000) / 1000,
    };
  } finally {
    await app.close();
  }
}

export function describeResetTiming(r: ResetTimingReport): string[] {
  return [
    `POST /api/v1/auth/password-reset, ${r.requests_each} requests each, one at a time`,
    `  address with an account: p50 ${r.known.p50_ms} ms, p95 ${r.known.p95_ms} ms, mean ${r.known.mean_ms} ms`,
    `  address without one:     p50 ${r.unknown.p50_ms} ms, p95 ${r.unknown.p95_ms} ms, mean ${r.unknown.mean_ms} ms`,
    `  ratio: known/unknown mean ×${r.mean_ratio} (1.0: the timing tells nothing)`,
  ];
}
