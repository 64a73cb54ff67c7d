import type { User } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/index.js';
import type { SiteStrings } from '../i18n/en.js';
import { LOCALE_NAMES } from '../site-locale.js';
import { formField } from './form-field.js';

export interface AccountProps {
  s: SiteStrings;
  user: User;
  busy: boolean;
  /** The server's messages for the password form's fields. */
  fieldErrors: Readonly<Record<string, string>>;
  onExport: () => void;
  onSignOut: () => void;
  onChangePassword: (values: { current_password: string; new_password: string }) => void;
  onSignOutEverywhere: () => void;
  onDelete: () => void;
  onResendVerification: () => void;
  /** Saves a change of the account's mail settings. */
  onEmailSettings: (patch: { email_notifications?: boolean; locale?: Locale }) => void;
}

/** The address's state, and what the account wants to receive by mail (in which language). */
function emails(p: AccountProps): TemplateResult {
  const { s, user } = p;
  return html`<section aria-labelledby="emails-title">
    <h2 id="emails-title">${s.emailsTitle}</h2>
    ${
      user.email_verified
        ? nothing
        : html`<div class="notice verify-please">
            <p>${s.verifyPleaseAccount}</p>
            <button part="button" type="button" class="secondary" ?disabled=${p.busy} @click=${p.onResendVerification}>
              ${s.sendNewLink}
            </button>
          </div>`
    }
    <label class="check" for="email-notifications">
      <input
        id="email-notifications"
        type="checkbox"
        aria-describedby="email-notifications-note"
        .checked=${user.email_notifications}
        @change=${(e: Event) => p.onEmailSettings({ email_notifications: (e.target as HTMLInputElement).checked })}
      />
      <span>${s.emailNotifications}</span>
    </label>
    <p id="email-notifications-note" class="muted small">${s.emailNotificationsNote}</p>
    <label class="field narrow" for="email-locale"
      >${s.emailLocale}
      <select
        id="email-locale"
        @change=${(e: Event) => p.onEmailSettings({ locale: (e.target as HTMLSelectElement).value as Locale })}
      >
        ${(Object.keys(LOCALE_NAMES) as Locale[]).map(
          (l) => html`<option value=${l} ?selected=${l === user.locale} lang=${l}>${LOCALE_NAMES[l]}</option>`,
        )}
      </select>
    </label>
  </section>`;
}

/** Changing the password, and signing out on every device. */
function security(p: AccountProps): TemplateResult {
  const { s } = p;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    p.onChangePassword({
      current_password: String(data.get('current_password') ?? ''),
      new_password: String(data.get('new_password') ?? ''),
    });
  };
  return html`<section aria-labelledby="password-title">
      <h2 id="password-title">${s.passwordTitle}</h2>
      <form class="narrow" @submit=${submit}>
        ${formField({
          name: 'current_password',
          label: s.currentPassword,
          type: 'password',
          autocomplete: 'current-password',
          error: p.fieldErrors.current_password,
        })}
        ${formField({
          name: 'new_password',
          label: s.newPassword,
          type: 'password',
          autocomplete: 'new-password',
          hint: s.passwordHint,
          error: p.fieldErrors.new_password,
          minLength: 8,
        })}
        <p class="muted small">${s.passwordChangeNote}</p>
        <button part="button" type="submit" ?disabled=${p.busy}>${s.changePassword}</button>
      </form>
    </section>
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">${s.sessionsTitle}</h2>
      <p>${s.sessionsText}</p>
      <button part="button" class="secondary" ?disabled=${p.busy} @click=${p.onSignOutEverywhere}>
        ${s.signOutEverywhere}
      </button>
    </section>`;
}

/** `/account`: who you are, your data to take away, signing out, and deleting everything. */
export function accountPage(p: AccountProps): TemplateResult {
  const { s, user } = p;
  const submitDelete = (event: SubmitEvent) => {
    event.preventDefault();
    p.onDelete();
  };
  return html`
    <h1>${s.accountTitle}</h1>
    ${
      user.is_guest
        ? html`<p class="notice">${s.accountGuest} <a href="/sign-up?next=%2Faccount">${s.navSignUp}</a></p>`
        : html`<dl class="facts">
            <dt>${s.fullName}</dt>
            <dd>${user.full_name}</dd>
            <dt>${s.email}</dt>
            <dd class="email-state">
              <span>${user.email}</span>
              <span class="badge ${user.email_verified ? 'succeeded' : ''}"
                >${user.email_verified ? s.emailVerified : s.emailNotVerified}</span
              >
            </dd>
          </dl>`
    }
    ${
      user.is_guest
        ? nothing
        : html`<p><button part="button" class="secondary" @click=${p.onSignOut}>${s.navSignOut}</button></p>`
    }
    ${user.is_guest ? nothing : emails(p)} ${user.is_guest ? nothing : security(p)}
    <section aria-labelledby="export-title">
      <h2 id="export-title">${s.exportTitle}</h2>
      <p>${s.exportText}</p>
      <button part="button" class="secondary" ?disabled=${p.busy} @click=${p.onExport}>${s.exportButton}</button>
    </section>
    <section aria-labelledby="delete-title" class="danger-zone">
      <h2 id="delete-title">${s.deleteTitle}</h2>
      <p>${s.deleteText}</p>
      <form @submit=${submitDelete}>
        <label class="field" for="confirm-delete"
          >${s.deleteConfirmLabel}
          <input
            id="confirm-delete"
            name="confirm"
            type="text"
            autocomplete="off"
            required
            pattern=${s.deleteConfirmWord}
          />
        </label>
        <p class="actions">
          <button part="button" class="danger" type="submit" ?disabled=${p.busy}>${s.deleteButton}</button>
        </p>
      </form>
    </section>
  `;
}
