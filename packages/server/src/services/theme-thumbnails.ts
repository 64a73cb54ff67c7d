import { themeThumbnailFileName } from '@resume2website/templates';
import { ProblemError } from '../domain/problem.js';
import type { ThemeInfo } from './site-renderer.js';
import type { StaticAsset, StaticAssets } from './static-assets.js';

/** The themes' thumbnails (PNG), as the templates package ships them. */
export class ThemeThumbnails {
  constructor(
    private readonly deps: {
      themes: () => readonly ThemeInfo[];
      files: StaticAssets;
    },
  ) {}

  /** The URL path of a theme's thumbnail (`Theme.thumbnail_url` is it on `BACKEND_URL`). */
  static pathOf(themeId: string): string {
    return `/api/v1/themes/${encodeURIComponent(themeId)}/thumbnail.png`;
  }

  async get(themeId: string): Promise<StaticAsset> {
    if (!this.deps.themes().some((t) => t.id === themeId)) {
      throw new ProblemError('not-found', `There is no theme "${themeId}"; GET /api/v1/themes lists them.`);
    }
    const thumbnail = await this.deps.files.get(themeThumbnailFileName(themeId));
    if (!thumbnail) throw new ProblemError('not-found', `The theme "${themeId}" has no thumbnail.`);
    return thumbnail;
  }
}
