import { Stripe } from 'stripe';
import {
  PaymentProviderError,
  PaymentProviderUnavailableError,
  STRIPE_IDEMPOTENCY_ERROR,
  WebhookSignatureError,
} from '../domain/errors.js';
import type {
  CheckoutPaymentStatus,
  CheckoutSessionSnapshot,
  CheckoutSessionStatus,
  PaymentEvent,
  PaymentGateway,
} from './payment-gateway.js';

/**
 * Stripe, behind the few calls payments need. The only module that imports the SDK: everything
 * else sees our own shapes (`CheckoutSessionSnapshot`, `PaymentEvent`), so the API version pinned
 * here is the one place that decides how Stripe's objects are read.
 */

// Pinned so an account-level upgrade in the dashboard cannot change what the SDK sends or gets
// back. This version names the embedded form `embedded_page` (older versions: `embedded`).
export const STRIPE_API_VERSION = '2026-10-28.endive' satisfies Stripe.LatestApiVersion;
const EMBEDDED_UI_MODE = 'embedded_page';
const REQUEST_TIMEOUT_MS = 20_000;
// Retries reuse the request's Idempotency-Key, so a retried create never makes a second session.
const MAX_NETWORK_RETRIES = 2;

export interface StripeGatewayOptions {
  secretKey: string;
  webhookSecret: string;
  /** Another host for the API (a mock in tests, a proxy); Stripe's own when unset. */
  apiBaseUrl?: string | undefined;
}

/** `http://127.0.0.1:12111` → the constructor's host/port/protocol options. */
export function stripeHostOptions(
  apiBaseUrl: string | undefined,
): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBaseUrl) return {};
  const url = new URL(apiBaseUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}

function toSnapshot(session: Stripe.Checkout.Session): CheckoutSessionSnapshot {
  const { client_secret: _secret, ...withoutSecret } = session;
  return {
    id: session.id,
    // `null` appears only for sessions of other UI modes before they start; treat as open.
    status: (session.status ?? 'open') as CheckoutSessionStatus,
    paymentStatus: session.payment_status as CheckoutPaymentStatus,
    amountTotal: session.amount_total,
    currency: session.currency,
    paymentIntentId: idOf(session.payment_intent),
    clientReferenceId: session.client_reference_id,
    metadata: { ...(session.metadata ?? {}) },
    raw: withoutSecret,
  };
}

/** Events are stored; a session's client secret has no business in the database. */
function withoutClientSecret(event: Stripe.Event): unknown {
  const object = event.data.object as unknown as Record<string, unknown>;
  if (!('client_secret' in object)) return event;
  const { client_secret: _secret, ...rest } = object;
  return { ...event, data: { ...event.data, object: rest } };
}

const CHECKOUT_EVENT_TYPES = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  if (CHECKOUT_EVENT_TYPES.has(event.type)) {
    return {
      kind: 'checkout',
      id: event.id,
      type: event.type as Extract<PaymentEvent, { kind: 'checkout' }>['type'],
      session: toSnapshot(event.data.object as Stripe.Checkout.Session),
    };
  }
  if (event.type === 'charge.refunded') {
    const charge = event.data.object as Stripe.Charge;
    return {
      kind: 'refund',
      id: event.id,
      type: 'charge.refunded',
      paymentIntentId: idOf(charge.payment_intent),
      fullyRefunded: charge.refunded === true,
    };
  }
  return { kind: 'other', id: event.id, type: event.type };
}

function translateError(err: unknown, action: string): Error {
  if (err instanceof Stripe.errors.StripeError) {
    const status = err.statusCode;
    // Stripe keeps a request's result under its Idempotency-Key, errors included, and marks a repeat.
    const replayed = err.headers?.['idempotent-replayed'] === 'true';
    if (
      err instanceof Stripe.errors.StripeConnectionError ||
      err instanceof Stripe.errors.StripeAPIError ||
      err instanceof Stripe.errors.StripeRateLimitError ||
      (status !== undefined && status >= 500)
    ) {
      return new PaymentProviderUnavailableError(`Stripe is unavailable (${action}): ${err.message}`, {
        cause: err,
        replayed,
      });
    }
    const code = err instanceof Stripe.errors.StripeIdempotencyError ? STRIPE_IDEMPOTENCY_ERROR : err.code;
    return new PaymentProviderError(`Stripe refused to ${action}: ${err.message}`, code, status, replayed);
  }
  return err instanceof Error ? err : new Error(String(err));
}

export function createStripeGateway(options: StripeGatewayOptions): PaymentGateway {
  const stripe = new Stripe(options.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: MAX_NETWORK_RETRIES,
    timeout: REQUEST_TIMEOUT_MS,
    telemetry: false,
    ...stripeHostOptions(options.apiBaseUrl),
  });

  return {
    async createCheckoutSession(request) {
      const params: Stripe.Checkout.SessionCreateParams = {
        ui_mode: EMBEDDED_UI_MODE,
        mode: 'payment',
        line_items: [{ price: request.priceId, quantity: 1 }],
        client_reference_id: request.portfolioId,
        metadata: request.metadata,
        // So the payment, and the refunds made of it in the dashboard, name the portfolio too.
        payment_intent_data: { metadata: request.metadata },
        return_url: request.returnUrl,
        ...(request.redirectOnCompletion !== 'always' && { redirect_on_completion: request.redirectOnCompletion }),
        ...(request.branding && {
          branding_settings: {
            ...(request.branding.displayName && { display_name: request.branding.displayName }),
            ...(request.branding.buttonColor && { button_color: request.branding.buttonColor }),
          },
        }),
      };
      let session: Stripe.Checkout.Session;
      try {
        session = await stripe.checkout.sessions.create(params, { idempotencyKey: request.idempotencyKey });
      } catch (err) {
        throw translateError(err, 'create a checkout session');
      }
      if (!session.client_secret)
        throw new PaymentProviderError('Stripe returned no client secret', undefined, undefined);
      return { session: toSnapshot(session), clientSecret: session.client_secret };
    },

    async retrieveCheckoutSession(sessionId) {
      try {
        return toSnapshot(await stripe.checkout.sessions.retrieve(sessionId));
      } catch (err) {
        throw translateError(err, 'read a checkout session');
      }
    },

    async retrievePrice(priceId) {
      try {
        // For display only: a page waits on it, so fail fast rather than retry for a minute.
        const price = await stripe.prices.retrieve(priceId, {}, { timeout: 2_000, maxNetworkRetries: 0 });
        return price.unit_amount === null ? null : { amount: price.unit_amount, currency: price.currency };
      } catch (err) {
        throw translateError(err, 'read a price');
      }
    },

    verifyWebhook(rawBody, signature) {
      let event: Stripe.Event;
      try {
        // Over the bytes as received: re-serialised JSON (other spacing, key order) does not verify.
        event = stripe.webhooks.constructEvent(rawBody, signature, options.webhookSecret);
      } catch (err) {
        throw new WebhookSignatureError(err instanceof Error ? err.message : String(err));
      }
      return { event: toPaymentEvent(event), payload: withoutClientSecret(event) };
    },

    interpretStoredEvent(payload) {
      return toPaymentEvent(payload as Stripe.Event);
    },

    syntheticSessionEvent(id, type, session) {
      const payload = { id, object: 'event', type, data: { object: session.raw }, synthetic: true };
      return { event: { kind: 'checkout', id, type, session }, payload };
    },
  };
}
