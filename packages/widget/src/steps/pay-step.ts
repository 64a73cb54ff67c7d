import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export interface PayStepProps {
  strings: Strings;
  paid: boolean;
  onBack: () => void;
}

/** Step 6 (payments on): the host element Stripe's embedded checkout is mounted into. */
export function payStep(p: PayStepProps): TemplateResult {
  const s = p.strings;
  return html`
    <h2>${s.payTitle}</h2>
    ${
      p.paid
        ? html`<p role="status">${s.paid}</p>`
        : html`<div id="checkout" class="checkout"></div>
            <div class="actions">
              <button part="button" class="secondary" @click=${p.onBack}>${s.back}</button>
            </div>`
    }
    ${p.paid ? html`<progress aria-label=${s.publishing}></progress>` : nothing}
  `;
}
