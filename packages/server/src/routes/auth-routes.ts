import type { components } from '@resume2website/sdk';
import { requireAuth, type ApiContext, type OperationHandlers } from '../http/openapi-dispatcher.js';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie.js';
import type { AuthService, SignedIn } from '../services/auth-service.js';
import { clientOf } from './client-info.js';
import { toApiUser } from './user-representation.js';

type Schemas = components['schemas'];

export interface AuthRoutesDeps {
  auth: AuthService;
  cookie: { secure: boolean };
  paymentsEnabled: boolean;
}

function answerSession(ctx: ApiContext, signedIn: SignedIn, cookie: { secure: boolean }): void {
  setSessionCookie(ctx, signedIn.token, signedIn.expiresAt, cookie);
  ctx.set('Cache-Control', 'no-store');
  const body: Schemas['Session'] = {
    session_id: signedIn.token,
    user: toApiUser(signedIn.user),
    expires_at: signedIn.expiresAt.toISOString(),
  };
  ctx.body = body;
}

/** `202` with no body (Koa would otherwise send the status text as one). */
function accepted(ctx: ApiContext): void {
  ctx.status = 202;
  ctx.body = '';
  ctx.remove('Content-Type');
}

export function authRoutes(deps: AuthRoutesDeps): OperationHandlers {
  const currentUser = async (auth: ReturnType<typeof requireAuth>): Promise<Schemas['CurrentUser']> => ({
    user: toApiUser(await deps.auth.currentUser(auth)),
    expires_at: auth.sessionExpiresAt.toISOString(),
    payments_enabled: deps.paymentsEnabled,
  });
  return {
    async registerUser(ctx, { body }) {
      const signedIn = await deps.auth.register(
        { email: body.email, password: body.password, fullName: body.full_name },
        {
          tenantId: ctx.state.tenant?.id ?? null,
          current: ctx.state.auth,
          client: clientOf(ctx),
          requestKey: ctx.state.requestKey,
        },
      );
      answerSession(ctx, signedIn, deps.cookie);
    },
    async loginUser(ctx, { body }) {
      const signedIn = await deps.auth.login(
        { email: body.email, password: body.password },
        { current: ctx.state.auth, client: clientOf(ctx) },
      );
      answerSession(ctx, signedIn, deps.cookie);
    },
    async createGuestSession(ctx) {
      const signedIn = await deps.auth.createGuest({
        tenantId: ctx.state.tenant?.id ?? null,
        current: ctx.state.auth,
        client: clientOf(ctx),
        requestKey: ctx.state.requestKey,
      });
      answerSession(ctx, signedIn, deps.cookie);
    },
    async logoutUser(ctx) {
      await deps.auth.logout(requireAuth(ctx));
      clearSessionCookie(ctx, deps.cookie);
      ctx.status = 204;
    },
    async getCurrentUser(ctx) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await currentUser(requireAuth(ctx));
    },
    async getSessionState(ctx) {
      ctx.set('Cache-Control', 'no-store');
      const auth = ctx.state.auth;
      const body: Schemas['SessionState'] = auth
        ? { signed_in: true, current: await currentUser(auth) }
        : { signed_in: false, current: null };
      ctx.body = body;
    },
    async changePassword(ctx, { body }) {
      const signedIn = await deps.auth.changePassword(
        requireAuth(ctx),
        { currentPassword: body.current_password, newPassword: body.new_password },
        clientOf(ctx),
      );
      answerSession(ctx, signedIn, deps.cookie);
    },
    async requestPasswordReset(ctx, { body }) {
      await deps.auth.requestPasswordReset(body.email, ctx.ip);
      accepted(ctx);
    },
    async confirmPasswordReset(ctx, { body }) {
      answerSession(ctx, await deps.auth.confirmPasswordReset(body.token, body.password, clientOf(ctx)), deps.cookie);
    },
    async verifyEmail(ctx, { body }) {
      ctx.body = toApiUser(await deps.auth.verifyEmail(body.token));
    },
    async resendVerificationEmail(ctx) {
      await deps.auth.resendVerification(requireAuth(ctx));
      accepted(ctx);
    },
    async updateCurrentUser(ctx, { body }) {
      const auth = requireAuth(ctx);
      await deps.auth.updateSettings(auth, {
        ...(body.full_name !== undefined && { fullName: body.full_name }),
        ...(body.locale !== undefined && { locale: body.locale }),
        ...(body.email_notifications !== undefined && { emailNotifications: body.email_notifications }),
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await currentUser(auth);
    },
    async revokeAllSessions(ctx) {
      await deps.auth.signOutEverywhere(requireAuth(ctx));
      clearSessionCookie(ctx, deps.cookie);
      ctx.status = 204;
    },
    async deleteCurrentUser(ctx) {
      await deps.auth.deleteAccount(requireAuth(ctx));
      clearSessionCookie(ctx, deps.cookie);
      ctx.status = 204;
    },
  };
}
