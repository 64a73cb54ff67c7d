export interface PasswordVerification {
  ok: boolean;
  /** The hash was made with weaker parameters than today's; store a fresh one. */
  needsRehash: boolean;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<PasswordVerification>;
  /** Spends the same work as a real verification, for accounts that do not exist. */
  verifyDummy(password: string): Promise<void>;
}
