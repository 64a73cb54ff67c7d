import { CvInputError, type CvInputErrorCode } from '@resume2website/cv-extraction';
import { ProblemError, type ProblemSlug } from '../domain/problem.js';

/**
 * The CV pipeline's refusals (`CvInputError`, from `@resume2website/cv-extraction`) as problems:
 * the one place the server decides what a refused file or document edit answers.
 *
 * - `unsupported-media-type` → 415, with `detected_type` (when known) and `accepted_types`;
 * - `unprocessable-file` → 422, with `reason`;
 * - `not-a-cv` → 422;
 * - `invalid-document` → 422 `validation-error`, each failing value in `errors` (in the body).
 */

const SLUGS: Record<CvInputErrorCode, ProblemSlug> = {
  'unsupported-media-type': 'unsupported-media-type',
  'unprocessable-file': 'unprocessable-file',
  'not-a-cv': 'not-a-cv',
  'invalid-document': 'validation-error',
};

function extensionsOf(error: CvInputError): Record<string, unknown> {
  switch (error.code) {
    case 'unsupported-media-type':
      return {
        ...(error.detectedType !== undefined && { detected_type: error.detectedType }),
        accepted_types: [...(error.acceptedTypes ?? [])],
      };
    case 'unprocessable-file':
      return error.reason === undefined ? {} : { reason: error.reason };
    default:
      return {};
  }
}

/** The problem a pipeline error answers; undefined for any other error. */
export function problemFromPipelineError(error: unknown): ProblemError | undefined {
  if (!(error instanceof CvInputError)) return undefined;
  return new ProblemError(SLUGS[error.code], error.detail, {
    extensions: extensionsOf(error),
    ...(error.fieldErrors && {
      errors: error.fieldErrors.map((e) => ({ location: 'body' as const, pointer: e.pointer, message: e.message })),
    }),
    cause: error,
  });
}
