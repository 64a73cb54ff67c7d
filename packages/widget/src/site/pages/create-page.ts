import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/index.js';
import type { SiteStrings } from '../i18n/en.js';

export interface CreatePageProps {
  s: SiteStrings;
  locale: string;
  /** The signed-in person's address; a guest has none. */
  email: string | undefined;
  /** Start from this CV (the editor's and the dashboard's links) instead of an upload. */
  cv: string | undefined;
  /** The CV uploaded in this flow, once there is one. */
  uploaded: string | undefined;
  published: boolean;
}

/**
 * `/create`: the widget itself, on the API's own origin, so the whole flow
 * (upload, review, design, preview, pay, publish) is the one career sites embed, not a second copy.
 */
export function createPage(p: CreatePageProps): TemplateResult {
  const { s } = p;
  return html`
    <h1>${s.createTitle}</h1>
    ${p.email ? html`<p class="muted">${format(s.createSignedInAs, { email: p.email })}</p>` : nothing}
    <r2w-widget class="flow" api-base=${location.origin} locale=${p.locale} .cv=${p.cv}></r2w-widget>
    ${
      (p.uploaded ?? p.cv)
        ? html`<p class="muted">${s.createFullEditor} <a href="/cvs/${p.uploaded ?? p.cv}/edit">${s.openEditor}</a></p>`
        : nothing
    }
    ${
      p.published
        ? html`<p class="notice" role="status">${s.createDone} <a href="/dashboard">${s.navDashboard}</a></p>`
        : nothing
    }
  `;
}
