import type { EmailTokenStore } from '../adapters/email-token-store.js';
import type { Mailer } from '../adapters/mailer.js';
import { createEmlFileMailer, createSmtpMailer } from '../adapters/nodemailer-mailer.js';
import { createSqlEmailTokenStore } from '../adapters/sql-email-token-store.js';
import { createSqlTenantStore } from '../adapters/sql-tenant-store.js';
import { createSqlUserStore } from '../adapters/sql-user-store.js';
import { AccountMail } from '../services/account-mail.js';
import { verificationGate } from '../services/verification-gate.js';
import type { Infrastructure } from './infrastructure.js';

export interface MailModule {
  mail: AccountMail;
  tokens: EmailTokenStore;
  /** Refuses publishing and paying to an unverified user of a tenant that requires verification. */
  requireVerified: (userId: string) => Promise<void>;
}

/** Email: SMTP when `SMTP_URL` is set, else `.eml` files under `DATA_DIR/mail/`; sent by the mail job. */
export function createMailModule(infra: Infrastructure, options: { mailer?: Mailer } = {}): MailModule {
  const { config, db, logger } = infra;
  const mailer =
    options.mailer ??
    (config.mail.smtpUrl
      ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from })
      : createEmlFileMailer({ dir: config.mail.dir, from: config.mail.from }));
  const tokens = createSqlEmailTokenStore(db);
  const users = createSqlUserStore(db);
  const tenants = createSqlTenantStore(db);
  const mail = new AccountMail({
    queue: infra.queue,
    mailer,
    tokens,
    users,
    tenants,
    siteUrl: config.frontendUrl,
    logger,
  });
  return { mail, tokens, requireVerified: verificationGate({ users, tenants }) };
}
