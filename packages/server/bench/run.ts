// `npm run bench`: the server core's request pipeline against a bare Koa baseline, each target in
// its own process, loaded from this one with autocannon over loopback. Results go to stdout and to
// bench-results/server-core.json. Numbers are for comparison on one machine, not absolutes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startChildServer, type ChildServer } from '../test/support/child-server.js';
import { measureCvPipeline } from './cv-pipeline.js';
import { closeCvIntake } from '@resume2website/cv-extraction';
import { describeClaudeTokens, measureClaudeTokens } from './claude-tokens.js';
import { describeHeuristic, measureHeuristic } from './heuristic-extraction.js';
import { describePublish, measurePublish } from './publish-site.js';
import { describeAuthenticatedReads, measureAuthenticatedReads } from './authenticated-reads.js';
import { measureLoginCost } from './login-cost.js';
import { describeResetTiming, measureResetTiming } from './reset-enumeration.js';
import { describeScaleOut, measureScaleOut } from './scale-out.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  expectStatus: number;
}

const scenarios: Scenario[] = [
  { name: 'GET /health', method: 'GET', path: '/health', expectStatus: 200 },
  {
    name: 'POST /api/v1/auth/login, invalid body → 422',
    method: 'POST',
    path: '/api/v1/auth/login',
    body: JSON.stringify({ email: 'not-an-email', password: 'x' }),
    expectStatus: 422,
  },
];

interface Result {
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  non_expected: number;
}

async function load(url: string, s: Scenario, durationS: number): Promise<Result> {
  const result = await autocannon({
    url: url + s.path,
    method: s.method,
    connections: CONNECTIONS,
    duration: durationS,
    headers: { 'content-type': 'application/json' },
    ...(s.body && { body: s.body }),
    expectBody: undefined,
  });
  const expected = s.expectStatus === 200 ? result['2xx'] : result['4xx'];
  return {
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non_expected: result.requests.total - expected,
  };
}

async function withTarget<T>(entry: string, fn: (server: ChildServer) => Promise<T>): Promise<T> {
  const server = await startChildServer(fileURLToPath(new URL(entry, import.meta.url)), {
    NODE_ENV: 'production',
  });
  try {
    return await fn(server);
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

const report: Record<string, { baseline: Result; server: Result; p99_ratio: number; throughput_ratio: number }> = {};
for (const scenario of scenarios) {
  const baseline = await withTarget('./targets/bare-koa.ts', async (t) => {
    await load(t.url, scenario, 2); // warm-up: JIT, connection pool
    return load(t.url, scenario, DURATION_S);
  });
  const server = await withTarget('./targets/full-app.ts', async (t) => {
    await load(t.url, scenario, 2);
    return load(t.url, scenario, DURATION_S);
  });
  report[scenario.name] = {
    baseline,
    server,
    p99_ratio: Math.round((server.p99_ms / Math.max(baseline.p99_ms, 1)) * 100) / 100,
    throughput_ratio: Math.round((server.requests_per_s / baseline.requests_per_s) * 100) / 100,
  };
}

const lines = [
  `server core vs bare Koa, ${CONNECTIONS} connections, ${DURATION_S} s per run, loopback, 2 cores shared with the load generator`,
];
for (const [name, r] of Object.entries(report)) {
  lines.push(
    `${name}\n  baseline: ${r.baseline.requests_per_s} req/s, p50 ${r.baseline.p50_ms} ms, p99 ${r.baseline.p99_ms} ms` +
      `\n  server:   ${r.server.requests_per_s} req/s, p50 ${r.server.p50_ms} ms, p99 ${r.server.p99_ms} ms (unexpected statuses: ${r.server.non_expected})` +
      `\n  ratio:    throughput ×${r.throughput_ratio}, p99 ×${r.p99_ratio}`,
  );
}
const authenticatedReads = await measureAuthenticatedReads();
lines.push(...describeAuthenticatedReads(authenticatedReads));
const loginBaseline = await measureLoginCost('sha256');
const loginArgon = await measureLoginCost('argon2id');
const loginArgonPool = await measureLoginCost('argon2id', { oneCore: false });
lines.push(
  `POST /api/v1/auth/login, ${50} concurrent clients, server pinned to one core`,
  ...[loginBaseline, loginArgon, loginArgonPool].map(
    (r) =>
      `  ${r.hasher}: ${r.logins_per_s} logins/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, RSS ${r.rss_idle_mib} MiB idle → ${r.rss_peak_mib} MiB peak (non-2xx: ${r.non_2xx})`,
  ),
  `  ratio:    argon2id throughput ×${Math.round((loginArgon.logins_per_s / loginBaseline.logins_per_s) * 1000) / 1000} of the SHA-256 baseline`,
);
const cv = await measureCvPipeline();
lines.push(
  'CV pipeline (embedded defaults: SQLite, local files, in-process jobs)',
  `  upload 2 MB PDF: server median ${cv.upload_2mb_pdf.server_median_ms} ms (p95 ${cv.upload_2mb_pdf.server_p95_ms} ms) vs bare body read ${cv.upload_2mb_pdf.baseline_median_ms} ms: ×${cv.upload_2mb_pdf.ratio}`,
  `  extraction without a model: cold run ${cv.extraction.cold_median_ms} ms, cache hit ${cv.extraction.cache_hit_median_ms} ms, queue wait ${cv.extraction.queue_wait_median_ms} ms (medians)`,
  `  zip bomb (1 GiB declared): answered ${cv.zip_bomb.status} in ${cv.zip_bomb.refused_ms} ms; peak RSS ${cv.zip_bomb.peak_rss_before_mib} → ${cv.zip_bomb.peak_rss_after_mib} MiB`,
);
const heuristic = await measureHeuristic();
await closeCvIntake(); // its PDF reader thread would keep this process alive
lines.push(...describeHeuristic(heuristic));
const publish = await measurePublish();
lines.push(...describePublish(publish));
const claudeTokens = await measureClaudeTokens();
lines.push(...describeClaudeTokens(claudeTokens));
const resetTiming = await measureResetTiming();
lines.push(...describeResetTiming(resetTiming));
const scaleOut = await measureScaleOut();
lines.push(...describeScaleOut(scaleOut));
process.stdout.write(lines.join('\n') + '\n');
const outDir = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}server-core.json`,
  JSON.stringify(
    {
      connections: CONNECTIONS,
      duration_s: DURATION_S,
      report,
      heuristic,
      publish,
      claudeTokens,
      resetTiming,
      scaleOut,
      authenticatedReads,
    },
    null,
    2,
  ),
);
