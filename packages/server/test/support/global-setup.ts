import { serviceAvailable, TEST_POSTGRES_URL, TEST_REDIS_URL } from './services.js';

// Say once, up front, which service-backed suites will run, so a green run on a laptop is never
// mistaken for a full one.
export default async function globalSetup(): Promise<void> {
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
