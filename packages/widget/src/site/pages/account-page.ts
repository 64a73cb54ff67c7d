import type { User } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';

export interface AccountProps {
  s: SiteStrings;
  user: User;
  busy: boolean;
  onExport: () => void;
  onSignOut: () => void;
  onDelete: () => void;
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
            <dd>${user.email}</dd>
          </dl>`
    }
    ${
      user.is_guest
        ? nothing
        : html`<p><button part="button" class="secondary" @click=${p.onSignOut}>${s.navSignOut}</button></p>`
    }
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
