import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { CvData } from '@resume2website/sdk';
import {
  renderSite,
  THEME_THUMBNAIL_SIZE,
  THEME_THUMBNAILS_DIR,
  themeThumbnailFileName,
  themes,
} from '../src/index.js';
import { encodePalettePng } from './palette-png.js';

// `npm run thumbnails`: renders each theme with the sample CV the benchmarks use, loads it in the
// system Chromium (never a downloaded browser) at 1200×800 CSS pixels, and writes a 600×400 PNG per
// theme to thumbnails/, which is committed. Separate from `npm run generate` so that its `--check`
// needs no browser; test/thumbnails.test.ts checks that every theme has one.
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://thumbnail.invalid';
const VIEWPORT = { width: 1200, height: 800 };

const cv = JSON.parse(
  readFileSync(new URL('../../server/test/fixtures/cv/full-en.json', import.meta.url), 'utf8'),
) as CvData;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  await mkdir(THEME_THUMBNAILS_DIR, { recursive: true });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: THEME_THUMBNAIL_SIZE.width / VIEWPORT.width,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  // Chromium decodes its own screenshot: the RGBA pixels, for the palette encoder.
  const decoder = await context.newPage();
  const pixelsOf = async (png: Buffer): Promise<Uint8Array> =>
    Uint8Array.from(
      await decoder.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        return Array.from(g.getImageData(0, 0, canvas.width, canvas.height).data);
      }, png.toString('base64')),
    );
  for (const theme of themes) {
    const { files } = renderSite(cv, { theme: theme.id, mode: 'published', baseUrl: `${ORIGIN}/` });
    const page = await context.newPage();
    // The rendered files answer from memory; anything else (a remote image) is refused, so the
    // picture never depends on the network.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file =
        url.origin === ORIGIN
          ? files.find((f) => `/${f.path}` === (url.pathname === '/' ? '/index.html' : url.pathname))
          : undefined;
      return file
        ? route.fulfill({ status: 200, contentType: file.contentType, body: Buffer.from(file.body) })
        : route.abort();
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const screenshot = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
    const png = encodePalettePng(await pixelsOf(screenshot), THEME_THUMBNAIL_SIZE.width, THEME_THUMBNAIL_SIZE.height);
    const out = join(THEME_THUMBNAILS_DIR, themeThumbnailFileName(theme.id));
    await writeFile(out, png);
    process.stdout.write(`wrote ${out} (${png.length} bytes)\n`);
    await page.close();
  }
} finally {
  await browser.close();
}
