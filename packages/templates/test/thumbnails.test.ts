import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_THUMBNAIL_SIZE, THEME_THUMBNAILS_DIR, themeThumbnailFileName, themes } from '../src/index.js';

// The thumbnails are made by `npm run thumbnails` (Chromium) and committed; this cheap check needs
// no browser: a theme added without its picture, or a picture left behind, fails here.
describe('theme thumbnails', () => {
  it.each(themes.map((t) => t.id))('%s has a 600×400 PNG of at most 40 KB', (id) => {
    const png = readFileSync(join(THEME_THUMBNAILS_DIR, themeThumbnailFileName(id)));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(THEME_THUMBNAIL_SIZE);
    expect(png.length).toBeLessThanOrEqual(40 * 1024);
  });

  it('has no thumbnail for a theme that does not exist', () => {
    expect(readdirSync(THEME_THUMBNAILS_DIR).sort()).toEqual(themes.map((t) => themeThumbnailFileName(t.id)).sort());
  });
});
