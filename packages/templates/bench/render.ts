// `npm run bench`: renderSite on the full 18-section fixture, per theme. Median over many calls after
// a warm-up (JIT, Intl formatters, precompiled templates loaded), against the 5 ms budget and against
// the original product, which needed 2–3 minutes to build one site. Also the HTML+CSS bytes per theme
// (budget 50 KB). Results go to stdout and bench-results/templates.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSite, themes } from '../src/index.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 500);
const WARMUP = 50;
const BUDGET_MS = 5;
const BUDGET_BYTES = 50 * 1024;
const ORIGINAL_MS = { low: 120_000, high: 180_000 };

const cv = JSON.parse(readFileSync(new URL('../../server/test/fixtures/cv/full-en.json', import.meta.url), 'utf8'));
const options = { mode: 'published', baseUrl: 'https://sites.example/daniel-okafor/' } as const;

interface ThemeResult {
  median_ms: number;
  p95_ms: number;
  calls: number;
  html_bytes: number;
  css_bytes: number;
  total_bytes: number;
  within_time_budget: boolean;
  within_size_budget: boolean;
  speedup_vs_original: { low: number; high: number };
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

const report: Record<string, ThemeResult> = {};
for (const theme of themes) {
  for (let i = 0; i < WARMUP; i++) renderSite(cv, { ...options, theme: theme.id });
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = process.hrtime.bigint();
    renderSite(cv, { ...options, theme: theme.id });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const site = renderSite(cv, { ...options, theme: theme.id });
  const bytes = (path: RegExp): number =>
    site.files.filter((f) => path.test(f.path)).reduce((n, f) => n + Buffer.byteLength(f.body), 0);
  const html = bytes(/^index\.html$/);
  const css = bytes(/\.css$/);
  const median = quantile(times, 0.5);
  report[theme.id] = {
    median_ms: round(median),
    p95_ms: round(quantile(times, 0.95)),
    calls: CALLS,
    html_bytes: html,
    css_bytes: css,
    total_bytes: html + css,
    within_time_budget: median <= BUDGET_MS,
    within_size_budget: html + css <= BUDGET_BYTES,
    speedup_vs_original: { low: Math.round(ORIGINAL_MS.low / median), high: Math.round(ORIGINAL_MS.high / median) },
  };
}

const lines = [
  `renderSite, full 18-section CV (full-en.json), ${CALLS} calls per theme after ${WARMUP} warm-up calls, one core`,
];
for (const [id, r] of Object.entries(report)) {
  lines.push(
    `${id}\n  median ${r.median_ms} ms (p95 ${r.p95_ms} ms; budget ${BUDGET_MS} ms: ${r.within_time_budget ? 'ok' : 'OVER'})` +
      `\n  vs the original 2–3 min per site: ×${r.speedup_vs_original.low.toLocaleString('en')}–×${r.speedup_vs_original.high.toLocaleString('en')} faster` +
      `\n  size: HTML ${r.html_bytes} B + CSS ${r.css_bytes} B = ${r.total_bytes} B (budget ${BUDGET_BYTES} B: ${r.within_size_budget ? 'ok' : 'OVER'})`,
  );
}
process.stdout.write(lines.join('\n') + '\n');

const outDir = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}templates.json`,
  JSON.stringify(
    {
      calls: CALLS,
      warmup: WARMUP,
      budget_ms: BUDGET_MS,
      budget_bytes: BUDGET_BYTES,
      original_ms: ORIGINAL_MS,
      report,
    },
    null,
    2,
  ),
);
