import { renderSite, themes } from '@resume2website/templates';
import type { CvData } from '@resume2website/sdk';
import type { SiteRenderer } from './site-renderer.js';

/** The themes package behind the renderer port. Documents reaching it were validated when stored. */
export function createTemplatesRenderer(): SiteRenderer {
  return {
    themes: themes.map(({ id, name, description }) => ({ id, name, description })),
    render(data, options) {
      const { files } = renderSite(data as CvData, {
        theme: options.theme,
        mode: options.mode,
        ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
        branding: options.branding
          ? {
              display_name: options.branding.displayName,
              logo_url: options.branding.logoUrl,
              primary_color: options.branding.primaryColor,
              accent_color: options.branding.accentColor,
            }
          : null,
      });
      return files.map((f) => ({ path: f.path, contentType: f.contentType, body: f.body }));
    },
  };
}
