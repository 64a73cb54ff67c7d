// Fails when the widget's first load (dist/r2w-widget.js, without the lazy Stripe chunk) exceeds
// 30 KB gzipped. `npm run build` first. Also prints every chunk's size.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const dir = new URL('../dist/', import.meta.url);
const chunks = readdirSync(new URL('chunks/', dir)).map((name) => `chunks/${name}`);
const files = ['r2w-widget.js', ...chunks.filter((name) => name.endsWith('.js'))];
let firstLoad = 0;
for (const name of files) {
  const bytes = readFileSync(new URL(name, dir));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  if (name === 'r2w-widget.js') firstLoad = gzip;
  console.log(
    `${name.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB min ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`,
  );
}
if (!firstLoad) {
  console.error('dist/r2w-widget.js is missing: run `npm run build -w @resume2website/widget` first.');
  process.exit(1);
}
const verdict = firstLoad <= BUDGET ? 'within' : 'OVER';
console.log(`first load: ${(firstLoad / 1024).toFixed(1)} KB gzip, ${verdict} the ${BUDGET / 1024} KB budget`);
if (firstLoad > BUDGET) process.exit(1);
