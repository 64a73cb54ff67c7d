import type { Branding } from '../types.js';
import { contrastRatio, isHexColor } from './contrast.js';

/** WCAG AA for normal text: `--accent` colours links and small headings. */
const AA_TEXT = 4.5;

/**
 * Extra rules appended to the theme's stylesheet so a tenant's colours need no inline style (the
 * published CSP has no 'unsafe-inline'). A primary colour replaces `--accent` only in the colour
 * schemes where it keeps AA contrast on the theme's background; the accent colour is decorative
 * (rules, markers) and only has to be a valid #rrggbb.
 */
export function brandingCss(
  branding: Branding | null | undefined,
  backgrounds: { light: string; dark: string },
): string {
  if (branding === null || branding === undefined) return '';
  const primary = isHexColor(branding.primary_color) ? branding.primary_color.toLowerCase() : null;
  const accent = isHexColor(branding.accent_color) ? branding.accent_color.toLowerCase() : null;
  const light: string[] = [];
  const dark: string[] = [];
  if (primary !== null && contrastRatio(primary, backgrounds.light) >= AA_TEXT) light.push(`--accent:${primary}`);
  if (primary !== null && contrastRatio(primary, backgrounds.dark) >= AA_TEXT) dark.push(`--accent:${primary}`);
  if (accent !== null) {
    light.push(`--decor:${accent}`);
    dark.push(`--decor:${accent}`);
  }
  // Scoped to each scheme so neither overrides the theme's palette for the other; print is light.
  let css = '';
  if (light.length > 0) css += `\n@media print, (prefers-color-scheme: light){:root{${light.join(';')}}}`;
  if (dark.length > 0) css += `\n@media screen and (prefers-color-scheme: dark){:root{${dark.join(';')}}}`;
  return css;
}
