import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import knexFactory from 'knex';
import type { Knex } from 'knex';
import pg from 'pg';
import { cachePreparedStatements } from './sqlite-statement-cache.js';

/**
 * The SQL database: an embedded SQLite file by default, PostgreSQL when DATABASE_URL is set. Both
 * run the same migrations (`../migrations/index.ts`) and the same queries; values that the two
 * drivers represent differently go through `./sql-values.ts`.
 */

/** What this module needs from a logger; a pino logger fits. */
export interface DatabaseLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type DatabaseKind = 'sqlite' | 'postgres';

export interface SqlDatabaseOptions {
  /** A postgres:// or postgresql:// URL; unset (or empty) selects SQLite at `sqliteFile`. */
  databaseUrl?: string | undefined;
  /** Path of the SQLite file (its directory is created), or ':memory:'. */
  sqliteFile: string;
  logger: DatabaseLogger;
  /** PostgreSQL only: SQLite always uses a single connection (see below). */
  pool?: { min: number; max: number } | undefined;
  /** PostgreSQL only: the schema(s) to use, e.g. one schema per test suite. */
  searchPath?: string | readonly string[] | undefined;
  /** How long a query waits for a free connection (or a new one) before failing. */
  acquireConnectionTimeoutMs?: number | undefined;
}

const PG_CONNECT_TIMEOUT_MS = 2_000;
const PG_ACQUIRE_TIMEOUT_MS = 3_000;
// SQLite has one connection, so a query waits here behind whichever transaction holds it; the
// bound turns a transaction that accidentally queries through `knex` instead of `trx` (a
// self-deadlock on one connection) into an error instead of a hang.
const SQLITE_ACQUIRE_TIMEOUT_MS = 10_000;

const PG_OID_JSON = 114;
const PG_OID_JSONB = 3802;

// Per-connection, not pg.types.setTypeParser, which would change every pg client in the process.
// json/jsonb come back as text, exactly as SQLite returns them, so `fromDbJson` has one input
// shape and a stored top-level JSON string is never confused with encoded JSON.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_OID_JSON || oid === PG_OID_JSONB) return (value: string) => value;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
} as pg.CustomTypesConfig;

const SQLITE_PRAGMAS = [
  // Readers never block the writer, and a crash cannot corrupt the file.
  'journal_mode = WAL',
  // SQLite ignores REFERENCES clauses unless this is on, per connection.
  'foreign_keys = ON',
  // Another process (the migrate CLI, a backup) holding the lock makes us wait, not fail at once.
  'busy_timeout = 5000',
  // With WAL, NORMAL is durable against application crashes and much faster than FULL.
  'synchronous = NORMAL',
];

function knexLog(logger: DatabaseLogger): Knex.Logger {
  return {
    warn: (message: unknown) => logger.warn({ component: 'knex', detail: String(message) }, 'knex warning'),
    error: (message: unknown) => logger.error({ component: 'knex', detail: String(message) }, 'knex error'),
    deprecate: (method: string, alternative: string) =>
      logger.warn({ component: 'knex', method, alternative }, 'knex deprecation'),
    // Debug output is per query and would leak bound values into logs.
    debug: () => undefined,
  };
}

function describePostgresUrl(databaseUrl: string): object {
  try {
    const url = new URL(databaseUrl);
    // Never the password.
    return { host: url.hostname, port: url.port || '5432', name: url.pathname.replace(/^\//, '') };
  } catch {
    return {};
  }
}

function sqliteConfig(options: SqlDatabaseOptions): Knex.Config {
  const { sqliteFile, logger } = options;
  if (sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(sqliteFile)), { recursive: true });
  logger.info({ database: 'sqlite', file: sqliteFile }, 'using the embedded SQLite database');
  return {
    client: 'better-sqlite3',
    connection: { filename: sqliteFile },
    useNullAsDefault: true,
    // One connection, always. better-sqlite3 is synchronous: a second connection waiting on the
    // first one's write lock would block the whole event loop (busy_timeout) while the first one
    // could never finish. A ':memory:' database also lives and dies with its only connection.
    pool: {
      min: 1,
      max: 1,
      afterCreate(connection: BetterSqlite3.Database, done: (err: Error | null, connection: unknown) => void) {
        try {
          for (const pragma of SQLITE_PRAGMAS) connection.pragma(pragma);
          cachePreparedStatements(connection);
          done(null, connection);
        } catch (err) {
          done(err instanceof Error ? err : new Error(String(err)), connection);
        }
      },
    },
    acquireConnectionTimeout: options.acquireConnectionTimeoutMs ?? SQLITE_ACQUIRE_TIMEOUT_MS,
    log: knexLog(logger),
  };
}

function postgresConfig(databaseUrl: string, options: SqlDatabaseOptions): Knex.Config {
  const pool = options.pool ?? { min: 0, max: 10 };
  options.logger.info(
    { database: 'postgres', ...describePostgresUrl(databaseUrl), pool, searchPath: options.searchPath },
    'using PostgreSQL',
  );
  return {
    client: 'pg',
    connection: {
      connectionString: databaseUrl,
      // Without it an unreachable server (dropped packets) makes a connect wait for the OS
      // TCP timeout, and /readyz and every request with it.
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      application_name: 'resume2website',
      keepAlive: true,
      types: pgTypes,
    } as Knex.PgConnectionConfig,
    ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath }),
    pool: { min: pool.min, max: pool.max },
    acquireConnectionTimeout: options.acquireConnectionTimeoutMs ?? PG_ACQUIRE_TIMEOUT_MS,
    log: knexLog(options.logger),
  };
}

export function createSqlDatabase(options: SqlDatabaseOptions): Knex {
  const databaseUrl = options.databaseUrl?.trim();
  if (!databaseUrl) return knexFactory(sqliteConfig(options));
  if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) return knexFactory(postgresConfig(databaseUrl, options));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
  throw new Error(
    `DATABASE_URL must be a postgres:// or postgresql:// URL, or unset to use the embedded SQLite database ` +
      `(got ${scheme ? `a "${scheme}:" URL` : 'a value that is not a URL'})`,
  );
}

export function databaseKind(knex: Knex): DatabaseKind {
  const client: unknown = knex.client.config?.client;
  if (client === 'better-sqlite3' || client === 'sqlite3') return 'sqlite';
  if (client === 'pg' || client === 'postgres' || client === 'postgresql') return 'postgres';
  throw new Error(`unsupported knex client: ${String(client)}`);
}

/**
 * Resolves the round-trip time of `select 1` in milliseconds, or rejects once `timeoutMs` has
 * passed: a readiness probe must answer even when the database does not.
 */
export async function pingDatabase(knex: Knex, timeoutMs: number): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([knex.raw('select 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - started;
}

/** Waits for in-flight queries, then closes every connection. */
export async function closeSqlDatabase(knex: Knex): Promise<void> {
  await knex.destroy();
}
