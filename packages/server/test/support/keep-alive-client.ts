import http from 'node:http';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /**
   * The connection pool: a keep-alive `http.Agent` reuses one connection until the server answers
   * `Connection: close`, as browsers and load balancers do; `false` opens a fresh connection for
   * this request alone, as the kubelet's probes do.
   */
  agent?: http.Agent | false;
  /** Send the body in `chunks` pieces spread over `overMs`: a slow upload link. */
  trickle?: { chunks: number; overMs: number };
}

/**
 * One request through node:http rather than fetch, for tests that need to control connection
 * reuse and the pace of the body, and to see the `Connection` header fetch hides.
 */
export function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResult> {
  const body = options.body;
  return new Promise<HttpResult>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
        headers: { ...options.headers, ...(body && { 'content-length': String(body.length) }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (!body) return void req.end();
    if (!options.trickle) return void req.end(body);
    const { chunks, overMs } = options.trickle;
    const size = Math.ceil(body.length / chunks);
    let sent = 0;
    const writeNext = () => {
      if (req.destroyed) return;
      const piece = body.subarray(sent, sent + size);
      sent += piece.length;
      if (sent >= body.length) return void req.end(piece);
      req.write(piece);
      setTimeout(writeNext, overMs / chunks);
    };
    writeNext();
  });
}
