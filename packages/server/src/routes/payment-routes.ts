import type { components } from '@resume2website/sdk';
import { requireAuth, type ApiContext, type OperationHandlers } from '../http/openapi-dispatcher.js';
import type { CheckoutCaller } from '../services/checkout-return-url.js';
import type { Payment } from '../domain/payment.js';
import type { PaymentService } from '../services/payment-service.js';

type Schemas = components['schemas'];

export function toApiPayment(payment: Payment): Schemas['Payment'] {
  return {
    id: payment.id,
    portfolio_id: payment.portfolioId,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    stripe_checkout_session_id: payment.stripeCheckoutSessionId,
    stripe_payment_intent_id: payment.stripePaymentIntentId,
    created_at: payment.createdAt.toISOString(),
    updated_at: payment.updatedAt.toISOString(),
  };
}

/** Who is asking for a checkout: a tenant's page (verified origin) or the hosted site. */
function checkoutCaller(ctx: ApiContext): CheckoutCaller {
  const origin = ctx.get('origin');
  let tenantOrigin: string | undefined;
  if (ctx.state.tenant && origin) {
    try {
      tenantOrigin = new URL(origin).origin;
    } catch {
      tenantOrigin = undefined;
    }
  }
  return { tenantOrigin, referer: ctx.get('referer') || undefined };
}

export function paymentRoutes(deps: { payments: PaymentService }): OperationHandlers {
  const { payments } = deps;
  return {
    async createCheckoutSession(ctx, { params }) {
      const started = await payments.startCheckout(
        requireAuth(ctx),
        params.portfolio_id,
        checkoutCaller(ctx),
        ctx.state.log,
        ctx.state.requestKey,
      );
      const body: Schemas['CheckoutSessionCreated'] = {
        checkout_session_id: started.sessionId,
        client_secret: started.clientSecret,
        publishable_key: started.publishableKey,
      };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
    async getCheckoutSession(ctx, { params }) {
      const state = await payments.checkoutState(
        requireAuth(ctx),
        params.portfolio_id,
        params.session_id,
        ctx.state.log,
      );
      const body: Schemas['CheckoutSessionState'] = {
        checkout_session_id: state.session.id,
        status: state.session.status,
        payment_status: state.session.paymentStatus,
        portfolio_paid: state.portfolioPaid,
      };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
    async listPortfolioPayments(ctx, { params }) {
      const items = await payments.listPayments(requireAuth(ctx), params.portfolio_id);
      const body: Schemas['PaymentList'] = { items: items.map(toApiPayment) };
      ctx.set('Cache-Control', 'private, no-cache');
      ctx.body = body;
    },
    async handleStripeWebhook(ctx) {
      await payments.receiveWebhook(ctx.state.rawBody, ctx.get('stripe-signature'), ctx.state.log);
      const body: Schemas['WebhookAck'] = { received: true };
      ctx.body = body;
    },
  };
}
