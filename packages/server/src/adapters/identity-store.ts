export interface IdentityStore {
  /** The user linked to this provider account, if any. */
  findUserId(provider: string, subject: string): Promise<string | undefined>;
  link(identity: {
    id: string;
    userId: string;
    provider: string;
    subject: string;
    email: string | null;
    createdAt: Date;
  }): Promise<void>;
}
