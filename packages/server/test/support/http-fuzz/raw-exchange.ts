import net from 'node:net';

/** What the client does on the socket, in order. */
export type WireStep =
  | { write: Buffer }
  /** Waits; ends early when the server closes the connection. */
  | { pauseMs: number }
  /** Half-closes: the server sees the end of the request stream. */
  | { end: true }
  /** Stops reading, so the server's writes back up (a slow or stuck client). */
  | { stopReading: true }
  /** Resets the connection: the client walks away. */
  | { destroy: true };

export interface Exchange {
  /** The TCP connection was accepted (a dead server refuses it). */
  connected: boolean;
  received: Buffer;
  /** Every step ran (a server that closes early stops the client's writes). */
  wroteAll: boolean;
  clientAborted: boolean;
  /** Neither an answer-and-close nor a close arrived within the time limit. */
  timedOut: boolean;
  durationMs: number;
}

/**
 * Plays the steps on a fresh socket and collects every byte the server sends until it closes the
 * connection (or the time limit passes). Raw writes are the point: fetch and http.request refuse
 * to send the broken framing the fuzzer needs.
 */
export function playExchange(url: string, steps: WireStep[], timeoutMs: number): Promise<Exchange> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let closed = false;
    let connected = false;
    let wroteAll = false;
    let clientAborted = false;
    let timedOut = false;
    let wake: (() => void) | undefined;
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset is an outcome, judged from what arrived
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('close', () => {
      closed = true;
      wake?.();
      clearTimeout(timer);
      resolve({
        connected,
        received: Buffer.concat(chunks),
        wroteAll,
        clientAborted,
        timedOut,
        durationMs: Date.now() - started,
      });
    });

    const write = (bytes: Buffer) =>
      new Promise<boolean>((done) => {
        if (closed || socket.destroyed) return done(false);
        socket.write(bytes, (err) => done(!err));
      });
    const pause = (ms: number) =>
      new Promise<void>((done) => {
        const t = setTimeout(done, ms);
        wake = () => {
          clearTimeout(t);
          done();
        };
      });
    void (async () => {
      await new Promise<void>((done) => {
        socket.once('connect', () => {
          connected = true;
          done();
        });
        socket.once('close', done);
      });
      for (const step of steps) {
        if (closed) return;
        if ('write' in step) {
          if (!(await write(step.write))) return;
        } else if ('pauseMs' in step) await pause(step.pauseMs);
        else if ('end' in step) socket.end();
        else if ('stopReading' in step) socket.pause();
        else {
          clientAborted = true;
          wroteAll = true;
          socket.destroy();
          return;
        }
      }
      wroteAll = !closed;
    })();
  });
}
