import type { Theme } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';

export interface LandingProps {
  s: SiteStrings;
  themes: readonly Theme[];
  signedIn: boolean;
}

/** `/`: what the product does in one screen, three designs, and the way in (as a guest straight away). */
export function landingPage(p: LandingProps): TemplateResult {
  const { s } = p;
  return html`
    <section class="hero">
      <h1>${s.heroTitle}</h1>
      <p class="lead">${s.heroText}</p>
      <p class="actions">
        <a class="button" part="button" href="/create">${s.heroCta}</a>
        ${p.signedIn ? nothing : html`<a class="button secondary" href="/sign-in">${s.navSignIn}</a>`}
      </p>
      ${p.signedIn ? nothing : html`<p class="muted">${s.heroNoAccount}</p>`}
    </section>
    <section aria-labelledby="how-title">
      <h2 id="how-title">${s.howTitle}</h2>
      <ol class="how">
        <li>${s.how1}</li>
        <li>${s.how2}</li>
        <li>${s.how3}</li>
      </ol>
    </section>
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">${s.themesTitle}</h2>
      <ul class="cards">
        ${
          p.themes.length
            ? p.themes.slice(0, 3).map(
                (theme) =>
                  html`<li class="card">
                    ${theme.thumbnail_url ? html`<img src=${theme.thumbnail_url} alt="" width="400" height="300" />` : nothing}
                    <h3>${theme.name}</h3>
                    <p class="muted">${theme.description}</p>
                  </li>`,
              )
            : // Until the designs arrive, their places: nothing below moves when they do.
              [0, 1, 2].map(
                () => html`<li class="card placeholder" aria-hidden="true"><span class="thumb"></span></li>`,
              )
        }
      </ul>
    </section>
  `;
}
