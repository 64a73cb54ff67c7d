import type { TenantStore } from '../adapters/tenant-store.js';
import type { UserStore } from '../adapters/user-store.js';
import { ProblemError } from '../domain/problem.js';

/**
 * A tenant may require its users to verify their address before anything goes public or is paid
 * for; everyone else publishes without waiting for the verification email.
 */
export function verificationGate(deps: {
  users: Pick<UserStore, 'findById'>;
  tenants: Pick<TenantStore, 'findById'>;
}): (userId: string) => Promise<void> {
  return async (userId) => {
    const user = await deps.users.findById(userId);
    if (!user?.tenantId || user.emailVerified) return;
    const tenant = await deps.tenants.findById(user.tenantId);
    if (!tenant?.requireEmailVerification) return;
    throw new ProblemError(
      'email-not-verified',
      user.email
        ? `Verify your address first: follow the link we sent to ${user.email} (or ask for a new one).`
        : 'Create an account and verify its address first.',
    );
  };
}
