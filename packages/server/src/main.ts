import { ConfigError, loadConfig } from './config.js';
import { buildContainer } from './composition-root.js';
import { installFatalErrorHandlers } from './fatal-error-handlers.js';
import { createLogger } from './logger.js';
import { serve } from './server-lifecycle.js';

// The only module with side effects: read the environment, build, listen, handle signals.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`resume2website: ${err.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  installFatalErrorHandlers({ logger, exit: (code) => process.exit(code) });
  const container = await buildContainer(config, logger);
  const running = await serve({
    container,
    logger,
    host: config.host,
    port: config.port,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    shutdownDelayMs: config.shutdownDelayMs,
    requestTimeoutMs: config.requestTimeoutMs,
    exit: (code) => process.exit(code),
  });
  logger.info(
    {
      url: running.url,
      database: config.databaseUrl ? 'postgres' : `sqlite (${config.sqliteFile})`,
      redis: config.redisUrl ? 'on' : 'off',
      environment: config.environment,
    },
    `RESUME2WEBSITE listening on ${config.backendUrl} (API reference at ${config.backendUrl}/docs)`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `resume2website: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
