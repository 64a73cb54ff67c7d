export interface ParsedResponse {
  status: number;
  /** Lower-cased names; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface ReadResult {
  responses: ParsedResponse[];
  /** Bytes after the last whole response that are not one (a cut or corrupted answer). */
  leftover: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Splits what a server wrote on one connection into HTTP/1.1 responses. The fuzzer reads the raw
 * bytes itself because a client library would hide exactly what it looks for: a response cut short,
 * bytes after a response, or two answers to one request.
 */
export function readResponses(bytes: Buffer): ReadResult {
  const responses: ParsedResponse[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const headEnd = bytes.indexOf(HEAD_END, offset);
    if (headEnd < 0) break;
    const lines = bytes.subarray(offset, headEnd).toString('latin1').split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(lines[0] ?? '');
    if (!statusLine) break;
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const status = Number(statusLine[1]);
    const bodyStart = headEnd + HEAD_END.length;
    const body = readBody(bytes, bodyStart, headers, status);
    if (!body) break;
    offset = body.end;
    if (status >= 100 && status < 200) continue; // interim, e.g. 100 Continue
    responses.push({ status, headers, body: body.bytes });
  }
  return { responses, leftover: bytes.subarray(offset) };
}

function readBody(
  bytes: Buffer,
  start: number,
  headers: Record<string, string>,
  status: number,
): { bytes: Buffer; end: number } | undefined {
  if (status === 204 || status === 304 || (status >= 100 && status < 200))
    return { bytes: Buffer.alloc(0), end: start };
  if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) return readChunked(bytes, start);
  const length = headers['content-length'];
  if (length !== undefined) {
    const end = start + Number(length);
    return Number.isInteger(Number(length)) && end <= bytes.length
      ? { bytes: bytes.subarray(start, end), end }
      : undefined;
  }
  // Neither: the body runs until the server closes the connection.
  return { bytes: bytes.subarray(start), end: bytes.length };
}

function readChunked(bytes: Buffer, start: number): { bytes: Buffer; end: number } | undefined {
  const parts: Buffer[] = [];
  let offset = start;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    if (lineEnd < 0) return undefined;
    const size = parseInt(bytes.subarray(offset, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (!Number.isInteger(size) || size < 0) return undefined;
    offset = lineEnd + 2;
    if (size === 0) {
      const trailerEnd = bytes.indexOf(HEAD_END, offset - 2);
      return trailerEnd < 0 ? undefined : { bytes: Buffer.concat(parts), end: trailerEnd + HEAD_END.length };
    }
    if (offset + size + 2 > bytes.length) return undefined;
    parts.push(bytes.subarray(offset, offset + size));
    offset += size + 2;
  }
}
