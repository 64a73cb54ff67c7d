// Bundle sizes as users ship them: each entry bundled with openapi-fetch, minified, gzipped.
// Fails when the browser entry is over its budget. `npm run size` (part of `check:package`).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BROWSER_BUDGET = 8 * 1024;
const root = new URL('..', import.meta.url);

async function measure(entry, platform, format = 'esm') {
  const out = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    minify: true,
    format,
    platform,
    target: 'es2022',
    write: false,
    // The browser entry must not reach for Node built-ins: no externals there, so one fails the build.
    external: platform === 'node' ? ['node:*'] : [],
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [
  ['browser entry (dist/index.js, ESM)', await measure('dist/index.js', 'browser')],
  ['node entry (dist/index.node.js, ESM)', await measure('dist/index.node.js', 'node')],
];
rows.push(['node entry (dist/index.node.cjs, CommonJS)', await measure('dist/index.node.cjs', 'node', 'cjs')]);
for (const [name, s] of rows) console.log(`${name}: ${kb(s.min)} min, ${kb(s.gzip)} min+gzip`);
const browser = rows[0][1].gzip;
if (browser > BROWSER_BUDGET) {
  console.error(`the browser entry is ${kb(browser)} min+gzip, over its ${kb(BROWSER_BUDGET)} budget`);
  process.exit(1);
}
console.log(`browser entry within its ${kb(BROWSER_BUDGET)} budget`);
