import { EmailTakenError } from '../domain/errors.js';
import type { PasswordHasher } from '../adapters/password-hasher.js';
import type { RateLimiters } from '../adapters/rate-limiters.js';
import type { IdentityStore } from '../adapters/identity-store.js';
import type { UserStore } from '../adapters/user-store.js';
import type { EmailTokenPurpose, EmailTokenStore } from '../adapters/email-token-store.js';
import type { AccountMail } from './account-mail.js';
import { derivedId, hashSecret, newId } from '../domain/ids.js';
import { normaliseEmail, type User, type UserLocale } from '../domain/user.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError } from '../domain/problem.js';
import type { Logger } from '../logger.js';
import { isCommonPassword } from './common-passwords.js';
import { LoginThrottle } from './login-throttle.js';
import type { SessionService } from './session-service.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  /** The browser's language, for the messages of an account created now. */
  locale: UserLocale;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: User;
}

export interface VerifiedIdentity {
  provider: 'google' | 'linkedin';
  /** The provider's stable id for the person (`sub`). */
  subject: string;
  email: string | null;
  emailVerified: boolean;
  fullName: string | null;
}

export interface AuthServiceDeps {
  users: UserStore;
  /** Reset and verification links; the messages themselves go through `mail`. */
  tokens: EmailTokenStore;
  mail: AccountMail;
  identities: IdentityStore;
  sessions: SessionService;
  hasher: PasswordHasher;
  limits: RateLimiters;
  logger: Logger;
  clock?: () => Date;
  /** Removes what lives outside the database (stored files) before a user's rows cascade away. */
  beforeUserDeleted?: (userId: string) => Promise<void>;
}

const BAD_CREDENTIALS = 'The email or password is incorrect.';

/** How long a keyed create may be run again after its answer was lost: as long as an answer is kept. */
const RERUN_WINDOW_MS = 24 * 3600_000;

function recent(at: Date | null, now: Date): boolean {
  return at !== null && now.getTime() - at.getTime() < RERUN_WINDOW_MS;
}

function tooMany(waitSeconds: number, what: string): ProblemError {
  return new ProblemError('rate-limited', `Too many ${what}. Try again in ${waitSeconds} seconds.`, {
    headers: { 'Retry-After': String(waitSeconds) },
    extensions: { retry_after: waitSeconds },
  });
}

function invalidToken(): ProblemError {
  return new ProblemError(
    'invalid-token',
    'This link has expired, was used already, or was replaced by a newer one. Ask for a new link.',
  );
}

/** The same rule for every new password: registration, a change, a reset. */
function refuseCommonPassword(password: string, pointer: string): void {
  if (!isCommonPassword(password)) return;
  throw new ProblemError('validation-error', 'That password is one of the most commonly used ones; choose another.', {
    errors: [{ location: 'body', pointer, message: 'is one of the most common passwords' }],
  });
}

/**
 * Accounts, guests and sign-in. Login failures look the same whether the email exists or not:
 * same status, same words, and the same argon2 work (a dummy verification for unknown emails).
 */
export class AuthService {
  private readonly clock: () => Date;
  private readonly loginThrottle: LoginThrottle;

  constructor(private readonly deps: AuthServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.loginThrottle = new LoginThrottle(deps.limits);
  }

  /**
   * A new account, or a guest's turned into one in place. Under an `Idempotency-Key` the account
   * keeps the request's digest (`requestKey`) in the write that makes it, so the same request run
   * again after its answer was lost (its guest session already ended, maybe) signs in to the
   * account the first run stored, given the same password, instead of answering email-taken.
   */
  async register(
    input: { email: string; password: string; fullName: string },
    context: {
      tenantId: string | null;
      current: AuthContext | undefined;
      client: ClientInfo;
      requestKey?: string | undefined;
    },
  ): Promise<SignedIn> {
    const wait = await this.deps.limits.consume('registrationPerIp', context.client.ip);
    if (wait) throw tooMany(wait, 'sign-ups from this network');
    refuseCommonPassword(input.password, '/password');
    const email = normaliseEmail(input.email);
    const existing = await this.deps.users.findByEmail(email);
    if (existing) {
      const rerun =
        context.requestKey !== undefined &&
        recent(existing.lastLoginAt, this.clock()) &&
        (await this.deps.users.registeredUnder(existing.id)) === context.requestKey;
      if (!rerun || !(await this.passwordChecked(email, existing, input.password, context.client.ip))) {
        throw this.emailTaken();
      }
      return this.finishRegistration(existing.id, context);
    }
    const registeredUnder = context.requestKey ? { registeredUnder: context.requestKey } : {};
    const passwordHash = await this.deps.hasher.hash(input.password);
    const now = this.clock();
    const guest = context.current?.isGuest ? await this.deps.users.findById(context.current.userId) : undefined;
    let userId: string;
    try {
      if (guest) {
        // Claim in place: the guest's CVs and portfolios already point at this user id.
        userId = guest.id;
        await this.deps.users.update(guest.id, {
          email,
          fullName: input.fullName,
          passwordHash,
          isGuest: false,
          tenantId: guest.tenantId ?? context.tenantId,
          locale: context.client.locale,
          updatedAt: now,
          lastLoginAt: now,
          ...registeredUnder,
        });
        await this.deps.sessions.revoke(context.current!.sessionTokenHash);
      } else {
        userId = newId('usr');
        await this.deps.users.create({
          id: userId,
          tenantId: context.tenantId,
          email,
          fullName: input.fullName,
          passwordHash,
          isGuest: false,
          emailVerified: false,
          emailVerifiedAt: null,
          emailNotifications: true,
          locale: context.client.locale,
          createdAt: now,
          updatedAt: now,
          lastLoginAt: now,
          ...registeredUnder,
        });
      }
    } catch (err) {
      if (err instanceof EmailTakenError) throw this.emailTaken();
      throw err;
    }
    return this.finishRegistration(userId, context);
  }

  /** A new session, the verification email, and the end of the guest session it was made from. */
  private async finishRegistration(
    userId: string,
    context: { current: AuthContext | undefined; client: ClientInfo },
  ): Promise<SignedIn> {
    // A rerun may present the guest session its first run claimed, if that run died before ending it.
    if (context.current?.userId === userId) await this.deps.sessions.revoke(context.current.sessionTokenHash);
    const signedIn = await this.signIn(userId, context.client);
    if (!signedIn.user.emailVerified) await this.deps.mail.sendVerification(signedIn.user);
    return signedIn;
  }

  /**
   * A sign-in's password check, under its throttle (a refusal throws `rate-limited`): the same argon2
   * work whether or not there is a user with a password, and a hash with old parameters renewed.
   */
  private async passwordChecked(email: string, user: User | undefined, password: string, ip: string): Promise<boolean> {
    const refusal = await this.loginThrottle.admit(email, ip);
    if (refusal) throw tooMany(refusal.waitSeconds, refusal.reason);
    let verified = false;
    if (user?.passwordHash) {
      const result = await this.deps.hasher.verify(user.passwordHash, password);
      verified = result.ok;
      if (result.ok && result.needsRehash) {
        await this.deps.users.update(user.id, {
          passwordHash: await this.deps.hasher.hash(password),
          updatedAt: this.clock(),
        });
      }
    } else {
      await this.deps.hasher.verifyDummy(password);
    }
    if (verified) await this.loginThrottle.succeeded(email, ip);
    else await this.loginThrottle.failed(email, ip);
    return verified;
  }

  async login(
    input: { email: string; password: string },
    context: { current: AuthContext | undefined; client: ClientInfo },
  ): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const user = await this.deps.users.findByEmail(email);
    if (!(await this.passwordChecked(email, user, input.password, context.client.ip)) || !user) {
      throw new ProblemError('unauthorized', BAD_CREDENTIALS);
    }
    // Signed in by password: a rerun of the registration is no longer how this account gets a session.
    await this.deps.users.update(user.id, { lastLoginAt: this.clock(), registeredUnder: null });
    await this.claimGuest(context.current, user.id);
    return this.signIn(user.id, context.client);
  }

  /**
   * A guest session (the caller's own when it already holds one). Under an `Idempotency-Key` the
   * guest's id comes from the key, so a run after the first answer was lost signs in to that guest.
   */
  async createGuest(context: {
    tenantId: string | null;
    current: AuthContext | undefined;
    client: ClientInfo;
    requestKey?: string | undefined;
  }): Promise<SignedIn> {
    if (context.current?.isGuest) {
      const user = await this.deps.users.findById(context.current.userId);
      if (user) return { token: context.current.token, expiresAt: context.current.sessionExpiresAt, user };
    }
    const id = context.requestKey ? derivedId('usr', context.requestKey) : newId('usr');
    const earlier = context.requestKey ? await this.deps.users.findById(id) : undefined;
    if (earlier) {
      // Only while the first run's answer may have been lost: within the day an answer is kept, and
      // while the guest has a live session. A guest signed out, expired or claimed is not handed out again.
      const lost =
        earlier.isGuest && recent(earlier.createdAt, this.clock()) && (await this.deps.sessions.hasLiveSession(id));
      if (lost) return this.signIn(id, context.client);
      throw new ProblemError(
        'idempotency-key-reused',
        'The guest this Idempotency-Key created has been used since (signed out, or become an account); send a new key for a new guest.',
      );
    }
    const wait = await this.deps.limits.consume('guestPerIp', context.client.ip);
    if (wait) throw tooMany(wait, 'guest sessions from this network');
    const now = this.clock();
    await this.deps.users.create({
      id,
      tenantId: context.tenantId,
      email: null,
      fullName: null,
      passwordHash: null,
      isGuest: true,
      emailVerified: false,
      emailVerifiedAt: null,
      emailNotifications: true,
      locale: context.client.locale,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    return this.signIn(id, context.client);
  }

  /**
   * Social sign-in: the provider account's linked user, else the account with the same *verified*
   * email (linked now), else a new account; a guest session held meanwhile is claimed. An unverified
   * email never links to an existing account, or anyone could claim an account by asserting its
   * email; and a verified one revokes the password of an account whose email was never verified.
   */
  async signInWithIdentity(
    identity: VerifiedIdentity,
    context: { tenantId: string | null; current: AuthContext | undefined; client: ClientInfo },
  ): Promise<SignedIn> {
    const now = this.clock();
    let userId = await this.deps.identities.findUserId(identity.provider, identity.subject);
    const email = identity.email && identity.emailVerified ? normaliseEmail(identity.email) : null;
    if (!userId && email) {
      const existing = await this.deps.users.findByEmail(email);
      if (existing) {
        userId = existing.id;
        if (!existing.emailVerified) {
          // Nobody ever proved owning this email; the provider now has. Whoever registered it may
          // not be its owner, so their password and sessions stop working (no account squatting).
          await this.deps.users.update(existing.id, {
            emailVerified: true,
            emailVerifiedAt: now,
            passwordHash: null,
            updatedAt: now,
          });
          await this.deps.sessions.revokeAll(existing.id);
          this.deps.logger.warn(
            { user_id: existing.id, provider: identity.provider },
            'unverified account taken over by its verified email owner',
          );
        }
      }
    }
    if (!userId) {
      if (!email) {
        throw new ProblemError(
          'unauthorized',
          `${identity.provider} did not confirm a verified email address for this account.`,
        );
      }
      userId = newId('usr');
      await this.deps.users.create({
        id: userId,
        tenantId: context.tenantId,
        email,
        fullName: identity.fullName,
        passwordHash: null,
        isGuest: false,
        emailVerified: true,
        emailVerifiedAt: now,
        emailNotifications: true,
        locale: context.client.locale,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: now,
      });
    }
    if (!(await this.deps.identities.findUserId(identity.provider, identity.subject))) {
      await this.deps.identities.link({
        id: newId('uid'),
        userId,
        provider: identity.provider,
        subject: identity.subject,
        email: identity.email,
        createdAt: now,
      });
    }
    await this.deps.users.update(userId, { lastLoginAt: now });
    await this.claimGuest(context.current, userId);
    return this.signIn(userId, context.client);
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.deps.sessions.revoke(auth.sessionTokenHash);
  }

  /**
   * A new password after proof of the current one; every session of the account ends (a stolen one
   * included) and this client gets a fresh one. Wrong guesses count like failed sign-ins.
   */
  async changePassword(
    auth: AuthContext,
    input: { currentPassword: string; newPassword: string },
    client: ClientInfo,
  ): Promise<SignedIn> {
    const user = await this.currentUser(auth);
    if (!user.passwordHash || !user.email) {
      throw new ProblemError(
        'no-password',
        user.isGuest
          ? 'A guest has no password; create an account to set one.'
          : 'This account signs in with Google or LinkedIn and has no password to change.',
      );
    }
    const email = normaliseEmail(user.email);
    const refusal = await this.loginThrottle.admit(email, client.ip);
    if (refusal) throw tooMany(refusal.waitSeconds, refusal.reason);
    const result = await this.deps.hasher.verify(user.passwordHash, input.currentPassword);
    if (!result.ok) {
      await this.loginThrottle.failed(email, client.ip);
      throw new ProblemError('validation-error', 'The current password is not right.', {
        errors: [{ location: 'body', pointer: '/current_password', message: 'is not your current password' }],
      });
    }
    await this.loginThrottle.succeeded(email, client.ip);
    refuseCommonPassword(input.newPassword, '/new_password');
    await this.deps.users.update(user.id, {
      passwordHash: await this.deps.hasher.hash(input.newPassword),
      updatedAt: this.clock(),
    });
    await this.deps.sessions.revokeAll(user.id);
    await this.deps.mail.forgetResetLinks(user.id);
    this.deps.logger.info({ user_id: user.id }, 'password changed; every session ended');
    await this.passwordChanged(user.id);
    return this.signIn(user.id, client);
  }

  /** Queues a reset link for the address; the answer and its timing are the same whoever it names. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    const address = normaliseEmail(email);
    const wait = await this.deps.limits.consume('passwordResetPerIp', ip);
    if (wait) throw tooMany(wait, 'password reset requests');
    // Past the address's limit nothing more is sent, but the answer stays `202`: a stranger asking
    // for resets must neither learn anything nor lock the owner out of asking for one.
    if (await this.deps.limits.consume('passwordResetPerAddress', address)) {
      this.deps.logger.warn({ ip }, 'password reset requests over the per-address limit; not sent');
      return;
    }
    await this.deps.mail.requestPasswordReset(address);
  }

  /** A new password through a reset link: every session ends, and this client is signed in. */
  async confirmPasswordReset(token: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const found = await this.liveToken(token, 'password-reset');
    // Checked before the token is used up, so a refused password leaves the link working.
    refuseCommonPassword(password, '/password');
    const user = await this.deps.users.findById(found.userId);
    if (!user || user.email !== found.email || !(await this.deps.tokens.consume(found.tokenHash))) {
      throw invalidToken();
    }
    const now = this.clock();
    await this.deps.users.update(user.id, {
      passwordHash: await this.deps.hasher.hash(password),
      // The link reached the address: it is the person's.
      ...(!user.emailVerified && { emailVerified: true, emailVerifiedAt: now }),
      updatedAt: now,
    });
    await this.deps.sessions.revokeAll(user.id);
    this.deps.logger.info({ user_id: user.id }, 'password reset; every session ended');
    await this.passwordChanged(user.id);
    return this.signIn(user.id, client);
  }

  /** Marks the address verified through its link (no session needed). */
  async verifyEmail(token: string): Promise<User> {
    const found = await this.liveToken(token, 'verify-email');
    const user = await this.deps.users.findById(found.userId);
    // A link sent to an address the account no longer has proves nothing about the new one.
    if (!user || user.email !== found.email || !(await this.deps.tokens.consume(found.tokenHash))) {
      throw invalidToken();
    }
    if (!user.emailVerified) {
      const now = this.clock();
      await this.deps.users.update(user.id, { emailVerified: true, emailVerifiedAt: now, updatedAt: now });
    }
    return (await this.deps.users.findById(user.id)) ?? user;
  }

  async resendVerification(auth: AuthContext): Promise<void> {
    const user = await this.currentUser(auth);
    if (!user.email || user.isGuest) {
      throw new ProblemError('conflict', 'A guest has no address to verify; create an account first.');
    }
    if (user.emailVerified) throw new ProblemError('conflict', 'This address is verified already.');
    const wait = await this.deps.limits.consume('verificationPerUser', user.id);
    if (wait) throw tooMany(wait, 'verification emails');
    await this.deps.mail.sendVerification(user);
  }

  /** The account's own settings: name, the language of its messages, and whether it wants product messages. */
  async updateSettings(
    auth: AuthContext,
    changes: { fullName?: string; locale?: UserLocale; emailNotifications?: boolean },
  ): Promise<User> {
    const user = await this.currentUser(auth);
    if (changes.emailNotifications !== undefined && user.isGuest) {
      throw new ProblemError('conflict', 'A guest has no address to send messages to.');
    }
    await this.deps.users.update(user.id, {
      ...(changes.fullName !== undefined && { fullName: changes.fullName }),
      ...(changes.locale !== undefined && { locale: changes.locale }),
      ...(changes.emailNotifications !== undefined && { emailNotifications: changes.emailNotifications }),
      updatedAt: this.clock(),
    });
    return this.currentUser(auth);
  }

  /** A token that exists, serves `purpose` and has not expired; else `400 invalid-token`. */
  private async liveToken(token: string, purpose: EmailTokenPurpose) {
    const found = /^[A-Za-z0-9_-]{43}$/.test(token)
      ? await this.deps.tokens.find(hashSecret(token), purpose)
      : undefined;
    if (!found || found.expiresAt.getTime() <= this.clock().getTime()) throw invalidToken();
    return found;
  }

  private passwordChanged(userId: string): Promise<void> {
    return this.deps.mail.security(userId, {
      kind: 'password-changed',
      changedAt: this.clock(),
      resetUrl: this.deps.mail.forgotPasswordUrl,
    });
  }

  /** Ends every session of the user, the presented one included. */
  async signOutEverywhere(auth: AuthContext): Promise<void> {
    await this.deps.sessions.revokeAll(auth.userId);
  }

  async currentUser(auth: AuthContext): Promise<User> {
    const user = await this.deps.users.findById(auth.userId);
    if (!user) throw new ProblemError('unauthorized', 'The session belongs to an account that no longer exists.');
    return user;
  }

  /** Deletes the account and everything it owns (rows cascade), and ends every session. */
  async deleteAccount(auth: AuthContext): Promise<void> {
    await this.deps.sessions.revokeAll(auth.userId);
    await this.deps.beforeUserDeleted?.(auth.userId);
    await this.deps.users.delete(auth.userId);
    this.deps.logger.info({ user_id: auth.userId }, 'account deleted');
  }

  /**
   * Housekeeping: expired SQL sessions go, and so do guests nobody claimed whose last session has
   * ended (their CVs and portfolios cascade with them). Accounts are never touched.
   */
  async cleanupExpired(batchSize = 500): Promise<{ sessions: number; guests: number }> {
    const sessions = await this.deps.sessions.deleteExpired();
    await this.deps.tokens.deleteExpired(this.clock());
    await this.deps.limits.sweepExpired();
    const cutoff = new Date(this.clock().getTime() - this.deps.sessions.ttlMs);
    let guests = 0;
    for (const id of await this.deps.users.listGuestsCreatedBefore(cutoff, batchSize)) {
      if (await this.deps.sessions.hasLiveSession(id)) continue;
      await this.deps.beforeUserDeleted?.(id);
      await this.deps.users.delete(id);
      guests++;
    }
    if (sessions || guests) this.deps.logger.info({ sessions, guests }, 'expired sessions and guests removed');
    return { sessions, guests };
  }

  /**
   * Signing in to an existing account while holding a guest session moves the guest's work to the
   * account and retires the guest.
   */
  private async claimGuest(current: AuthContext | undefined, accountId: string): Promise<void> {
    if (!current?.isGuest || current.userId === accountId) return;
    await this.deps.users.transferOwnership(current.userId, accountId);
    await this.deps.sessions.revokeAll(current.userId);
    await this.deps.users.delete(current.userId);
  }

  private async signIn(userId: string, client: ClientInfo): Promise<SignedIn> {
    const user = await this.deps.users.findById(userId);
    if (!user) throw new Error(`user ${userId} vanished while signing in`);
    const issued = await this.deps.sessions.issue(userId, { userAgent: client.userAgent, ip: client.ip });
    return { token: issued.token, expiresAt: issued.expiresAt, user };
  }

  private emailTaken(): ProblemError {
    return new ProblemError(
      'email-taken',
      'An account with this email already exists. Sign in instead, or use another email.',
    );
  }
}
