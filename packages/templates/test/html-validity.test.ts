import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderSite, themes } from '../src/index.js';
import { FIXTURE_NAMES, loadFixture } from './support/fixtures.js';
import { htmlOf } from './support/html.js';
import { samplePhotoPng } from './support/png.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // long-title counts the title's characters before entities are decoded, so an escaped "<" weighs
    // four; pageTitle already cuts the real text at 70 characters (asserted in seo-and-options).
    'long-title': 'off',
  },
});

describe.each(themes.map((t) => t.id))('theme %s is valid HTML', (theme) => {
  for (const fixture of FIXTURE_NAMES) {
    for (const mode of ['preview', 'published'] as const) {
      it(`${fixture}, ${mode}`, async () => {
        const html = htmlOf(
          renderSite(loadFixture(fixture), {
            theme,
            mode,
            baseUrl: 'https://sites.example/someone/',
            photo: { path: 'photo.png', contentType: 'image/png', body: samplePhotoPng(8) },
            branding: { display_name: 'Acme', logo_url: null, primary_color: '#0b5394', accent_color: '#ff8800' },
          }),
        );
        const report = await validator.validateString(html);
        const messages = report.results.flatMap((r) =>
          r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
        );
        expect(messages).toEqual([]);
      });
    }
  }
});
