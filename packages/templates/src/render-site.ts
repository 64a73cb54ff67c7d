import type { CvData } from '@resume2website/sdk';
import { buildStylesheet } from './css/stylesheet.js';
import { RenderOptionsError } from './errors.js';
import { resolveLocale, textDirection } from './i18n/resolve-locale.js';
import { checkPhoto, photoAlt } from './photo.js';
import { normalizeBaseUrl, pageDescription, pageTitle } from './seo/page-meta.js';
import { personJsonLd } from './seo/person-json-ld.js';
import { loadTheme } from './theme-registry.js';
import type { RenderedSite, RenderOptions } from './types.js';
import { buildCvView } from './view/build-cv-view.js';
import type { PageView } from './view/types.js';

/**
 * Renders a CV into a static site: index.html, one content-hashed stylesheet and the photo if any.
 * Pure: the same document and options always give the same files; nothing is read or written.
 * Every CV string is treated as hostile: it is only ever HTML-escaped into precompiled templates.
 */
export function renderSite(cv: CvData, options: RenderOptions): RenderedSite {
  const theme = loadTheme(options.theme);
  if (options.mode !== 'preview' && options.mode !== 'published') {
    throw new RenderOptionsError(`mode must be "preview" or "published"`);
  }
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  if (options.baseUrl !== undefined && baseUrl === null) {
    throw new RenderOptionsError('baseUrl must be an absolute http(s) URL');
  }
  const photo = options.photo === undefined ? null : checkPhoto(options.photo);
  const published = options.mode === 'published';

  const view = buildCvView(cv);
  const locale = resolveLocale(options.locale, view.language);
  const stylesheet = buildStylesheet(theme.info.id, theme.css, theme.backgrounds, options.branding);
  const pageUrl = published ? baseUrl : null;
  const imageUrl = pageUrl !== null && photo !== null ? new URL(photo.path, pageUrl).href : null;
  const brandName = options.branding?.display_name?.trim() || null;

  const page: PageView = {
    site: {
      lang: locale,
      dir: textDirection(locale),
      published,
      name: view.hero?.fullName ?? pageTitle(view),
      title: pageTitle(view),
      description: pageDescription(view),
      canonicalUrl: pageUrl,
      imageUrl,
      cssHref: stylesheet.path,
      photo: photo === null ? null : { src: photo.path, alt: photoAlt(view, locale) },
      brandName,
      jsonLd: published ? personJsonLd(view, pageUrl, imageUrl) : null,
    },
    cv: view,
  };

  const html = theme.page(page, { data: { locale }, partials: theme.partials });
  const files: RenderedSite['files'] = [
    { path: 'index.html', contentType: 'text/html; charset=utf-8', body: html },
    { path: stylesheet.path, contentType: 'text/css; charset=utf-8', body: stylesheet.css },
  ];
  if (photo !== null) files.push({ path: photo.path, contentType: photo.contentType, body: photo.body });
  return { files };
}
