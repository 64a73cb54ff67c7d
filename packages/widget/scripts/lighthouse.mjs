// Lighthouse on a page of the hosted site (the landing page by default) with Debian's Chromium:
// `npm start` in one terminal, then `npm run lighthouse -w @resume2website/widget [-- URL]`.
// Lighthouse is the one the templates package's theme benchmark already installs (a dev
// dependency of the workspace). Prints each category's score and the page's main timings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const url = process.argv[2] ?? 'http://localhost:2000/';
const runs = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(path.join(os.tmpdir(), 'r2w-lighthouse-'));

try {
  for (let run = 1; run <= runs; run++) {
    const report = path.join(dir, `report-${run}.json`);
    execFileSync(
      'npx',
      [
        '--no-install',
        'lighthouse',
        url,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
    );
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.entries(result.categories).map(([name, c]) => `${name} ${Math.round(c.score * 100)}`);
    const timings = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'cumulative-layout-shift',
      'total-blocking-time',
    ]
      .map((id) => `${result.audits[id].title}: ${result.audits[id].displayValue}`)
      .join(', ');
    process.stdout.write(`run ${run}: ${scores.join(', ')} | ${timings}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
