export { renderSite } from './render-site.js';
export { themes, getTheme } from './theme-registry.js';
export { THEME_THUMBNAILS_DIR, THEME_THUMBNAIL_SIZE, themeThumbnailFileName } from './theme-thumbnails.js';
export { UnknownThemeError, RenderOptionsError } from './errors.js';
export type {
  Branding,
  CvData,
  PhotoFile,
  RenderedFile,
  RenderedSite,
  RenderMode,
  RenderOptions,
  ThemeInfo,
} from './types.js';
