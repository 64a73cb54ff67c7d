import { ProblemError } from '../../domain/problem.js';

/** What intake accepts, as the 415 answers list it (and as `uploadCv` documents it). */
export const ACCEPTED_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'text/plain',
  'text/markdown',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/json',
] as const;

const ACCEPTED_SENTENCE =
  'Accepted: PDF, Word (DOCX or DOC), plain text, Markdown, PNG, JPEG or WEBP images, and JSON Resume files.';

/**
 * Why a file was refused, as a stable machine-readable member (`reason`) next to the prose
 * `detail`, so a client can branch (or translate) without parsing English.
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

/** 422 `unprocessable-file`: a file of an accepted type that cannot be used as it is. */
export function unprocessable(reason: RefusalReason, detail: string, cause?: unknown): ProblemError {
  return new ProblemError('unprocessable-file', detail, { extensions: { reason }, cause });
}

/**
 * 415 `unsupported-media-type`: names what the file looks like when that is known, and what to
 * send instead.
 */
export function unsupported(detected: { type: string; description: string; hint?: string } | undefined): ProblemError {
  const what = detected
    ? `The file is ${detected.description}${detected.hint ? `; ${detected.hint}` : ''}.`
    : 'The type of this file is not recognised.';
  return new ProblemError('unsupported-media-type', `${what} ${ACCEPTED_SENTENCE}`, {
    extensions: { ...(detected && { detected_type: detected.type }), accepted_types: [...ACCEPTED_MEDIA_TYPES] },
  });
}

export function notACv(detail: string): ProblemError {
  return new ProblemError('not-a-cv', detail);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 30) return `${(bytes / (1 << 30)).toFixed(1)} GiB`;
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
