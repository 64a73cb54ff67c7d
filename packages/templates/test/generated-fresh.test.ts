import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildThemesModule, OUTPUT_FILE } from '../scripts/build-themes-module.js';

describe('src/generated/themes.ts', () => {
  it('matches the theme folders (run `npm run generate --workspace @resume2website/templates` if not)', async () => {
    const expected = await buildThemesModule();
    expect(readFileSync(OUTPUT_FILE, 'utf8') === expected, 'precompiled themes are stale').toBe(true);
  });
});
