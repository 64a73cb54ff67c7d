import { fileURLToPath } from 'node:url';

/**
 * The themes' thumbnails: `<theme id>.png`, 600×400, committed under packages/templates/thumbnails/
 * and regenerated from a sample CV by `npm run thumbnails --workspace @resume2website/templates`
 * (Chromium). The same folder from the sources and from dist/.
 */
export const THEME_THUMBNAILS_DIR = fileURLToPath(new URL('../thumbnails/', import.meta.url));

export const THEME_THUMBNAIL_SIZE = { width: 600, height: 400 } as const;

/** The file name of a theme's thumbnail inside {@link THEME_THUMBNAILS_DIR}. */
export function themeThumbnailFileName(themeId: string): string {
  return `${themeId}.png`;
}
