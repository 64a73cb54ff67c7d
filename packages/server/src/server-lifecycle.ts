import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import type { Container } from './composition-root.js';
import { answerClientErrors } from './http/client-errors.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  server: http.Server;
  url: string;
  /**
   * Keep accepting, but close each connection after its response: a keep-alive client's next
   * request opens a new connection, which the load balancer sends to another instance.
   */
  stopKeepAlive(): void;
  /** Stop accepting, let in-flight requests finish (at most `timeoutMs`), then cut what is left. */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
}

// Node checks request timeouts on an interval (30 s by default); a short timeout needs a shorter one.
const MAX_TIMEOUT_CHECK_MS = 30_000;

export async function listen(
  app: Koa<never> | Koa,
  options: {
    host: string | undefined;
    port: number;
    /** The time a client has to send a whole request (headers and body), then 408 (default 120 s). */
    requestTimeoutMs?: number;
    logger?: Logger;
  },
): Promise<RunningServer> {
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  const server = http.createServer(
    // requireHostHeader: false, so a missing Host gets a problem document (http/client-errors.ts).
    {
      requestTimeout,
      requireHostHeader: false,
      connectionsCheckingInterval: Math.min(MAX_TIMEOUT_CHECK_MS, Math.ceil(requestTimeout / 4)),
    },
    app.callback(),
  );
  answerClientErrors(server, options.logger);
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  let keepAlive = true;
  const endKeepAlive = () => {
    keepAlive = false;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight.add(res);
    if (!keepAlive) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      // A keep-alive socket that just finished its last response would hold close() open.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  // Slightly above typical load-balancer idle timeouts so the balancer, not we, closes idle sockets.
  server.keepAliveTimeout = 65_000;
  // Node requires headersTimeout ≤ requestTimeout.
  server.headersTimeout = Math.min(66_000, requestTimeout);
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
    stopKeepAlive: endKeepAlive,
    drain: (timeoutMs) =>
      new Promise((resolve) => {
        draining = true;
        endKeepAlive();
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
 * SIGTERM/SIGINT: report not-ready, keep serving for `delayMs`, drain HTTP, then release
 * dependencies, then exit. A second signal exits at once.
 *
 * The delay is for load balancers: they learn that an instance is going away asynchronously (a
 * failed readiness probe, an endpoint removed) and keep sending requests meanwhile; closing the
 * listener before they have caught up would refuse those requests.
 */
export function installGracefulShutdown(options: {
  running: RunningServer;
  logger: Logger;
  timeoutMs: number;
  /** How long to keep serving, not ready, before the listener closes (default 0). */
  delayMs?: number;
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
    const delayMs = options.delayMs ?? 0;
    options.onDraining();
    if (delayMs > 0) {
      options.logger.info({ signal, delay_ms: delayMs }, 'shutting down: not ready, still serving');
      options.running.stopKeepAlive();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    options.logger.info({ signal, timeout_ms: options.timeoutMs }, 'shutting down: draining in-flight requests');
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
  /** See `installGracefulShutdown`'s `delayMs`. */
  shutdownDelayMs?: number;
  requestTimeoutMs?: number;
  exit: (code: number) => void;
}): Promise<RunningServer> {
  const running = await listen(options.container.app, {
    host: options.host,
    port: options.port,
    logger: options.logger,
    ...(options.requestTimeoutMs !== undefined && { requestTimeoutMs: options.requestTimeoutMs }),
  });
  installGracefulShutdown({
    running,
    logger: options.logger,
    timeoutMs: options.shutdownTimeoutMs,
    ...(options.shutdownDelayMs !== undefined && { delayMs: options.shutdownDelayMs }),
    onDraining: () => options.container.readiness.markShuttingDown(),
    closeDependencies: () => options.container.close(),
    exit: options.exit,
  });
  return running;
}
