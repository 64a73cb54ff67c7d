import type { CdnInvalidator } from './adapters/cdn-invalidator.js';
import type { Mailer } from './adapters/mailer.js';
import type { PasswordHasher } from './adapters/password-hasher.js';
import type { RateLimitOverrides } from './adapters/rate-limiters.js';
import type { Config } from './config.js';
import { registerJobs } from './jobs/register-jobs.js';
import type { Logger } from './logger.js';
import { createAuthModule, type AuthModule } from './modules/auth-module.js';
import { createMailModule, type MailModule } from './modules/mail-module.js';
import { createCvModule, type CvModule } from './modules/cv-module.js';
import { createInfrastructure, type Infrastructure } from './modules/infrastructure.js';
import { createPaymentModule, type PaymentModule } from './modules/payment-module.js';
import { createPortfolioModule, type PortfolioModule } from './modules/portfolio-module.js';
import { createTenantModule, type TenantModule } from './modules/tenant-module.js';
import { paymentAnnouncements } from './services/payment-announcements.js';
import type { PortfolioPublishing } from './services/portfolio-publishing.js';
import type { SiteRenderer } from './services/site-renderer.js';

const HOUSEKEEPING_INTERVAL_MS = 15 * 60_000;

export interface ServiceOptions {
  migrate?: boolean;
  /** Tests lower limits to reach them quickly. */
  rateLimitOverrides?: RateLimitOverrides;
  /** Keeps rate-limit counters apart from other runs sharing Redis (tests). */
  rateLimitNamespace?: string;
  /** The benchmark compares argon2id with a cheap baseline hasher. */
  passwordHasher?: PasswordHasher;
  /** Tests observe CDN invalidations and swap the renderer. */
  cdn?: CdnInvalidator;
  renderer?: SiteRenderer;
  /** Tests observe (and break) what payments ask of the portfolio side. */
  publishing?: PortfolioPublishing;
  /** Tests send through their own mailer. */
  mailer?: Mailer;
}

/** Every area's services over the shared infrastructure: what the API and the worker both run. */
export interface Services {
  infra: Infrastructure;
  email: MailModule;
  auth: AuthModule;
  tenants: TenantModule;
  cvs: CvModule;
  portfolios: PortfolioModule;
  payments: PaymentModule;
  /** Registers every queue's handler and consumes the queues in this process. */
  startJobs(): void;
  /**
   * Periodic work, in every process: the housekeeping sweep is queued as a job (so one worker runs
   * it however many processes schedule it), and a checkout reconciliation pass is safe from any process.
   */
  startSchedules(): void;
  /** Stops the periodic work, the queue (waiting for running jobs) and every connection; idempotent. */
  close(): Promise<void>;
}

/**
 * Configuration becomes objects here, in one order with no references bound after the fact:
 * infrastructure, then accounts, tenants, CVs, portfolios, payments. Where one area reacts to
 * another's lifecycle (deleting a CV takes its portfolios down), it subscribes to `infra.hooks`.
 */
export async function buildServices(config: Config, logger: Logger, options: ServiceOptions = {}): Promise<Services> {
  const infra = await createInfrastructure(config, logger, {
    ...(options.migrate !== undefined && { migrate: options.migrate }),
    ...(options.rateLimitOverrides && { rateLimitOverrides: options.rateLimitOverrides }),
    ...(options.rateLimitNamespace && { rateLimitNamespace: options.rateLimitNamespace }),
  });
  let areas;
  try {
    areas = buildAreas(infra, options);
  } catch (err) {
    await infra.close();
    throw err;
  }
  const { email, auth, tenants, cvs, portfolios, payments } = areas;

  let housekeeping: NodeJS.Timeout | undefined;
  let closed = false;
  return {
    infra,
    email,
    auth,
    tenants,
    cvs,
    portfolios,
    payments,
    startJobs() {
      registerJobs(infra.queue, {
        pipeline: cvs.pipeline,
        extractionConcurrency: config.extraction.concurrency,
        portfolios: portfolios.service,
        cleanup: portfolios.cleanup,
        mail: email.mail,
      });
      infra.queue.start();
    },
    startSchedules() {
      if (housekeeping) return;
      housekeeping = setInterval(() => {
        portfolios.scheduleCleanup().catch((err: unknown) => logger.error({ err }, 'could not schedule the cleanup'));
      }, HOUSEKEEPING_INTERVAL_MS);
      housekeeping.unref();
      payments.start();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(housekeeping);
      portfolios.close();
      await payments.close();
      await infra.close();
      await cvs.close().catch((err: unknown) => logger.warn({ err }, 'closing the PDF reader failed'));
    },
  };
}

function buildAreas(infra: Infrastructure, options: ServiceOptions) {
  const { config, logger } = infra;
  const email = createMailModule(infra, { ...(options.mailer && { mailer: options.mailer }) });
  const auth = createAuthModule(infra, email, {
    ...(options.passwordHasher && { passwordHasher: options.passwordHasher }),
  });
  const tenants = createTenantModule({ db: infra.db, config, logger, invalidations: infra.invalidations });
  const cvs = createCvModule(infra);
  const portfolios = createPortfolioModule(
    infra,
    { tenants: tenants.service, auth: auth.auth, email, cvs: cvs.cvs },
    { ...(options.cdn && { cdn: options.cdn }), ...(options.renderer && { renderer: options.renderer }) },
  );
  const payments = createPaymentModule({
    db: infra.db,
    ownedReads: infra.ownedReads,
    config,
    logger,
    publishing: options.publishing ?? portfolios.service,
    beforeCheckout: email.requireVerified,
    announce: paymentAnnouncements(email.mail, portfolios.service),
  });
  return { email, auth, tenants, cvs, portfolios, payments };
}
