/** The identity providers a person can sign in with. */
export type OAuthProviderName = 'google' | 'linkedin';
