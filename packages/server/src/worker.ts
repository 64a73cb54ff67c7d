import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildServices } from './service-root.js';
import { ConfigError, loadConfig } from './config.js';
import { installFatalErrorHandlers } from './fatal-error-handlers.js';
import { createLogger } from './logger.js';

// `npm run worker`: consumes the job queues (BullMQ, with REDIS_URL) in its own process. It serves
// only /health and /metrics, on WORKER_METRICS_PORT, for the orchestrator's probes and Prometheus.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`resume2website worker: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  if (!config.redisUrl && !config.databaseUrl) {
    // The embedded SQLite setup runs its jobs in the API process: its file is one server's, and a
    // worker beside it would only compete with that server for the same jobs and the same writes.
    process.stderr.write(
      'resume2website worker: the embedded setup (no DATABASE_URL, no REDIS_URL) runs jobs in the API process (`npm start`); a separate worker needs REDIS_URL\n',
    );
    process.exit(78);
  }
  const logger = createLogger({ level: config.logLevel }).child({ process: 'worker' });
  installFatalErrorHandlers({ logger, exit: (code) => process.exit(code) });
  if (!config.redisUrl)
    logger.warn('REDIS_URL is not set: the API processes run jobs too; this worker shares the SQL queue');
  // The services and their jobs, without the HTTP app: this process only consumes the queues.
  const services = await buildServices(config, logger, { migrate: false });
  services.startJobs();
  services.startSchedules();

  // The jobs run here, so their queue, extraction, publish and breaker metrics are recorded in
  // this process's registry.
  const { registry } = services.infra.metrics;
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    } else if (req.url === '/metrics') {
      // Node sends no body for HEAD; the headers are the same as for GET.
      void registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
        (err: unknown) => {
          logger.error({ err }, 'could not render /metrics');
          res.writeHead(500).end();
        },
      );
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(config.workerMetricsPort, config.host, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ url: `http://127.0.0.1:${port}` }, 'worker started: consuming jobs');
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'worker stopping: finishing running jobs');
    server.close();
    await services.close();
    logger.info('worker stopped');
    process.exit(0);
  };
  process.once('SIGTERM', (s) => void stop(s));
  process.once('SIGINT', (s) => void stop(s));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `resume2website worker: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
