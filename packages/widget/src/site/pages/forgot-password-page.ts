import { html, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';
import { formField } from './form-field.js';

export interface ForgotPasswordProps {
  s: SiteStrings;
  busy: boolean;
  /** The server's message for the address, shown beside it. */
  fieldErrors: Readonly<Record<string, string>>;
  onSubmit: (email: string) => void;
}

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether or not an account uses
 * the address (the page says so), so nobody learns from it who has an account.
 */
export function forgotPasswordPage(p: ForgotPasswordProps): TemplateResult {
  const { s } = p;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    p.onSubmit(String(data.get('email') ?? '').trim());
  };
  return html`
    <section class="narrow">
      <h1>${s.forgotTitle}</h1>
      <p>${s.forgotText}</p>
      <form @submit=${submit} novalidate>
        ${formField({ name: 'email', label: s.email, type: 'email', autocomplete: 'email', error: p.fieldErrors.email })}
        <p class="actions">
          <button part="button" type="submit" ?disabled=${p.busy}>${s.forgotSubmit}</button>
        </p>
      </form>
      <p><a href="/sign-in">${s.backToSignIn}</a></p>
    </section>
  `;
}
