/** What a reset or verification link proves, stored by the SHA-256 of its token. */
export type EmailTokenPurpose = 'password-reset' | 'verify-email';

export interface EmailToken {
  tokenHash: string;
  userId: string;
  purpose: EmailTokenPurpose;
  /** The address the link was sent to. */
  email: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface EmailTokenStore {
  /** Stores a new token and drops the user's older ones of the same purpose (one live link at a time). */
  replace(token: EmailToken): Promise<void>;
  find(tokenHash: string, purpose: EmailTokenPurpose): Promise<EmailToken | undefined>;
  /** Uses the token up; `false` when it was gone already (used by a concurrent request). */
  consume(tokenHash: string): Promise<boolean>;
  deleteFor(userId: string, purpose: EmailTokenPurpose): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}
