import type { Knex } from 'knex';
import { createSqlPaymentStore } from '../adapters/sql-payment-store.js';
import type { OwnedReadCache } from '../services/owned-read-cache.js';
import { withPaidChangeNotices } from '../services/paid-change-notices.js';
import { createSqlTenantStore } from '../adapters/sql-tenant-store.js';
import { createStripeGateway } from '../adapters/stripe-gateway.js';
import { type PaymentGateway } from '../adapters/payment-gateway.js';
import type { Config } from '../config.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import type { Logger } from '../logger.js';
import { paymentRoutes } from '../routes/payment-routes.js';
import { PaymentService, type PaymentAnnouncements, type ReconcileReport } from '../services/payment-service.js';
import type { PortfolioPublishing } from '../services/portfolio-publishing.js';

export interface PaymentModule {
  /** createCheckoutSession, getCheckoutSession, listPortfolioPayments, handleStripeWebhook. */
  routes(): OperationHandlers;
  service: PaymentService;
  /** One reconciliation pass (also what the timer runs); safe to call at any time, from any pod. */
  reconcileOpenCheckouts(): Promise<ReconcileReport>;
  /** Starts the reconciliation timer (nothing when payments are off). */
  start(): void;
  /** Stops the timer and waits for a pass in progress. */
  close(): Promise<void>;
}

export interface PaymentModuleDeps {
  db: Knex;
  /** Told when a payment changes whether a portfolio is paid. */
  ownedReads: OwnedReadCache;
  config: Config;
  logger: Logger;
  /** The portfolio side: asked to publish once a payment is recorded, to unpublish after a refund. */
  publishing: PortfolioPublishing;
  /** Receipts and take-down notices; the verification a tenant may require before paying. */
  announce?: PaymentAnnouncements;
  beforeCheckout?: (userId: string) => Promise<void>;
  /** Tests replace Stripe; by default it is built from the configuration. */
  gateway?: PaymentGateway;
  reconcileIntervalMs?: number;
  clock?: () => Date;
}

const RECONCILE_INTERVAL_MS = 10 * 60_000;

/** Stripe Embedded Checkout in front of publishing, wired from the configuration. */
export function createPaymentModule(deps: PaymentModuleDeps): PaymentModule {
  const { config, logger } = deps;
  const stripe = config.stripe;
  const log = logger.child({ component: 'payments' });
  if (!stripe) {
    log.info(
      'payments are off (no STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET): publishing is free',
    );
  } else if (!stripe.priceId) {
    log.warn('STRIPE_PRICE_ID is not set: only users of tenants with their own Stripe price can pay');
  }
  const gateway =
    deps.gateway ??
    (stripe &&
      createStripeGateway({
        secretKey: stripe.secretKey,
        webhookSecret: stripe.webhookSecret,
        apiBaseUrl: stripe.apiBaseUrl,
      }));
  const service = new PaymentService({
    store: withPaidChangeNotices(createSqlPaymentStore(deps.db), deps.ownedReads),
    gateway,
    settings: stripe && {
      publishableKey: stripe.publishableKey,
      defaultPriceId: stripe.priceId,
      frontendUrl: config.frontendUrl,
    },
    tenants: createSqlTenantStore(deps.db, { ...(deps.clock && { clock: deps.clock }) }),
    publishing: deps.publishing,
    ...(deps.announce && { announce: deps.announce }),
    ...(deps.beforeCheckout && { beforeCheckout: deps.beforeCheckout }),
    logger: log,
    ...(deps.clock && { clock: deps.clock }),
  });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const reconcileOpenCheckouts = () => service.reconcileOpenCheckouts(log);

  return {
    routes: () => paymentRoutes({ payments: service }),
    service,
    reconcileOpenCheckouts,
    start() {
      if (!gateway || timer) return;
      timer = setInterval(() => {
        // A slow pass (Stripe timing out) is not overlapped by the next one.
        if (running) return;
        running = reconcileOpenCheckouts()
          .catch((err: unknown) => log.error({ err }, 'checkout reconciliation failed'))
          .finally(() => {
            running = undefined;
          });
      }, deps.reconcileIntervalMs ?? RECONCILE_INTERVAL_MS);
      timer.unref();
    },
    async close() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
