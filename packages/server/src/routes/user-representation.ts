import type { components } from '@resume2website/sdk';
import type { User } from '../domain/user.js';

/** The one mapping from the domain user to the API's `User`. */
export function toApiUser(user: User): components['schemas']['User'] {
  return {
    id: user.id,
    email: user.email,
    full_name: user.fullName,
    is_guest: user.isGuest,
    email_verified: user.emailVerified,
    email_verified_at: user.emailVerifiedAt?.toISOString() ?? null,
    email_notifications: user.emailNotifications,
    locale: user.locale,
    tenant_id: user.tenantId,
    created_at: user.createdAt.toISOString(),
  };
}
