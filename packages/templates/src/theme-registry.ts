import type { TemplateDelegate } from 'handlebars';
import { UnknownThemeError } from './errors.js';
import { generatedThemes, sharedPartials } from './generated/themes.js';
import { templateFromSpec } from './handlebars-env.js';
import type { GeneratedTheme } from './theme-spec.js';
import type { ThemeInfo } from './types.js';

export interface LoadedTheme {
  info: ThemeInfo;
  backgrounds: GeneratedTheme['backgrounds'];
  css: string;
  page: TemplateDelegate;
  /** Shared partials overlaid with the theme's own, which win on a name clash. */
  partials: Record<string, TemplateDelegate>;
}

/** Every theme found under packages/templates/themes/ when the package was generated. */
export const themes: readonly ThemeInfo[] = generatedThemes.map(({ id, name, description }) => ({
  id,
  name,
  description,
}));

const loaded = new Map<string, LoadedTheme>();

function load(theme: GeneratedTheme): LoadedTheme {
  const partials: Record<string, TemplateDelegate> = {};
  for (const [name, spec] of Object.entries(sharedPartials)) partials[name] = templateFromSpec(spec);
  for (const [name, spec] of Object.entries(theme.partials)) partials[name] = templateFromSpec(spec);
  return {
    info: { id: theme.id, name: theme.name, description: theme.description },
    backgrounds: theme.backgrounds,
    css: theme.css,
    page: templateFromSpec(theme.page),
    partials,
  };
}

/** The theme with this id, ready to render; throws UnknownThemeError otherwise. */
export function loadTheme(id: string): LoadedTheme {
  const cached = loaded.get(id);
  if (cached !== undefined) return cached;
  const theme = generatedThemes.find((t) => t.id === id);
  if (theme === undefined) throw new UnknownThemeError(id);
  const ready = load(theme);
  loaded.set(id, ready);
  return ready;
}

/** A theme's id, name and description; throws UnknownThemeError for an unknown id. */
export function getTheme(id: string): ThemeInfo {
  return { ...loadTheme(id).info };
}
