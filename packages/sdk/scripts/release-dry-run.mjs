// `npm run release:dry-run` (root): what a release would publish, without touching this checkout.
// Copies the working tree (tracked and untracked, not ignored) to a temp folder, runs
// `changeset version` there, then `npm pack --dry-run` for every public workspace package: the
// versions, the changelog entries and the exact tarball contents. The copy is deleted afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const run = (cmd, args, cwd, stdio = 'pipe') => execFileSync(cmd, args, { cwd, stdio, encoding: 'utf8' });
const workspaces = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).workspaces;
const readPkg = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const isPublic = (dir) => !readPkg(path.join(repo, dir)).private;

// Public packages ship dist/: build them here first (dist/ is ignored by git).
for (const dir of workspaces.filter(isPublic)) {
  if (readPkg(path.join(repo, dir)).scripts?.build)
    run('npm', ['run', 'build', '--silent'], path.join(repo, dir), 'inherit');
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'r2w-release-'));
try {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo)
    .split('\0')
    .filter((f) => f && existsSync(path.join(repo, f)));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
    cpSync(path.join(repo, f), path.join(tmp, f));
  }
  for (const dir of workspaces.filter(isPublic)) {
    if (existsSync(path.join(repo, dir, 'dist')))
      cpSync(path.join(repo, dir, 'dist'), path.join(tmp, dir, 'dist'), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');

  const before = Object.fromEntries(workspaces.map((d) => [d, readPkg(path.join(tmp, d)).version]));
  const changeset = path.join(repo, 'node_modules', '@changesets', 'cli', 'bin.js');
  run(process.execPath, [changeset, 'version'], tmp, 'inherit');

  console.log('\n== versions after `changeset version`');
  for (const dir of workspaces) {
    const pkg = readPkg(path.join(tmp, dir));
    const mark = pkg.private ? ' (private: not published)' : '';
    console.log(`${pkg.name}: ${before[dir]} -> ${pkg.version}${mark}`);
  }
  for (const dir of workspaces.filter(isPublic)) {
    const pkg = readPkg(path.join(tmp, dir));
    const changelog = path.join(tmp, dir, 'CHANGELOG.md');
    if (existsSync(changelog)) {
      console.log(`\n== ${pkg.name} CHANGELOG.md (new)\n`);
      console.log(readFileSync(changelog, 'utf8').split('\n').slice(0, 40).join('\n'));
    }
    console.log(`\n== the tarball npm would publish for ${pkg.name}@${pkg.version}`);
    const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], path.join(tmp, dir)));
    for (const f of packed.files) console.log(`${String(f.size).padStart(9)}  ${f.path}`);
    console.log(
      `${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
