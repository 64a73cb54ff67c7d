import type { Prng } from './prng.js';
import type { FuzzOperation } from './spec-operations.js';

export interface HostileBody {
  /** The Content-Type header value; undefined sends none. */
  contentType: string | undefined;
  bytes: Buffer;
  /** How the body is framed on the wire; the default lets the generator choose either. */
  framing?: 'content-length' | 'chunked';
  /** The request may be valid after all (a damaged file the server still accepts): a 2xx is right. */
  maySucceed?: boolean;
}

export interface ShapeInput {
  op: FuzzOperation;
  rng: Prng;
  instance: number;
  limits: { maxJsonBodyBytes: number; maxUploadBytes: number };
  /** Whether the contract accepts this JSON body for the operation (a valid body is not hostile). */
  accepts(value: unknown): boolean;
}

/** One way to make a request body hostile. `make` returns undefined when it has nothing to break. */
export interface BodyShape {
  family: string;
  shape: string;
  instances: number;
  applies(op: FuzzOperation): boolean;
  make(input: ShapeInput): HostileBody | undefined;
}

/** Bytes no CV sniffer accepts (not text, no known magic number), so a well-framed upload still fails. */
export function junkFileBytes(input: ShapeInput, length = 64): Buffer {
  return Buffer.concat([Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]), input.rng.bytes(length)]);
}

export const acceptsJsonBody = (op: FuzzOperation) => op.bodySchema !== undefined;
export const acceptsMultipart = (op: FuzzOperation) => op.bodyMediaTypes.includes('multipart/form-data');

/** Flips, inserts and deletes a few random bytes: the classic mutation, anywhere in the body. */
export function mutateBytes(bytes: Buffer, input: ShapeInput): Buffer {
  let out = Buffer.from(bytes);
  for (let n = input.rng.int(1, 6); n > 0; n--) {
    const at = input.rng.int(0, Math.max(0, out.length - 1));
    const action = input.rng.int(0, 2);
    if (action === 0 && out.length > 0) out[at] = input.rng.int(0, 255);
    else if (action === 1)
      out = Buffer.concat([out.subarray(0, at), input.rng.bytes(input.rng.int(1, 8)), out.subarray(at)]);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at + input.rng.int(1, 16))]);
  }
  return out;
}
