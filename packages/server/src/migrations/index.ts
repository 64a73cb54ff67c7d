import type { Knex } from 'knex';
import { accountsMigration } from './0001-accounts.js';
import { cvsExtractionsMigration } from './0002-cvs-extractions.js';
import { portfoliosPaymentsMigration } from './0003-portfolios-payments.js';
import { jobsMigration } from './0004-jobs.js';
import { tenantOriginsMigration } from './0005-tenant-origins.js';
import { portfolioPublicationMigration } from './0006-portfolio-publication.js';
import { rateLimitsMigration } from './0007-rate-limits.js';
import { idempotencyKeysMigration } from './0008-idempotency-keys.js';
import { emailMigration } from './0009-email.js';
import { registrationRequestMigration } from './0010-registration-request.js';
import { invalidationsMigration } from './0011-invalidations.js';
import type { SqlMigration } from './schema-helpers.js';

/**
 * Every migration, in order. A static list rather than a directory scan, so the same code runs
 * from TypeScript sources (vitest, tsx) and from compiled `dist/`, and bundlers see every file.
 * Append only: a migration that has run anywhere is never edited, renamed or removed.
 */
const migrations: readonly SqlMigration[] = [
  accountsMigration,
  cvsExtractionsMigration,
  portfoliosPaymentsMigration,
  jobsMigration,
  tenantOriginsMigration,
  portfolioPublicationMigration,
  rateLimitsMigration,
  idempotencyKeysMigration,
  emailMigration,
  registrationRequestMigration,
  invalidationsMigration,
];

export const migrationNames: readonly string[] = migrations.map((migration) => migration.name);

if (new Set(migrationNames).size !== migrationNames.length) {
  throw new Error(`duplicate migration name in ${migrationNames.join(', ')}`);
}

const migrationSource: Knex.MigrationSource<SqlMigration> = {
  getMigrations: () => Promise.resolve([...migrations]),
  getMigrationName: (migration) => migration.name,
  getMigration: (migration) =>
    Promise.resolve({ up: (knex: Knex) => migration.up(knex), down: (knex: Knex) => migration.down(knex) }),
};

const migratorConfig: Knex.MigratorConfig = { migrationSource, tableName: 'knex_migrations' };

/** Applies every pending migration (each in its own transaction); resolves the names applied. */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest(migratorConfig)) as [number, string[]];
  return applied;
}

/** Rolls back every applied migration, newest first; resolves the names rolled back. */
export async function migrateDownAll(knex: Knex): Promise<string[]> {
  const [, rolledBack] = (await knex.migrate.rollback(migratorConfig, true)) as [number, string[]];
  return rolledBack;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export async function migrationStatus(knex: Knex): Promise<MigrationStatus> {
  const [completed, pending] = (await knex.migrate.list(migratorConfig)) as [{ name: string }[], SqlMigration[]];
  return { applied: completed.map((row) => row.name), pending: pending.map((migration) => migration.name) };
}
