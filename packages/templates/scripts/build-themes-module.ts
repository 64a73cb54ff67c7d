import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import * as prettier from 'prettier';
import { HELPER_NAMES } from '../src/helpers/register-helpers.js';

// Turns packages/templates/themes/ into one TypeScript module of precompiled templates, so the
// runtime needs no file system, no template compiler and no build-time asset copying.
export const THEMES_DIR = fileURLToPath(new URL('../themes/', import.meta.url));
export const OUTPUT_FILE = fileURLToPath(new URL('../src/generated/themes.ts', import.meta.url));

const SHARED_DIR = '_shared';
const THEME_ID = /^[a-z][a-z0-9-]*$/;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

const PRECOMPILE_OPTIONS = {
  // Missing fields throw instead of rendering blanks: the view has every key, so a typo is a bug.
  strict: true,
  // Templates call only our helpers; an unknown name fails here, at build time.
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((name) => [name, true])),
  knownHelpersOnly: true,
  // Partials are block-level HTML: re-indenting their output costs time and buys nothing.
  preventIndent: true,
} satisfies PrecompileOptions;

type PrecompileOptions = Parameters<typeof Handlebars.precompile>[1];

interface ThemeJson {
  id: string;
  name: string;
  description: string;
  backgrounds: { light: string; dark: string };
}

async function precompileFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const names = entries.filter((name) => name.endsWith('.hbs')).sort();
  const out: string[] = [];
  for (const name of names) {
    const source = await readFile(join(dir, name), 'utf8');
    out.push(`${JSON.stringify(basename(name, '.hbs'))}: ${precompile(source, join(dir, name))}`);
  }
  return out;
}

function precompile(source: string, file: string): string {
  try {
    return String(Handlebars.precompile(source, { ...PRECOMPILE_OPTIONS, srcName: undefined }));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

// Comments and indentation are for the people editing style.css, not for the people loading it.
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function readThemeJson(raw: string, folder: string): ThemeJson {
  const parsed = JSON.parse(raw) as Partial<ThemeJson>;
  const { id, name, description, backgrounds } = parsed;
  if (id !== folder || !THEME_ID.test(id))
    throw new Error(`themes/${folder}/theme.json: "id" must equal the folder name`);
  if (typeof name !== 'string' || typeof description !== 'string') {
    throw new Error(`themes/${folder}/theme.json: "name" and "description" are required strings`);
  }
  if (!HEX_COLOR.test(backgrounds?.light ?? '') || !HEX_COLOR.test(backgrounds?.dark ?? '')) {
    throw new Error(`themes/${folder}/theme.json: "backgrounds" needs "light" and "dark" as #rrggbb`);
  }
  return { id, name, description, backgrounds: backgrounds as ThemeJson['backgrounds'] };
}

/** The complete, formatted source of src/generated/themes.ts. */
export async function buildThemesModule(themesDir = THEMES_DIR): Promise<string> {
  const folders = (await readdir(themesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const baseCss = await readFile(join(themesDir, SHARED_DIR, 'base.css'), 'utf8');
  const themes: string[] = [];
  for (const folder of folders) {
    const dir = join(themesDir, folder);
    const meta = readThemeJson(await readFile(join(dir, 'theme.json'), 'utf8'), folder);
    const page = precompile(
      await readFile(join(dir, 'templates', 'page.hbs'), 'utf8'),
      `themes/${folder}/templates/page.hbs`,
    );
    const css = compactCss(baseCss + '\n' + (await readFile(join(dir, 'style.css'), 'utf8')));
    const partials = await precompileFolder(join(dir, 'partials'));
    themes.push(
      `{ id: ${JSON.stringify(meta.id)}, name: ${JSON.stringify(meta.name)}, description: ${JSON.stringify(meta.description)},` +
        ` backgrounds: ${JSON.stringify(meta.backgrounds)}, css: ${JSON.stringify(css)}, page: ${page},` +
        ` partials: { ${partials.join(', ')} } }`,
    );
  }
  const shared = await precompileFolder(join(themesDir, SHARED_DIR, 'partials'));
  const source = `/* eslint-disable */
// @ts-nocheck -- Handlebars' precompiled output is untyped JavaScript.
/**
 * Generated from packages/templates/themes/ by packages/templates/scripts/generate.ts
 * (Handlebars ${Handlebars.VERSION}, precompiled). Do not edit: change the theme and run
 * \`npm run generate --workspace @resume2website/templates\`.
 */
import type { GeneratedTheme, TemplateSpec } from '../theme-spec.js';

export const sharedPartials: Readonly<Record<string, TemplateSpec>> = { ${shared.join(', ')} };

export const generatedThemes: readonly GeneratedTheme[] = [${themes.join(', ')}];
`;
  const config = (await prettier.resolveConfig(OUTPUT_FILE)) ?? {};
  return prettier.format(source, { ...config, parser: 'typescript' });
}
