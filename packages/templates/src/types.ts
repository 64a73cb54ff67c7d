import type { CvData } from '@resume2website/sdk';

export type RenderMode = 'preview' | 'published';

/** A tenant's look; colours are `#rrggbb` and are applied only where they keep AA contrast. */
export interface Branding {
  display_name?: string | null;
  logo_url?: string | null;
  primary_color?: string | null;
  accent_color?: string | null;
}

/** The person's photo, stored by the server and published next to index.html. */
export interface PhotoFile {
  /** Relative path such as `photo.jpg` or `assets/photo.3f2a1c9b.webp`. */
  path: string;
  contentType: string;
  body: Uint8Array;
}

export interface RenderOptions {
  theme: string;
  /** Overrides the CV's `meta.language` for dates and the theme's own words. */
  locale?: string;
  /** Absolute http(s) URL the site is published at; used for canonical, Open Graph and JSON-LD. */
  baseUrl?: string;
  mode: RenderMode;
  branding?: Branding | null;
  photo?: PhotoFile;
}

export interface RenderedFile {
  path: string;
  contentType: string;
  body: string | Uint8Array;
}

export interface RenderedSite {
  /** index.html, the content-hashed stylesheet, and the photo when one was given. */
  files: RenderedFile[];
}

export interface ThemeInfo {
  id: string;
  name: string;
  description: string;
}

export type { CvData };
