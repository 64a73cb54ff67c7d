import type { OAuthProviderName } from '../domain/oauth.js';

/** The secrets of one sign-in attempt, kept on the server between the start and the callback. */
export interface AuthorizationAttempt {
  state: string;
  /** Generated for every attempt; sent only to providers that take PKCE. */
  codeVerifier: string;
  /** `null` for providers whose ID token carries no nonce (LinkedIn). */
  nonce: string | null;
}

/** What the provider asserts about the person, read from the verified ID token (or userinfo). */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface OpenIdConnectProvider {
  readonly name: OAuthProviderName;
  /** A fresh attempt (random state, PKCE verifier, nonce) and the provider URL to send the browser to. */
  beginAuthorization(redirectUri: string): Promise<{ url: string; attempt: AuthorizationAttempt }>;
  /**
   * Exchanges the code in `callbackUrl` (which must be the redirect URI plus the callback's query)
   * and verifies the ID token. Throws `OpenIdConnectError` for anything the provider got wrong.
   */
  completeAuthorization(callbackUrl: URL, attempt: AuthorizationAttempt): Promise<ProviderIdentity>;
}
