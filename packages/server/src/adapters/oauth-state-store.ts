/** One pending sign-in attempt. Only a hash of the `state` is stored; the state itself is the browser's. */
export interface OAuthStateRecord {
  stateHash: string;
  provider: string;
  codeVerifier: string;
  nonce: string | null;
  returnTo: string;
  /** The guest session's user at start, to be claimed when the sign-in completes. */
  guestUserId: string | null;
  tenantId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface OAuthStateStore {
  save(record: OAuthStateRecord): Promise<void>;
  /**
   * Removes the attempt and returns it: the first caller gets it, every later (or concurrent) one
   * gets undefined, so a state can be used once. Expiry is the caller's to check.
   */
  take(stateHash: string): Promise<OAuthStateRecord | undefined>;
  /** Deletes attempts that expired before `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}
