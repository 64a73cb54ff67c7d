// Renders a CV JSON file with every theme into a folder, one subfolder per theme, so designers can
// work on themes without the server:
//   npx tsx examples/render-to-folder/index.ts [cv.json] [out-dir] [--published] [--locale es]
// After editing a theme, run `npm run generate --workspace @resume2website/templates` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSite, themes } from '../../packages/templates/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--locale'));

const cvPath = resolve(positional[0] ?? join(here, '../../packages/server/test/fixtures/cv/full-en.json'));
const outDir = resolve(positional[1] ?? join(here, 'out'));
const locale = option('--locale');
const cv = JSON.parse(readFileSync(cvPath, 'utf8'));

for (const theme of themes) {
  const site = renderSite(cv, {
    theme: theme.id,
    mode: flag('--published') ? 'published' : 'preview',
    baseUrl: 'https://example.com/portfolio/',
    ...(locale !== undefined && { locale }),
  });
  const dir = join(outDir, theme.id);
  mkdirSync(dir, { recursive: true });
  for (const file of site.files) writeFileSync(join(dir, file.path), file.body);
  console.log(`${theme.name.padEnd(10)} ${join(dir, 'index.html')}`);
}
