import { describe, expect, it } from 'vitest';
import { getTheme, renderSite, RenderOptionsError, themes, UnknownThemeError } from '../src/index.js';
import { loadFixture } from './support/fixtures.js';
import { cssOf, htmlOf } from './support/html.js';
import { samplePhotoPng } from './support/png.js';

const cv = loadFixture('full-en');
const photo = { path: 'photo.png', contentType: 'image/png', body: samplePhotoPng(8) };

describe('themes and options', () => {
  it('lists at least classic, modern and minimal', () => {
    expect(themes.map((t) => t.id)).toEqual(expect.arrayContaining(['classic', 'modern', 'minimal']));
    for (const theme of themes) expect(getTheme(theme.id)).toEqual(theme);
  });

  it('refuses an unknown theme', () => {
    expect(() => getTheme('nope')).toThrow(UnknownThemeError);
    expect(() => renderSite(cv, { theme: '__proto__', mode: 'preview' })).toThrow(UnknownThemeError);
  });

  it('returns index.html, one content-hashed stylesheet and the photo', () => {
    const site = renderSite(cv, { theme: 'classic', mode: 'published', photo });
    expect(site.files.map((f) => f.path)).toEqual([
      'index.html',
      expect.stringMatching(/^style\.[0-9a-f]{8}\.css$/),
      'photo.png',
    ]);
    const css = site.files[1];
    expect(htmlOf(site)).toContain(`<link rel="stylesheet" href="${css?.path}">`);
    expect(htmlOf(site)).toContain('<img class="photo" src="photo.png" alt="Photo of Daniel Okafor"');
    expect(site.files[2]?.body).toBe(photo.body);
  });

  it('refuses a photo path that could leave the site folder, and bad base URLs', () => {
    for (const path of ['../x.png', '/abs.png', 'a//b.png', 'index.html', 'x.png?y', 'https://e.example/p.png']) {
      expect(() => renderSite(cv, { theme: 'classic', mode: 'preview', photo: { ...photo, path } })).toThrow(
        RenderOptionsError,
      );
    }
    expect(() =>
      renderSite(cv, { theme: 'classic', mode: 'preview', photo: { ...photo, contentType: 'text/html' } }),
    ).toThrow(RenderOptionsError);
    expect(() => renderSite(cv, { theme: 'classic', mode: 'published', baseUrl: 'javascript:alert(1)' })).toThrow(
      RenderOptionsError,
    );
  });

  it('never renders the CV photo URL itself (a third-party request)', () => {
    expect(htmlOf(renderSite(cv, { theme: 'modern', mode: 'published' }))).not.toContain('danielokafor.dev/img');
  });
});

describe('SEO', () => {
  it('gives published pages a title, description, canonical, Open Graph, Twitter and JSON-LD', () => {
    const html = htmlOf(
      renderSite(cv, { theme: 'classic', mode: 'published', baseUrl: 'https://sites.example/daniel', photo }),
    );
    expect(html).toContain('<title>Daniel Okafor – Staff Data Engineer</title>');
    expect(html).toContain('<meta name="description" content="Reliable data platforms for teams that ship every day">');
    expect(html).toContain('<link rel="canonical" href="https://sites.example/daniel/">');
    expect(html).toContain('<meta property="og:image" content="https://sites.example/daniel/photo.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).not.toContain('noindex');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const person = JSON.parse(json ?? '') as Record<string, unknown>;
    expect(person).toMatchObject({ '@type': 'Person', name: 'Daniel Okafor', url: 'https://sites.example/daniel/' });
    expect(person['sameAs']).toContain('https://github.com/dokafor');
  });

  it('keeps the title at most 70 characters, cut at a word', () => {
    const long = {
      hero: {
        fullName: 'Maria de los Angeles Fernandez',
        professionalTitle: 'Principal Site Reliability Engineer and Platform Lead',
      },
    };
    const html = htmlOf(renderSite(long as never, { theme: 'classic', mode: 'preview' }));
    const title = /<title>(.*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toBe('Maria de los Angeles Fernandez – Principal Site Reliability Engineer…');
    expect(title.length).toBeLessThanOrEqual(70);
  });

  it('marks previews noindex, without canonical or JSON-LD', () => {
    const html = htmlOf(renderSite(cv, { theme: 'modern', mode: 'preview', baseUrl: 'https://sites.example/daniel/' }));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('application/ld+json');
    expect(html).not.toContain('og:');
  });

  it('escapes JSON-LD so CV text cannot close the script element', () => {
    const evil = { hero: { fullName: '</script><script>alert(1)</script>\u2028&' } };
    const html = htmlOf(
      renderSite(evil as never, { theme: 'minimal', mode: 'published', baseUrl: 'https://s.example/' }),
    );
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect((JSON.parse(json) as { name: string }).name).toBe('</script><script>alert(1)</script>\u2028&');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('branding', () => {
  it('puts valid tenant colours in the stylesheet, never inline', () => {
    const site = renderSite(cv, {
      theme: 'classic',
      mode: 'published',
      branding: { display_name: 'Acme Careers', logo_url: null, primary_color: '#0B5394', accent_color: '#FF8800' },
    });
    const css = cssOf(site);
    expect(css).toContain('--accent:#0b5394');
    expect(css).toContain('--decor:#ff8800');
    expect(htmlOf(site)).not.toMatch(/style=/);
    expect(htmlOf(site)).toContain('Published with Acme Careers');
    const plain = renderSite(cv, { theme: 'classic', mode: 'published' });
    expect(site.files[1]?.path).not.toBe(plain.files[1]?.path); // a different file for different CSS
  });

  it('ignores malformed colours and colours without AA contrast', () => {
    const css = cssOf(
      renderSite(cv, {
        theme: 'modern',
        mode: 'preview',
        branding: {
          display_name: null,
          logo_url: null,
          primary_color: '#ffff00',
          accent_color: 'red;}body{display:none',
        },
      }),
    );
    // Yellow fails AA on the light background but passes on the dark one.
    expect(css).not.toMatch(/prefers-color-scheme: light\)\{:root\{--accent:#ffff00/);
    expect(css).toContain('@media screen and (prefers-color-scheme: dark){:root{--accent:#ffff00}}');
    expect(css).not.toContain('display:none');
  });
});
