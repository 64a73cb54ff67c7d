import { Resume2WebsiteError } from './errors.js';

/** A Node `Readable` (or any async iterable of bytes), without depending on Node's types. */
export interface ByteStream {
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array | string>;
}

/**
 * What `cvs.upload` accepts: a `Blob`/`File`, bytes, a Node `Readable` (e.g. `fs.createReadStream`)
 * and, from the Node entry point only, a file path.
 */
export type UploadInput = Blob | Uint8Array | ArrayBuffer | ByteStream | string;

export interface UploadFileOptions {
  /** The file name the server records (`original_filename`); defaults to the input's own name. */
  filename?: string;
  /** The part's media type. The server decides the real type from the bytes either way. */
  contentType?: string;
}

/** Reads a file path; only the Node entry point provides one. */
export type FileOpener = (path: string) => Promise<{ data: Uint8Array; name: string }>;

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Turns any accepted input into a Blob and a file name for the multipart body. */
export async function toUploadFile(
  input: UploadInput,
  options: UploadFileOptions,
  openFile: FileOpener | undefined,
): Promise<{ blob: Blob; filename: string }> {
  const type = options.contentType ?? 'application/octet-stream';
  const named = (name: string | undefined) => options.filename ?? name ?? 'cv';
  if (typeof input === 'string') {
    if (!openFile) {
      throw new Resume2WebsiteError({
        status: 0,
        code: 'unsupported-input',
        title: 'File paths need Node',
        detail: 'A file path can only be uploaded from Node; pass a Blob, File or bytes instead.',
      });
    }
    const { data, name } = await openFile(input);
    return { blob: new Blob([data as Uint8Array<ArrayBuffer>], { type }), filename: named(name) };
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    const blob = options.contentType && input.type !== options.contentType ? new Blob([input], { type }) : input;
    return { blob, filename: named((input as { name?: string }).name || undefined) };
  }
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    return { blob: new Blob([input as Uint8Array<ArrayBuffer>], { type }), filename: named(undefined) };
  }
  if (input && typeof input === 'object' && Symbol.asyncIterator in input) {
    const chunks: BlobPart[] = [];
    for await (const chunk of input) chunks.push(chunk as BlobPart);
    const path = (input as { path?: unknown }).path;
    return { blob: new Blob(chunks, { type }), filename: named(typeof path === 'string' ? baseName(path) : undefined) };
  }
  throw new Resume2WebsiteError({
    status: 0,
    code: 'unsupported-input',
    title: 'Unsupported upload input',
    detail: 'Pass a Blob, File, Uint8Array, ArrayBuffer, a readable stream or (in Node) a file path.',
  });
}
