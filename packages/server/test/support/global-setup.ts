import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serviceAvailable, TEST_POSTGRES_URL, TEST_REDIS_URL } from './services.js';

/**
 * The suites run on sources, but the server processes they start (process, worker and fuzz tests)
 * load the workspace packages they depend on from `dist/`. Build those first, so `npm test` works on
 * a fresh clone with nothing built; tsc -b skips what is up to date.
 */
function buildWorkspaceDependencies(): void {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'packages/sdk', 'packages/templates', 'packages/cv-extraction'], {
    cwd: root,
    stdio: 'inherit',
  });
}

// Say once, up front, which service-backed suites will run, so a green run on a laptop is never
// mistaken for a full one.
export default async function globalSetup(): Promise<void> {
  buildWorkspaceDependencies();
  const isCi = process.env.CI === 'true' || process.env.CI === '1';
  const missing: string[] = [];
  if (!(await serviceAvailable('postgres'))) missing.push(`PostgreSQL (${TEST_POSTGRES_URL})`);
  if (!(await serviceAvailable('redis'))) missing.push(`Redis (${TEST_REDIS_URL})`);
  if (missing.length === 0) return;
  if (isCi) throw new Error(`CI=true and these services are unreachable: ${missing.join(', ')}`);
  process.stderr.write(
    `\nNOTE: ${missing.join(' and ')} unreachable: the suites that need them are SKIPPED (see SKIPPED lines).\n\n`,
  );
}
