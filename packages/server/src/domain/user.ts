export interface User {
  id: string;
  tenantId: string | null;
  /** Normalised (trimmed, lower-case); null for guests. */
  email: string | null;
  fullName: string | null;
  passwordHash: string | null;
  isGuest: boolean;
  emailVerified: boolean;
  /** When the address was proven (a link followed, or a provider's word); null while it is not. */
  emailVerifiedAt: Date | null;
  /** Whether messages about websites and payments are sent; security messages always are. */
  emailNotifications: boolean;
  /** The language of the account's messages. */
  locale: UserLocale;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
}

/** One place where an email becomes its stored form: case and surrounding space never matter. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

export const USER_LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

/** The account language for an `Accept-Language` header: its first supported language, else English. */
export function localeFromAcceptLanguage(header: string | undefined): UserLocale {
  for (const part of (header ?? '').split(',')) {
    const base = part.split(';')[0]?.trim().split('-')[0]?.toLowerCase();
    if (base && (USER_LOCALES as readonly string[]).includes(base)) return base as UserLocale;
  }
  return 'en';
}
