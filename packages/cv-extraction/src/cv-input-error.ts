/**
 * The package's one error for input it refuses: a file intake will not take, or a person's edit of
 * the CV document that is not consistent. It says what is wrong in words (`detail`, for a person)
 * and in stable members (`code`, `reason`, …, for a program); it knows nothing of HTTP. The server
 * turns it into a problem document (`packages/server/src/services/pipeline-problems.ts`).
 *
 * Failures of an extraction itself (a model that is down, a timeout) are `ExtractionError`s.
 */

/**
 * - `unsupported-media-type`: a kind of file the pipeline does not take (`detectedType` names it
 *   when known, `acceptedTypes` lists what it takes);
 * - `unprocessable-file`: a kind it takes, but this file cannot be used as it is (`reason` says why);
 * - `not-a-cv`: the file is readable but is not a CV (JSON that is not a JSON Resume document);
 * - `invalid-document`: a CV document edit that breaks rules (`fieldErrors` points at each value).
 */
export type CvInputErrorCode = 'unsupported-media-type' | 'unprocessable-file' | 'not-a-cv' | 'invalid-document';

/**
 * Why a file was refused, as a stable machine-readable word next to the prose `detail`, so a
 * caller can branch (or translate) without parsing English.
 */
export type RefusalReason =
  | 'empty'
  | 'truncated'
  | 'corrupt'
  | 'encrypted'
  | 'limit-exceeded'
  | 'image-dimensions'
  | 'too-many-pages'
  | 'timeout'
  | 'invalid-json';

/** One failing value of a document: a JSON Pointer into what was checked, and what is wrong with it. */
export interface CvFieldError {
  pointer: string;
  message: string;
}

export interface CvInputErrorOptions {
  reason?: RefusalReason;
  detectedType?: string;
  acceptedTypes?: readonly string[];
  fieldErrors?: CvFieldError[];
  cause?: unknown;
}

export class CvInputError extends Error {
  readonly code: CvInputErrorCode;
  /** What is wrong and what to do, in a sentence a person can read. */
  readonly detail: string;
  /** `unprocessable-file`: why. */
  readonly reason: RefusalReason | undefined;
  /** `unsupported-media-type`: what the file looks like, when known (`xlsx`, `zip`, `gif`, …). */
  readonly detectedType: string | undefined;
  /** `unsupported-media-type`: the media types that are taken. */
  readonly acceptedTypes: readonly string[] | undefined;
  /** `invalid-document`: every failing value. */
  readonly fieldErrors: CvFieldError[] | undefined;

  constructor(code: CvInputErrorCode, detail: string, options: CvInputErrorOptions = {}) {
    // A refusal is an answer about the input, not a fault in the code: a stack trace per refused
    // upload was the largest cost of refusing one under load.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail, { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'CvInputError';
    this.code = code;
    this.detail = detail;
    this.reason = options.reason;
    this.detectedType = options.detectedType;
    this.acceptedTypes = options.acceptedTypes;
    this.fieldErrors = options.fieldErrors;
  }
}
