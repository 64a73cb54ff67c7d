import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import type { Container } from './composition-root.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  server: http.Server;
  url: string;
  /** Stop accepting, let in-flight requests finish (at most `timeoutMs`), then cut what is left. */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
}

export async function listen(
  app: Koa<never> | Koa,
  options: { host: string | undefined; port: number },
): Promise<RunningServer> {
  const server = http.createServer(app.callback());
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A keep-alive socket that just finished its last response would hold close() open.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  // Slightly above typical load-balancer idle timeouts so the balancer, not we, closes idle sockets.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    drain: (timeoutMs) =>
      new Promise((resolve) => {
        draining = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        let forced = false;
        const timer = setTimeout(() => {
          forced = true;
          server.closeAllConnections();
        }, timeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve({ forced });
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

/**
 * SIGTERM/SIGINT: report not-ready, drain HTTP, then release dependencies, then exit. A second
 * signal exits at once.
 */
export function installGracefulShutdown(options: {
  running: RunningServer;
  logger: Logger;
  timeoutMs: number;
  onDraining: () => void;
  closeDependencies: () => Promise<void>;
  exit: (code: number) => void;
}): void {
  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      options.logger.warn({ signal }, 'second signal: exiting now');
      options.exit(1);
      return;
    }
    shuttingDown = true;
    const started = Date.now();
    options.logger.info({ signal, timeout_ms: options.timeoutMs }, 'shutting down: draining in-flight requests');
    options.onDraining();
    const { forced } = await options.running.drain(options.timeoutMs);
    await options.closeDependencies();
    options.logger.info({ forced, duration_ms: Date.now() - started }, 'shutdown complete');
    options.exit(0);
  };
  process.once('SIGTERM', (s) => void shutdown(s));
  process.once('SIGINT', (s) => void shutdown(s));
}

/** Listens and shuts down gracefully on SIGTERM/SIGINT: what main.ts does, reusable by tests. */
export async function serve(options: {
  container: Container;
  logger: Logger;
  host: string | undefined;
  port: number;
  shutdownTimeoutMs: number;
  exit: (code: number) => void;
}): Promise<RunningServer> {
  const running = await listen(options.container.app, { host: options.host, port: options.port });
  installGracefulShutdown({
    running,
    logger: options.logger,
    timeoutMs: options.shutdownTimeoutMs,
    onDraining: () => options.container.readiness.markShuttingDown(),
    closeDependencies: () => options.container.close(),
    exit: options.exit,
  });
  return running;
}
