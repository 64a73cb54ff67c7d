import { RenderOptionsError } from './errors.js';
import { wordsFor } from './i18n/words.js';
import type { PhotoFile } from './types.js';
import type { CvView } from './view/types.js';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);
// A relative path made of plain segments: it lands next to index.html and cannot climb out of it.
const RELATIVE_PATH =
  /^(?:[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\/)*[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+$/;

export function checkPhoto(photo: PhotoFile): PhotoFile {
  if (!RELATIVE_PATH.test(photo.path) || photo.path === 'index.html' || photo.path.startsWith('style.')) {
    throw new RenderOptionsError(`photo.path must be a plain relative file name, got ${JSON.stringify(photo.path)}`);
  }
  if (!IMAGE_TYPES.has(photo.contentType)) {
    throw new RenderOptionsError(`photo.contentType must be an image type, got ${JSON.stringify(photo.contentType)}`);
  }
  if (!(photo.body instanceof Uint8Array)) throw new RenderOptionsError('photo.body must be a Uint8Array');
  return photo;
}

/** "Photo of Daniel Okafor", in the page's language. */
export function photoAlt(cv: CvView, locale: string): string {
  const words = wordsFor(locale);
  return cv.hero?.fullName ? `${words.photoOf} ${cv.hero.fullName}` : words.photoOf;
}
