import busboy from 'busboy';
import type { Context } from 'koa';
import { ProblemError } from './problem.js';

export interface UploadedFile {
  bytes: Buffer;
  filename: string;
}

// Multipart framing around a file is small; anything this far past the cap is refused unread.
const ENVELOPE_ALLOWANCE = 64 * 1024;

/**
 * Reads the one `file` part of a multipart upload, refusing it with 413 the moment it passes
 * `maxBytes` (or at once, when Content-Length already says so), so an oversized upload is never
 * held in memory whole.
 */
export function readUploadedFile(ctx: Context, maxBytes: number): Promise<UploadedFile> {
  const declared = ctx.request.length;
  const tooLarge = () =>
    new ProblemError(
      'payload-too-large',
      `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB, the upload limit.`,
      {
        extensions: { max_bytes: maxBytes },
      },
    );
  if (declared && declared > maxBytes + ENVELOPE_ALLOWANCE) return Promise.reject(tooLarge());

  return new Promise<UploadedFile>((resolve, reject) => {
    let settled = false;
    let file: UploadedFile | undefined;
    const fail = (err: ProblemError) => {
      if (settled) return;
      settled = true;
      ctx.req.unpipe(parser);
      ctx.req.resume(); // drain the rest so the connection can answer
      reject(err);
    };
    let parser: busboy.Busboy;
    try {
      // Browsers send file names as raw UTF-8, not latin1 (busboy's default).
      parser = busboy({
        headers: ctx.req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 },
      });
    } catch {
      reject(new ProblemError('malformed-request', 'The upload must be multipart/form-data with a boundary.'));
      return;
    }
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge()));
      stream.on('end', () => {
        if (!settled) file = { bytes: Buffer.concat(chunks), filename: decodeFormFilename(info.filename ?? 'cv') };
      });
    });
    parser.on('filesLimit', () =>
      fail(new ProblemError('validation-error', 'Send exactly one file, in the `file` field.')),
    );
    parser.on('error', () => fail(new ProblemError('malformed-request', 'The multipart body is malformed.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (!file) {
        reject(
          new ProblemError('validation-error', 'The upload has no `file` field.', {
            errors: [{ location: 'body', pointer: '/file', message: 'is required' }],
          }),
        );
        return;
      }
      resolve(file);
    });
    ctx.req.pipe(parser);
  });
}

/** The HTML form encoding escapes only these three in a file name (WHATWG multipart/form-data). */
function decodeFormFilename(name: string): string {
  return name.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}
