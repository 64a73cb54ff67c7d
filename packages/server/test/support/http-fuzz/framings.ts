import type { Prng } from './prng.js';
import type { WireStep } from './raw-exchange.js';

/** Builds the head with the framing headers a shape chooses (Content-Length, Transfer-Encoding…). */
export type HeadBuilder = (
  framingHeaders: [string, string][],
  options?: { keepAlive?: boolean; host?: 'omit' | 'duplicate' },
) => Buffer;

export interface Framing {
  shape: string;
  /** The client keeps to HTTP/1.1 framing and stays: the server owes it an answer. */
  expectAnswer: boolean;
  slow: boolean;
  plan(head: HeadBuilder, body: Buffer, rng: Prng): WireStep[];
}

const write = (bytes: Buffer | string): WireStep => ({
  write: typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes,
});
const contentLength = (n: number | string): [string, string] => ['Content-Length', String(n)];
const chunkedHeader: [string, string] = ['Transfer-Encoding', 'chunked'];

/** Well-formed chunked encoding, in chunks of random sizes. */
export function chunkedBody(body: Buffer, rng: Prng): Buffer {
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < body.length;) {
    const size = Math.min(body.length - offset, rng.int(1, Math.max(1, Math.ceil(body.length / 3))));
    pieces.push(Buffer.from(`${size.toString(16)}\r\n`), body.subarray(offset, offset + size), Buffer.from('\r\n'));
    offset += size;
  }
  pieces.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(pieces);
}

/** Splits bytes at `count - 1` random offsets. */
function split(bytes: Buffer, count: number, rng: Prng): Buffer[] {
  const cuts = Array.from({ length: Math.max(0, count - 1) }, () => rng.int(1, Math.max(1, bytes.length - 1)))
    .sort((a, b) => a - b)
    .filter((cut, i, all) => cut !== all[i - 1]);
  const pieces: Buffer[] = [];
  let previous = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(bytes.subarray(previous, cut));
    previous = cut;
  }
  return pieces.filter((p) => p.length > 0);
}

/** The framing a body shape is sent with: intact, so the server owes an answer. */
export function intactFraming(kind: 'content-length' | 'chunked'): Framing {
  return {
    shape: kind,
    expectAnswer: true,
    slow: false,
    plan: (head, body, rng) =>
      kind === 'chunked'
        ? [write(head([chunkedHeader])), write(chunkedBody(body, rng))]
        : [write(Buffer.concat([head([contentLength(body.length)]), body]))],
  };
}

/**
 * Ways to break (or merely stretch) the framing around a hostile body. `requestTimeoutMs` is the
 * server's: trickles finish well inside it, stalls outlast it.
 */
export function framings(requestTimeoutMs: number): Framing[] {
  return [
    {
      shape: 'content-length-larger-then-eof',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(Buffer.concat([head([contentLength(body.length + rng.int(1, 5000))]), body])),
        { end: true },
      ],
    },
    {
      shape: 'content-length-larger-then-stall',
      // The server must time the body out and say so (408), not wait forever.
      expectAnswer: true,
      slow: true,
      plan: (head, body, rng) => [
        write(Buffer.concat([head([contentLength(body.length + rng.int(1, 5000))]), body])),
        { pauseMs: requestTimeoutMs * 3 },
      ],
    },
    {
      shape: 'content-length-smaller-then-garbage',
      // The first request is answered; the rest arrives as a second "request" on the same connection.
      expectAnswer: true,
      slow: false,
      plan: (head, body, rng) => [
        write(
          Buffer.concat([
            head([contentLength(rng.int(1, Math.max(1, body.length - 1)))], { keepAlive: true }),
            body,
            Buffer.from(
              `\r\n${rng.pick(['GARBAGE', '\u0000\u0001', 'GET /\u0000 HTTP/1.1', 'POST * HTTP/1.1\r\nConnection: close'])}\r\n\r\n`,
              'latin1',
            ),
          ]),
        ),
      ],
    },
    {
      // HTTP/1.1 requires Host (RFC 9112 §3.2); a server may refuse the request, with a problem.
      shape: 'missing-host-header',
      expectAnswer: true,
      slow: false,
      plan: (head, body) => [write(Buffer.concat([head([contentLength(body.length)], { host: 'omit' }), body]))],
    },
    {
      shape: 'duplicate-host-header',
      expectAnswer: true,
      slow: false,
      plan: (head, body) => [write(Buffer.concat([head([contentLength(body.length)], { host: 'duplicate' }), body]))],
    },
    {
      // The client waits for the interim 100 before it sends the body, as curl does.
      shape: 'expect-100-continue',
      expectAnswer: true,
      slow: false,
      plan: (head, body) => [
        write(head([contentLength(body.length), ['Expect', '100-continue']])),
        { pauseMs: 50 },
        write(body),
      ],
    },
    {
      // Only 100-continue is defined (RFC 9110 §10.1.1); anything else may be refused with 417.
      shape: 'expect-unsupported',
      expectAnswer: true,
      slow: false,
      plan: (head, body, rng) => [
        write(
          Buffer.concat([
            head([contentLength(body.length), ['Expect', rng.pick(['bogus', '100-continue-please', '200-ok'])]]),
            body,
          ]),
        ),
      ],
    },
    {
      shape: 'pipelined-pair',
      // After refusing the first, the server must find the second request's start (or close).
      expectAnswer: true,
      slow: false,
      plan: (head, body) => [
        write(
          Buffer.concat([
            head([contentLength(body.length)], { keepAlive: true }),
            body,
            head([contentLength(body.length)]),
            body,
          ]),
        ),
      ],
    },
    {
      shape: 'chunked-invalid-size',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(head([chunkedHeader])),
        write(`${rng.pick(['zz', '-5', '0x10', 'ffffffffffffffffffff', ' 5', '5 5'])}\r\n`),
        write(body),
        write('\r\n0\r\n\r\n'),
      ],
    },
    {
      shape: 'chunked-size-overrun',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(head([chunkedHeader])),
        write(`${(body.length + rng.int(1, 4000)).toString(16)}\r\n`),
        write(body),
        write('\r\n0\r\n\r\n'),
        { end: true },
      ],
    },
    {
      shape: 'chunked-without-terminator-then-eof',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => {
        const chunked = chunkedBody(body, rng);
        return [write(head([chunkedHeader])), write(chunked.subarray(0, chunked.length - 5)), { end: true }];
      },
    },
    {
      shape: 'chunked-huge-extension',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(head([chunkedHeader])),
        write(`${body.length.toString(16)};ext=${'e'.repeat(rng.int(17_000, 40_000))}\r\n`),
        write(body),
        write('\r\n0\r\n\r\n'),
      ],
    },
    {
      shape: 'content-length-and-chunked',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(Buffer.concat([head([contentLength(body.length), chunkedHeader]), chunkedBody(body, rng)])),
      ],
    },
    {
      shape: 'content-length-invalid',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => {
        const headers = rng.pick<[string, string][]>([
          [contentLength(-1)],
          [contentLength('1e3')],
          [contentLength(`${body.length}abc`)],
          [contentLength(body.length), contentLength(body.length + 1)],
          [contentLength('99999999999999999999999')],
        ]);
        return [write(Buffer.concat([head(headers), body])), { end: true }];
      },
    },
    {
      shape: 'trickled-body',
      expectAnswer: true,
      slow: true,
      plan: (head, body, rng) => {
        const pieces = split(body, rng.int(2, 12), rng);
        const pause = Math.floor(requestTimeoutMs / 3 / pieces.length);
        return [write(head([contentLength(body.length)])), ...pieces.flatMap((p) => [{ pauseMs: pause }, write(p)])];
      },
    },
    {
      shape: 'trickled-head-and-body',
      expectAnswer: true,
      slow: true,
      plan: (head, body, rng) => {
        const pieces = split(Buffer.concat([head([contentLength(body.length)]), body]), rng.int(3, 20), rng);
        const pause = Math.floor(requestTimeoutMs / 3 / pieces.length);
        return pieces.flatMap((p) => [write(p), { pauseMs: pause }]);
      },
    },
    {
      shape: 'stall-then-abort',
      expectAnswer: false,
      slow: true,
      plan: (head, body, rng) => [
        write(Buffer.concat([head([contentLength(body.length)]), body.subarray(0, rng.int(0, body.length - 1))])),
        { pauseMs: rng.int(100, Math.floor(requestTimeoutMs / 2)) },
        { destroy: true },
      ],
    },
    {
      shape: 'abort-mid-body',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => [
        write(Buffer.concat([head([contentLength(body.length)]), body.subarray(0, rng.int(0, body.length - 1))])),
        { pauseMs: rng.int(0, 20) },
        { destroy: true },
      ],
    },
    {
      shape: 'abort-mid-head',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => {
        const bytes = head([contentLength(body.length)]);
        return [write(bytes.subarray(0, rng.int(1, bytes.length - 1))), { destroy: true }];
      },
    },
    {
      shape: 'eof-mid-head',
      expectAnswer: false,
      slow: false,
      plan: (head, body, rng) => {
        const bytes = head([contentLength(body.length)]);
        return [write(bytes.subarray(0, rng.int(1, bytes.length - 1))), { end: true }];
      },
    },
  ];
}

/** What a client does to a valid request's answer: walks away from it, or stops reading it. */
export const ANSWER_ABORTS: Framing[] = [
  {
    shape: 'reset-while-answering',
    expectAnswer: false,
    slow: true,
    plan: (head, _body, rng) => [write(head([])), { pauseMs: rng.int(0, 30) }, { destroy: true }],
  },
  {
    // Streams (files, SSE, big documents) meet backpressure, then a reset.
    shape: 'stop-reading-then-reset',
    expectAnswer: false,
    slow: true,
    plan: (head, _body, rng) => [
      write(head([])),
      { stopReading: true },
      { pauseMs: rng.int(200, 800) },
      { destroy: true },
    ],
  },
];
