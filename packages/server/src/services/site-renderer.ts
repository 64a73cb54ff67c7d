import type { Branding } from '../domain/tenant.js';

/** One file of a rendered site, at a path relative to the site's folder. */
export interface RenderedFile {
  path: string;
  contentType: string;
  body: string | Uint8Array;
}

export interface ThemeInfo {
  id: string;
  name: string;
  description: string;
}

/**
 * The portfolio side's view of the themes package: which themes exist and a pure render. Kept as a
 * port so the services can be tested without it and the package stays free of server types.
 */
export interface SiteRenderer {
  readonly themes: readonly ThemeInfo[];
  render(
    data: unknown,
    options: { theme: string; mode: 'preview' | 'published'; baseUrl?: string; branding?: Branding | null },
  ): RenderedFile[];
}
