/** A template as `Handlebars.precompile` emits it; only the Handlebars runtime reads it. */
export type TemplateSpec = Readonly<Record<string, unknown>>;

/** One theme folder, as the generate step bundles it into src/generated/themes.ts. */
export interface GeneratedTheme {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The page backgrounds `--accent` text sits on, so a tenant colour is applied only with AA contrast. */
  readonly backgrounds: { readonly light: string; readonly dark: string };
  readonly css: string;
  readonly page: TemplateSpec;
  readonly partials: Readonly<Record<string, TemplateSpec>>;
}
