import { requireService } from './services.js';

/**
 * The database kinds a suite should run on: SQLite always, PostgreSQL when reachable (under
 * CI=true an unreachable PostgreSQL fails instead of being skipped).
 */
export async function databaseKinds(suite: string): Promise<('sqlite' | 'postgres')[]> {
  return (await requireService('postgres', `${suite} [postgres]`)) ? ['sqlite', 'postgres'] : ['sqlite'];
}
