import { html, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';

export function notFoundPage(s: SiteStrings): TemplateResult {
  return html`<h1>${s.notFoundTitle}</h1>
    <p>${s.notFoundText}</p>
    <p><a href="/">${s.goHome}</a></p>`;
}
