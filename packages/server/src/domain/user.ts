export interface User {
  id: string;
  tenantId: string | null;
  /** Normalised (trimmed, lower-case); null for guests. */
  email: string | null;
  fullName: string | null;
  passwordHash: string | null;
  isGuest: boolean;
  emailVerified: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
}

/** One place where an email becomes its stored form: case and surrounding space never matter. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
