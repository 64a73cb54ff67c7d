import { html, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';
import { formField } from './form-field.js';

export interface ResetPasswordProps {
  s: SiteStrings;
  /** `false` once the link is known not to work (absent, expired, used or replaced). */
  linkValid: boolean;
  busy: boolean;
  /** The server's message for the new password, shown beside it. */
  fieldErrors: Readonly<Record<string, string>>;
  onSubmit: (password: string) => void;
}

/** `/reset-password?token=…`: a new password through the mailed link; success signs the person in. */
export function resetPasswordPage(p: ResetPasswordProps): TemplateResult {
  const { s } = p;
  if (!p.linkValid) {
    return html`
      <section class="narrow">
        <h1>${s.resetTitle}</h1>
        <p class="notice link-invalid">${s.linkInvalid}</p>
        <p class="actions"><a class="button" part="button" href="/forgot-password">${s.askNewLink}</a></p>
      </section>
    `;
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    p.onSubmit(String(data.get('password') ?? ''));
  };
  return html`
    <section class="narrow">
      <h1>${s.resetTitle}</h1>
      <form @submit=${submit} novalidate>
        ${formField({
          name: 'password',
          label: s.newPassword,
          type: 'password',
          autocomplete: 'new-password',
          hint: s.passwordHint,
          error: p.fieldErrors.password,
          minLength: 8,
        })}
        <p class="actions">
          <button part="button" type="submit" ?disabled=${p.busy}>${s.resetSubmit}</button>
        </p>
      </form>
    </section>
  `;
}
