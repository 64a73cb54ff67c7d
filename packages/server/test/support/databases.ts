import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  closeSqlDatabase,
  createSqlDatabase,
  type DatabaseKind,
  type DatabaseLogger,
} from '../../src/adapters/sql-database.js';
import { createPostgresSchema } from './postgres-schema.js';
import { requireService, serviceAvailable } from './services.js';

/**
 * Every database test runs on both backends: SQLite always, PostgreSQL whenever it is reachable
 * (and always under CI=true, where an unreachable server fails the suite instead of skipping it).
 *
 * Isolation: test files run in parallel against one PostgreSQL database, so each suite gets its
 * own schema (`t_<random>`, dropped with CASCADE afterwards); each SQLite suite gets its own file.
 * Databases are empty: call `migrateToLatest` yourself (the migration tests need an empty one).
 */

export const silentLogger: DatabaseLogger = { info() {}, warn() {}, error() {} };

const isCi = process.env.CI === 'true' || process.env.CI === '1';
// Resolved once at collection time so an unreachable server shows up as skipped suites.
const postgresReachable = await serviceAvailable('postgres');

export interface TestDatabase {
  kind: DatabaseKind;
  knex: Knex;
  destroy(): Promise<void>;
}

async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r2w-db-'));
  const knex = createSqlDatabase({ sqliteFile: path.join(dir, 'test.sqlite'), logger: silentLogger });
  return {
    kind: 'sqlite',
    knex,
    async destroy() {
      await closeSqlDatabase(knex);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const schema = await createPostgresSchema();
  const knex = createSqlDatabase({
    databaseUrl: schema.url,
    sqliteFile: ':memory:',
    logger: silentLogger,
    pool: { min: 0, max: 4 },
  });
  return {
    kind: 'postgres',
    knex,
    async destroy() {
      await closeSqlDatabase(knex);
      await schema.drop();
    },
  };
}

/** An empty database of the given kind, for tests that manage their own lifecycle. */
export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'sqlite' ? createSqliteTestDatabase() : createPostgresTestDatabase();
}

export interface DatabaseContext {
  kind: DatabaseKind;
  /** The suite's knex; only valid inside tests and hooks (it is created in beforeAll). */
  getKnex: () => Knex;
}

/**
 * Declares `describe("<suiteName> [sqlite]")` and `describe("<suiteName> [postgres]")`, each with a
 * fresh empty database for the whole block. Register tests and hooks inside `fn` as usual.
 */
export function forEachDatabase(suiteName: string, fn: (ctx: DatabaseContext) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !postgresReachable && !isCi;
    // Prints the SKIPPED line naming this suite (and, under CI, fails it in beforeAll below).
    if (skip) void requireService('postgres', `${suiteName} [postgres]`);

    describe.skipIf(skip)(`${suiteName} [${kind}]`, () => {
      let database: TestDatabase | undefined;

      beforeAll(async () => {
        if (kind === 'postgres') await requireService('postgres', `${suiteName} [postgres]`);
        database = await createTestDatabase(kind);
      });

      afterAll(async () => {
        await database?.destroy();
        database = undefined;
      });

      fn({
        kind,
        getKnex: () => {
          if (!database)
            throw new Error(`the ${kind} test database for "${suiteName}" is not open (use it inside a test or hook)`);
          return database.knex;
        },
      });
    });
  }
}
