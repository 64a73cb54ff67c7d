export { renderSite } from './render-site.js';
export { themes, getTheme } from './theme-registry.js';
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
