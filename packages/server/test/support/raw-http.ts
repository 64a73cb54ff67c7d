import net from 'node:net';

export interface RawResponse {
  /** The status code, or undefined when the server closed the connection without answering. */
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes exactly as given over a fresh socket (broken framing included, which fetch would
 * refuse to send), optionally ends the socket early, and reads whatever the server answers.
 */
export function rawRequest(
  url: string,
  bytes: Buffer | string,
  options: { endAfterWrite?: boolean; destroyAfterMs?: number; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${options.timeoutMs ?? 5000} ms`));
    }, options.timeoutMs ?? 5000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset is an answer too: read what arrived
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks).toString('utf8')));
    });
    socket.write(bytes, () => {
      if (options.endAfterWrite) socket.end();
      if (options.destroyAfterMs !== undefined) setTimeout(() => socket.destroy(), options.destroyAfterMs);
    });
  });
}

function parseResponse(text: string): RawResponse {
  const match = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
  if (!match) return { status: undefined, headers: {}, body: text };
  const headers: Record<string, string> = {};
  for (const line of match[2]!.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers, body: match[3]! };
}
