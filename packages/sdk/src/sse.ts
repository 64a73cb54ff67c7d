/** One Server-Sent Events message (a block ended by a blank line). */
export interface SseMessage {
  event: string;
  data: string;
  /** The last event id seen on this stream so far (it carries over between messages). */
  id: string | undefined;
  /** A `retry:` field in this block, in milliseconds. */
  retry: number | undefined;
}

/**
 * Parses a `text/event-stream` body as the HTML standard says: UTF-8, CRLF/LF/CR line ends,
 * `:` comments ignored, multi-line `data` joined with `\n`. Blocks without data are yielded too
 * (with `data: ''`), so the reader sees `id` and `retry` changes.
 */
export async function* parseSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let lastId: string | undefined;
  let event = '';
  let data: string[] = [];
  let retry: number | undefined;
  let seen = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      for (;;) {
        const m = /\r\n|\n|\r/.exec(buffer.slice(start));
        if (!m) break;
        // A CR at the very end may be the first half of a CRLF still in flight.
        if (m[0] === '\r' && start + m.index === buffer.length - 1 && !done) break;
        const line = buffer.slice(start, start + m.index);
        start += m.index + m[0].length;
        if (line === '') {
          if (seen) yield { event: event || 'message', data: data.join('\n'), id: lastId, retry };
          event = '';
          data = [];
          retry = undefined;
          seen = false;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        seen = true;
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) lastId = value;
        else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
      }
      buffer = buffer.slice(start);
      if (done) return;
    }
  } finally {
    // Also when the reader stops early: close the connection rather than leave it open.
    reader.cancel().catch(() => undefined);
  }
}
