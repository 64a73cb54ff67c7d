/**
 * The hosted site's Content-Security-Policy. The app (Lit) needs no inline script or style and
 * runs under Trusted Types, so the policy allows neither `'unsafe-inline'` nor `'unsafe-eval'`.
 * Stripe's entries (docs/payments.md, docs/widget.md) go only to the pages that pay, and only when
 * payments are on: every other page keeps third-party script out entirely.
 */

const STRIPE_SCRIPTS = ['https://js.stripe.com', 'https://*.js.stripe.com'];
const STRIPE_CONNECT = ['https://api.stripe.com', 'https://checkout.stripe.com', 'https://*.stripe.com'];
const STRIPE_FRAMES = [
  'https://js.stripe.com',
  'https://*.js.stripe.com',
  'https://hooks.stripe.com',
  'https://checkout.stripe.com',
  'https://*.stripe.com',
];
const STRIPE_IMAGES = ['https://*.stripe.com'];
/** Lit's policy, and the one the widget's Stripe step adds Stripe.js's script through. */
const TRUSTED_TYPES = ['lit-html', 'r2w-widget-stripe'];

export interface SitePolicyOptions {
  /** The published sites' origin when it is not this server's (a CDN): previews and sites are framed, their images shown. */
  sitesOrigin: string | undefined;
  /** Payments are on and this page may show the embedded checkout. */
  stripe: boolean;
}

export function sitePolicy(options: SitePolicyOptions): string {
  const sites = options.sitesOrigin ? [options.sitesOrigin] : [];
  const stripe = (entries: string[]) => (options.stripe ? entries : []);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...stripe(STRIPE_SCRIPTS)]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', ...sites, ...stripe(STRIPE_IMAGES)]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...stripe(STRIPE_CONNECT)]],
    ['frame-src', ["'self'", ...sites, ...stripe(STRIPE_FRAMES)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', TRUSTED_TYPES],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
