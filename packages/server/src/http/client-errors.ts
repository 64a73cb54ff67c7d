import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Socket } from 'node:net';
import type { Middleware } from 'koa';
import type { Logger } from '../logger.js';
import type { AppState } from './app-state.js';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemTypes, type ProblemSlug } from '../domain/problem.js';

/** What Node's HTTP parser reports, by error code, as the problem it means for the client. */
function problemFor(code: string | undefined): ProblemError {
  const slugAndDetail: [ProblemSlug, string] =
    code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['request-timeout', 'The request was not received in time.']
      : code === 'HPE_HEADER_OVERFLOW'
        ? ['request-header-fields-too-large', 'The request headers are larger than the server accepts.']
        : code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? ['payload-too-large', 'The chunk extensions are larger than the server accepts.']
          : ['malformed-request', 'The request is not valid HTTP/1.1.'];
  return new ProblemError(...slugAndDetail);
}

// Node keeps the response in flight on the socket here; nothing public exposes it.
type SocketWithResponse = Socket & { _httpMessage?: { headersSent?: boolean } };

function writeProblem(socket: Socket, problem: ProblemError, logger: Logger | undefined, code?: string): void {
  const requestId = randomUUID();
  logger?.info({ request_id: requestId, code, status: problem.status }, 'client error: request refused');
  const body = JSON.stringify(problem.toProblem({ requestId }));
  socket.end(
    [
      `HTTP/1.1 ${problem.status} ${problemTypes[problem.slug].title}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${requestId}`,
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
  // A client that never reads must not keep the socket open.
  socket.setTimeout(5_000, () => socket.destroy());
}

/**
 * Answers what Node refuses before Koa sees a request (broken framing, oversized headers, a body
 * that never finishes in time, an `Expect` it cannot meet, `CONNECT`) with a problem document
 * instead of Node's bare status line or a silent close, then closes the connection. Node writes
 * nothing once a response has started; neither do we, so a half-sent response is never corrupted.
 */
export function answerClientErrors(server: http.Server, logger: Logger | undefined): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: SocketWithResponse) => {
    if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    writeProblem(socket, problemFor(err.code), logger, err.code);
  });
  // Without a listener Node answers a bare 417; `100-continue` itself is handled by Node.
  server.on('checkExpectation', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const problem = new ProblemError(
      'expectation-failed',
      `This server cannot meet "Expect: ${String(req.headers.expect).slice(0, 100)}"; only 100-continue is supported.`,
    );
    const requestId = randomUUID();
    const body = JSON.stringify(problem.toProblem({ requestId }));
    res.shouldKeepAlive = false;
    res.writeHead(problem.status, {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'X-Request-Id': requestId,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  // Without a listener Node drops a CONNECT silently; this is not a proxy, so say so.
  server.on('connect', (_req: http.IncomingMessage, socket: Socket) => {
    socket.on('error', () => socket.destroy());
    writeProblem(
      socket,
      new ProblemError('method-not-allowed', 'CONNECT is not supported: this server is not a proxy.'),
      logger,
    );
  });
}

/**
 * HTTP/1.1 requires `Host` (RFC 9112 §3.2). Node's own check answers a bare 400 before any
 * listener runs, so the server turns it off and this middleware refuses with a problem document.
 */
export function requireHostHeader(): Middleware<AppState> {
  // Not async: one more promise on every request for a check that almost never fails (koa-compose
  // turns the throw into a rejection all the same).
  return (ctx, next) => {
    if (ctx.req.httpVersion === '1.1' && ctx.req.headers.host === undefined) {
      ctx.set('Connection', 'close');
      throw new ProblemError('malformed-request', 'An HTTP/1.1 request must carry a Host header.');
    }
    return next();
  };
}
