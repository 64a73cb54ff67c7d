import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type Handler = (req: Recorded, res: ServerResponse, n: number) => unknown;

/** A node:http server on a loopback port that records every request and answers through `handler`. */
export async function localServer(handler: Handler) {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
    requests.push(recorded);
    await handler(recorded, res, requests.length);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(JSON.stringify(body));
}

export function problem(res: ServerResponse, status: number, slug: string, extra: Record<string, unknown> = {}) {
  json(
    res,
    status,
    { type: `https://resume2website.com/problems/${slug}`, title: slug, status, request_id: 'req_abc', ...extra },
    { 'x-request-id': 'req_abc', ...((extra.headers as Record<string, string>) ?? {}) },
  );
}

export const extraction = (status: string, stage: string | null = null) => ({
  id: 'ext_1',
  cv_id: 'cv_1',
  status,
  stage,
  cached: false,
  extractor: null,
  model: null,
  error: status === 'failed' ? { code: 'not-a-cv', message: 'This is a shopping list.' } : null,
  duration_ms: null,
  usage: null,
  signals: null,
  created_at: '2025-05-04T10:16:02Z',
  started_at: null,
  finished_at: null,
});
