import busboy from 'busboy';
import type { Context } from 'koa';
import { ProblemError } from '../domain/problem.js';

export interface UploadedFile {
  bytes: Buffer;
  filename: string;
}

// Multipart framing around a file is small; anything this far past the cap is refused unread.
const ENVELOPE_ALLOWANCE = 64 * 1024;

const malformed = () => new ProblemError('malformed-request', 'The multipart body is malformed or incomplete.');

/**
 * Reads the one `file` part of a multipart upload, refusing it with 413 the moment it passes
 * `maxBytes` (or at once, when Content-Length already says so), so an oversized upload is never
 * held in memory whole.
 *
 * Every stream here can fail on its own (busboy, each file stream it emits, the request itself):
 * each has an error listener for its whole life, because an `error` event nobody listens to ends
 * the process. The promise settles exactly once; later events are ignored.
 */
export function readUploadedFile(ctx: Context, maxBytes: number): Promise<UploadedFile> {
  const declared = ctx.request.length;
  const tooLarge = () =>
    new ProblemError(
      'payload-too-large',
      `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB, the upload limit.`,
      {
        // The rest of the body is not worth reading: close the connection after the answer.
        headers: { Connection: 'close' },
        extensions: { max_bytes: maxBytes },
      },
    );
  if (declared && declared > maxBytes + ENVELOPE_ALLOWANCE) return Promise.reject(tooLarge());

  return new Promise<UploadedFile>((resolve, reject) => {
    const req = ctx.req;
    let settled = false;
    let file: UploadedFile | undefined;
    let parser: busboy.Busboy;
    const settle = (outcome: { file: UploadedFile } | { error: ProblemError }) => {
      if (settled) return;
      settled = true;
      req.off('close', onRequestClosed);
      if ('file' in outcome) {
        resolve(outcome.file);
        return;
      }
      // No parser.destroy(): this may run inside busboy's own write loop, which would then touch
      // state destroy() cleared. Unpiped, the parser gets nothing more and is collected.
      req.unpipe(parser);
      if (!req.destroyed) req.resume(); // drain what the client still sends so it can read the answer
      reject(outcome.error);
    };
    const fail = (error: ProblemError) => settle({ error });
    const onRequestClosed = () => {
      // `close` also follows a complete body; only an incomplete one means the client went away.
      if (!req.complete) fail(new ProblemError('malformed-request', 'The client closed the upload before it ended.'));
    };
    try {
      // Browsers send file names as raw UTF-8, not latin1 (busboy's default).
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12, headerPairs: 20 },
      });
    } catch {
      reject(new ProblemError('malformed-request', 'The upload must be multipart/form-data with a boundary.'));
      return;
    }
    parser.on('file', (field, stream, info) => {
      stream.on('error', () => fail(malformed()));
      if (field !== 'file' || settled) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
      stream.on('limit', () => fail(tooLarge()));
      stream.on('end', () => {
        if (!settled) file = { bytes: Buffer.concat(chunks), filename: decodeFormFilename(info.filename ?? 'cv') };
      });
    });
    parser.on('filesLimit', () =>
      fail(new ProblemError('validation-error', 'Send exactly one file, in the `file` field.')),
    );
    parser.on('partsLimit', () => fail(new ProblemError('validation-error', 'The upload has too many parts.')));
    parser.on('fieldsLimit', () => fail(new ProblemError('validation-error', 'The upload has too many fields.')));
    parser.on('error', () => fail(malformed()));
    parser.on('close', () => {
      if (file) {
        settle({ file });
        return;
      }
      fail(
        new ProblemError('validation-error', 'The upload has no `file` field.', {
          errors: [{ location: 'body', pointer: '/file', message: 'is required' }],
        }),
      );
    });
    req.on('close', onRequestClosed);
    req.pipe(parser);
  });
}

/** The HTML form encoding escapes only these three in a file name (WHATWG multipart/form-data). */
function decodeFormFilename(name: string): string {
  return name.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}
