import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Anthropic Messages API on a loopback port, for driving the real
 * `@anthropic-ai/sdk` through its `baseURL`. It records every request as sent (method, path,
 * headers, JSON body) and answers `POST /v1/messages` from a script of replies, one per request, in
 * order. `POST /v1/messages/count_tokens` answers `{ input_tokens }` from a stand-in count (the
 * mock cannot tokenize; the default is body bytes / 4, which only proves the call was made).
 *
 * It judges nothing: whether a model would obey an instruction inside a CV, or produce a faithful
 * extraction, is outside what a mock can show.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The parsed JSON body (`undefined` when not JSON). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests index freely into what the SDK sent
  rawBody: string;
  receivedAt: number;
}

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (for malformed bodies). */
  body?: unknown;
  /** Wait this long before answering (the client may give up first). */
  delayMs?: number;
}

export type Responder = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

export interface AnthropicMock {
  /** The base URL to give the SDK. */
  url: string;
  requests: RecordedRequest[];
  /** The recorded `POST /v1/messages` requests. */
  messageRequests(): RecordedRequest[];
  /** Queues replies for `POST /v1/messages`, one per request. */
  enqueue(...replies: Responder[]): void;
  /** Scripted replies not used yet. */
  pending(): number;
  /** The stand-in for token counting: a count, or a whole reply (e.g. an error). */
  countTokens: (request: RecordedRequest) => number | ScriptedReply;
  /** Requests whose client went away before the reply was sent. */
  abandoned: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startAnthropicMock(): Promise<AnthropicMock> {
  const queue: Responder[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const mock: AnthropicMock = {
    url: '',
    requests: [],
    messageRequests: () => mock.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages'),
    enqueue: (...replies) => void queue.push(...replies),
    pending: () => queue.length,
    countTokens: (request) => Math.ceil(request.rawBody.length / 4),
    abandoned: 0,
    reset() {
      mock.requests.length = 0;
      queue.length = 0;
      mock.abandoned = 0;
      mock.countTokens = (request) => Math.ceil(request.rawBody.length / 4);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : (value ?? ''),
        ]),
      );
      const path = (req.url ?? '/').split('?')[0]!;
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers,
        body,
        rawBody,
        receivedAt: Date.now(),
      };
      mock.requests.push(recorded);

      let reply: ScriptedReply;
      if (recorded.method === 'POST' && path === '/v1/messages/count_tokens') {
        const counted = mock.countTokens(recorded);
        reply = typeof counted === 'number' ? { body: { input_tokens: counted } } : counted;
      } else if (recorded.method === 'POST' && path === '/v1/messages') {
        const next = queue.shift();
        reply = next
          ? typeof next === 'function'
            ? next(recorded)
            : next
          : errorReply(500, 'api_error', 'anthropic mock: no scripted reply left for this request');
      } else {
        reply = errorReply(404, 'not_found_error', `anthropic mock: no route ${recorded.method} ${path}`);
      }
      send(res, reply);
    });
  });

  function send(res: http.ServerResponse, reply: ScriptedReply): void {
    const write = () => {
      if (res.destroyed) return;
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        'request-id': `req_mock_${Math.random().toString(36).slice(2, 10)}`,
        ...reply.headers,
      });
      res.end(text);
    };
    if (!reply.delayMs) return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, reply.delayMs);
    timers.add(timer);
    res.on('close', () => {
      if (!res.writableEnded) {
        mock.abandoned += 1;
        clearTimeout(timer);
        timers.delete(timer);
      }
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  mock.url = `http://127.0.0.1:${port}`;
  return mock;
}

export interface MockUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

/** A `Message` as the API sends it. */
export function messageReply(
  content: unknown[],
  options: { stop_reason?: string; stop_details?: unknown; model?: string; usage?: MockUsage } = {},
): ScriptedReply {
  return {
    body: {
      id: `msg_mock_${Math.random().toString(36).slice(2, 12)}`,
      type: 'message',
      role: 'assistant',
      model: options.model ?? 'claude-opus-4-8',
      content,
      stop_reason: options.stop_reason ?? 'tool_use',
      stop_sequence: null,
      stop_details: options.stop_details ?? null,
      usage: {
        input_tokens: 100,
        output_tokens: 50,
        cache_read_input_tokens: 0,
        cache_creation_input_tokens: 0,
        cache_creation: null,
        server_tool_use: null,
        service_tier: 'standard',
        ...options.usage,
      },
    },
  };
}

/** A reply whose content is one `tool_use` block. */
export function toolUseReply(
  name: string,
  input: unknown,
  options: Parameters<typeof messageReply>[1] = {},
): ScriptedReply {
  return messageReply(
    [{ type: 'tool_use', id: `toolu_mock_${Math.random().toString(36).slice(2, 10)}`, name, input }],
    options,
  );
}

/** An error in the API's shape: `{ type: 'error', error: { type, message, details? }, request_id }`. */
export function errorReply(
  status: number,
  type: string,
  message: string,
  options: { errorCode?: string; headers?: Record<string, string> } = {},
): ScriptedReply {
  return {
    status,
    headers: options.headers,
    body: {
      type: 'error',
      error: { type, message, ...(options.errorCode ? { details: { error_code: options.errorCode } } : {}) },
      request_id: `req_mock_${status}`,
    },
  };
}
