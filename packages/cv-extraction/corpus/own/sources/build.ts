// Rebuilds the corpus's own CVs from their sources: every `<name>.html` here is printed to
// `../<name>.pdf` by Chromium, every `<name>.docx.ts` (exporting `document()`, a `docx` Document)
// is packed to `../<name>.docx`. The built files are committed: the bench scores those bytes, so a
// browser or library upgrade cannot silently change the corpus.
// Run: `npx tsx packages/cv-extraction/corpus/own/sources/build.ts [name…]`.
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Packer, type Document } from 'docx';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('..', import.meta.url));
const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);

const pages = readdirSync(here).filter((f) => f.endsWith('.html') && wanted(f.slice(0, -5)));
if (pages.length) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    for (const file of pages) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(here + file).href);
      // The page's own @page rule decides size and margins.
      writeFileSync(
        out + file.replace(/\.html$/, '.pdf'),
        await page.pdf({ preferCSSPageSize: true, printBackground: true }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

for (const file of readdirSync(here).filter((f) => f.endsWith('.docx.ts') && wanted(f.slice(0, -8)))) {
  const source = (await import(pathToFileURL(here + file).href)) as { document: () => Document };
  writeFileSync(out + file.replace(/\.docx\.ts$/, '.docx'), await Packer.toBuffer(source.document()));
}
