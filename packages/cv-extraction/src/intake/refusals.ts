import { CvInputError, type RefusalReason } from '../cv-input-error.js';

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

/** `unprocessable-file`: a file of an accepted type that cannot be used as it is. */
export function unprocessable(reason: RefusalReason, detail: string, cause?: unknown): CvInputError {
  return new CvInputError('unprocessable-file', detail, { reason, cause });
}

/**
 * `unsupported-media-type`: names what the file looks like when that is known, and what to send
 * instead.
 */
export function unsupported(detected: { type: string; description: string; hint?: string } | undefined): CvInputError {
  const what = detected
    ? `The file is ${detected.description}${detected.hint ? `; ${detected.hint}` : ''}.`
    : 'The type of this file is not recognised.';
  return new CvInputError('unsupported-media-type', `${what} ${ACCEPTED_SENTENCE}`, {
    ...(detected && { detectedType: detected.type }),
    acceptedTypes: ACCEPTED_MEDIA_TYPES,
  });
}

export function notACv(detail: string): CvInputError {
  return new CvInputError('not-a-cv', detail);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 30) return `${(bytes / (1 << 30)).toFixed(1)} GiB`;
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
