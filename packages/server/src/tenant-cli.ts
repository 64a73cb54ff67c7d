import { closeRedisConnection, createRedisConnection, waitForRedis } from './adapters/redis-connection.js';
import { publishInvalidation } from './adapters/redis-invalidation-bus.js';
import { publishSqlInvalidation } from './adapters/sql-invalidation-bus.js';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { closeSqlDatabase, createSqlDatabase } from './adapters/sql-database.js';
import { ConfigError, loadConfig } from './config.js';
import { ProblemError } from './domain/problem.js';
import { migrateToLatest } from './migrations/index.js';
import { toApiTenant } from './routes/tenant-routes.js';
import type { CreateTenantInput, TenantService, TenantWithSecretKey } from './services/tenant-service.js';
import { createTenantModule } from './modules/tenant-module.js';

// `node dist/tenant-cli.js <command>` (`npm run tenant -- <command>`): manage tenants (career sites)
// from the server's own machine or a one-off pod, with the same configuration as the server and
// without the Admin API (which needs ADMIN_TOKEN). Results go to stdout as JSON; messages to stderr.

const USAGE = `Usage: npm run tenant -- <command>

Commands:
  create --name <name> --origin <origin> [--origin <origin> …]
         [--display-name <text>] [--logo-url <url>] [--primary-color #rrggbb] [--accent-color #rrggbb]
         [--stripe-price-id price_…]
                           Create a tenant; prints it with its secret key (shown once).
  list                     Print every tenant, newest first (secret keys are never shown).
  rotate-secret <id>       Replace a tenant's secret key; the old one stops working at once.
  delete <id>              Delete a tenant; its keys stop working (its users keep their work).

The database is the server's: DATABASE_URL, or the SQLite file under DATA_DIR.`;

const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_CONFIG = 78;

class UsageError extends Error {}

function out(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function err(message: string): void {
  process.stderr.write(`${message}\n`);
}

function printWithSecret(result: TenantWithSecretKey): void {
  out({ ...toApiTenant(result.tenant), secret_key: result.secretKey });
  err(
    `\nWARNING: store the secret key now, somewhere safe (a secrets manager): it is shown only this once ` +
      `and only its hash is kept.\nIf it is lost or leaked, replace it with: npm run tenant -- rotate-secret ${result.tenant.id}`,
  );
}

type Command =
  | { name: 'create'; input: CreateTenantInput }
  | { name: 'list' }
  | { name: 'rotate-secret'; id: string }
  | { name: 'delete'; id: string };

const CREATE_OPTIONS = [
  'name',
  'origin',
  'display-name',
  'logo-url',
  'primary-color',
  'accent-color',
  'stripe-price-id',
];

function oneId(positionals: string[], command: string): string {
  const [id, ...rest] = positionals;
  if (!id || rest.length > 0) throw new UsageError(`${command} takes exactly one tenant id`);
  return id;
}

/** Reads the command line; throws UsageError (or parseArgs' own errors) before anything is opened. */
function parseCommand(argv: string[]): Command {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'display-name': { type: 'string' },
      'logo-url': { type: 'string' },
      'primary-color': { type: 'string' },
      'accent-color': { type: 'string' },
      'stripe-price-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) throw new UsageError('');
  if (command !== 'create' && CREATE_OPTIONS.some((option) => option in values)) {
    throw new UsageError(`${command} takes no options`);
  }
  switch (command) {
    case 'create':
      if (args.length > 0) throw new UsageError(`create takes options only, not ${JSON.stringify(args[0])}`);
      if (values.name === undefined) throw new UsageError('create needs --name');
      if (!values.origin?.length) throw new UsageError('create needs at least one --origin');
      return {
        name: 'create',
        input: {
          name: values.name,
          allowedOrigins: values.origin,
          branding: {
            displayName: values['display-name'] ?? null,
            logoUrl: values['logo-url'] ?? null,
            primaryColor: values['primary-color'] ?? null,
            accentColor: values['accent-color'] ?? null,
          },
          stripePriceId: values['stripe-price-id'] ?? null,
        },
      };
    case 'list':
      if (args.length > 0) throw new UsageError('list takes no arguments');
      return { name: 'list' };
    case 'rotate-secret':
    case 'delete':
      return { name: command, id: oneId(args, command) };
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

async function execute(service: TenantService, command: Command): Promise<void> {
  switch (command.name) {
    case 'create':
      printWithSecret(await service.create(command.input));
      return;
    case 'list': {
      const tenants = [];
      let cursor: string | undefined;
      do {
        const page = await service.list({ limit: 100, cursor });
        tenants.push(...page.items.map(toApiTenant));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      out(tenants);
      return;
    }
    case 'rotate-secret':
      printWithSecret(await service.rotateSecretKey(command.id));
      return;
    case 'delete':
      await service.delete(command.id);
      err(`Deleted ${command.id}; its publishable and secret keys no longer work.`);
      return;
  }
}

async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isUsage) throw error;
    if (error instanceof Error && error.message) err(`tenant: ${error.message}\n`);
    err(USAGE);
    return error instanceof UsageError && !error.message ? 0 : EX_USAGE;
  }

  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`tenant: ${error.message}\nSee .env.example for every variable and its default.`);
      return EX_CONFIG;
    }
    throw error;
  }
  // Informational lines (which database is used) would only clutter a command's output.
  const level = config.logLevel === 'debug' || config.logLevel === 'trace' ? config.logLevel : 'warn';
  const logger = pino({ level, base: { component: 'tenant-cli' } }, pino.destination(2));
  const db = createSqlDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, logger });
  const redis = config.redisUrl ? createRedisConnection(config.redisUrl) : undefined;
  redis?.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  try {
    if (redis) await waitForRedis(redis, 5000);
    // Like the server: deployments that run migrations as a separate job turn this off.
    if (config.migrateOnStart) await migrateToLatest(db);
    // Running servers remember tenants, and users with their tenant: a change made here must reach
    // them, over Redis or, without it, through the database.
    const invalidations = {
      // The change is stored either way; a running server then notices within SESSION_CACHE_TTL.
      publish: (message: string) =>
        (redis ? publishInvalidation(redis, message) : publishSqlInvalidation(db, message)).catch((error: unknown) =>
          logger.warn({ err: error }, 'could not tell running servers about the change'),
        ),
    };
    await execute(createTenantModule({ db, config, logger, invalidations }).service, command);
    return 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      err(`tenant: ${error.detail}`);
      for (const field of error.errors ?? []) err(`  ${field.pointer || '(input)'}: ${field.message}`);
      return EX_DATAERR;
    }
    throw error;
  } finally {
    await closeSqlDatabase(db);
    if (redis) await closeRedisConnection(redis);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`tenant: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
