import { html, nothing, type TemplateResult } from 'lit';
import type { SiteStrings } from '../i18n/en.js';

/** Where the payment stands, as the return page shows it. */
export type ReturnState =
  | { kind: 'waiting' }
  | { kind: 'paid' }
  | { kind: 'publishing' }
  | { kind: 'live'; url: string }
  | { kind: 'open' }
  | { kind: 'expired' };

export interface CheckoutReturnProps {
  s: SiteStrings;
  state: ReturnState;
}

/** `/portfolios/{id}/checkout/return`: paid → publishing → live with the address, or what went wrong. */
export function checkoutReturnPage(p: CheckoutReturnProps): TemplateResult {
  const { s, state } = p;
  const order = ['paid', 'publishing', 'live'] as const;
  const at = order.indexOf(state.kind as (typeof order)[number]);
  const labels = [s.returnPaid, s.returnPublishing, s.returnLive];
  if (state.kind === 'open' || state.kind === 'expired') {
    return html`<h1>${s.returnTitle}</h1>
      <p class="notice" role="status">${state.kind === 'open' ? s.returnOpen : s.returnExpired}</p>
      <p><a class="button" part="button" href="/dashboard">${s.returnBack}</a></p>`;
  }
  return html`
    <h1>${state.kind === 'live' ? s.returnLive : s.returnTitle}</h1>
    ${state.kind === 'waiting' ? html`<p role="status">${s.returnWaiting}</p>` : nothing}
    <ol class="stages" aria-live="polite">
      ${labels.map((label, i) => {
        const cls = i < at || state.kind === 'live' ? 'done' : i === at ? 'current' : '';
        return html`<li class=${cls} aria-current=${cls === 'current' ? 'step' : nothing}>${label}</li>`;
      })}
    </ol>
    ${
      state.kind === 'live'
        ? html`<p class="live"><a href=${state.url} target="_blank" rel="noopener">${state.url}</a></p>`
        : nothing
    }
    <p><a href="/dashboard">${s.returnBack}</a></p>
  `;
}
