/** Thrown by getTheme/renderSite for a theme id that no theme folder defines. */
export class UnknownThemeError extends Error {
  override readonly name = 'UnknownThemeError';
  constructor(readonly themeId: string) {
    super(`Unknown theme "${themeId}"`);
  }
}

/** Thrown by renderSite when the caller's options (not the CV) are malformed. */
export class RenderOptionsError extends Error {
  override readonly name = 'RenderOptionsError';
}
