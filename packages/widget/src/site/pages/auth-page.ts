import type { components } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/index.js';
import type { SiteStrings } from '../i18n/en.js';
import { formField } from './form-field.js';

type Provider = components['schemas']['OAuthProvider'];

export interface AuthPageProps {
  s: SiteStrings;
  mode: 'sign-in' | 'sign-up';
  next: string | undefined;
  providers: readonly Provider[];
  busy: boolean;
  isGuest: boolean;
  /** The server's message per field (`email`, `password`, `full_name`), shown under that field. */
  fieldErrors: Readonly<Record<string, string>>;
  onSubmit: (values: Record<string, string>) => void;
}

const PROVIDER_NAMES: Record<string, string> = { google: 'Google', linkedin: 'LinkedIn' };

function field(
  p: AuthPageProps,
  name: string,
  label: string,
  type: string,
  autocomplete: string,
  hint?: string,
): TemplateResult {
  const minLength = type === 'password' && p.mode === 'sign-up' ? 8 : undefined;
  return formField({ name, label, type, autocomplete, hint, error: p.fieldErrors[name], minLength });
}

/** `/sign-in` and `/sign-up`: email and password, the server's messages beside the right field. */
export function authPage(p: AuthPageProps): TemplateResult {
  const { s } = p;
  const signUp = p.mode === 'sign-up';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    p.onSubmit(Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  };
  const returnTo = p.next ?? '/dashboard';
  const other = signUp ? '/sign-in' : '/sign-up';
  const otherHref = p.next ? `${other}?next=${encodeURIComponent(p.next)}` : other;
  return html`
    <section class="narrow">
      <h1>${signUp ? s.signUpTitle : s.signInTitle}</h1>
      ${signUp && p.isGuest ? html`<p class="notice">${s.guestKeeps}</p>` : nothing}
      <form @submit=${submit} novalidate>
        ${signUp ? field(p, 'full_name', s.fullName, 'text', 'name') : nothing}
        ${field(p, 'email', s.email, 'email', 'email')}
        ${field(p, 'password', s.password, 'password', signUp ? 'new-password' : 'current-password', signUp ? s.passwordHint : undefined)}
        <p class="actions">
          <button part="button" type="submit" ?disabled=${p.busy}>${signUp ? s.signUpSubmit : s.signInSubmit}</button>
        </p>
      </form>
      ${signUp ? nothing : html`<p><a href="/forgot-password">${s.forgotPasswordLink}</a></p>`}
      ${
        p.providers.length
          ? html`<p class="muted">${s.orContinueWith}</p>
              <p class="actions">
                ${p.providers.map(
                  (provider) =>
                    html`<a
                      class="button secondary"
                      href="/api/v1/auth/oauth/${provider}/start?return_to=${encodeURIComponent(returnTo)}"
                      >${format(s.continueWith, { provider: PROVIDER_NAMES[provider] ?? provider })}</a
                    >`,
                )}
              </p>`
          : nothing
      }
      <p>${signUp ? s.haveAccount : s.noAccount} <a href=${otherHref}>${signUp ? s.navSignIn : s.navSignUp}</a></p>
    </section>
  `;
}
