import { readResponses } from './http-fuzz/http-response-reader.js';
import { playExchange, type WireStep } from './http-fuzz/raw-exchange.js';

export interface RawResponse {
  /** The status code, or undefined when the server closed the connection without answering. */
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
}

/**
 * One request sent exactly as given over a fresh socket (broken framing included, which fetch
 * would refuse to send), optionally walked away from after `destroyAfterMs`; the server's first
 * answer. The fuzz suite's wire client, shaped for tests that send one hand-written request.
 */
export async function rawRequest(
  url: string,
  bytes: Buffer | string,
  options: { destroyAfterMs?: number; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const steps: WireStep[] = [{ write: Buffer.from(bytes) }];
  if (options.destroyAfterMs !== undefined) steps.push({ pauseMs: options.destroyAfterMs }, { destroy: true });
  const timeoutMs = options.timeoutMs ?? 5000;
  const exchange = await playExchange(url, steps, timeoutMs);
  if (exchange.timedOut) throw new Error(`no answer within ${timeoutMs} ms`);
  const [first] = readResponses(exchange.received).responses;
  return first
    ? { status: first.status, headers: first.headers, body: first.body.toString('utf8') }
    : { status: undefined, headers: {}, body: exchange.received.toString('utf8') };
}
