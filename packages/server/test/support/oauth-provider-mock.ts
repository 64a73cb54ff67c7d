import { OAuth2Server, type MutableRedirectUri, type MutableResponse, type MutableToken } from 'oauth2-mock-server';

/** The claims the mock asserts about the person signing in. */
export interface MockIdentity {
  sub: string;
  email?: string;
  /** LinkedIn sends the string "true"; Google a boolean. */
  email_verified?: boolean | string;
  name?: string;
}

/**
 * A real OpenID Connect provider on a loopback port (oauth2-mock-server): discovery, JWKS with an
 * RS256 key, an authorize endpoint that redirects straight back with a code, a token endpoint that
 * issues signed ID tokens (with the nonce of the authorize request) and a userinfo endpoint.
 * Tests choose who signs in and can make the next step misbehave.
 */
export class OAuthProviderMock {
  private identity: MockIdentity = { sub: 'nobody' };
  private idTokenOmitsEmail = false;
  private readonly idTokenTampers: ((payload: Record<string, unknown>) => void)[] = [];

  private constructor(private readonly server: OAuth2Server) {}

  static async start(): Promise<OAuthProviderMock> {
    const server = new OAuth2Server();
    await server.issuer.keys.generate('RS256');
    await server.start(0, '127.0.0.1');
    // It would call itself http://localhost:<port>, which may resolve to ::1 where nothing listens.
    server.issuer.url = `http://127.0.0.1:${server.address().port}`;
    const mock = new OAuthProviderMock(server);
    server.service.on('beforeTokenSigning', (token: MutableToken) => mock.shapeToken(token));
    server.service.on('beforeUserinfo', (response: MutableResponse) => {
      response.statusCode = 200;
      response.body = { ...mock.identity };
    });
    return mock;
  }

  get issuerUrl(): string {
    return this.server.issuer.url!;
  }

  /** Who the following sign-ins are; `idTokenOmitsEmail` leaves the email to userinfo. */
  signInAs(identity: MockIdentity, options: { idTokenOmitsEmail?: boolean } = {}): void {
    this.identity = identity;
    this.idTokenOmitsEmail = options.idTokenOmitsEmail ?? false;
  }

  /** Changes the next ID token's claims after the mock filled them in (a wrong `iss`, `aud`, …). */
  tamperWithNextIdToken(change: (payload: Record<string, unknown>) => void): void {
    this.idTokenTampers.push(change);
  }

  /** The next authorization answers `?error=<error>` instead of a code (the person cancelled). */
  refuseNextAuthorization(error = 'access_denied', description = 'The user denied the request'): void {
    this.server.service.once('beforeAuthorizeRedirect', ({ url }: MutableRedirectUri) => {
      url.searchParams.delete('code');
      url.searchParams.set('error', error);
      url.searchParams.set('error_description', description);
    });
  }

  /** The next token request is refused with an OAuth error body. */
  failNextTokenRequest(error = 'invalid_grant'): void {
    this.server.service.once('beforeResponse', (response: MutableResponse) => {
      response.statusCode = 400;
      response.body = { error, error_description: 'refused by the test' };
    });
  }

  /**
   * Plays the browser at the provider: requests the authorization URL and returns where the
   * provider redirects back to (our callback with `code` and `state`, or `error`).
   */
  async authorize(authorizationUrl: string): Promise<URL> {
    const res = await fetch(authorizationUrl, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status !== 302 || !location) {
      throw new Error(`the mock's authorize endpoint answered ${res.status}: ${await res.text()}`);
    }
    return new URL(location);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  private shapeToken(token: MutableToken): void {
    // The access token and the ID token are both signed here; only the ID token has an audience.
    if (token.payload.aud === undefined) return;
    const { email, email_verified, ...rest } = this.identity;
    Object.assign(token.payload, rest);
    if (!this.idTokenOmitsEmail) Object.assign(token.payload, { email, email_verified });
    this.idTokenTampers.shift()?.(token.payload);
  }
}
