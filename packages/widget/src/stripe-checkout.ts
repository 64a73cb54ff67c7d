// Stripe.js's "pure" entry injects its script only when `loadStripe` is called, never on import.
import { loadStripe, type ReleaseTrain } from '@stripe/stripe-js/dist/pure.mjs';

/** The Stripe.js build @stripe/stripe-js expects (its type fails to compile when the package moves on). */
const RELEASE_TRAIN: ReleaseTrain = 'endive';
const STRIPE_JS_URL = `https://js.stripe.com/${RELEASE_TRAIN}/stripe.js`;

/** A mounted Stripe Embedded Checkout; `destroy()` unmounts it. */
export interface MountedCheckout {
  destroy(): void;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/**
 * Adds Stripe.js's `<script>` ourselves, so a page that enforces Trusted Types (which refuses the
 * plain string `script.src` Stripe's loader assigns) still works: the URL goes through a policy that
 * allows Stripe's one address only. The page's CSP must allow `https://js.stripe.com` in script-src
 * and frame-src; a `litNonce` is passed on for nonce-based policies.
 */
async function addStripeScript(): Promise<void> {
  const w = window as Window & { Stripe?: unknown; trustedTypes?: TrustedTypesLike; litNonce?: string };
  if (w.Stripe || document.querySelector(`script[src="${STRIPE_JS_URL}"]`)) return;
  const script = document.createElement('script');
  const policy = w.trustedTypes?.createPolicy('r2w-widget-stripe', {
    createScriptURL: (url) => {
      if (url !== STRIPE_JS_URL) throw new TypeError(`Refusing to load ${url}`);
      return url;
    },
  });
  // A TrustedScriptURL where Trusted Types exist, the plain string elsewhere.
  script.src = (policy ? policy.createScriptURL(STRIPE_JS_URL) : STRIPE_JS_URL) as string;
  if (w.litNonce) script.nonce = w.litNonce;
  await new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('Stripe.js could not be loaded.')));
    document.head.append(script);
  });
}

/**
 * Mounts Stripe Embedded Checkout for one client secret. This module (and Stripe.js with it) is
 * imported dynamically at the pay step only, so it is a separate chunk and never in the first load.
 */
export async function mountCheckout(options: {
  publishableKey: string;
  clientSecret: string;
  element: HTMLElement;
  onComplete: () => void;
}): Promise<MountedCheckout> {
  await addStripeScript();
  const stripe = await loadStripe(options.publishableKey);
  if (!stripe) throw new Error('Stripe.js could not be loaded.');
  const checkout = await stripe.createEmbeddedCheckoutPage({
    fetchClientSecret: () => Promise.resolve(options.clientSecret),
    onComplete: options.onComplete,
  });
  checkout.mount(options.element);
  return { destroy: () => checkout.destroy() };
}
