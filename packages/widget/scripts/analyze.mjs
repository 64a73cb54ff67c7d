// Writes custom-elements.json (the Custom Elements Manifest, for editors and Storybook) from
// src/r2w-widget-element.ts, formatted by the repo's Prettier so `prettier --check` accepts it.
//   node scripts/analyze.mjs              write it (part of `npm run build`)
//   node scripts/analyze.mjs --check      fail instead of writing when the committed file is stale
//   node scripts/analyze.mjs --out FILE   write it elsewhere (the stale test compares the two)
// Under CI a plain run writes nothing: the build there must not overwrite the committed manifest,
// or the stale check in test/custom-elements-manifest.test.ts would compare the file with itself.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';

const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

const args = process.argv.slice(2);
const check = args.includes('--check');
const outIndex = args.indexOf('--out');
const out = outIndex === -1 ? undefined : args[outIndex + 1];
if (outIndex !== -1 && !out) throw new Error('--out needs a file path');

const manifest = await cli({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: PACKAGE_DIR,
  noWrite: true,
});
const options = (await prettier.resolveConfig(MANIFEST)) ?? {};
const generated = await prettier.format(JSON.stringify(manifest), { ...options, filepath: MANIFEST });
const current = await readFile(MANIFEST, 'utf8').catch(() => '');

if (out) {
  await writeFile(out, generated);
} else if (check || process.env.CI === 'true') {
  if (current !== generated) {
    process.stderr.write(
      'packages/widget/custom-elements.json is stale: run `npm run analyze -w @resume2website/widget` and commit it.\n',
    );
    // Under CI the build carries on; the stale test reports it with the difference.
    if (check) process.exit(1);
  }
} else if (current !== generated) {
  await writeFile(MANIFEST, generated);
  process.stdout.write('wrote custom-elements.json\n');
}
