import { timingSafeEqual } from 'node:crypto';
import { type OpenIdConnectProvider, type ProviderIdentity } from '../adapters/oauth-provider.js';
import { type OAuthProviderName } from '../domain/oauth.js';
import { OpenIdConnectError } from '../domain/errors.js';
import type { OAuthStateStore } from '../adapters/oauth-state-store.js';
import type { UserStore } from '../adapters/user-store.js';
import { hashSecret } from '../domain/ids.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError } from '../domain/problem.js';
import type { Logger } from '../logger.js';
import type { AuthService, ClientInfo, SignedIn } from './auth-service.js';

/** How long a started sign-in may take, and how long its browser cookie lives. */
export const OAUTH_ATTEMPT_TTL_SECONDS = 600;

/** `return_to` as the spec allows it: a path on our origin, never `//host` or `/\host`. */
const RETURN_PATH = /^\/(?:[^/\\\s][^\s]*)?$/;
/** What may travel back to the frontend as `auth_error`; anything else becomes `provider_error`. */
const ERROR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

export function oauthCallbackPath(provider: OAuthProviderName): string {
  return `/api/v1/auth/oauth/${provider}/callback`;
}

export interface OAuthServiceDeps {
  /** The configured providers only. */
  providers: Partial<Record<OAuthProviderName, OpenIdConnectProvider>>;
  states: OAuthStateStore;
  users: Pick<UserStore, 'findById'>;
  auth: Pick<AuthService, 'signInWithIdentity'>;
  backendUrl: string;
  frontendUrl: string;
  clock?: () => Date;
}

export interface StartedSignIn {
  authorizationUrl: string;
  /** To be bound to the browser (the `r2w_oauth` cookie) and presented again at the callback. */
  state: string;
  maxAgeSeconds: number;
}

export interface CallbackInput {
  state: string;
  code: string | undefined;
  error: string | undefined;
  errorDescription: string | undefined;
  /** The callback's query string as the provider sent it (`code`, `state`, `iss`, …). */
  rawQuery: string;
  /** The state the browser holds in its cookie, if it sent one. */
  browserState: string | undefined;
}

export type CompletedSignIn =
  | { outcome: 'signed-in'; signedIn: SignedIn; redirectTo: string }
  | { outcome: 'failed'; authError: string; redirectTo: string };

function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(a), 'hex'), Buffer.from(hashSecret(b), 'hex'));
}

function stateInvalid(): ProblemError {
  return new ProblemError(
    'oauth-state-invalid',
    'This sign-in is unknown, expired, already used or was started in another browser. Start signing in again.',
  );
}

/**
 * Social sign-in around the authorization-code flow: a one-time attempt per start (hashed state,
 * PKCE verifier, nonce, the guest to claim), bound to the browser that started it, consumed by the
 * first callback that presents it. Who the person becomes is AuthService's rule.
 */
export class OAuthService {
  private readonly clock: () => Date;
  private readonly frontendOrigin: string;

  constructor(private readonly deps: OAuthServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.frontendOrigin = new URL(deps.frontendUrl).origin;
  }

  async start(
    providerName: OAuthProviderName,
    input: { returnTo: string; current: AuthContext | undefined; tenantId: string | null; log: Logger },
  ): Promise<StartedSignIn> {
    const provider = this.provider(providerName);
    const returnTo = input.returnTo || '/';
    if (returnTo.length > 2000 || !RETURN_PATH.test(returnTo) || !this.frontendTarget(returnTo)) {
      throw new ProblemError('invalid-parameters', '`return_to` must be a path on this site, starting with one `/`.', {
        errors: [{ location: 'query', pointer: '/return_to', message: 'must be a relative path' }],
      });
    }
    const now = this.clock();
    // Abandoned attempts are swept here rather than by a job; the expiry index keeps it cheap.
    await this.deps.states.deleteExpired(now);
    let begun: Awaited<ReturnType<OpenIdConnectProvider['beginAuthorization']>>;
    try {
      begun = await provider.beginAuthorization(this.redirectUri(providerName));
    } catch (err) {
      if (!(err instanceof OpenIdConnectError)) throw err;
      input.log.warn({ err, provider: providerName }, 'oauth provider unavailable');
      throw new ProblemError(
        'not-ready',
        `Signing in with ${providerName} is unavailable right now; try again shortly.`,
        {
          headers: { 'Retry-After': '30' },
        },
      );
    }
    const { attempt } = begun;
    await this.deps.states.save({
      stateHash: hashSecret(attempt.state),
      provider: providerName,
      codeVerifier: attempt.codeVerifier,
      nonce: attempt.nonce,
      returnTo,
      guestUserId: input.current?.isGuest ? input.current.userId : null,
      tenantId: input.tenantId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OAUTH_ATTEMPT_TTL_SECONDS * 1000),
    });
    return { authorizationUrl: begun.url, state: attempt.state, maxAgeSeconds: OAUTH_ATTEMPT_TTL_SECONDS };
  }

  async complete(
    providerName: OAuthProviderName,
    input: CallbackInput,
    context: { client: ClientInfo; log: Logger },
  ): Promise<CompletedSignIn> {
    const provider = this.provider(providerName);
    const { log } = context;
    // Another browser's state (login CSRF) never matches this browser's cookie; it is left unused.
    if (!input.browserState || !sameSecret(input.browserState, input.state)) throw stateInvalid();
    const record = await this.deps.states.take(hashSecret(input.state));
    if (!record || record.provider !== providerName || record.expiresAt.getTime() <= this.clock().getTime()) {
      throw stateInvalid();
    }
    const redirectTo = this.frontendTarget(record.returnTo) ?? this.frontendTarget('/')!;
    const fail = (code: string): CompletedSignIn => {
      const authError = ERROR_CODE.test(code) ? code : 'provider_error';
      return { outcome: 'failed', authError, redirectTo: withQuery(redirectTo, 'auth_error', authError) };
    };

    if (input.error !== undefined || input.code === undefined) {
      log.warn(
        {
          provider: providerName,
          oauth_error: input.error?.slice(0, 200) ?? null,
          oauth_error_description: input.errorDescription?.slice(0, 500) ?? null,
        },
        'oauth provider returned an error',
      );
      return fail(input.error ?? 'provider_error');
    }

    let identity: ProviderIdentity;
    try {
      identity = await provider.completeAuthorization(new URL(`${this.redirectUri(providerName)}?${input.rawQuery}`), {
        state: input.state,
        codeVerifier: record.codeVerifier,
        nonce: record.nonce,
      });
    } catch (err) {
      if (!(err instanceof OpenIdConnectError)) throw err;
      log.warn({ err, provider: providerName, oauth_error: err.code }, 'oauth code exchange failed');
      return fail(err.code);
    }

    const guest = await this.claimableGuest(record.guestUserId);
    let signedIn: SignedIn;
    try {
      signedIn = await this.deps.auth.signInWithIdentity(
        {
          provider: providerName,
          subject: identity.subject,
          email: identity.email,
          emailVerified: identity.emailVerified,
          fullName: identity.name,
        },
        { tenantId: record.tenantId ?? guest?.tenantId ?? null, current: guest, client: context.client },
      );
    } catch (err) {
      // No linked account and no verified email to find or create one by.
      if (!(err instanceof ProblemError) || err.slug !== 'unauthorized') throw err;
      log.warn({ provider: providerName, reason: err.detail }, 'oauth sign-in refused');
      return fail('email_not_verified');
    }
    log.info(
      { provider: providerName, user_id: signedIn.user.id, claimed_guest: guest?.userId ?? null },
      'oauth sign-in',
    );
    return { outcome: 'signed-in', signedIn, redirectTo };
  }

  private provider(name: OAuthProviderName): OpenIdConnectProvider {
    const provider = this.deps.providers[name];
    if (!provider) {
      throw new ProblemError('provider-not-configured', `Signing in with ${name} is not configured on this server.`);
    }
    return provider;
  }

  private redirectUri(provider: OAuthProviderName): string {
    return `${this.deps.backendUrl}${oauthCallbackPath(provider)}`;
  }

  /** The absolute frontend URL for a return path, or undefined if it would leave the frontend's origin. */
  private frontendTarget(returnTo: string): string | undefined {
    if (!RETURN_PATH.test(returnTo)) return undefined;
    const url = new URL(`${this.deps.frontendUrl}${returnTo}`);
    return url.origin === this.frontendOrigin ? url.href : undefined;
  }

  /**
   * The guest recorded at start, as the `current` session AuthService claims from, if it is still a
   * guest. AuthService reads only `userId` and `isGuest` from it and revokes all the guest's sessions.
   */
  private async claimableGuest(guestUserId: string | null): Promise<AuthContext | undefined> {
    if (!guestUserId) return undefined;
    const guest = await this.deps.users.findById(guestUserId);
    if (!guest?.isGuest) return undefined;
    return {
      token: '',
      userId: guest.id,
      isGuest: true,
      tenantId: guest.tenantId,
      sessionTokenHash: '',
      sessionExpiresAt: new Date(0),
      via: 'cookie',
    };
  }
}

function withQuery(href: string, name: string, value: string): string {
  const url = new URL(href);
  url.searchParams.set(name, value);
  return url.href;
}
