import { pino } from 'pino';
import { closeSqlDatabase, createSqlDatabase } from './adapters/sql-database.js';
import { loadConfig } from './config.js';
import { migrateDownAll, migrateToLatest, migrationStatus } from './migrations/index.js';

// `node dist/migrate.js [latest|down|status] [--force]`: run as a one-off (a Kubernetes Job in
// production). `down` drops every table, so in production it also needs --force.
const commands = ['latest', 'down', 'status'] as const;
type Command = (typeof commands)[number];

const command = process.argv[2] ?? 'latest';
const config = loadConfig(process.env);
const logger = pino({ level: config.logLevel, base: { component: 'migrate' } });

function isCommand(value: string): value is Command {
  return (commands as readonly string[]).includes(value);
}

if (!isCommand(command)) {
  logger.error({ command, expected: commands }, 'unknown migrate command');
  process.exitCode = 2;
} else if (command === 'down' && config.environment === 'production' && !process.argv.includes('--force')) {
  logger.error({ command }, 'refusing to drop every table in production without --force');
  process.exitCode = 2;
} else {
  const knex = createSqlDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, logger });
  try {
    if (command === 'latest') logger.info({ applied: await migrateToLatest(knex) }, 'migrated to latest');
    else if (command === 'down') logger.info({ rolledBack: await migrateDownAll(knex) }, 'rolled back every migration');
    else logger.info(await migrationStatus(knex), 'migration status');
  } catch (err) {
    logger.error({ err }, `migrate ${command} failed`);
    process.exitCode = 1;
  } finally {
    await closeSqlDatabase(knex);
  }
}
