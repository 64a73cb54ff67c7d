/**
 * Where Stripe sends the customer after the embedded form, when it has to leave the page at all
 * (bank redirects, 3-D Secure fallbacks). `{CHECKOUT_SESSION_ID}` is Stripe's template literal and
 * must stay unencoded.
 */

export interface CheckoutCaller {
  /** The `Origin` of a request that carried a tenant's publishable key (already checked against the tenant's allowed origins). */
  tenantOrigin: string | undefined;
  /** The `Referer`, which browsers usually cut to the origin for cross-site requests. */
  referer: string | undefined;
}

export interface CheckoutReturn {
  url: string;
  redirectOnCompletion: 'always' | 'if_required';
}

const SESSION_TEMPLATE = '{CHECKOUT_SESSION_ID}';

/**
 * The hosted site: its return page reads the session's state and polls until the portfolio is
 * paid. A tenant's widget: back to the embedding page (its path when the Referer still shows it,
 * else the origin's root), and only when a redirect is unavoidable; card payments finish in place.
 */
export function checkoutReturn(frontendUrl: string, portfolioId: string, caller: CheckoutCaller): CheckoutReturn {
  if (!caller.tenantOrigin) {
    return {
      url: `${frontendUrl}/portfolios/${portfolioId}/checkout/return?session_id=${SESSION_TEMPLATE}`,
      redirectOnCompletion: 'always',
    };
  }
  let page = `${caller.tenantOrigin}/`;
  if (caller.referer) {
    try {
      const referer = new URL(caller.referer);
      if (referer.origin === caller.tenantOrigin) page = `${referer.origin}${referer.pathname}`;
    } catch {
      // An unparsable Referer is ignored; the origin's root is a fine landing page.
    }
  }
  return {
    url: `${page}?r2w_portfolio_id=${portfolioId}&r2w_checkout_session_id=${SESSION_TEMPLATE}`,
    redirectOnCompletion: 'if_required',
  };
}
