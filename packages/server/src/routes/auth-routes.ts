import type { components } from '@resume2website/sdk';
import { requireAuth, type ApiContext, type OperationHandlers } from '../http/openapi-dispatcher.js';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie.js';
import type { AuthService, SignedIn } from '../services/auth-service.js';
import { toApiUser } from './user-representation.js';

type Schemas = components['schemas'];

export interface AuthRoutesDeps {
  auth: AuthService;
  cookie: { secure: boolean };
  paymentsEnabled: boolean;
}

function client(ctx: ApiContext) {
  return { ip: ctx.ip, userAgent: ctx.get('user-agent') || null };
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

export function authRoutes(deps: AuthRoutesDeps): OperationHandlers {
  return {
    async registerUser(ctx, { body }) {
      const signedIn = await deps.auth.register(
        { email: body.email, password: body.password, fullName: body.full_name },
        { tenantId: ctx.state.tenant?.id ?? null, current: ctx.state.auth, client: client(ctx) },
      );
      answerSession(ctx, signedIn, deps.cookie);
    },
    async loginUser(ctx, { body }) {
      const signedIn = await deps.auth.login(
        { email: body.email, password: body.password },
        { current: ctx.state.auth, client: client(ctx) },
      );
      answerSession(ctx, signedIn, deps.cookie);
    },
    async createGuestSession(ctx) {
      const signedIn = await deps.auth.createGuest({
        tenantId: ctx.state.tenant?.id ?? null,
        current: ctx.state.auth,
        client: client(ctx),
      });
      answerSession(ctx, signedIn, deps.cookie);
    },
    async logoutUser(ctx) {
      await deps.auth.logout(requireAuth(ctx));
      clearSessionCookie(ctx, deps.cookie);
      ctx.status = 204;
    },
    async getCurrentUser(ctx) {
      const auth = requireAuth(ctx);
      const user = await deps.auth.currentUser(auth);
      ctx.set('Cache-Control', 'no-store');
      const body: Schemas['CurrentUser'] = {
        user: toApiUser(user),
        expires_at: auth.sessionExpiresAt.toISOString(),
        payments_enabled: deps.paymentsEnabled,
      };
      ctx.body = body;
    },
    async deleteCurrentUser(ctx) {
      await deps.auth.deleteAccount(requireAuth(ctx));
      clearSessionCookie(ctx, deps.cookie);
      ctx.status = 204;
    },
  };
}
