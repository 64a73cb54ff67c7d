import { createHash } from 'node:crypto';
import type { Branding } from '../types.js';
import { brandingCss } from './branding-css.js';

export interface Stylesheet {
  path: string;
  css: string;
}

// Few distinct (theme, branding) pairs exist, and hashing is the costly part of a render's CSS:
// remember the recent ones. Bounded, so a stream of tenants cannot grow it without limit.
const CACHE_LIMIT = 64;
const cache = new Map<string, Stylesheet>();

/** The theme's CSS with the tenant's colours appended, under a content-hashed file name. */
export function buildStylesheet(
  themeId: string,
  themeCss: string,
  backgrounds: { light: string; dark: string },
  branding: Branding | null | undefined,
): Stylesheet {
  const extra = brandingCss(branding, backgrounds);
  const key = `${themeId}\n${extra}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const css = themeCss + extra + '\n';
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8);
  const sheet = { path: `style.${hash}.css`, css };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, sheet);
  return sheet;
}
