import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildThemesModule, OUTPUT_FILE } from './build-themes-module.js';

// Precompiles every theme into src/generated/themes.ts; `--check` fails instead of writing when the
// committed module is stale (the test suite runs the same check).
const generated = await buildThemesModule();

if (process.argv.includes('--check')) {
  const current = await readFile(OUTPUT_FILE, 'utf8').catch(() => '');
  if (current !== generated) {
    process.stderr.write(
      'packages/templates/src/generated/themes.ts is stale: run `npm run generate --workspace @resume2website/templates`.\n',
    );
    process.exit(1);
  }
  process.stdout.write('Precompiled themes are up to date.\n');
} else {
  await mkdir(dirname(OUTPUT_FILE), { recursive: true });
  await writeFile(OUTPUT_FILE, generated);
  process.stdout.write(`wrote ${OUTPUT_FILE}\n`);
}
