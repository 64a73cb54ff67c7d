import type { EmailTokenPurpose, EmailTokenStore } from '../adapters/email-token-store.js';
import type { JobQueue } from '../adapters/job-queue.js';
import type { Mailer } from '../adapters/mailer.js';
import type { TenantStore } from '../adapters/tenant-store.js';
import type { UserStore } from '../adapters/user-store.js';
import { hashSecret, newSecretToken } from '../domain/ids.js';
import type { User } from '../domain/user.js';
import type { Logger } from '../logger.js';
import { PermanentJobError } from '../domain/errors.js';
import { renderMail, type MailBrand, type MailMessage } from '../mail/mail-messages.js';

export const MAIL_QUEUE = 'mail';
/** Job names on the mail queue. */
export const SEND_MAIL = 'send-mail';
export const PASSWORD_RESET_REQUEST = 'password-reset-request';

const RESET_LINK_MS = 30 * 60_000;
const VERIFY_LINK_MS = 7 * 24 * 3_600_000;
/** A mail server that is down for a while: 1 + 5 tries over about a minute, then the job fails. */
const SEND_ATTEMPTS = 6;
const PRODUCT_BRAND = 'RESUME2WEBSITE';

/** A message as it travels through the queue: JSON, so its dates are ISO strings. */
type Queued<M> = { [K in keyof M]: M[K] extends Date ? string : M[K] };
export type QueuedMessage = MailMessage extends infer M ? (M extends MailMessage ? Queued<M> : never) : never;

/** What a queued job asks for. Links are made when the message is sent: no token ever sits in the queue. */
export type SendMailPayload =
  | { userId: string; link: 'verify-email' }
  | {
      userId: string;
      message: QueuedMessage;
      /** Security messages go whatever the account's notification setting says. */
      security: boolean;
    };

export interface AccountMailDeps {
  queue: JobQueue;
  mailer: Mailer;
  tokens: EmailTokenStore;
  users: UserStore;
  tenants: TenantStore;
  /** The hosted site, where the links lead. */
  siteUrl: string;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Everything the product mails to people. Requests only queue messages (a mail server that is slow
 * or down never fails or slows the request that caused one); the mail job renders each in the
 * account's language, with its tenant's name and colours, and sends it, retrying with backoff.
 */
export class AccountMail {
  private readonly clock: () => Date;

  constructor(private readonly deps: AccountMailDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Where "it was not you? reset your password" leads. */
  get forgotPasswordUrl(): string {
    return `${this.deps.siteUrl}/forgot-password`;
  }

  /** "Your website is live", receipts, take-downs: only to accounts that want them. */
  notify(userId: string, message: MailMessage): Promise<void> {
    return this.enqueue({ userId, message: toQueued(message), security: false });
  }

  /** Password changed and the like: always sent. */
  security(userId: string, message: MailMessage): Promise<void> {
    return this.enqueue({ userId, message: toQueued(message), security: true });
  }

  /** A verification link to the account's address (older links stop working once it is sent). */
  async sendVerification(user: User): Promise<void> {
    if (!user.email || user.isGuest || user.emailVerified) return;
    await this.enqueue({ userId: user.id, link: 'verify-email' });
  }

  /**
   * Queues the reset request as it came, whoever it names: the request does the same work for an
   * address with an account and one without, so neither its answer nor its timing tells them apart.
   */
  requestPasswordReset(email: string): Promise<void> {
    return this.enqueueJob(PASSWORD_RESET_REQUEST, { email });
  }

  /** The mail job, for a reset request: a link when an account has the address, else nothing. */
  async handlePasswordResetRequest(email: string): Promise<void> {
    const user = await this.deps.users.findByEmail(email);
    if (!user?.email || user.isGuest) return;
    const url = await this.link(user, 'password-reset', RESET_LINK_MS);
    await this.send(user, { kind: 'password-reset', url, expiresInMinutes: RESET_LINK_MS / 60_000 });
  }

  /** The mail job, for a message: rendered for the account as it is now, and sent. */
  async deliver(payload: SendMailPayload): Promise<void> {
    const user = await this.deps.users.findById(payload.userId);
    // The account is gone or has no address: nothing to send.
    if (!user?.email) return;
    if ('link' in payload) {
      if (user.emailVerified) return; // verified meanwhile (another link, a reset)
      const url = await this.link(user, 'verify-email', VERIFY_LINK_MS);
      return this.send(user, { kind: 'verify-email', url, expiresInDays: VERIFY_LINK_MS / 86_400_000 });
    }
    if (!payload.security && !user.emailNotifications) return;
    await this.send(user, fromQueued(payload.message));
  }

  /** Unused reset links stop working (after a password change, say). */
  forgetResetLinks(userId: string): Promise<void> {
    return this.deps.tokens.deleteFor(userId, 'password-reset');
  }

  private async send(user: User, message: MailMessage): Promise<void> {
    const rendered = renderMail(message, {
      locale: user.locale,
      brand: await this.brandOf(user),
      // Links to an address nobody has proven yet carry no text the registrant chose: their
      // "name" could be a phishing line sent from our domain to someone else's inbox.
      recipientName: message.kind === 'verify-email' || message.kind === 'password-reset' ? null : user.fullName,
    });
    try {
      const sent = await this.deps.mailer.send({ to: user.email!, ...rendered });
      this.deps.logger.info(
        { user_id: user.id, kind: message.kind, message_id: sent.messageId, ...(sent.file && { file: sent.file }) },
        sent.file ? `mail written to ${sent.file}` : 'mail sent',
      );
    } catch (err) {
      // 5xx: the server will never take this message (a bad address, say); retrying only repeats it.
      const code = (err as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500 && code < 600) {
        throw new PermanentJobError(`the mail server refused the message (${code})`, { cause: err });
      }
      throw err;
    }
  }

  private async link(user: User, purpose: EmailTokenPurpose, lifetimeMs: number): Promise<string> {
    const token = newSecretToken();
    const now = this.clock();
    await this.deps.tokens.replace({
      tokenHash: hashSecret(token),
      userId: user.id,
      purpose,
      email: user.email!,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    });
    const page = purpose === 'password-reset' ? 'reset-password' : 'verify-email';
    return `${this.deps.siteUrl}/${page}?token=${encodeURIComponent(token)}`;
  }

  private async brandOf(user: User): Promise<MailBrand> {
    const tenant = user.tenantId ? await this.deps.tenants.findById(user.tenantId) : undefined;
    if (!tenant) return { name: PRODUCT_BRAND, primaryColor: null, logoUrl: null };
    return {
      name: tenant.branding.displayName ?? tenant.name,
      primaryColor: tenant.branding.primaryColor,
      logoUrl: tenant.branding.logoUrl,
    };
  }

  private enqueue(payload: SendMailPayload): Promise<void> {
    return this.enqueueJob(SEND_MAIL, payload as unknown as Record<string, unknown>);
  }

  private async enqueueJob(name: string, payload: Record<string, unknown>): Promise<void> {
    try {
      await this.deps.queue.enqueue({ queue: MAIL_QUEUE, name, payload, maxAttempts: SEND_ATTEMPTS });
    } catch (err) {
      // A message that cannot even be queued must not undo what the person just did.
      this.deps.logger.error({ err, job: name }, 'mail could not be queued');
    }
  }
}

function toQueued(message: MailMessage): QueuedMessage {
  return JSON.parse(JSON.stringify(message)) as QueuedMessage;
}

function fromQueued(message: QueuedMessage): MailMessage {
  switch (message.kind) {
    case 'password-changed':
      return { ...message, changedAt: new Date(message.changedAt) };
    case 'payment-receipt':
      return { ...message, paidAt: new Date(message.paidAt) };
    default:
      return message;
  }
}
