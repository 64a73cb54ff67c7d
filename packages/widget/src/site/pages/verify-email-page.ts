import { html, nothing, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';

export type VerifyState = 'checking' | 'verified' | 'invalid';

export interface VerifyEmailProps {
  s: SiteStrings;
  state: VerifyState;
  /** Signed in with an account (not a guest): a new link can be sent from here. */
  signedIn: boolean;
  busy: boolean;
  onResend: () => void;
}

function outcome(p: VerifyEmailProps): TemplateResult {
  const { s } = p;
  switch (p.state) {
    case 'checking':
      return html`<p class="muted">${s.verifyChecking}</p>`;
    case 'verified':
      return html`<p class="notice">${s.verifyDone}</p>`;
    case 'invalid':
      return html`<p class="notice link-invalid">${s.linkInvalid}</p>`;
  }
}

/** `/verify-email?token=…`: the mailed link, checked on arrival (no session needed). */
export function verifyEmailPage(p: VerifyEmailProps): TemplateResult {
  const { s } = p;
  return html`
    <section class="narrow">
      <h1>${s.verifyTitle}</h1>
      <div role="status">${outcome(p)}</div>
      ${
        p.state === 'verified'
          ? html`<p class="actions">
              ${
                p.signedIn
                  ? html`<a class="button" part="button" href="/dashboard">${s.navDashboard}</a>`
                  : html`<a class="button" part="button" href="/sign-in">${s.navSignIn}</a>`
              }
            </p>`
          : nothing
      }
      ${
        p.state === 'invalid'
          ? p.signedIn
            ? html`<p class="actions">
                <button part="button" type="button" ?disabled=${p.busy} @click=${p.onResend}>${s.sendNewLink}</button>
              </p>`
            : html`<p>${s.verifySignInForLink} <a href="/sign-in?next=%2Fdashboard">${s.navSignIn}</a></p>`
          : nothing
      }
    </section>
  `;
}
