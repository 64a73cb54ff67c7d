// Removes what rollup made last time (hashed files would pile up), never tsc's own output beside it:
// the site's files are the ones its previous manifest lists.
import { readFileSync, rmSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
rmSync(new URL('chunks', dist), { recursive: true, force: true });
const manifestUrl = new URL('site/manifest.json', dist);
let previous = [];
try {
  previous = JSON.parse(readFileSync(manifestUrl, 'utf8')).files ?? [];
} catch {
  // no site build yet
}
for (const name of previous) rmSync(new URL(`site/${name}`, dist), { force: true });
rmSync(new URL('site/chunks', dist), { recursive: true, force: true });
rmSync(manifestUrl, { force: true });
