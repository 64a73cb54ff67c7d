import { expect } from 'vitest';
import { signWebhook, stripeEvent, type MockSession } from '../../../server/test/support/stripe-mock-server.js';

// Payments on without Stripe: the server talks to the server tests' local Stripe API stub, and the
// browser gets this stand-in for Stripe.js (served for https://js.stripe.com by the tests, since
// nothing may be downloaded). It mounts a "pay" button that calls Embedded Checkout's `onComplete`.

export const WEBHOOK_SECRET = 'whsec_widget_0123456789abcdefghijklmnopqrstu';

export const FAKE_STRIPE_JS = `
window.Stripe = function (publishableKey) {
  window.__stripeKey = publishableKey;
  return {
    createEmbeddedCheckoutPage: async function (options) {
      window.__stripeSecret = await options.fetchClientSecret();
      let button;
      return {
        mount(element) {
          button = document.createElement('button');
          button.id = 'fake-stripe-pay';
          button.textContent = 'Pay (test)';
          button.addEventListener('click', () => options.onComplete && options.onComplete());
          element.append(button);
        },
        destroy() {
          button && button.remove();
        },
      };
    },
  };
};
window.Stripe.version = 'endive';
`;

/** The server's environment for payments against the stub at `stripeUrl`. */
export function stripeEnv(stripeUrl: string): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: 'sk_test_widget_0123456789',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_widget_0123456789',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_PRICE_ID: 'price_site',
    STRIPE_API_BASE_URL: stripeUrl,
  };
}

/** Stripe tells the server: the signed `checkout.session.completed` webhook, as Stripe sends it. */
export async function deliverCompleted(apiUrl: string, session: MockSession): Promise<void> {
  const payload = JSON.stringify(stripeEvent('checkout.session.completed', session));
  const delivered = await fetch(`${apiUrl}/api/v1/payments/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, WEBHOOK_SECRET) },
    body: payload,
  });
  expect(delivered.status).toBe(200);
}
