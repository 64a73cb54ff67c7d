import {
  acceptsJsonBody,
  acceptsMultipart,
  junkFileBytes,
  mutateBytes,
  type BodyShape,
  type HostileBody,
  type ShapeInput,
} from './body-shape.js';

const CRLF = '\r\n';

interface Part {
  headers: string[];
  content: Buffer;
}

function boundaryFor(input: ShapeInput): string {
  return `----fuzz${input.rng.bytes(8).toString('hex')}`;
}

function filePart(input: ShapeInput, options: { field?: string; filename?: string; content?: Buffer } = {}): Part {
  return {
    headers: [
      `Content-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${options.filename ?? 'cv.pdf'}"`,
      'Content-Type: application/pdf',
    ],
    content: options.content ?? junkFileBytes(input),
  };
}

/** A multipart body as browsers frame it; every piece can be swapped for a broken one. */
function encode(
  boundary: string,
  parts: Part[],
  options: { preamble?: Buffer; epilogue?: Buffer; close?: boolean } = {},
): Buffer {
  const pieces: Buffer[] = [];
  if (options.preamble) pieces.push(options.preamble, Buffer.from(CRLF));
  for (const part of parts) {
    pieces.push(Buffer.from(`--${boundary}${CRLF}${part.headers.map((h) => h + CRLF).join('')}${CRLF}`, 'latin1'));
    pieces.push(part.content, Buffer.from(CRLF));
  }
  if (options.close ?? true) pieces.push(Buffer.from(`--${boundary}--${CRLF}`));
  if (options.epilogue) pieces.push(options.epilogue);
  return Buffer.concat(pieces);
}

const multipart = (boundary: string, bytes: Buffer, framing?: HostileBody['framing']): HostileBody => ({
  contentType: `multipart/form-data; boundary=${boundary}`,
  bytes,
  ...(framing && { framing }),
});

/** A complete, well-framed upload of junk bytes: what the framing shapes then break. */
export function wellFramedUpload(input: ShapeInput): HostileBody {
  const boundary = boundaryFor(input);
  return multipart(boundary, encode(boundary, [filePart(input)]));
}

/** A complete, well-framed upload of the given file. */
export function uploadOf(input: ShapeInput, content: Buffer, filename: string, type: string): HostileBody {
  const boundary = boundaryFor(input);
  const part = {
    headers: [`Content-Disposition: form-data; name="file"; filename="${filename}"`, `Content-Type: ${type}`],
    content,
  };
  return multipart(boundary, encode(boundary, [part]));
}

// The body from issue 18 that ended the process: a file part cut before its closing boundary.
const ISSUE_18_BODY =
  '--X\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 hello';

const shape = (name: string, instances: number, make: BodyShape['make']): BodyShape => ({
  family: 'multipart',
  shape: name,
  instances,
  applies: acceptsMultipart,
  make,
});

export const MULTIPART_SHAPES: BodyShape[] = [
  shape('no-boundary-parameter', 1, (input) => ({
    contentType: input.rng.pick(['multipart/form-data', 'multipart/form-data; charset=utf-8', 'multipart/form-data;']),
    bytes: wellFramedUpload(input).bytes,
  })),
  shape('empty-or-invalid-boundary', 2, (input) => {
    const boundary = input.instance === 0 ? '""' : input.rng.pick(['', '"unterminated', 'a b c', '\u00ff\u00fe']);
    return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: encode('', [filePart(input)]) };
  }),
  shape('overlong-boundary', 1, (input) => {
    const boundary = 'b'.repeat(input.rng.int(71, 2000)); // RFC 2046 allows 70
    return multipart(boundary, encode(boundary, [filePart(input)]));
  }),
  shape('wrong-boundary', 1, (input) => multipart(boundaryFor(input), encode(boundaryFor(input), [filePart(input)]))),
  shape('missing-closing-boundary', 2, (input) => {
    if (input.instance === 0) return multipart('X', Buffer.from(ISSUE_18_BODY, 'latin1'));
    const boundary = boundaryFor(input);
    return multipart(boundary, encode(boundary, [filePart(input)], { close: false }));
  }),
  shape('part-without-headers', 1, (input) => {
    const boundary = boundaryFor(input);
    return multipart(boundary, encode(boundary, [{ headers: [], content: junkFileBytes(input) }]));
  }),
  shape('headers-without-blank-line', 1, (input) => {
    const boundary = boundaryFor(input);
    const body = Buffer.concat([
      Buffer.from(`--${boundary}${CRLF}Content-Disposition: form-data; name="file"; filename="a.pdf"${CRLF}`),
      junkFileBytes(input),
      Buffer.from(`${CRLF}--${boundary}--${CRLF}`),
    ]);
    return multipart(boundary, body);
  }),
  shape('two-file-parts', 1, (input) => {
    const boundary = boundaryFor(input);
    return multipart(boundary, encode(boundary, [filePart(input), filePart(input, { filename: 'b.pdf' })]));
  }),
  shape('huge-part-headers', 2, (input) => {
    const boundary = boundaryFor(input);
    const padding = 'h'.repeat(input.rng.int(20_000, 120_000));
    const headers =
      input.instance === 0
        ? [`Content-Disposition: form-data; name="file"; filename="${padding}.pdf"`, 'Content-Type: application/pdf']
        : [`Content-Disposition: form-data; name="file"; filename="a.pdf"`, `X-Padding: ${padding}`];
    return multipart(boundary, encode(boundary, [{ headers, content: junkFileBytes(input) }]));
  }),
  shape('many-header-pairs', 1, (input) => {
    const boundary = boundaryFor(input);
    const part = filePart(input);
    part.headers.push(...Array.from({ length: input.rng.int(25, 400) }, (_, i) => `X-H${i}: ${i}`));
    return multipart(boundary, encode(boundary, [part]));
  }),
  shape('field-not-named-file', 1, (input) => {
    const boundary = boundaryFor(input);
    const field = input.rng.pick(['document', 'File', 'file[]', '', 'fi\u00ffle']);
    return multipart(boundary, encode(boundary, [filePart(input, { field })]));
  }),
  shape('file-as-plain-field', 1, (input) => {
    const boundary = boundaryFor(input);
    const part = { headers: ['Content-Disposition: form-data; name="file"'], content: junkFileBytes(input) };
    return multipart(boundary, encode(boundary, [part]));
  }),
  shape('filename-with-control-characters', 3, (input) => {
    const boundary = boundaryFor(input);
    const filename = input.rng.pick([
      'a\u0000b\u0007c.pdf',
      '..%2F..%2Fetc%2Fpasswd',
      '../../../../etc/passwd',
      'cv%0D%0AX-Injected: 1.pdf',
      '\u001b[31mred\u001b[0m.pdf',
      '\u00ff\u00fe\u00c3(.pdf', // bytes that are not UTF-8, as the header is sent in latin1
      'a'.repeat(4000) + '.pdf',
      '',
    ]);
    return multipart(boundary, encode(boundary, [filePart(input, { filename })]));
  }),
  shape('cut-at-random-offset', 24, (input) => {
    const upload = wellFramedUpload(input);
    return { ...upload, bytes: upload.bytes.subarray(0, input.rng.int(1, upload.bytes.length - 1)) };
  }),
  // The file stays junk whatever the mutation hits, so even a body that still parses is refused.
  shape('byte-mutations', 24, (input) => {
    const upload = wellFramedUpload(input);
    return { ...upload, bytes: mutateBytes(upload.bytes, input) };
  }),
  shape('preamble-only', 1, (input) =>
    multipart(boundaryFor(input), Buffer.concat([Buffer.from('This is the preamble.\r\n'), input.rng.bytes(200)])),
  ),
  shape('epilogue-junk', 1, (input) => {
    const boundary = boundaryFor(input);
    const epilogue = Buffer.concat([Buffer.from(`--${boundary}\r\n--${boundary}--`), input.rng.bytes(2000)]);
    return multipart(boundary, encode(boundary, [filePart(input)], { epilogue }));
  }),
  shape('too-many-parts', 1, (input) => {
    const boundary = boundaryFor(input);
    const fields = Array.from({ length: input.rng.int(13, 200) }, (_, i) => ({
      headers: [`Content-Disposition: form-data; name="f${i}"`],
      content: Buffer.from(String(i)),
    }));
    return multipart(boundary, encode(boundary, [...fields, filePart(input)]));
  }),
  shape('huge-text-field', 1, (input) => {
    const boundary = boundaryFor(input);
    const field = { headers: ['Content-Disposition: form-data; name="note"'], content: Buffer.alloc(200_000, 'n') };
    return multipart(boundary, encode(boundary, [field, filePart(input)]));
  }),
  shape('lf-line-endings', 1, (input) => {
    const boundary = boundaryFor(input);
    return multipart(
      boundary,
      Buffer.from(
        encode(boundary, [filePart(input)])
          .toString('latin1')
          .replaceAll('\r\n', '\n'),
        'latin1',
      ),
    );
  }),
  shape('nested-multipart-mixed', 1, (input) => {
    const outer = boundaryFor(input);
    const inner = boundaryFor(input);
    const innerBody = encode(inner, [filePart(input), filePart(input)]);
    const part = {
      headers: ['Content-Disposition: form-data; name="file"', `Content-Type: multipart/mixed; boundary=${inner}`],
      content: innerBody,
    };
    return multipart(outer, encode(outer, [part]));
  }),
  shape('file-past-upload-limit', 2, (input) => {
    const boundary = boundaryFor(input);
    // Within the framing allowance, so the limit must hold while streaming, not only up front.
    const content = Buffer.concat([junkFileBytes(input), Buffer.alloc(input.limits.maxUploadBytes + 1024, 0xab)]);
    return multipart(
      boundary,
      encode(boundary, [filePart(input, { content })]),
      input.instance === 0 ? 'content-length' : 'chunked',
    );
  }),
  shape('json-declared-as-multipart', 1, (input) =>
    multipart(boundaryFor(input), Buffer.from('{"file":"cv.pdf","data":"AAAA"}')),
  ),
  shape('invalid-utf8-in-part-headers', 1, (input) => {
    const boundary = boundaryFor(input);
    const head = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="`),
      Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
      Buffer.from(`.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    ]);
    return multipart(boundary, Buffer.concat([head, junkFileBytes(input), Buffer.from(`\r\n--${boundary}--\r\n`)]));
  }),
  {
    family: 'multipart',
    shape: 'sent-to-a-json-operation',
    instances: 1,
    applies: (op) => acceptsJsonBody(op) && !acceptsMultipart(op),
    make: wellFramedUpload,
  },
];
