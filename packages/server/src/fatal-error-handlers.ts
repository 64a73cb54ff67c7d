import type { Logger } from './logger.js';
import { processRequestScope, type RequestScope } from './http/request-scope.js';

/** The minimal part of `process` the handlers use, so tests can hand in an emitter of their own. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (err: Error, origin: string) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * The last line of defence. Every known error is handled where it happens; one that still reaches
 * the process leaves it in a state nobody can vouch for, so we log it with the request it most
 * likely belongs to and exit for the supervisor (Kubernetes, systemd, `npm start` in a loop) to
 * start a clean process, rather than carry on.
 */
export function installFatalErrorHandlers(options: {
  logger: Logger;
  exit: (code: number) => void;
  events?: ProcessEvents;
  scope?: RequestScope;
}): void {
  const events = options.events ?? process;
  const scope = options.scope ?? processRequestScope;
  let exiting = false;
  const die = (kind: 'uncaught exception' | 'unhandled rejection', err: unknown) => {
    const inFlight = scope.inFlight();
    options.logger.fatal(
      {
        err,
        // The request is known for sure only when it is the one in flight; else name the candidates.
        request_id: inFlight.length === 1 ? inFlight[0] : null,
        in_flight_request_ids: inFlight,
      },
      `fatal: ${kind}; exiting for the supervisor to restart the process`,
    );
    if (exiting) return;
    exiting = true;
    // pino writes synchronously to stdout by default, so the line is out before we exit.
    options.exit(70); // EX_SOFTWARE
  };
  events.on('uncaughtException', (err) => die('uncaught exception', err));
  events.on('unhandledRejection', (reason) => die('unhandled rejection', reason));
}
