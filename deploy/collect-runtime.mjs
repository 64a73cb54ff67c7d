// Used by deploy/Dockerfile's build stage; plain Node, no dependencies.
//
//   node deploy/collect-runtime.mjs OUT_DIR [REQUIRED_FILE...]
//
// Copies from the built work tree (the current directory) into OUT_DIR exactly what the runtime
// image needs besides node_modules:
//   - the root package.json and openapi.yaml (the server reads the contract at start-up, from
//     packages/server/dist/../../../openapi.yaml);
//   - for every workspace: its package.json and what it ships, i.e. the entries of its package.json
//     `files` list, or `dist` when it has none. A package that needs another folder at run time
//     (themes, a built widget bundle) lists it in `files`.
// Then it checks that every REQUIRED_FILE (relative to the work tree) made it into OUT_DIR, so an
// image without an entry point fails to build instead of crash-looping after a deploy.
import fs from 'node:fs';
import path from 'node:path';

const [outDir, ...requiredFiles] = process.argv.slice(2);
if (!outDir) {
  process.stderr.write('usage: node deploy/collect-runtime.mjs OUT_DIR [REQUIRED_FILE...]\n');
  process.exit(2);
}

const root = process.cwd();
const out = path.resolve(outDir);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const skip = (src) => !src.endsWith('.tsbuildinfo');

function copy(relative) {
  const src = path.join(root, relative);
  if (!fs.existsSync(src)) return false;
  fs.cpSync(src, path.join(out, relative), { recursive: true, filter: skip });
  return true;
}

/** `dist/**` or `themes/*.hbs` → the folder before the first glob character; `!x` → nothing. */
function staticPart(entry) {
  if (entry.startsWith('!')) return undefined;
  const segments = entry.replace(/^\.\//, '').split('/');
  const firstGlob = segments.findIndex((s) => /[*?[\]{}]/.test(s));
  const kept = firstGlob === -1 ? segments : segments.slice(0, firstGlob);
  return kept.length > 0 ? kept.join('/') : undefined;
}

fs.mkdirSync(out, { recursive: true });
const rootManifest = readJson(path.join(root, 'package.json'));
copy('package.json');
copy('openapi.yaml');

for (const workspace of rootManifest.workspaces ?? []) {
  const manifestPath = path.join(workspace, 'package.json');
  if (!copy(manifestPath)) continue;
  const manifest = readJson(path.join(root, manifestPath));
  for (const entry of manifest.files ?? ['dist']) {
    const part = staticPart(entry);
    if (part) copy(path.join(workspace, part));
  }
}

const missing = ['openapi.yaml', ...requiredFiles].filter((file) => !fs.existsSync(path.join(out, file)));
if (missing.length > 0) {
  process.stderr.write(`collect-runtime: missing from the runtime files: ${missing.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`collect-runtime: runtime files collected in ${out}\n`);
